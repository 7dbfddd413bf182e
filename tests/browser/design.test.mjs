// The VNet design on the page: build a /22 spoke with four subnets, fit them into the VNet, read
// the address map and the subnet table, then the Azure CLI export of the design.
import { test, assert, assertEqual, openPage, ready, fragmentOf } from './harness.mjs';

const text = (page, sel) => page.locator(sel).first().innerText();

/** Adds a subnet of a purpose; it gets the next index. */
async function addSubnet(page, purpose) {
    await page.selectOption('#add-subnet-purpose', purpose);
    await page.click('[data-test="add-subnet"]');
}

test('the /22 spoke: fit into the VNet, the map, the table and the az export', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    await page.fill('#c-vnet', '10.20.0.0/22');
    // The node subnet the plan starts with becomes the system pool's, placed by the layout.
    await page.fill('#s0-name', 'snet-system');
    await page.fill('#s0-prefix', '');
    await addSubnet(page, 'nodes');
    await page.fill('#s1-name', 'snet-user');
    await addSubnet(page, 'apiserver');
    await addSubnet(page, 'private-endpoints');
    await page.fill('#s3-ips', '20');
    await page.check('#c-apiserver-vnet-integration');
    // A user pool of 20 nodes, autoscaled to 40, in its own subnet.
    await page.click('.add-pool');
    await page.fill('#p1-node-count', '20');
    await page.check('#p1-min-count-auto');
    await page.fill('#p1-max-count', '40');
    await page.selectOption('#p1-vnet-subnet', 'snet-user');

    // Needs: system 3 + 1 surge = 4 → /28; user 40 + 4 = 44 → /26; API server 9 → /28;
    // 20 endpoints → /27. Largest first from the lowest address.
    const placed = async (i) => (await text(page, `[data-test="subnet-${i}"] [data-test="placed-prefix"]`)).split(' ')[0];
    assertEqual(await placed(1), '10.20.0.0/26', 'user subnet');
    assertEqual(await placed(3), '10.20.0.64/27', 'endpoint subnet');
    assertEqual(await placed(0), '10.20.0.96/28', 'system subnet');
    assertEqual(await placed(2), '10.20.0.112/28', 'API server subnet');
    assertEqual(await text(page, '[data-test="subnet-1"] [data-test="subnet-need"]'), '44', 'user pool need');
    assertEqual(await text(page, '[data-test="subnet-1"] [data-test="subnet-usable"]'), '59', 'a /26 has 59');
    for (const i of [0, 1, 2, 3]) {
        assertEqual(await text(page, `[data-test="subnet-${i}"] [data-test="subnet-status"]`), 'fits', `subnet ${i} fits`);
    }
    // The map: every stretch in order, the free space labelled.
    const legend = await text(page, '[data-test="address-map"] .map-legend');
    for (const part of ['snet-user', '10.20.0.0/26', 'snet-private-endpoints', 'Free', '10.20.0.128/25', '10.20.2.0/23']) {
        assert(legend.includes(part), `map shows ${part}: ${legend}`);
    }
    assert(legend.indexOf('snet-user') < legend.indexOf('snet-private-endpoints'), 'map in address order');
    // The VNet has room for 12 copies of the cluster's own subnets, but they share the API server
    // /28: 11 usable at 9 per cluster holds 1, and the finding at that subnet says so.
    assertEqual(await text(page, '[data-test="clusters-fit"] strong'), '1', 'clusters of this shape');
    const findings = await text(page, '.finding-list');
    assert(findings.includes('snet-apiserver limits how many clusters of this shape the VNet holds: each cluster reserves at least 9 of its 11 usable addresses, so it holds the API servers of 1'), `the API server subnet is named: ${findings}`);
    await page.selectOption('#next-free-size', '24');
    assertEqual(await text(page, '[data-test="next-free"]'), '10.20.1.0/24', 'next free /24');

    // Fit into the VNet: the prefixes are written into the plan and the link.
    await page.click('[data-test="fit-vnet"]');
    assertEqual(await page.inputValue('#s1-prefix'), '10.20.0.0/26', 'user prefix written');
    assertEqual(await page.inputValue('#s2-prefix'), '10.20.0.112/28', 'API prefix written');
    const hash = await fragmentOf(page);
    assert(hash.includes('subnet-name=snet-user&subnet-prefix=10.20.0.0/26'), hash);
    assert(hash.includes('enable-apiserver-vnet-integration=true'), hash);
    assert(hash.includes('vnet-subnet=snet-user'), hash);

    // The az export creates every subnet, the API server's delegated, and gives each pool its own.
    await page.click('[data-test="export"] summary');
    await page.selectOption('#export-format', 'azure-cli');
    await page.waitForSelector('#export-text[data-ready="true"]');
    const az = (await page.inputValue('#export-text')).replace(/\\\n\s*/g, '');
    for (const part of [
        '--name snet-user --address-prefixes 10.20.0.0/26',
        '--name snet-apiserver --address-prefixes 10.20.0.112/28 --delegations Microsoft.ContainerService/managedClusters',
        '--name snet-private-endpoints --address-prefixes 10.20.0.64/27',
        '--enable-apiserver-vnet-integration',
        '--apiserver-subnet-id',
    ]) {
        assert(az.includes(part), `az export has ${part}:\n${az}`);
    }
    assert(/nodepool add[^\n]*--vnet-subnet-id "\$SNET_USER_ID"/.test(az), `the user pool in its subnet:\n${az}`);
    assertEqual(page.problems.join('\n'), '', 'console problems');
    await page.context().close();
});

test('a subnet too small says it as AKS does, at its field, in Japanese too', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(`${url}#v=2&lang=ja&network-plugin=azure&subnet-name=aks-nodes&subnet-prefix=10.224.0.0/24&node-count=10&nodepool-name=user&node-count=5`);
    await ready(page);
    // (10 + 1) · 31 + (5 + 1) · 31 = 527 > 251.
    const msg = await text(page, '#s0-prefix-msg');
    assert(msg.includes('Pre-allocated IPs 527 exceeds IPs available 251 in Subnet Cidr 10.224.0.0/24, Subnet Name aks-nodes.'), msg);
    assert(msg.includes('収まる最小のサイズは /22 です'), msg);
    assertEqual(await text(page, '[data-test="subnet-0"] [data-test="subnet-status"]'), '不足 (/22)', 'status');
    assertEqual(page.problems.join('\n'), '', 'console problems');
    await page.context().close();
});

test('the design fits a phone and shows read-only when embedded', async ({ browser, url }) => {
    const page = await openPage(browser, { viewport: { width: 375, height: 800 } });
    await page.goto(`${url}#v=2&subnet-name=snet-aks-nodes&subnet-name=snet-pe&subnet-purpose=private-endpoints&subnet-ips=12`);
    await ready(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 0, `no sideways scroll on a phone: ${overflow}px`);
    await page.goto(`${url}#v=2&subnet-name=snet-aks-nodes&subnet-name=snet-pe&subnet-purpose=private-endpoints&subnet-ips=12&embed=1&readonly=1`);
    await page.waitForSelector('[data-test="design"]');
    assertEqual(await page.locator('[data-test="design"] input').count(), 0, 'no input when read-only');
    assert((await text(page, '[data-test="subnet-table"]')).includes('snet-pe'), 'the table is there');
    await page.context().close();
});
