// Network planning on the page: models, subnet capacity, the AKS-style message, the comparison,
// kubenet's retirement, the per-node pod CIDR list and address validation at the fields.
import { test, assert, assertEqual, openPage, ready, fragmentOf } from './harness.mjs';

const text = (page, sel) => page.locator(sel).first().innerText();

test('flat Azure CNI in a /24: the AKS message, capacity, and the comparison', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    await page.selectOption('#network', 'node-subnet');
    await page.fill('#s0-prefix', '10.224.0.0/24');
    await page.fill('#p0-node-count', '10');
    // (10 nodes + 1 surge) × (30 + 1) = 341 > 251, as AKS counts and says it.
    const msg = await text(page, '#s0-prefix-msg');
    assert(msg.includes('Pre-allocated IPs 341 exceeds IPs available 251 in Subnet Cidr 10.224.0.0/24, Subnet Name snet-aks-nodes.'), msg);
    assertEqual(await text(page, '[data-test="capacity-nodes"]'), '8', 'a /24 holds 8 nodes at 30 pods');
    // With the surge node: 11 × 31 = 341 → a /23.
    assertEqual(await text(page, '[data-test="smallest-node-subnet"]'), '/23', 'smallest node subnet');
    assertEqual(await text(page, '[data-test="node-ips"] td:nth-of-type(3)'), '341', 'IPs while upgrading');
    assertEqual(await text(page, '[data-test="compare-node-subnet"] [data-test="fits"]'), 'no', 'flat does not fit');
    assertEqual(await text(page, '[data-test="compare-overlay"] [data-test="fits"]'), 'yes', 'overlay fits');
    const findings = await text(page, '.finding-list');
    assert(findings.includes('snet-aks-nodes · Address prefix'), `the finding names its field: ${findings}`);

    // "What if we used overlay?" — one click.
    await page.click('[data-test="compare-overlay"] button');
    assertEqual(await page.locator('#network').inputValue(), 'overlay', 'model switched');
    assertEqual(await page.locator('#s0-prefix-msg').count(), 0, 'no message at the node subnet');
    assert((await fragmentOf(page)).includes('subnet-name=snet-aks-nodes&subnet-prefix=10.224.0.0/24'), 'subnet in the link');
    assertEqual(page.problems.join('\n'), '', 'console problems');
    await page.context().close();
});

test('kubenet: the retirement banner and the equivalent overlay plan', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    await page.selectOption('#network', 'kubenet');
    const banner = await text(page, '.banner');
    assert(banner.includes('31 March 2028'), banner);
    assertEqual(await page.getAttribute('#p0-max-pods', 'placeholder'), '110 (kubenet)', 'kubenet default maxPods');
    await page.click('.banner button');
    assertEqual(await page.locator('#network').inputValue(), 'overlay', 'now overlay');
    assertEqual(await page.inputValue('#p0-max-pods'), '110', 'same pods per node');
    assertEqual(await page.locator('.banner').count(), 0, 'banner gone');
    await page.context().close();
});

test('the per-node /24 list pages through a /8 instantly', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    assertEqual(await text(page, '[data-test="page"]'), '1 of 8', '256 nodes in pages of 32');
    assertEqual(await text(page, '.alloc-table tbody tr:nth-child(3) td.mono'), '10.244.2.0/24', 'node 2');
    await page.fill('#c-pod-cidr', '10.0.0.0/8');
    assertEqual(await text(page, '[data-test="page"]'), '1 of 2,048', '65,536 nodes');
    // A node the list does not have is said at the field; the page stays where it was.
    await page.fill('#alloc-goto', '65536');
    await page.press('#alloc-goto', 'Enter');
    assertEqual(await text(page, '#alloc-goto-msg'), 'Error: Enter a node number from 0 to 65,535.', 'out of range');
    assertEqual(await page.getAttribute('#alloc-goto', 'aria-invalid'), 'true', 'marked invalid');
    await page.fill('#alloc-goto', 'abc');
    await page.press('#alloc-goto', 'Enter');
    assertEqual(await text(page, '#alloc-goto-msg'), 'Error: Enter a node number from 0 to 65,535.', 'not a number');
    assertEqual(await text(page, '[data-test="page"]'), '1 of 2,048', 'page kept');
    const started = Date.now();
    await page.fill('#alloc-goto', '65535');
    await page.press('#alloc-goto', 'Enter');
    await page.waitForFunction(() => document.querySelector('[data-test="page"]').innerText.startsWith('2,048'));
    const rows = await page.locator('.alloc-table tbody tr').count();
    assertEqual(rows, 32, 'one page of rows');
    assertEqual(await text(page, '.alloc-table tbody tr:last-child td.mono'), '10.255.255.0/24', 'node 65,535');
    assertEqual(await page.locator('#alloc-goto-msg').count(), 0, 'message gone once a node is found');
    assert(Date.now() - started < 5000, 'paging is quick');
    // A 10.0.0.0/8 pod CIDR overlaps the VNet: both ranges are named at the field.
    const msg = await text(page, '#c-pod-cidr-msg');
    assert(msg.includes('10.0.0.0/8') && msg.includes('10.224.0.0/12'), msg);
    await page.context().close();
});

test('address checks speak at their fields', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    await page.fill('#s0-prefix', '10.224.0.1/24');
    assertEqual(await text(page, '#s0-prefix-msg'), 'Error: 10.224.0.1/24 has host bits set; did you mean 10.224.0.0/24?', 'host bits');
    await page.fill('#c-dns-service-ip', '10.0.0.1');
    assert((await text(page, '#c-dns-service-ip-msg')).includes('kubernetes.default'), 'DNS on .1');
    await page.fill('#c-pod-cidr', '172.16.0.0/12');
    const pod = await text(page, '#c-pod-cidr-msg');
    assert(pod.includes('172.30.0.0/16') && pod.includes('172.31.0.0/16'), pod);
    await page.fill('#c-listed-ranges', '10.0.0.0/8');
    assert((await text(page, '#c-service-cidr-msg')).includes('Warning'), 'service CIDR overlap with on-premises warned');
    // Nothing else is lost: node figures are still on the page.
    assertEqual(await text(page, '[data-test="cpu-allocatable"]'), '3,860m', 'CPU still computed');
    assertEqual(page.problems.join('\n'), '', 'console problems');
    await page.context().close();
});
