// Meeting-first: the verdict and the key figures are on the first screen at a projector's, a
// laptop's and a phone's size, in both languages; from 1280 px they sit beside the inputs and
// stay there while the inputs scroll; the verdict follows an edit.
import { test, assert, assertEqual, openPage, ready, fragmentOf } from './harness.mjs';

const text = (page, sel) => page.locator(sel).first().innerText();
const TWO_POOLS = 'v=2&kubernetes-version=1.35&nodepool-name=system&nodepool-name=apps&node-vm-size=Standard_E8s_v5&max-pods=110';

async function inFirstScreen(page, selector, what) {
    const box = await page.locator(selector).first().boundingBox();
    const { width, height } = page.viewportSize();
    assert(box, `${what}: not rendered`);
    assert(box.x >= 0 && box.y >= 0 && box.x + box.width <= width + 0.5 && box.y + box.height <= height + 0.5,
        `${what} is not inside the first ${width}×${height} screen: ${JSON.stringify(box)}`);
}

for (const [name, width, height] of [['projector', 1920, 1080], ['laptop', 1366, 768], ['phone', 375, 667]]) {
    test(`first screen at ${width}×${height} (${name}) shows the verdict and the key figures, in both languages`, async ({ browser, url }) => {
        for (const lang of ['en', 'ja']) {
            const page = await openPage(browser, { viewport: { width, height } });
            await page.goto(`${url}#${TWO_POOLS}&lang=${lang}`);
            await ready(page);
            await inFirstScreen(page, '[data-test="verdict"]', `${lang}: the verdict`);
            await inFirstScreen(page, '[data-test="verdict-pool-1"]', `${lang}: the second pool's figures`);
            await inFirstScreen(page, '[data-test="verdict-spaces"]', `${lang}: the address spaces`);
            await inFirstScreen(page, '[data-test="verdict-holds"]', `${lang}: the nodes the network holds`);
            assertEqual(await text(page, '[data-test="verdict-status"]'), lang === 'en' ? 'Fits' : '収まります', `${lang}: status`);
            await page.context().close();
        }
    });
}

test('from 1280 px the answer sits beside the inputs and stays in view while they scroll', async ({ browser, url }) => {
    const page = await openPage(browser, { viewport: { width: 1366, height: 768 } });
    await page.goto(`${url}#${TWO_POOLS}`);
    await ready(page);
    const inputs = await page.locator('.work').boundingBox();
    const answer = await page.locator('.answer').boundingBox();
    assert(answer.x >= inputs.x + inputs.width - 1, `the answer is right of the inputs: ${JSON.stringify({ inputs, answer })}`);
    // Scroll to the second pool's inputs: the verdict is still on screen, and an edit there
    // shows up in it without scrolling back.
    await page.locator('#p1-node-count').scrollIntoViewIfNeeded();
    await inFirstScreen(page, '[data-test="verdict"]', 'the verdict after scrolling');
    // E8s_v5 at 110 pods: 64 GiB → 7,820m CPU and 59,158 Mi (as the pool card shows).
    assertEqual(await text(page, '[data-test="verdict-pool-1"] [data-test="verdict-cpu"]'), '7,820m', 'the apps pool CPU in the verdict');
    await page.fill('#p1-node-count', '2000');
    assertEqual(await text(page, '[data-test="verdict-status"]'), 'Does not fit', 'the verdict follows the edit');
    const problem = page.locator('[data-test="verdict-problems"] a').first();
    assertEqual(await problem.getAttribute('href'), '#p1-node-count', 'the first problem links to its field');
    const before = await fragmentOf(page);
    await problem.click();
    assertEqual(await fragmentOf(page), before, 'following the link keeps the plan in the address');
    assertEqual(await page.evaluate(() => document.activeElement && document.activeElement.id), 'p1-node-count', 'the link takes the focus to the field');
    await page.context().close();
});

test('on a phone the verdict is right under the header, then the inputs, then the findings', async ({ browser, url }) => {
    const page = await openPage(browser, { viewport: { width: 375, height: 667 } });
    await page.goto(`${url}#${TWO_POOLS}`);
    await ready(page);
    const header = await page.locator('.page-header').boundingBox();
    const verdict = await page.locator('[data-test="verdict"]').boundingBox();
    const cluster = await page.locator('section.cluster').boundingBox();
    const findings = await page.locator('section.findings').boundingBox();
    assert(verdict.y - (header.y + header.height) < 24, `the verdict follows the header: ${JSON.stringify({ header, verdict })}`);
    assert(cluster.y > verdict.y && findings.y > cluster.y, 'verdict, then inputs, then findings');
    await page.context().close();
});
