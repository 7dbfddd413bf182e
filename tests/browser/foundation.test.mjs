// The walking skeleton: the page loads cleanly under a sub-path, shows the default example,
// follows edits into the URL fragment and back, and survives a garbage link.
import { test, assert, assertEqual, openPage, ready, fragmentOf } from './harness.mjs';

const text = (page, sel) => page.locator(sel).first().innerText();

test('loads under a sub-path with no console error and no outside request', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    assertEqual(await page.title(), 'AKS capacity & IP calculator', 'title');
    await page.waitForLoadState('networkidle');
    assertEqual(page.problems.join('\n'), '', 'console problems');
    assertEqual(page.foreignRequests.join('\n'), '', 'requests leaving 127.0.0.1');
    await page.context().close();
});

test('the first visit shows the default example: 3 × Standard_D4s_v5 on Azure CNI Overlay', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    assertEqual(await page.inputValue('#p0-vm-size'), 'Standard_D4s_v5', 'VM size');
    assertEqual(await page.inputValue('#p0-node-count'), '3', 'node count');
    assertEqual(await page.locator('#network').inputValue(), 'overlay', 'network model');
    // §1: 4 vCPU → 140m reserved. §2a at maxPods 250: min(5050, 4096) = 4096 Mi kube-reserved,
    // 100 Mi eviction; capacity 16384 − 256 − 100 = 16028 Mi → 11,832 Mi allocatable.
    assertEqual(await text(page, '[data-test="cpu-allocatable"]'), '3,860m', 'allocatable CPU');
    assertEqual(await text(page, '[data-test="cpu-reserved"]'), '140m', 'reserved CPU');
    assertEqual(await text(page, '[data-test="memory-allocatable"]'), '11,832 Mi', 'allocatable memory');
    assertEqual(await text(page, '[data-test="total-cpu"]'), '11,580m', 'cluster CPU');
    // The version is always named: the default moves with AKS's releases, a link must not.
    assertEqual(await fragmentOf(page), '#v=2&kubernetes-version=1.35', 'default fragment');
    await page.context().close();
});

test('picking a VM size and maxPods updates the figures and the fragment, without history entries', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    const historyBefore = await page.evaluate(() => history.length);
    await page.fill('#p0-vm-size', 'D8s');
    const option = page.locator('#p0-vm-size-list li[role="option"]', { has: page.locator('.vm-name', { hasText: /^Standard_D8s_v5$/ }) });
    await option.click();
    assertEqual(await page.inputValue('#p0-vm-size'), 'Standard_D8s_v5', 'picked VM size');
    await page.fill('#p0-max-pods', '110');
    // 8 vCPU → 180m reserved; 32 GiB at 110 pods → 2250 Mi + 100 Mi; capacity 32156 Mi.
    assertEqual(await text(page, '[data-test="cpu-allocatable"]'), '7,820m', 'allocatable CPU');
    assertEqual(await text(page, '[data-test="memory-allocatable"]'), '29,806 Mi', 'allocatable memory');
    assertEqual(await fragmentOf(page), '#v=2&kubernetes-version=1.35&node-vm-size=Standard_D8s_v5&max-pods=110', 'fragment');
    assertEqual(await page.evaluate(() => history.length), historyBefore, 'history length (replaceState only)');

    // Reload: the same state comes back from the fragment.
    await page.reload();
    await ready(page);
    assertEqual(await page.inputValue('#p0-vm-size'), 'Standard_D8s_v5', 'VM size after reload');
    assertEqual(await page.inputValue('#p0-max-pods'), '110', 'maxPods after reload');
    assertEqual(await text(page, '[data-test="memory-allocatable"]'), '29,806 Mi', 'memory after reload');

    // The same URL in a new tab of a fresh browser context.
    const link = page.url();
    const other = await openPage(browser);
    await other.goto(link);
    await ready(other);
    assertEqual(await text(other, '[data-test="cpu-allocatable"]'), '7,820m', 'CPU in a new tab');
    assertEqual(await text(other, '[data-test="memory-allocatable"]'), '29,806 Mi', 'memory in a new tab');
    assertEqual([...page.problems, ...other.problems].join('\n'), '', 'console problems');
    await other.context().close();
    await page.context().close();
});

test('the VM field works by keyboard alone', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    await page.focus('#p0-vm-size');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('e8sv5');
    assertEqual(await page.getAttribute('#p0-vm-size', 'aria-expanded'), 'true', 'list open');
    await page.keyboard.press('ArrowDown');
    const active = await page.getAttribute('#p0-vm-size', 'aria-activedescendant');
    assert(active && (await page.locator(`#${active}`).innerText()).includes('Standard_E8s_v5'), 'first option active');
    await page.keyboard.press('Enter');
    assertEqual(await page.inputValue('#p0-vm-size'), 'Standard_E8s_v5', 'picked by keyboard');
    assertEqual(await page.getAttribute('#p0-vm-size', 'aria-expanded'), 'false', 'list closed');
    // 8 vCPU → 7,820m.
    assertEqual(await text(page, '[data-test="cpu-allocatable"]'), '7,820m', 'CPU');
    await page.context().close();
});

test('a garbage fragment opens the page with field errors, not a blank page', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(`${url}#vm=%00%FF&max-pods=abc`);
    await page.waitForSelector('#p0-vm-size-msg', { timeout: 15000 });
    const vmMessage = await text(page, '#p0-vm-size-msg');
    assert(vmMessage.includes('is not in the VM catalogue'), `VM field message: ${vmMessage}`);
    assertEqual(await text(page, '#p0-max-pods-msg'), 'Error: “abc” is not a number.', 'maxPods field message');
    assertEqual(await page.getAttribute('#p0-max-pods', 'aria-invalid'), 'true', 'maxPods marked invalid');
    assertEqual(await page.inputValue('#p0-max-pods'), 'abc', 'what was typed is kept');
    // The rest of the plan is still there and still computed.
    assertEqual(await page.inputValue('#p0-node-count'), '3', 'node count kept');
    assert((await page.locator('.finding-list li.error').count()) >= 2, 'findings list the errors');
    assertEqual(page.problems.join('\n'), '', 'console problems');
    await page.context().close();
});

test('a link pasted into an open page is loaded', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    await page.evaluate(() => { location.hash = '#v=1&node-vm-size=Standard_D2s_v5'; });
    await page.waitForFunction(() => document.querySelector('#p0-vm-size').value === 'Standard_D2s_v5');
    // 2 vCPU → 1900m (seed 002).
    assertEqual(await text(page, '[data-test="cpu-allocatable"]'), '1,900m', 'CPU of the pasted plan');
    await page.context().close();
});
