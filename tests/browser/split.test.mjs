// The page is two modules (src/ui/bridge.rs): the first shows the inputs and the answer, the
// second, fetched once the first result is on screen, the VNet design, outbound, the comparison
// and the panels. An edit in either shows in both, and the address follows.
import { test, assert, assertEqual, openPage, ready, fragmentOf } from './harness.mjs';

const text = (page, sel) => page.locator(sel).first().innerText();
// A figure of the panels' module: the node IPs of the overlay row of the comparison, nodes plus
// the surge node against the node subnet's usable IPs (a /16: 65,536 − 5).
const PANELS_NODE_IPS = '[data-test="compare-overlay"] td';

test('the panels module is fetched after the first result, not before', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
            if (document.querySelector('[data-test="cpu-allocatable"]')) {
                window.firstResultAt = performance.now();
                observer.disconnect();
            }
        }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await ready(page);
    await page.waitForSelector('[data-test="comparison"]');
    const { first, panels } = await page.evaluate(() => ({
        first: window.firstResultAt,
        panels: performance.getEntriesByType('resource').find((e) => e.name.endsWith('aks-calc-panels_bg.wasm')),
    }));
    assert(panels, 'the panels module was fetched');
    assert(panels.startTime >= first, `fetched at ${panels.startTime} ms, after the first result at ${first} ms`);
    await page.context().close();
});

test('the panels take the plan the first module shows, not the address, which may lag behind it', async ({ browser, url }) => {
    const page = await openPage(browser);
    // The panels' module waits until the address says something else than the page shows.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/panels.js', async (route) => { await held; await route.continue(); });
    await page.goto(`${url}#v=2&kubernetes-version=1.35&node-count=4`);
    await ready(page);
    // No hashchange: the first module keeps showing 4 nodes.
    await page.evaluate(() => history.replaceState(null, '', '#v=2&kubernetes-version=1.35&node-count=7'));
    release();
    // 4 nodes + 1 for the surge (10 %, rounded up); the panels start from the address (7 nodes:
    // 8 / 65,531) until the first module answers their hello, then keep its plan.
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === '5 / 65,531', PANELS_NODE_IPS, { timeout: 5000 });
    await page.waitForTimeout(300);
    assertEqual(await text(page, PANELS_NODE_IPS), '5 / 65,531', 'the comparison keeps the first module\'s plan');
    assertEqual(await text(page, '[data-test="nodes"] td'), '4', 'as the IP plan (first module) does');
    assertEqual(page.problems.join('\n'), '', 'console problems');
    await page.context().close();
});

test('the address written after an edit never overwrites a link that came in between', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(`${url}#v=2&kubernetes-version=1.35&node-count=4`);
    await ready(page);
    await page.evaluate(async () => {
        const input = document.querySelector('#p0-node-count');
        input.value = '6';
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        // The edit has rendered; its address is written by a task that has not run yet.
        await new Promise((resolve) => queueMicrotask(resolve));
        location.hash = 'v=2&kubernetes-version=1.35&node-count=9';
    });
    await page.waitForFunction(() => document.querySelector('#p0-node-count').value === '9', null, { timeout: 5000 });
    assert((await fragmentOf(page)).includes('node-count=9'), 'the address keeps the link');
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === '10 / 65,531', PANELS_NODE_IPS, { timeout: 5000 });
    assertEqual(await text(page, '[data-test="nodes"] td'), '9', 'and the IP plan shows it');
    await page.context().close();
});

test('an edit in the panels reaches the verdict and the address; an edit in the inputs reaches the panels', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(`${url}#v=2&kubernetes-version=1.35&network-plugin=azure`);
    await ready(page);
    await page.waitForSelector('#s0-prefix');
    // Azure CNI node subnet: 4 nodes × 31 = 124 IPs do not fit a /26 (59 usable).
    await page.fill('#s0-prefix', '10.224.0.0/26');
    assertEqual(await text(page, '[data-test="verdict-status"]'), 'Does not fit', 'the verdict (first module)');
    assert((await fragmentOf(page)).includes('subnet-prefix=10.224.0.0/26'), 'the address carries the edit');
    assertEqual(await page.inputValue('#s0-prefix'), '10.224.0.0/26', 'the field keeps what was typed');
    // And back: the inputs' node count shows in the comparison (second module): 7 + 1 surge
    // node against the /24's 251.
    await page.fill('#s0-prefix', '10.224.0.0/24');
    await page.fill('#p0-node-count', '7');
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === '8 / 251', PANELS_NODE_IPS, { timeout: 5000 });
    assertEqual(await text(page, '[data-test="nodes"] td'), '7', 'the IP plan follows the node count');
    assertEqual(await text(page, '[data-test="verdict-status"]'), 'Fits', 'and the verdict');
    // A link pasted into the address bar reaches both.
    await page.evaluate(() => { location.hash = 'v=2&kubernetes-version=1.35&node-count=9'; });
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent === '10 / 65,531', PANELS_NODE_IPS, { timeout: 5000 });
    assertEqual(await page.inputValue('#p0-node-count'), '9', 'the inputs follow the pasted link');
    assertEqual(page.problems.join('\n'), '', 'console problems');
    await page.context().close();
});

test('every control but the two paste boxes opts out of the browser keeping its state', async ({ browser, url }) => {
    // Chromium saves the state of each control that it may restore at every history replace,
    // that is at every keystroke (the address follows the plan): 450 controls in a 20-pool plan
    // took over a millisecond each time. The page restores itself from the link instead.
    const page = await openPage(browser);
    await page.goto(`${url}#v=2&nodepool-name=system&nodepool-name=apps&enable-cluster-autoscaler=true&min-count=1&max-count=5&nodepool-name=batch`);
    await ready(page);
    await page.waitForSelector('[data-test="comparison"]');
    const kept = await page.evaluate(() =>
        [...document.querySelectorAll('input, select, textarea')]
            .filter((e) => e.getAttribute('autocomplete') !== 'off' && !['import-text', 'explain-text'].includes(e.id))
            .map((e) => e.id || e.outerHTML.slice(0, 60)),
    );
    assertEqual(kept.join(' '), '', 'controls whose state the browser keeps');
    assert((await page.locator('select').count()) >= 15, 'the selects of three pools were checked');
    await page.context().close();
});
