// Sharing: copy link, embed (chrome hidden, height posted, host history untouched), read-only,
// exports with copy and download, imports from az JSON, and hostile links.
import { readFile } from 'node:fs/promises';
import { test, assert, assertEqual, openPage, ready, fragmentOf } from './harness.mjs';

const text = (page, sel) => page.locator(sel).first().innerText();

test('copy link: the copied address opens the same plan in a new page', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(url);
    await ready(page);
    await page.fill('#p0-node-count', '7');
    await page.fill('#s0-prefix', '10.224.0.0/20');
    await page.click('[data-test="copy-link"]');
    assertEqual(await text(page, '[data-test="share-status"]'), 'Copied.', 'status');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert(copied.startsWith(url) && copied.includes('#v=2&kubernetes-version=1.35&subnet-name=snet-aks-nodes&subnet-prefix=10.224.0.0/20&node-count=7'), copied);
    const other = await openPage(browser);
    await other.goto(copied);
    await ready(other);
    assertEqual(await other.inputValue('#p0-node-count'), '7', 'node count in the new page');
    assertEqual(await text(other, '[data-test="total-nodes"]'), '7', 'totals in the new page');

    await page.click('[data-test="copy-embed"]');
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    assert(snippet.startsWith('<iframe id="aks-calc" src="') && snippet.includes('&amp;embed=1"'), snippet);
    assert(snippet.includes('aks-calc:height'), 'the snippet resizes the frame');
    await other.context().close();
    await page.context().close();
});

test('embed mode: no header or footer, a link out, the height posted, no history in the host', async ({ browser, url }) => {
    const host = await openPage(browser);
    await host.setContent(`<!doctype html><title>host</title>
        <script>window.heights = []; addEventListener('message', e => { if (e.data && e.data.type === 'aks-calc:height') heights.push(e.data.height); });</script>
        <iframe id="f" src="${url}#v=1&node-count=4&embed=1" style="width:800px;height:400px"></iframe>`);
    const frame = host.frameLocator('#f');
    await frame.locator('[data-test="cpu-allocatable"]').first().waitFor();
    assertEqual(await frame.locator('.page-header').count(), 0, 'no header');
    assertEqual(await frame.locator('.page-footer').count(), 0, 'no footer');
    const out = await frame.locator('.embed-bar a').getAttribute('href');
    assert(out.endsWith('#v=2&kubernetes-version=1.33&node-count=4'), `link to the full page: ${out}`);
    await host.waitForFunction(() => window.heights.length > 0 && window.heights[window.heights.length - 1] > 400);
    const before = await host.evaluate(() => window.heights[window.heights.length - 1]);
    const historyBefore = await host.evaluate(() => history.length);
    await frame.locator('button.add-pool').click();
    await frame.locator('[data-test="pool-1"]').waitFor();
    await frame.locator('#p1-node-count').fill('9');
    await host.waitForFunction((h) => window.heights[window.heights.length - 1] > h, before);
    // Once the frame has written its address (a task after the edit's rendering).
    const address = await fragmentOf(await (await host.$('#f')).contentFrame());
    assert(address.includes('node-count=9'), `the frame's address follows: ${address}`);
    assertEqual(await host.evaluate(() => history.length), historyBefore, 'host history length');
    await host.context().close();
});

test('read-only mode shows the figures without any input', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(`${url}#v=1&node-vm-size=Standard_D8s_v5&embed=1&readonly=1`);
    await ready(page);
    assertEqual(await page.locator('input, select, textarea, button').count(), 0, 'form controls');
    assertEqual(await text(page, '[data-test="cpu-allocatable"]'), '7,820m', 'figures shown');
    assert((await text(page, '[data-test="summary"]')).includes('10.224.0.0/16'), 'settings shown');
    assertEqual(page.problems.join('\n'), '', 'console problems');
    await page.context().close();
});

test('exports: Markdown and JSON with copy and download, built in a worker fetched on demand', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const fetched = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto(url);
    await ready(page);
    await page.waitForLoadState('networkidle');
    assert(!fetched.some((u) => u.includes('worker')), 'no worker on the first load');
    await page.click('[data-test="export"] summary');
    const exported = async () => {
        await page.waitForSelector('#export-text[data-ready="true"]');
        return page.inputValue('#export-text');
    };
    const md = await exported();
    assert(md.includes('| nodepool1 | System | Linux (Ubuntu) | Standard_D4s_v5 | 4 | 16 GiB | 3 | 250 | 3,860m | 11,832 Mi |'), md);
    await page.click('[data-test="export-copy"]');
    assertEqual(await page.evaluate(() => navigator.clipboard.readText()), md, 'copied Markdown');
    await page.selectOption('#export-format', 'json');
    const json = JSON.parse(await exported());
    assertEqual(json.schema, 'aks-calc-plan/2', 'schema');
    assertEqual(json.results.pools[0]['cpu-allocatable-m'], 3860, 'JSON figure');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test="export-download"]')]);
    assertEqual(download.suggestedFilename(), 'aks-plan.json', 'download name');
    await page.selectOption('#export-format', 'csv-allocation');
    const csv = (await exported()).replace(/\r/g, '');
    assert(csv.startsWith('node,pod_cidr,use,rules\n0,10.244.0.0/24,now,aks-rules 2026-12'), csv.slice(0, 80));
    await page.context().close();
});

test('import: az aks show JSON fills the plan', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    const fixture = await readFile(new URL('../fixtures/az-aks-show.json', import.meta.url), 'utf8');
    await page.click('[data-test="import"] summary');
    await page.fill('#import-text', fixture);
    await page.click('[data-test="import-button"]');
    await page.waitForFunction(() => document.querySelector('[data-test="import-messages"]').innerText.includes('az aks show'));
    assertEqual(await page.inputValue('#p0-name'), 'system', 'first pool');
    assertEqual(await page.inputValue('#p1-vm-size'), 'Standard_D8s_v5', 'second pool');
    assertEqual(await page.locator('#tier').inputValue(), 'standard', 'tier');
    assertEqual(await page.inputValue('#c-pod-cidr'), '192.168.0.0/16', 'pod CIDR');
    assert((await fragmentOf(page)).includes('nodepool-name=win22'), 'the link follows');
    await page.fill('#import-text', '{"nope": true}');
    await page.click('[data-test="import-button"]');
    await page.waitForFunction(() => document.querySelector('[data-test="import-messages"]').innerText.includes('none of'));
    await page.context().close();
});

test('hostile links open with notices and keep what they can', async ({ browser, url }) => {
    const cases = [
        ['#v=1&node-count=5&max-pods=3', 'node-count', '5'],
        ['#v=1&node-count=5&node-count=6', 'node-count', '6'],
        [`#v=1&node-count=8&node-vm-size=${'A'.repeat(100000)}`, 'node-count', '8'],
        ['#v=1&node-count=%EF%BC%95&vm=%00%FF&colour=%FF', 'node-count', '５'],
        ['#v=3&node-count=2&network-plugin=cni', 'node-count', '2'],
    ];
    for (const [hash, field, expected] of cases) {
        const page = await openPage(browser);
        await page.goto(url + hash);
        await page.waitForSelector('#p0-node-count');
        assertEqual(await page.inputValue(`#p0-${field}`), expected, `${field} from ${hash.slice(0, 60)}`);
        assertEqual(page.problems.join('\n'), '', `console problems for ${hash.slice(0, 60)}`);
        await page.context().close();
    }
    const page = await openPage(browser);
    await page.goto(`${url}#v=3&network-plugin=cni&colour=blue`);
    await page.waitForSelector('.notices');
    const notices = await text(page, '.notices');
    assert(notices.includes('newer version') && notices.includes('network-plugin=cni') && notices.includes('colour'), notices);
    // A long link is flagged.
    const pools = Array.from({ length: 40 }, (_, i) => `&nodepool-name=pool${i}&node-vm-size=Standard_E16ads_v5&max-pods=110`).join('');
    await page.goto(`${url}#v=1${pools}`);
    await page.waitForSelector('[data-test="long-link"]');
    await page.context().close();
});

test('print: a clean summary with the link, at most two A4 pages for two pools', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(`${url}#v=1&nodepool-name=system&nodepool-name=apps&node-vm-size=Standard_E8s_v5`);
    await page.waitForSelector('[data-test="comparison"]');
    await page.emulateMedia({ media: 'print' });
    assert(!(await page.locator('section.cluster').isVisible()), 'the inputs are not printed');
    assert(await page.locator('.print-summary').isVisible(), 'the settings are printed as tables');
    const printed = await text(page, '.print-only');
    assert(printed.includes(`${url}#v=2&kubernetes-version=1.33&nodepool-name=system`), `the link is printed: ${printed}`);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert(pages >= 1 && pages <= 2, `${pages} pages`);
    await page.context().close();
});
