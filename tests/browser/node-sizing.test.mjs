// Node sizing on the page: pools, VM sizes, rule sets, the breakdown, workload fit and totals.
import { test, assert, assertEqual, openPage, ready, fragmentOf } from './harness.mjs';

async function pickVm(page, index, typed, name) {
    await page.fill(`#p${index}-vm-size`, typed);
    await page
        .locator(`#p${index}-vm-size-list li[role="option"]`, { has: page.locator('.vm-name', { hasText: new RegExp(`^${name}$`) }) })
        .click();
    assertEqual(await page.inputValue(`#p${index}-vm-size`), name, 'picked VM size');
}

const cell = (page, pool, row) =>
    page.locator(`[data-test="pool-${pool}"] tr[data-test="${row}"] td.num`).first().innerText();
const figure = (page, pool, what) => page.locator(`[data-test="pool-${pool}"] [data-test="${what}"]`).first().innerText();

test('a second pool on a 7 GiB VM: the legacy rule, then Windows, then workload fit', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    await page.click('button.add-pool');
    await page.waitForSelector('[data-test="pool-1"]');
    assertEqual(await page.inputValue('#p1-name'), 'userpool', 'new pool name');
    await pickVm(page, 1, 'DS2_v2', 'Standard_DS2_v2');
    assertEqual(await page.locator('[data-test="pool-1"] [data-test="vm-info"]').innerText(), '2 vCPU · 7 GiB', 'VM info');
    await page.fill('#p1-kubernetes-version', '1.28');

    // §2b: 7 GiB → 1,638 Mi + 750 Mi; capacity 7168 − 112 − 100 = 6956 Mi → 4,568 Mi.
    assertEqual(await figure(page, 1, 'cpu-allocatable'), '1,900m', 'CPU');
    assertEqual(await cell(page, 1, 'kube-reserved'), '1,638 Mi', 'kube-reserved');
    assertEqual(await cell(page, 1, 'eviction'), '750 Mi', 'eviction');
    assertEqual(await cell(page, 1, 'os'), '212 Mi', 'OS and kernel');
    assertEqual(await figure(page, 1, 'memory-allocatable'), '4,568 Mi', 'allocatable');
    const assumptions = await page.locator('[data-test="pool-1"] .assumptions').innerText();
    assert(assumptions.includes('AKS before 1.29'), `assumptions name the rule: ${assumptions}`);

    // Windows: legacy + 2048 Mi, no eviction; capacity is the nominal 7168 Mi.
    await page.fill('#p1-name', 'win1');
    await page.selectOption('#p1-os', 'windows');
    assertEqual(await cell(page, 1, 'kube-reserved'), '3,686 Mi', 'Windows kube-reserved');
    assertEqual(await cell(page, 1, 'eviction'), '0 Mi', 'Windows eviction');
    assertEqual(await figure(page, 1, 'memory-allocatable'), '3,482 Mi', 'Windows allocatable');
    const ruleNote = await page.locator('#p1-memory-rule-msg').innerText();
    assert(ruleNote.includes('not documented'), `the Windows rule is marked unverified: ${ruleNote}`);

    // Workload: 1900m / 250m = 7; 3,565,568 Ki / 512 Mi = 6 → memory binds; 20 replicas → 4 nodes.
    await page.click('[data-test="pool-1"] details.workload summary');
    await page.fill('#p1-pod-cpu', '250m');
    await page.fill('#p1-pod-memory', '512Mi');
    await page.fill('#p1-replicas', '20');
    assertEqual(await figure(page, 1, 'pods-per-node'), '6', 'pods per node');
    assertEqual(await figure(page, 1, 'binding'), 'Memory', 'binding limit');
    assertEqual(await figure(page, 1, 'nodes-needed'), '4', 'nodes needed');
    const replicasMsg = await page.locator('#p1-replicas-msg').innerText();
    assert(replicasMsg.startsWith('Warning:'), `replicas warning: ${replicasMsg}`);

    // Totals: 3 × 3,860m + 3 × 1,900m.
    assertEqual(await page.locator('[data-test="total-cpu"]').innerText(), '17,280m', 'cluster CPU');
    assertEqual(await page.locator('[data-test="total-nodes"]').innerText(), '6', 'cluster nodes');

    // The whole plan is in the link.
    const hash = await fragmentOf(page);
    assert(hash.includes('nodepool-name=win1') && hash.includes('os-type=Windows') && hash.includes('pod-memory=512Mi'), hash);
    await page.reload();
    await ready(page);
    assertEqual(await figure(page, 1, 'pods-per-node'), '6', 'pods per node after reload');
    assertEqual(page.problems.join('\n'), '', 'console problems');
    await page.context().close();
});

test('duplicate and remove pools; the last pool stays', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    await page.click('[data-test="pool-0"] button:has-text("Duplicate")');
    await page.waitForSelector('[data-test="pool-1"]');
    assertEqual(await page.inputValue('#p1-name'), 'nodepool2', 'duplicate name');
    assertEqual(await page.inputValue('#p1-vm-size'), 'Standard_D4s_v5', 'duplicate VM');
    assertEqual(await page.locator('[data-test="total-nodes"]').innerText(), '6', 'nodes with the duplicate');
    await page.click('[data-test="pool-0"] button:has-text("Remove")');
    assertEqual(await page.locator('article.pool').count(), 1, 'one pool left');
    assertEqual(await page.inputValue('#p0-name'), 'nodepool2', 'the remaining pool');
    assertEqual(await page.locator('[data-test="pool-0"] button:has-text("Remove")').count(), 0, 'no remove on the last pool');
    // The copy was a system pool too; make it a user pool and the cluster has none.
    await page.selectOption('#p0-mode', 'user');
    const msg = await page.locator('#p0-mode-msg').innerText();
    assert(msg.includes('system pool'), `no-system-pool message: ${msg}`);
    await page.context().close();
});

test('autoscaler and a custom size: totals at the maximum', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    await page.check('#p0-min-count-auto');
    assertEqual(await page.inputValue('#p0-min-count'), '1', 'min prefilled');
    assertEqual(await page.inputValue('#p0-max-count'), '6', 'max prefilled');
    await page.fill('#p0-max-count', '10');
    // 10 × 3,860m at the maximum.
    const totals = await page.locator('[data-test="totals"]').innerText();
    assert(totals.includes('38,600m'), `totals at max: ${totals}`);

    await pickVm(page, 0, 'custom', 'custom');
    await page.fill('#p0-vcpu', '6');
    await page.fill('#p0-memory-gib', '24');
    // 6 vCPU → 160m reserved.
    assertEqual(await figure(page, 0, 'cpu-allocatable'), '5,840m', 'custom CPU');
    assertEqual(await cell(page, 0, 'kube-reserved'), '5,050 Mi', 'custom kube-reserved');
    await page.fill('#p0-capacity', '12Gx');
    const capMsg = await page.locator('#p0-capacity-msg').innerText();
    assert(capMsg.includes('“12Gx” is not a memory quantity'), capMsg);
    assertEqual(await figure(page, 0, 'cpu-allocatable'), '5,840m', 'CPU still computed');
    await page.fill('#p0-capacity', '24000Mi');
    assertEqual(await figure(page, 0, 'memory-allocatable'), `${(24000 - 5150).toLocaleString('en-US')} Mi`, 'exact allocatable from capacity');
    await page.context().close();
});
