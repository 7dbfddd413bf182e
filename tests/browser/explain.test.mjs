// "Explain an AKS error": paste the SNAT error, read the explanation, press a fix and the plan has
// no error left; the Japanese words; an unknown text; the keyboard; a phone; not in read-only views.
import { fileURLToPath } from 'node:url';
import { test, assert, assertEqual, openPage, ready, fragmentOf } from './harness.mjs';

const AXE = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));

const SNAT = 'ERROR: (InvalidLoadBalancerProfileAllocatedOutboundPorts) Load balancer profile allocated ports 8000 is not in an allowable range given the number of nodes and IPs provisioned. Total node count 9 requires 72000 ports but only 64000 ports are available given 1 outbound public IPs. Refer to https://aka.ms/aks/slb-ports for more details.';

const errorsShown = (page) => page.locator('[data-test="findings"] li.error').count();

async function explain(page, text) {
    await page.click('[data-test="explain"] summary');
    await page.fill('#explain-text', text);
    await page.click('[data-test="explain-button"]');
    await page.waitForSelector('[data-test="explain-title"]', { timeout: 15000 });
}

test('explain: on the plan AKS refused, the fix turns the verdict green', async ({ browser, url }) => {
    const page = await openPage(browser);
    // The refused plan: 8 nodes (+1 surge) at 8,000 ports each on one outbound IP.
    await page.goto(`${url}#v=2&kubernetes-version=1.35&load-balancer-outbound-ports=8000&node-count=8`);
    await ready(page);
    const status = () => page.locator('[data-test="verdict-status"]').innerText();
    assertEqual(await status(), 'Does not fit', 'the verdict before the fix');
    await explain(page, SNAT);
    const lines = await page.locator('[data-test="explain-lines"]').innerText();
    assert(lines.includes('Your plan gives exactly the message'), lines);
    await page.locator('[data-test="explain-fix"]').first().click();
    await page.waitForFunction(() => location.hash.includes('load-balancer-managed-outbound-ip-count=2'));
    assertEqual(await status(), 'Fits', 'the verdict turns green');
    assertEqual(await page.locator('[data-test="verdict"].ok').count(), 1, 'the fitting verdict strip');
    assertEqual(await errorsShown(page), 0, 'no error after the fix');
    await page.context().close();
});

test('explain: the SNAT error, its formula, and a fix that leaves no error', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    assertEqual(await errorsShown(page), 0, 'the default plan has no error');
    await explain(page, SNAT);
    const result = page.locator('[data-test="explain-result"]');
    assertEqual(await result.getAttribute('role'), 'status', 'the reply is read out');
    assertEqual(await result.getAttribute('aria-live'), 'polite', 'politely');
    assertEqual(
        await page.locator('[data-test="explain-title"]').innerText(),
        'InvalidLoadBalancerProfileAllocatedOutboundPorts: the outbound IPs have too few SNAT ports for every node',
        'title',
    );
    const lines = await page.locator('[data-test="explain-lines"]').innerText();
    assert(lines.includes('(8 nodes + 1 surge) × 8,000 ports = 72,000 > 64,000 = 1 outbound IP × 64,000'), lines);
    assert(lines.includes('Surge: 1 node(s) for pool nodepool1'), lines);
    const fixes = await page.locator('[data-test="explain-fix"]').allInnerTexts();
    assertEqual(
        fixes.join(' | '),
        '2 managed outbound IPs | allocatedOutboundPorts 7,104 per node | Pool nodepool1: 7 nodes, the most that fit',
        'fixes',
    );
    // The first fix: the error's values (8 nodes, 8,000 ports) and 2 outbound IPs; no error.
    await page.locator('[data-test="explain-fix"]').first().click();
    await page.waitForFunction(() => location.hash.includes('load-balancer-managed-outbound-ip-count=2'));
    const hash = await fragmentOf(page);
    assert(hash.includes('load-balancer-outbound-ports=8000'), hash);
    assert(hash.includes('node-count=8'), hash);
    assertEqual(await errorsShown(page), 0, 'no error after the fix');
    assert((await page.locator('[data-test="explain-applied"]').innerText()).includes('2 managed outbound IPs'), 'said what it did');
    assertEqual(page.problems.join('\n'), '', 'console problems');
    assertEqual(page.foreignRequests.join('\n'), '', 'nothing leaves the browser');
    await page.context().close();
});

test('explain: Japanese words, an unknown text, and the keyboard', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(`${url}#v=2&lang=ja`);
    await ready(page);
    assertEqual(await page.locator('[data-test="explain"] summary').innerText(), 'AKS のエラーを説明', 'panel title');
    await explain(page, 'Pre-allocated IPs 310 exceeds IPs available in Subnet 251');
    assertEqual(
        await page.locator('[data-test="explain-title"]').innerText(),
        'InsufficientSubnetSize: サブネットに全ノード分の IP アドレスが収まりません',
        'title in Japanese',
    );
    const lines = await page.locator('[data-test="explain-lines"]').innerText();
    assert(lines.includes('(ノード 10 台 + サージ 0 台) × (30 + 1) = 310 > /24 で使用可能な 251'), lines);
    const fixes = await page.locator('[data-test="explain-fix"]').allInnerTexts();
    assertEqual(fixes[0], 'サブネット snet-aks-nodes を 10.224.0.0/23 に(使用可能 507)', 'fix in Japanese');
    // Unknown text, explained from the keyboard (Ctrl+Enter in the text box).
    await page.fill('#explain-text', 'kubectl get pods: everything is fine');
    await page.focus('#explain-text');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => document.querySelector('[data-test="explain-title"]')?.innerText.includes('説明できる AKS のエラーではありません'));
    const known = await page.locator('[data-test="explain-lines"]').innerText();
    assert(known.includes('SubnetIsFull') && known.includes('error dialing backend'), known);
    assertEqual(await page.locator('[data-test="explain-fix"]').count(), 0, 'no fix for unknown text');
    assertEqual(page.problems.join('\n'), '', 'console problems');
    await page.context().close();
});

test('explain: fits a phone and is not in the read-only or embedded page', async ({ browser, url }) => {
    const page = await openPage(browser, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
    await page.goto(url);
    await ready(page);
    await explain(page, SNAT);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 0, `no sideways scroll on a phone: ${overflow}px`);
    for (const view of ['readonly=1', 'embed=1']) {
        await page.goto(`${url}#v=2&${view}`);
        await page.reload();
        await ready(page);
        assertEqual(await page.locator('[data-test="explain"]').count(), 0, `no panel with ${view}`);
    }
    await page.context().close();
});

test('explain: axe-core finds nothing serious in the explanation and its fixes', async ({ browser, url }) => {
    for (const [lang, theme] of [['en', 'light'], ['ja', 'dark']]) {
        // axe is injected as an inline script, which the page's CSP rightly refuses.
        const page = await openPage(browser, { bypassCSP: true });
        await page.goto(`${url}#v=2&lang=${lang}&theme=${theme}`);
        await ready(page);
        await explain(page, SNAT);
        await page.addScriptTag({ path: AXE });
        const bad = await page.evaluate(async () => {
            const result = await window.axe.run('[data-test="explain"]', { resultTypes: ['violations'] });
            return result.violations
                .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                .map((v) => `${v.id}: ${v.nodes[0]?.target?.join(' ')}`);
        });
        assertEqual(bad.join('\n'), '', `serious or critical violations in ${lang}/${theme}`);
        await page.context().close();
    }
});
