// The benchmark (`make bench`): sizes of dist/, cold loads, input-to-update latency, memory, and
// evaluate() natively, each against its budget. Prints one table and writes
// tests/artifacts/bench.json for later comparison. Timings depend on the machine; the size
// budget alone is also a test (tests/tools/size.mjs --budget in `make test`).
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launch, serve } from '../browser/harness.mjs';
import { measure } from '../tools/sizes.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 200);
const heavy = (await readFile(new URL('./heavy-plan.txt', import.meta.url), 'utf8')).trim();
const heavyDesign = (await readFile(new URL('./heavy-design.txt', import.meta.url), 'utf8')).trim();

const quantile = (xs, q) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor((s.length - 1) * q))];
};

// 1. Sizes.
const sizes = await measure(`${root}dist`);

// 2. Cold loads: a fresh browser context each time, until the IP plan (the last figures) is on
//    screen, measured from navigation start.
const { server, url } = await serve(`${root}dist`);
const browser = await launch();
const loads = [];
for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
        window.firstResult = new Promise((resolve) => {
            const done = () => document.querySelector('[data-test="ip-plan"]') && document.querySelector('[data-test="cpu-allocatable"]');
            const observer = new MutationObserver(() => {
                if (done()) {
                    observer.disconnect();
                    requestAnimationFrame(() => resolve(performance.now()));
                }
            });
            observer.observe(document, { childList: true, subtree: true });
        });
    });
    await page.goto(url);
    loads.push(await page.evaluate(() => window.firstResult));
    await context.close();
}

// 3. Input to update: change the first pool's node count and wait until the IP plan shows the
//    new node count; then the memory in use.
async function latency(fragment) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
        addEventListener('TrunkApplicationStarted', (e) => {
            window.wasmExports = e.detail.wasm;
        });
    });
    const page = await context.newPage();
    await page.goto(`${url}#${fragment}`);
    await page.waitForSelector('[data-test="nodes"] td');
    const times = await page.evaluate(async (changes) => {
        const input = document.querySelector('#p0-node-count');
        const cell = () => document.querySelector('[data-test="nodes"] td').textContent;
        const out = [];
        for (let i = 0; i < changes; i++) {
            // Alternate between two counts so every change moves the figure.
            input.value = String(i % 2 === 0 ? 7 : 9);
            const before = cell();
            const started = performance.now();
            const updated = new Promise((resolve) => {
                const observer = new MutationObserver(() => {
                    if (cell() !== before) {
                        observer.disconnect();
                        resolve(performance.now());
                    }
                });
                observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            });
            input.dispatchEvent(new InputEvent('input', { bubbles: true }));
            out.push((await updated) - started);
            await new Promise((r) => setTimeout(r, 0));
        }
        return out;
    }, CHANGES);
    const memory = await page.evaluate(() => ({
        heap: performance.memory ? performance.memory.usedJSHeapSize : null,
        wasm: window.wasmExports ? window.wasmExports.memory.buffer.byteLength : null,
    }));
    await context.close();
    return { times, memory };
}
const light = await latency('v=1');
// Heavy: 20 pools, a /8 pod CIDR with its allocation list open, every model compared.
const heavyRun = await latency(heavy);
// The same 20 pools in 12 subnets of a VNet design, every subnet placed by the layout.
const designRun = await latency(heavyDesign);
await browser.close();
server.close();

// 4. evaluate() natively.
const native = spawnSync('cargo', ['bench', '--quiet', '--bench', 'evaluate'], { cwd: root, encoding: 'utf8' });
const nativeValue = (key) => Number((native.stdout.match(new RegExp(`${key}=([0-9.]+)`)) ?? [])[1]);

const KB = 1024;
const MB = 1024 * 1024;
const rows = [
    ['first-load transfer, gzip', sizes.firstLoad.gzip / KB, 'KB', 120, `aim 100; brotli ${(sizes.firstLoad.brotli / KB).toFixed(1)} KB`],
    ['first complete result, median', quantile(loads, 0.5), 'ms', 200, `min ${quantile(loads, 0).toFixed(0)}, max ${quantile(loads, 1).toFixed(0)} over ${loads.length} cold loads`],
    ['input to update, default plan, p95', quantile(light.times, 0.95), 'ms', 16, `median ${quantile(light.times, 0.5).toFixed(1)} over ${light.times.length}`],
    ['input to update, heavy plan, p95', quantile(heavyRun.times, 0.95), 'ms', 16, `median ${quantile(heavyRun.times, 0.5).toFixed(1)} over ${heavyRun.times.length}`],
    ['input to update, heavy design, p95', quantile(designRun.times, 0.95), 'ms', 16, `median ${quantile(designRun.times, 0.5).toFixed(1)} over ${designRun.times.length}`],
    ['memory after heavy plan (JS heap + wasm)', ((heavyRun.memory.heap ?? 0) + (heavyRun.memory.wasm ?? 0)) / MB, 'MB', 32, `heap ${((heavyRun.memory.heap ?? 0) / MB).toFixed(1)} MB, wasm ${((heavyRun.memory.wasm ?? 0) / MB).toFixed(1)} MB`],
    ['evaluate(), heavy plan, native median', nativeValue('evaluate_us_median'), 'µs', 100, `min ${nativeValue('evaluate_us_min')}, p95 ${nativeValue('evaluate_us_p95')}`],
    ['evaluate(), heavy design, native median', nativeValue('design_us_median'), 'µs', 100, `min ${nativeValue('design_us_min')}, p95 ${nativeValue('design_us_p95')}`],
];

const pad = (s, n) => String(s).padEnd(n);
console.log('\nfile sizes:');
for (const f of sizes.files) console.log(`  ${pad(f.name + (f.firstLoad ? '' : ' (on demand)'), 46)}${String(f.gzip).padStart(8)} gzip ${String(f.brotli).padStart(8)} brotli`);
console.log(`\n${pad('measure', 42)}${pad('value', 12)}${pad('budget', 10)}${pad('result', 8)}notes`);
const results = rows.map(([name, value, unit, budget, notes]) => {
    const pass = Number.isFinite(value) && value <= budget;
    console.log(`${pad(name, 42)}${pad(`${value.toFixed(1)} ${unit}`, 12)}${pad(`≤ ${budget} ${unit}`, 10)}${pad(pass ? 'pass' : 'FAIL', 8)}${notes}`);
    return { name, value, unit, budget, pass, notes };
});
await mkdir(`${root}tests/artifacts`, { recursive: true });
await writeFile(`${root}tests/artifacts/bench.json`, JSON.stringify({ date: new Date().toISOString(), sizes, loads, latency: { light: light.times, heavy: heavyRun.times, design: designRun.times }, results }, null, 2));
console.log('\nwritten: tests/artifacts/bench.json');
