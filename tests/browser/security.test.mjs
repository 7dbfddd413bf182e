// The Content-Security-Policy holds: the page, its worker, copy and download all run under it
// with no violation, and nothing is requested from anywhere but 127.0.0.1.
import { test, assert, assertEqual, openPage, ready } from './harness.mjs';

test('a strict Content-Security-Policy with no violation, and no outside request', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.addInitScript(() => {
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${url}#v=1&network-plugin=kubenet&max-pods=abc`);
    await page.waitForSelector('#p0-max-pods-msg');
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert(policy.includes("default-src 'none'") && policy.includes("script-src 'self' 'wasm-unsafe-eval' 'sha256-"), policy);
    assert(!policy.includes('unsafe-inline'), 'no unsafe-inline');
    // Exercise what could trip it: the worker, the clipboard, a download, the why popovers.
    await page.click('[data-test="export"] summary');
    await page.selectOption('#export-format', 'terraform');
    await page.waitForSelector('#export-text[data-ready="true"]');
    await page.click('[data-test="export-copy"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-test="export-download"]')]);
    assertEqual(download.suggestedFilename(), 'aks.tf', 'download');
    await page.locator('details.why summary').first().click();
    await page.click('[data-test="copy-link"]');
    await page.fill('#p0-max-pods', '110');
    await page.waitForLoadState('networkidle');
    assertEqual((await page.evaluate(() => window.cspViolations)).join('\n'), '', 'CSP violations');
    assertEqual(page.problems.join('\n'), '', 'console problems');
    assertEqual(page.foreignRequests.join('\n'), '', 'requests leaving 127.0.0.1');
    await page.context().close();
});
