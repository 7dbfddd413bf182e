// Meeting-room UX: axe-core in both languages and themes, keyboard only, no sideways scroll on a
// phone, language and theme kept in the link, and screenshots of three screens in both languages.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { test, assert, assertEqual, openPage, ready, fragmentOf } from './harness.mjs';

const AXE = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));
const SHOTS = fileURLToPath(new URL('../artifacts/screens/', import.meta.url));

async function axe(page) {
    await page.addScriptTag({ path: AXE });
    return page.evaluate(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0]?.target?.join(' ') }));
    });
}

test('axe-core: no serious or critical violation in either language or theme', async ({ browser, url }) => {
    const summary = [];
    for (const lang of ['en', 'ja']) {
        for (const theme of ['light', 'dark']) {
            // axe is injected as an inline script, which the page's CSP rightly refuses.
            const page = await openPage(browser, { bypassCSP: true });
            // A plan with findings, an open workload section, the panels and a "why" open.
            await page.goto(`${url}#v=1&lang=${lang}&theme=${theme}&network-plugin=kubenet&max-pods=abc&nodepool-name=apps&pod-cpu=250m&pod-memory=1Gi`);
            await page.waitForSelector('#p1-vm-size');
            await page.click('[data-test="export"] summary');
            await page.click('[data-test="import"] summary');
            await page.locator('details.why summary').first().click();
            const violations = await axe(page);
            const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
            summary.push(`${lang}/${theme}: ${violations.length} violations (${bad.length} serious or critical)${violations.length ? ': ' + violations.map((v) => `${v.id}[${v.impact}]`).join(', ') : ''}`);
            assertEqual(JSON.stringify(bad, null, 1), '[]', `serious/critical violations in ${lang}/${theme}`);
            await page.context().close();
        }
    }
    console.log('      axe-core: ' + summary.join('; '));
});

test('keyboard only: Tab reaches every control in order, with a visible focus', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(`${url}#v=1&nodepool-name=apps`);
    await ready(page);
    const controls = await page.evaluate(() =>
        [...document.querySelectorAll('input, select, textarea, button, summary, a[href]')]
            .filter((e) => e.checkVisibility() && !e.disabled)
            .map((e) => e.id || e.textContent.trim().slice(0, 30)));
    const reached = [];
    let outlineMissing = 0;
    for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => {
            const e = document.activeElement;
            if (!e || e === document.body) return null;
            const style = getComputedStyle(e);
            return { key: e.id || e.textContent.trim().slice(0, 30), outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
        });
        if (!info) continue;
        if (reached.length && info.key === reached[0]) break;
        reached.push(info.key);
        if (!info.outline) outlineMissing += 1;
    }
    const missed = controls.filter((c) => !reached.includes(c));
    assertEqual(missed.join(', '), '', 'controls Tab never reached');
    assertEqual(outlineMissing, 0, 'focused controls without a visible outline');
    // In reading order: the cluster before the pools, the pools before the exports.
    assert(reached.indexOf('network') < reached.indexOf('p0-name') && reached.indexOf('p1-name') < reached.indexOf('export-format') ||
        !reached.includes('export-format'), 'reading order');
    // The VM field and a select work from the keyboard.
    await page.focus('#network');
    await page.keyboard.press('ArrowDown');
    assertEqual(await page.locator('#network').inputValue(), 'node-subnet', 'select by keyboard');
    await page.context().close();
});

test('a 375 px phone never scrolls sideways, in either language', async ({ browser, url }) => {
    for (const lang of ['en', 'ja']) {
        const page = await openPage(browser, { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
        await page.goto(`${url}#v=1&lang=${lang}&network-plugin=azure&node-count=10&node-subnet-prefix=10.224.0.0/24&nodepool-name=apps`);
        await ready(page);
        await page.click('[data-test="export"] summary');
        await page.locator('details.why summary').first().click();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assertEqual(width, 375, `page width in ${lang}`);
        await page.context().close();
    }
});

test('language and theme are kept in the link and survive a reload', async ({ browser, url }) => {
    const page = await openPage(browser, { locale: 'en-US' });
    await page.goto(url);
    await ready(page);
    assertEqual(await page.evaluate(() => document.documentElement.lang), 'en', 'English by default');
    await page.click('[data-test="lang-switch"]');
    await page.selectOption('#theme', 'dark');
    assert((await fragmentOf(page)).includes('lang=ja&theme=dark'), 'in the link');
    await page.reload();
    await ready(page);
    assertEqual(await page.evaluate(() => document.documentElement.lang), 'ja', 'lang after reload');
    assertEqual(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'theme after reload');
    assertEqual(await page.locator('h1').innerText(), 'AKS キャパシティ & IP 計算ツール', 'Japanese title');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assertEqual(bg, 'rgb(17, 20, 23)', 'dark background');
    // A Japanese browser gets Japanese without asking.
    const ja = await openPage(browser, { locale: 'ja-JP' });
    await ja.goto(url);
    await ready(ja);
    assertEqual(await ja.locator('h1').innerText(), 'AKS キャパシティ & IP 計算ツール', 'follows the browser');
    await ja.context().close();
    // With no theme in the link the system decides; a theme in the link overrides it.
    const system = await openPage(browser, { colorScheme: 'dark' });
    const background = () => system.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await system.goto(url);
    await ready(system);
    assertEqual(await background(), 'rgb(17, 20, 23)', 'system dark');
    await system.selectOption('#theme', 'light');
    assertEqual(await background(), 'rgb(246, 247, 249)', 'light chosen over a dark system');
    await system.context().close();
    await page.context().close();
});

test('screenshots: projector, laptop and phone, in both languages', async ({ browser, url }) => {
    await mkdir(SHOTS, { recursive: true });
    const screens = [['projector', 1920, 1080], ['laptop', 1366, 768], ['phone', 375, 667]];
    for (const lang of ['en', 'ja']) {
        for (const [name, width, height] of screens) {
            const page = await openPage(browser, { viewport: { width, height }, deviceScaleFactor: 1 });
            await page.goto(`${url}#v=1&lang=${lang}&nodepool-name=system&nodepool-name=apps&node-vm-size=Standard_E8s_v5&max-pods=110&pod-cpu=500m&pod-memory=1Gi`);
            await ready(page);
            await page.screenshot({ path: `${SHOTS}${name}-${lang}.png`, fullPage: false });
            await page.context().close();
        }
    }
});
