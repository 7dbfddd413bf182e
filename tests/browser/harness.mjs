// A small harness for the browser tests: serves dist/ on 127.0.0.1 under a sub-path, starts
// Debian's Chromium through playwright-core, records every request and console message, and
// prints "N passed, N failed" at the end.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.wasm': 'application/wasm',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.json': 'application/json',
};

/** The sub-path the app is served under, to prove `dist/` works anywhere. */
export const SUB_PATH = '/tools/aks/';

/** Serves `dir` at SUB_PATH on 127.0.0.1 and an ephemeral port. */
export async function serve(dir) {
    const root = resolve(dir);
    const server = createServer(async (req, res) => {
        const url = new URL(req.url, 'http://127.0.0.1');
        if (!url.pathname.startsWith(SUB_PATH)) {
            res.writeHead(404).end();
            return;
        }
        let rel = decodeURIComponent(url.pathname.slice(SUB_PATH.length)) || 'index.html';
        const file = normalize(join(root, rel));
        if (!file.startsWith(root)) {
            res.writeHead(403).end();
            return;
        }
        try {
            const info = await stat(file);
            const path = info.isDirectory() ? join(file, 'index.html') : file;
            const body = await readFile(path);
            res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
            res.end(body);
        } catch {
            res.writeHead(404).end();
        }
    });
    await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
    const { port } = server.address();
    return { server, url: `http://127.0.0.1:${port}${SUB_PATH}` };
}

export const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
];

export async function launch() {
    return chromium.launch({
        executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
    });
}

/**
 * A fresh page that records console errors, page errors and every request's host.
 * `page.problems` lists what a test should find empty.
 */
export async function openPage(browser, options = {}) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.problems = [];
    page.foreignRequests = [];
    page.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning') {
            page.problems.push(`console.${msg.type()}: ${msg.text()}`);
        }
    });
    page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.message}`));
    context.on('request', (req) => {
        const url = new URL(req.url());
        const local = url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:';
        if (!local) page.foreignRequests.push(req.url());
    });
    return page;
}

/** Waits until the app has rendered its first result (not the prerendered copy, which it
 *  replaces: the app's root `#app` is hidden until then). */
export async function ready(page) {
    await page.waitForSelector('#app:not([hidden]) [data-test="cpu-allocatable"]', { timeout: 15000 });
}

const tests = [];

/**
 * The address's fragment once the page has written its latest edit: the page writes it in a task
 * queued behind the edit's rendering (ui/url.rs), and a task queued now runs after that one.
 */
export function fragmentOf(page) {
    return page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve(location.hash), 0)));
}

export function test(name, fn) {
    tests.push({ name, fn });
}

export function assert(condition, message) {
    if (!condition) throw new Error(message);
}

export function assertEqual(actual, expected, what) {
    if (actual !== expected) {
        throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
}

/** Runs every registered test with a shared browser and server; exits non-zero on failure. */
export async function run(distDir) {
    const { server, url } = await serve(distDir);
    const browser = await launch();
    let passed = 0;
    let failed = 0;
    for (const { name, fn } of tests) {
        const started = Date.now();
        try {
            await fn({ browser, url });
            passed += 1;
            console.log(`ok    ${name} (${Date.now() - started} ms)`);
        } catch (err) {
            failed += 1;
            console.log(`FAIL  ${name}\n      ${String(err && err.stack || err).split('\n').join('\n      ')}`);
        }
    }
    await browser.close();
    server.close();
    console.log(`\n${passed} passed, ${failed} failed`);
    process.exit(failed === 0 ? 0 : 1);
}
