// A result at first paint (#14 item 2): the build writes the default plan's page, in English and
// Japanese, into index.html; the app replaces it with no console error; a link with a plan never
// shows the default plan's figures as its own.
import { test, assert, assertEqual, openPage, ready } from './harness.mjs';

const visibleText = (page, sel) => page.locator(sel).first().innerText();

test('before the WebAssembly starts the first visit already shows the default plan’s figures', async ({ browser, url }) => {
    // The head script runs, the wasm does not: the page as it is before the app starts.
    const page = await openPage(browser);
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(url);
    assert(await page.locator('#prerender .prerender-copy[data-lang="en"]').isVisible(), 'the English copy shows');
    assert(!(await page.locator('#prerender .prerender-copy[data-lang="ja"]').isVisible()), 'the Japanese one does not');
    const en = '#prerender [data-lang="en"]';
    assertEqual(await visibleText(page, `${en} [data-test="verdict-status"]`), 'Fits', 'verdict');
    // The default plan: 3 × Standard_D4s_v5, 3,860m CPU and 11,832 Mi per node, 250 pods.
    assertEqual(await visibleText(page, `${en} [data-test="verdict-cpu"]`), '3,860m', 'CPU per node');
    assertEqual(await visibleText(page, `${en} [data-test="verdict-memory"]`), '11,832 Mi', 'memory per node');
    assertEqual(await visibleText(page, `${en} [data-test="verdict-pods"]`), '250', 'pods per node');
    // The IP plan is prerendered too: 3 nodes now, 3 scaled (no autoscaler), 4 upgrading (one
    // surge node: 10 % of 3, rounded up).
    const nodes = await page.locator(`${en} [data-test="nodes"] td`).allInnerTexts();
    assertEqual(nodes.join(' '), '3 3 4', 'the IP plan: nodes now / scaled / upgrading');
    // A picture, not a form: nothing in it takes focus.
    assertEqual(await page.locator('#prerender').getAttribute('inert'), '', 'the copy is inert');
    await page.context().close();

    // No script at all: the frame, but no figure (the copy fails closed).
    const off = await openPage(browser, { javaScriptEnabled: false });
    await off.goto(`${url}#v=2&node-count=7`);
    assert(await off.locator(`${en} h1`).isVisible(), 'no script: the frame shows');
    assert(!(await off.locator(`${en} [data-test="verdict-cpu"]`).isVisible()), 'no script: no figure');
    assert(await off.locator('noscript').count() === 1, 'the noscript words are there');
    await off.context().close();
});

test('the copy in the link’s or the browser’s language; a link with a plan, v1 too, shows no figure before the app', async ({ browser, url }) => {
    const cases = [
        // [browser locale, address, copy shown, figures shown]
        ['ja-JP', '', 'ja', true],
        ['en-US', '#lang=ja', 'ja', true],
        ['ja-JP', '#lang=en', 'en', true],
        ['en-US', '#v=2', 'en', true],
        ['en-US', '#v=2&kubernetes-version=1.35&node-count=7&node-vm-size=Standard_D8s_v5', 'en', false],
        // What the first release wrote for its default plan: it opens Kubernetes 1.33.
        ['en-US', '#v=1', 'en', false],
        ['en-US', '#v=1&lang=ja', 'ja', false],
        ['en-US', '#embed=1', 'en', false],
    ];
    for (const [locale, hash, lang, figures] of cases) {
        const page = await openPage(browser, { locale });
        await page.route('**/*.wasm', (route) => route.abort());
        await page.goto(`${url}${hash}`);
        const copy = `#prerender [data-lang="${lang}"]`;
        if (hash !== '#embed=1') assert(await page.locator(`${copy} h1`).isVisible(), `${locale} ${hash}: the ${lang} copy shows`);
        assertEqual(await page.locator(`${copy} [data-test="verdict-cpu"]`).isVisible(), figures, `${locale} ${hash}: figures`);
        assertEqual(await page.locator(`${copy} [data-test="nodes"]`).isVisible(), figures, `${locale} ${hash}: the IP plan's figures`);
        assertEqual(await page.evaluate(() => document.documentElement.lang), lang, `${locale} ${hash}: <html lang>`);
        await page.context().close();
    }

    // A dark link is dark from the first paint.
    const dark = await openPage(browser);
    await dark.route('**/*.wasm', (route) => route.abort());
    await dark.goto(`${url}#theme=dark`);
    assertEqual(await dark.evaluate(() => document.documentElement.dataset.theme), 'dark', 'theme before the app');
    await dark.context().close();
});

test('the app replaces the copy with no flash, no console error, and the linked plan’s figures', async ({ browser, url }) => {
    const first = await openPage(browser);
    // Every animation frame from the first one with a body: is the copy there, is the app shown?
    await first.addInitScript(() => {
        window.frames_ = [];
        const look = () => {
            if (document.body) {
                const app = document.getElementById('app');
                window.frames_.push([!!document.getElementById('prerender'), !!app && !app.hidden]);
            }
            if (window.frames_.length < 2000) requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
    });
    await first.goto(`${url}`);
    await ready(first);
    await first.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const frames = await first.evaluate(() => window.frames_);
    assert(frames.length > 0 && frames[0][0], `the first frame shows the copy: ${JSON.stringify(frames.slice(0, 3))}`);
    assert(frames.every(([copy, app]) => copy !== app), `every frame shows exactly one of copy and app: ${JSON.stringify(frames)}`);
    assert(frames[frames.length - 1][1], 'the app at the end');
    assertEqual(JSON.stringify(first.problems), '[]', 'no console error or warning (default page)');
    await first.context().close();

    // A new visit from a link with its own plan.
    const page = await openPage(browser);
    await page.goto(`${url}#v=2&kubernetes-version=1.35&node-count=7`);
    await ready(page);
    assertEqual(await page.locator('#prerender').count(), 0, 'the copy is gone');
    assertEqual(await page.locator('#app').count(), 1, 'one app root');
    assertEqual(await page.locator('[data-test="verdict"]').count(), 1, 'one verdict on the page');
    assertEqual(await visibleText(page, '[data-test="total-nodes"]'), '7', 'the link’s plan');
    // Ids are unique again (the copy's were renamed while it was there).
    const dupes = await page.evaluate(() => {
        const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
        return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    assertEqual(JSON.stringify(dupes), '[]', 'no duplicate id');
    assertEqual(JSON.stringify(page.problems), '[]', 'no console error or warning');
    await page.context().close();
});

test('the copy is the app’s own page: the same element tree and words, in both languages', async ({ browser, url }) => {
    // HTML parsing can move what the app builds with DOM calls (a <details> inside a <p> ends the
    // <p>); then the swap would jump. The panels' host is left out: the second module fills it.
    const shape = (root) => {
        const out = [];
        const walk = (el, path) => {
            for (const c of el.children) {
                const p = `${path}>${c.tagName.toLowerCase()}${c.className ? '.' + String(c.className).split(' ').join('.') : ''}`;
                out.push(p);
                if (c.id !== 'aks-panels' && c.dataset.id !== 'aks-panels') walk(c, p);
            }
        };
        walk(document.querySelector(root), '');
        return { tree: out, words: document.querySelector(root).querySelector('aside.answer').innerText };
    };
    for (const locale of ['en-US', 'ja-JP']) {
        const lang = locale.slice(0, 2);
        const before = await openPage(browser, { locale, viewport: { width: 1366, height: 768 } });
        await before.route('**/*.wasm', (route) => route.abort());
        await before.goto(url);
        const copy = await before.evaluate(shape, `#prerender [data-lang="${lang}"] .page`);
        await before.context().close();
        const after = await openPage(browser, { locale, viewport: { width: 1366, height: 768 } });
        await after.goto(url);
        await ready(after);
        const app = await after.evaluate(shape, '#app .page');
        await after.context().close();
        const at = copy.tree.findIndex((p, i) => p !== app.tree[i]);
        assert(at < 0 && copy.tree.length === app.tree.length, `${lang}: trees differ at ${at}: ${copy.tree[at]} / ${app.tree[at]}`);
        assertEqual(copy.words, app.words, `${lang}: the answer column reads the same`);
    }
});

test('when the WebAssembly never starts, a line says so after 6 s, in the page’s language', async ({ browser, url }) => {
    for (const [hash, lang, words] of [['', 'en', 'The calculator has not started'], ['#lang=ja', 'ja', '計算ツールが起動していません']]) {
        const page = await openPage(browser);
        await page.route('**/*.wasm', (route) => route.abort());
        await page.goto(`${url}${hash}`);
        assert(!(await page.locator('.stalled').isVisible()), `${lang}: nothing said at first`);
        await page.waitForSelector('.stalled', { state: 'visible', timeout: 9000 });
        const said = await page.locator('.stalled').innerText();
        assert(said.startsWith(words) && !said.includes(lang === 'en' ? '計算' : 'The calculator'), `${lang}: ${said}`);
        assertEqual(await page.locator('.stalled').getAttribute('role'), 'alert', 'read out');
        await page.context().close();
    }
    // A page whose app started never says it.
    const page = await openPage(browser);
    await page.goto(url);
    await ready(page);
    await page.waitForTimeout(6500);
    assert(!(await page.locator('.stalled').isVisible()), 'a started app: nothing said');
    await page.context().close();
});
