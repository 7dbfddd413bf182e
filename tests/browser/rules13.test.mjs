// The rules of 2026-12 on the page (issue 13): maxUnavailable and the upgrade figures, the custom
// reservation rule and its allocatable memory, the OS image in the exports, dual-stack kubenet's
// IPv6 /80 per node, Virtual Nodes v2 in the totals, the sources next to findings, and the
// Japanese words of all of it.
import { test, assert, assertEqual, openPage, ready, fragmentOf } from './harness.mjs';

const text = (page, sel) => page.locator(sel).first().innerText();
const figure = (page, pool, what) => text(page, `[data-test="pool-${pool}"] [data-test="${what}"]`);
const cell = (page, pool, row) => text(page, `[data-test="pool-${pool}"] tr[data-test="${row}"] td.num`);
/** The IP plan's row `row` in the upgrade column. */
const upgrading = (page, row) => page.locator(`[data-test="ip-plan"] tr[data-test="${row}"] td.num`).nth(2).innerText();

async function pickVm(page, index, typed, name) {
    await page.fill(`#p${index}-vm-size`, typed);
    await page
        .locator(`#p${index}-vm-size-list li[role="option"]`, { has: page.locator('.vm-name', { hasText: new RegExp(`^${name}$`) }) })
        .click();
    assertEqual(await page.inputValue(`#p${index}-vm-size`), name, 'picked VM size');
}

/** The export of `format` (an id of the Export panel), continuation lines joined. */
async function exported(page, format) {
    const panel = page.locator('[data-test="export"]');
    if (!(await panel.evaluate((d) => d.open))) await page.click('[data-test="export"] summary');
    await page.selectOption('#export-format', format);
    await page.waitForSelector('#export-text[data-ready="true"]');
    return (await page.inputValue('#export-text')).replace(/ \\\n\s*/g, ' ');
}

test('maxUnavailable 2 on a user pool of 10 with maxSurge 0: no surge nodes in the upgrade', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    await page.click('button.add-pool');
    await page.fill('#p1-node-count', '10');
    // 10 % of 10 rounds up to 1 surge node, as for the system pool's 3: 3 + 1 + 10 + 1.
    assertEqual(await upgrading(page, 'nodes'), '15', 'nodes while upgrading, default surge');
    assertEqual(await upgrading(page, 'node-ips'), '15', 'node subnet IPs while upgrading');
    // maxSurge 0 alone: AKS refuses it, at the field.
    await page.fill('#p1-max-surge', '0');
    const refused = await text(page, '#p1-max-surge-msg');
    assert(refused.startsWith('Error:'), `maxSurge 0 without maxUnavailable: ${refused}`);
    await page.fill('#p1-max-unavailable', '2');
    assertEqual(await page.locator('#p1-max-surge-msg').count(), 0, 'the error is gone');
    assertEqual(await upgrading(page, 'nodes'), '14', 'nodes while upgrading: 3 + 1 + 10 + 0');
    assertEqual(await upgrading(page, 'node-ips'), '14', 'no surge IPs for the pool');
    const drain = await text(page, '#p1-max-unavailable-msg');
    assert(drain.includes('drain up to 2 node(s)') && drain.includes('no surge IPs'), `the note: ${drain}`);
    // The finding carries its source; the link carries both keys.
    const item = page.locator('.finding-list li', { hasText: 'drain up to 2 node(s)' });
    assertEqual(
        await item.locator('a').first().getAttribute('href'),
        'https://learn.microsoft.com/azure/aks/upgrade-aks-node-pools-rolling',
        'source of the note',
    );
    const hash = await fragmentOf(page);
    assert(hash.includes('max-surge=0&max-unavailable=2'), hash);
    // System pools cannot set it.
    await page.fill('#p0-max-unavailable', '1');
    const system = await text(page, '#p0-max-unavailable-msg');
    assert(system.startsWith('Error:'), `maxUnavailable on the system pool: ${system}`);
    // Upgrade settings reach the exports.
    const az = await exported(page, 'azure-cli');
    assert(/nodepool add [^\n]*--name userpool [^\n]*--max-surge 0 --max-unavailable 2 /.test(az), az);
    const tf = await exported(page, 'terraform');
    assert(tf.includes('  upgrade_settings {\n    max_unavailable = "2"\n  }'), tf);
    assertEqual(page.problems.join('\n'), '', 'console problems');
});

test('the custom rule on a Standard_D2s_v5: 1,000 Mi, 200m, 200Mi; then its OS image in the exports', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    await page.click('button.add-pool');
    await pickVm(page, 1, 'D2s_v5', 'Standard_D2s_v5');
    assertEqual(await page.locator('#p1-kube-reserved-memory').count(), 0, 'no custom fields before');
    await page.selectOption('#p1-memory-rule', 'custom');
    // Empty custom fields show AKS's values they keep: 100m (2 cores) and min(20 × 250 + 50, 2,048).
    assertEqual(await page.getAttribute('#p1-kube-reserved-cpu', 'placeholder'), '100', 'CPU placeholder');
    assertEqual(await page.getAttribute('#p1-kube-reserved-memory', 'placeholder'), '2048', 'memory placeholder');
    await page.fill('#p1-kube-reserved-cpu', '200');
    await page.fill('#p1-kube-reserved-memory', '1000');
    await page.fill('#p1-eviction-hard', '200Mi');
    // 8 GiB: capacity 8,192 − 8,192/64 − 100 = 7,964 Mi (estimated); 7,964 − 1,000 − 200 = 6,764 Mi.
    assertEqual(await figure(page, 1, 'memory-allocatable'), '6,764 Mi', 'allocatable memory');
    assertEqual(await cell(page, 1, 'kube-reserved'), '1,000 Mi', 'kube-reserved');
    assertEqual(await cell(page, 1, 'eviction'), '200 Mi', 'eviction');
    assertEqual(await cell(page, 1, 'capacity'), '7,964 Mi', 'capacity');
    // CPU: 2,000m − 200m, the split said.
    assertEqual(await figure(page, 1, 'cpu-allocatable'), '1,800m', 'allocatable CPU');
    assertEqual(await figure(page, 1, 'cpu-kube-reserved'), '200m', 'kube-reserved CPU');
    const split = await figure(page, 1, 'cpu-split');
    assert(split.includes('as the pool sets it'), split);
    const assumptions = await figure(page, 1, 'assumptions');
    assert(assumptions.includes('Custom kube-reserved and hard eviction (preview, Linux only)'), assumptions);
    const preview = await text(page, '#p1-memory-rule-msg');
    assert(preview.includes('CustomNodeConfigPreview') && preview.includes('AKSNodeCustomizationPreview'), preview);
    // The docs' range: 1 up to the node's memory; 0 and more than the capacity are refused at the field.
    for (const bad of ['0', '8000']) {
        await page.fill('#p1-kube-reserved-memory', bad);
        const msg = await text(page, '#p1-kube-reserved-memory-msg');
        assert(msg.startsWith('Error:'), `kube-reserved memory ${bad}: ${msg}`);
    }
    await page.fill('#p1-kube-reserved-memory', '1000');
    assertEqual(await figure(page, 1, 'memory-allocatable'), '6,764 Mi', 'back to 1,000 Mi');

    // The OS image: AKS's default named, then Azure Linux, carried into the exports.
    const defaultOption = await page.locator('#p1-os-sku option[value=""]').innerText();
    assertEqual(defaultOption, 'AKS default (Ubuntu)', 'default image named');
    await page.selectOption('#p1-os-sku', 'AzureLinux');
    assert((await figure(page, 1, 'assumptions')).includes('OS image (OS SKU): Azure Linux'), 'image in the assumptions');
    const az = await exported(page, 'azure-cli');
    assert(/nodepool add [^\n]*--name userpool [^\n]*--os-sku AzureLinux --kubelet-config kubelet-userpool.json/.test(az), az);
    assert(
        az.includes(`cat > kubelet-userpool.json <<'EOF'\n{"kubeReserved": {"cpuMillicores": 200, "memoryMB": 1000}, "hardEvictionThreshold": {"memoryAvailable": "200Mi"}}\nEOF`),
        az,
    );
    assert(az.includes('#   az extension add --name aks-preview'), 'the preview steps');
    const bicep = await exported(page, 'bicep');
    assert(bicep.includes("managedClusters@2026-03-02-preview'"), 'preview API');
    assert(bicep.includes("osSKU: 'AzureLinux'\n        kubeletConfig: {"), bicep);
    // A Windows Server 2025 pool: its image and the FIPS image it needs.
    await page.click('button.add-pool');
    await page.selectOption('#p2-os', 'windows');
    assertEqual(await page.locator('#p2-os-sku option[value=""]').innerText(), 'AKS default (Windows Server 2022)', 'Windows default on 1.35');
    await page.selectOption('#p2-os-sku', 'Windows2025');
    const fips = await text(page, '#p2-os-sku-msg');
    assert(fips.includes('FIPS'), `the FIPS note: ${fips}`);
    const az2 = await exported(page, 'azure-cli');
    assert(/nodepool add [^\n]*--os-type Windows [^\n]*--os-sku Windows2025 --enable-fips-image/.test(az2), az2);
    const json = JSON.parse(await exported(page, 'json'));
    assertEqual(json.results.pools[1]['memory-rule'], 'custom', 'JSON rule id');
    assertEqual(json.results.pools[2]['os-sku'], 'Windows2025', 'JSON image');
    assertEqual(page.problems.join('\n'), '', 'console problems');
});

test('dual-stack kubenet: each node gets a /80 next to its /24; the data plane says NPM ends', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    await page.selectOption('#network', 'kubenet');
    await page.fill('#c-vnet', '10.224.0.0/12,fd00:db8::/56');
    await page.fill('#c-pod-cidr', '10.244.0.0/16,fd12:3456:789a::/64');
    await page.fill('#c-service-cidr', '10.0.0.0/16,fd12:3456:789a:1::/108');
    const header = await text(page, '[data-test="allocation"] thead');
    assert(header.includes('IPv6 pod range'), header);
    const rows = page.locator('[data-test="allocation"] tbody tr');
    assertEqual(await rows.nth(1).locator('td').nth(1).innerText(), '10.244.1.0/24', 'node 1 /24');
    assertEqual(await rows.nth(1).locator('[data-test="pod-range-v6"]').innerText(), 'fd12:3456:789a:0:1::/80', 'node 1 /80');
    const warn = await text(page, '#c-pod-cidr-msg');
    assert(warn.startsWith('Warning:') && warn.includes('what-if'), `kubenet dual-stack: ${warn}`);
    // Two sources: the dual-stack page, then the commit that removed the kubenet page.
    const links = page.locator('.finding-list li', { hasText: 'what-if' }).locator('a');
    assertEqual(await links.count(), 2, 'both sources');
    assertEqual(await links.nth(1).innerText(), 'other source', 'the second is named as such');
    const az = await exported(page, 'azure-cli');
    assert(az.includes('--network-plugin kubenet --ip-families IPv4,IPv6 --pod-cidrs 10.244.0.0/16,fd12:3456:789a::/64'), az);
    const note = await text(page, '#dataplane-hint');
    assert(note.includes('Azure Network Policy Manager'), note);
    assertEqual(await page.getAttribute('#dataplane', 'aria-describedby'), 'dataplane-hint', 'note tied to the select');
    assertEqual(page.problems.join('\n'), '', 'console problems');
});

test('Virtual Nodes v2 come off the totals and want an ACI subnet', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    await page.selectOption('#network', 'node-subnet');
    assertEqual(await text(page, '[data-test="total-cpu"]'), '11,580m', '3 × 3,860m');
    await page.fill('#c-virtual-nodes-v2', '2');
    // Two virtual nodes take 2 × 3 vCPU and 2 × 12 GiB: 11,580 − 6,000 = 5,580m.
    assertEqual(await text(page, '[data-test="total-virtual-nodes"] td.num'), '2', 'row');
    assertEqual(await text(page, '[data-test="total-cpu"]'), '5,580m', 'CPU after them');
    assertEqual(
        await text(page, '[data-test="virtual-nodes-take"]'),
        '2 virtual nodes take 6,000m CPU and 24,576 Mi on real nodes, already out of the figures above.',
        'what they take',
    );
    const want = await text(page, '#c-virtual-nodes-v2-msg');
    assert(want.includes('Warning:') && want.includes('Microsoft.ContainerInstance/containerGroups'), want);
    await page.selectOption('#add-subnet-purpose', 'virtual-nodes');
    await page.click('[data-test="add-subnet"]');
    assert(!(await text(page, '#c-virtual-nodes-v2-msg')).includes('Warning:'), 'the subnet is there');
    const az = await exported(page, 'azure-cli');
    assert(az.includes('# Virtual Nodes v2 (preview), 2 virtual node(s): az has no flag for them'), az);
    assertEqual(page.problems.join('\n'), '', 'console problems');
});

test('the words of the 2026-12 rules in Japanese', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(`${url}#lang=ja&nodepool-name=nodepool1&nodepool-name=apps&max-surge=0&max-unavailable=2&memory-rule=custom&kube-reserved-memory=1000&virtual-nodes-v2=1`);
    await ready(page);
    assertEqual(await text(page, 'label[for="p1-max-unavailable"]'), '最大使用不可 (maxUnavailable)', 'maxUnavailable');
    assertEqual(await text(page, 'label[for="p1-os-sku"]'), 'OS イメージ (OS SKU)', 'OS image');
    assertEqual(await page.locator('#p1-os-sku option[value=""]').innerText(), 'AKS の既定 (Ubuntu)', 'default image');
    assertEqual(await page.locator('#p1-memory-rule option[value="custom"]').innerText(), 'カスタム(プレビュー)', 'custom rule');
    assertEqual(await text(page, 'label[for="p1-kube-reserved-memory"]'), 'kube-reserved のメモリ (Mi)', 'custom memory');
    const assumptions = await figure(page, 1, 'assumptions');
    assert(assumptions.startsWith('前提: kube-reserved とハード退避しきい値のカスタム設定'), assumptions);
    const drain = await text(page, '#p1-max-unavailable-msg');
    assert(drain.startsWith('注記:') && /サージ/.test(drain), drain);
    assertEqual(await text(page, 'label[for="c-virtual-nodes-v2"]'), 'Virtual Nodes v2(プレビュー): 仮想ノード数', 'VN2 field');
    assertEqual(await text(page, '[data-test="total-virtual-nodes"] th'), '仮想ノード v2 (Virtual Nodes v2)', 'VN2 row');
    assert((await text(page, '[data-test="virtual-nodes-take"]')).startsWith('仮想ノード 1 台が実ノード上で CPU 3,000m'), 'VN2 take');
    assertEqual(await text(page, '.finding-list [data-test="sources"] a'), '出典', 'source link');
    assertEqual(page.problems.join('\n'), '', 'console problems');
});
