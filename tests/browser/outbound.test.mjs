// Outbound on the page: switching the outbound type, the SNAT ports per node and AKS's own
// refusal with its numbers, the egress list with its link to the control-plane panel, and the
// egress rules exported as Terraform through the worker.
import { test, assert, assertEqual, openPage, ready, fragmentOf } from './harness.mjs';

const text = (page, sel) => page.locator(sel).first().innerText();

test('outbound type, ports per node and the SNAT verdict', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    // 3 nodes + 1 surge, AKS's table: 1,024 ports each.
    assertEqual(await text(page, '[data-test="ports-per-node"]'), '1,024', 'default ports per node');
    const verdict = page.locator('[data-test="snat-verdict"]');
    assertEqual(await verdict.getAttribute('aria-live'), 'polite', 'the verdict is read out');
    assert((await verdict.innerText()).includes('enough for 4 nodes'), await verdict.innerText());

    // azure-cli#22374: 21,000 ports for 4 nodes on one IP.
    await page.fill('#o-lb-ports', '21000');
    const msg = await text(page, '#o-lb-ports-msg');
    assert(msg.includes('Total node count 4 requires 84000 ports but only 64000 ports are available given 1 outbound public IPs'), msg);
    assert((await verdict.innerText()).includes('AKS will refuse'), await verdict.innerText());
    assertEqual(await text(page, '[data-test="ports-per-node"]'), '21,000', 'allocated ports');
    await page.fill('#o-lb-managed-ips', '2');
    assert((await verdict.innerText()).includes('enough for 4 nodes'), 'two IPs hold 84,000');
    assertEqual(await page.locator('#o-lb-ports-msg').count(), 0, 'message gone');

    // Your own NAT gateway: 64,512 flows ÷ 4 nodes.
    await page.selectOption('#o-type', 'userAssignedNATGateway');
    assertEqual(await text(page, '[data-test="ports-per-node"]'), '16,128', 'flows per node');
    assert((await fragmentOf(page)).includes('outbound-type=userAssignedNATGateway'), 'type in the link');
    // A managed NAT gateway needs the AKS-managed VNet.
    await page.selectOption('#o-type', 'managedNATGateway');
    assert((await text(page, '#o-type-msg')).includes('needs the AKS-managed VNet'), 'refused in your own VNet');
    assert((await verdict.innerText()).includes('not allowed'), await verdict.innerText());
    await page.check('#o-managed-vnet');
    assertEqual(await page.locator('#o-type-msg').count(), 0, 'allowed in the managed VNet');
    assert((await text(page, '#o-managed-vnet-msg')).includes('10.224.0.0/12'), 'what AKS makes instead');
    assert((await verdict.innerText()).includes('enough for 4 nodes'), await verdict.innerText());
    assertEqual(page.problems.join('\n'), '', 'console problems');
    await page.context().close();
});

test('the egress list, the tunnel panel and the Terraform export', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    await page.fill('#n-region', 'West Europe');
    await page.click('[data-test="egress"] > summary');
    const rules = await text(page, '[data-test="egress-rules"]');
    assert(rules.includes('*.hcp.westeurope.azmk8s.io'), rules);
    assert(rules.includes('packages.aks.azure.com') && rules.includes('acs-mirror.azureedge.net'), 'both binary hosts');
    assert(rules.includes('API server public IP'), 'public cluster: API server rule');

    // The link to the control-plane panel opens it and keeps the plan.
    const before = await fragmentOf(page);
    await page.click('[data-test="to-tunnel"]');
    assert(await page.locator('#tunnel').evaluate((d) => d.open), 'tunnel panel open');
    assert((await text(page, '[data-test="tunnel-checks"]')).includes('*.hcp.westeurope.azmk8s.io HTTPS 443'), 'checks');
    assertEqual(await fragmentOf(page), before, 'plan unchanged');

    await page.click('[data-test="egress-egress-terraform"]');
    await page.waitForSelector('#egress-export-text[data-ready="true"]', { timeout: 15000 });
    const tf = await page.inputValue('#egress-export-text');
    assert(tf.includes('resource "azurerm_firewall_policy_rule_collection_group" "aks_egress" {'), tf.slice(0, 400));
    assert(tf.includes('destination_fqdns = ["*.hcp.westeurope.azmk8s.io"]'), 'the region in the export');
    assert(tf.includes('variable "api_server_public_ip"'), 'API server IP as a variable');

    // A private cluster: no API server public IP, no hcp rule.
    await page.check('#c-private-cluster');
    const private_ = await text(page, '[data-test="egress-rules"]');
    assert(!private_.includes('API server public IP') && !private_.includes('.hcp.'), private_);
    assertEqual(page.problems.join('\n'), '', 'console problems');
    assertEqual(page.foreignRequests.join('\n'), '', 'nothing leaves the browser');
    await page.context().close();
});
