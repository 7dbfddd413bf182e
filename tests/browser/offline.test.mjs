// Offline after the first visit: the service worker caches the release under the sub-path it is
// served from, the page opens with no network, and a new release replaces the old files.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, assert, assertEqual, openPage, ready, serve } from './harness.mjs';

const DIST = process.env.DIST ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

const text = (page, sel) => page.locator(sel).first().innerText();

async function controlled(page) {
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The first visit is not controlled until the worker claims it.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('offline: after one visit the page opens and computes with no network', async ({ browser, url }) => {
    const page = await openPage(browser);
    await page.goto(`${url}#v=2&kubernetes-version=1.35&node-count=5`);
    await ready(page);
    await controlled(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assertEqual(scope, url, 'the worker is scoped to the sub-path');
    await page.context().setOffline(true);
    await page.reload();
    await ready(page);
    assertEqual(await text(page, '[data-test="total-nodes"]'), '5', 'figures of the linked plan, offline');
    // Editing still works: everything is computed in the page.
    await page.fill('#p0-node-count', '7');
    assertEqual(await text(page, '[data-test="total-nodes"]'), '7', 'figures follow an edit, offline');
    // Another plan's link opens too (any fragment is the same cached page).
    await page.goto(`${url}#v=2&kubernetes-version=1.35&node-count=9`);
    await ready(page);
    assertEqual(await text(page, '[data-test="total-nodes"]'), '9', 'another link, offline');
    await page.context().close();
});

test('offline: a new release replaces the cached files', async ({ browser, url }) => {
    // A copy of dist/ on its own server, so the test can publish a "new release" into it.
    const dir = await mkdtemp(join(tmpdir(), 'aks-calc-release-'));
    await cp(DIST, dir, { recursive: true });
    const { server, url: own } = await serve(dir);
    const page = await openPage(browser);
    try {
        await page.goto(own);
        await ready(page);
        await controlled(page);
        const ours = async () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('aks-calc ')));
        const before = await ours();
        assertEqual(before.length, 1, `one cache for this scope: ${before}`);
        const files = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), before[0]);
        assert(files.some((f) => /aks-calc-[0-9a-f]{1,16}_bg\.wasm$/.test(f)), `the page's wasm is cached: ${files}`);
        assert(files.some((f) => f.endsWith('aks-calc-worker_bg.wasm')), 'the export worker is cached too');
        // The new release: another version in sw.js, as the build writes when any file changes.
        const sw = join(dir, 'sw.js');
        await writeFile(sw, (await readFile(sw, 'utf8')).replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1-next'"));
        await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
        // Installing the new release caches its files, activating it deletes the old cache.
        let after = await ours();
        for (let i = 0; i < 100 && !(after.length === 1 && after[0].endsWith('-next')); i++) {
            await page.waitForTimeout(100);
            after = await ours();
        }
        assert(after[0] !== before[0], `the old release's cache is gone: ${after}`);
        // Offline, the page comes from the new release's cache.
        await page.context().setOffline(true);
        await page.reload();
        await ready(page);
    } finally {
        await page.context().close();
        server.close();
        await rm(dir, { recursive: true, force: true });
    }
});
