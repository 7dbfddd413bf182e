// The benchmark (`make bench`): sizes of dist/, cold loads against the floor (a minimal Yew app,
// tests/bench/floor, built and loaded in the same run), input-to-update latency, memory, and
// evaluate() natively, each against its budget. BENCH_LOADS: pairs of cold loads per page (15);
// BENCH_CHANGES: input changes per latency run (200). Prints one table and writes
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

// 2. Cold loads, against the floor: the smallest Yew 0.23 app built the same way
//    (tests/bench/floor: same profile, same Trunk options), built here and loaded in the same run,
//    A B A B, each load in a fresh browser context. A load's time runs from navigation start to
//    the end of the frame that first shows its figures (requestAnimationFrame once they are in
//    the DOM and not hidden, then a posted message; the frame's start alone is kept as
//    `firstFrame`): for the default page the verdict's CPU figure, prerendered in index.html (or
//    the app's, if there were no prerender); for a link with a plan, the app's figures of every
//    pool (the prerendered ones stay hidden for such a link); and, as extra rows, until the
//    IP plan is on screen (the first module's, prerendered for the default page) and until the
//    panels' module (the VNet design, outbound, the comparison) is.
const floorDir = `${root}tests/bench/floor`;
// The tools `make` puts on PATH (trunk, wasm-opt), for a run outside `make bench` too.
const toolPath = [`${process.env.CARGO_HOME ?? `${process.env.HOME}/.cargo`}/bin`, `${root}tests/node_modules/.bin`, process.env.PATH].join(':');
const floorBuild = spawnSync('trunk', ['build', '--release', '--offline'], { cwd: floorDir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PATH: toolPath } });
if (floorBuild.status !== 0) throw new Error(`the floor's build failed (${floorBuild.status ?? floorBuild.error})`);
const floorSizes = await measure(`${floorDir}/dist`);
const threePools = (await readFile(new URL('./three-pools.txt', import.meta.url), 'utf8')).trim();

const { server, url } = await serve(`${root}dist`);
const floorServed = await serve(`${floorDir}/dist`);
const bareServed = await serve(`${root}tests/bench/bare`);
const browser = await launch();

/** One cold load of `target`; `probes` maps a name to [selector, how many must be visible]. */
async function coldLoad(target, probes) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript((probes) => {
        const visible = (selector, count) => [...document.querySelectorAll(selector)].filter((e) => e.checkVisibility({ visibilityProperty: true })).length >= count;
        window.benchFrames = {};
        window.benchTimes = Object.fromEntries(
            Object.entries(probes).map(([name, [selector, count]]) => [
                name,
                new Promise((resolve) => {
                    // Checked on every DOM change and every frame: an element can be in the DOM
                    // before it is shown (#app is hidden until the app swaps it in).
                    let done = false;
                    const check = () => {
                        if (done || !visible(selector, count)) return;
                        done = true;
                        observer.disconnect();
                        // The frame's callbacks run before its style, layout and paint; a
                        // message posted from them arrives once that work is done (the
                        // prerendered page's first layout alone takes tens of ms).
                        requestAnimationFrame(() => {
                            window.benchFrames[name] = performance.now();
                            const channel = new MessageChannel();
                            channel.port1.onmessage = () => resolve(performance.now());
                            channel.port2.postMessage(0);
                        });
                    };
                    const observer = new MutationObserver(check);
                    observer.observe(document, { childList: true, subtree: true, attributes: true });
                    const frame = () => {
                        check();
                        if (!done) requestAnimationFrame(frame);
                    };
                    requestAnimationFrame(frame);
                }),
            ]),
        );
    }, probes);
    await page.goto(target);
    const times = await page.evaluate(async () => {
        const out = {};
        for (const [name, time] of Object.entries(window.benchTimes)) out[name] = await time;
        for (const [name, time] of Object.entries(window.benchFrames)) out[`${name}Frame`] = time;
        // The browser's own first contentful paint, for comparison (a paint may be presented
        // later than the frame that produced it).
        out.fcp = await new Promise((resolve) => {
            new PerformanceObserver((list) => {
                const paint = list.getEntriesByName('first-contentful-paint')[0];
                if (paint) resolve(paint.startTime);
            }).observe({ type: 'paint', buffered: true });
            setTimeout(() => resolve(null), 2000);
        });
        // When the page's first byte arrived: before it, a fresh context's navigation costs the
        // same for every page (about 45 ms here), which a ratio from navigation start includes.
        out.response = performance.getEntriesByType('navigation')[0].responseStart;
        return out;
    });
    await context.close();
    return times;
}

const ours = {
    first: ['#prerender [data-test="verdict-cpu"], #app:not([hidden]) [data-test="verdict-cpu"]', 1],
    ipPlan: ['#prerender [data-test="nodes"] td, #app:not([hidden]) [data-test="nodes"] td', 1],
    panels: ['#app:not([hidden]) [data-test="comparison"]', 1],
};
const oursLink = {
    first: ['#app:not([hidden]) [data-test="cpu-allocatable"]', 3],
    ipPlan: ['#app:not([hidden]) [data-test="nodes"] td', 1],
    panels: ['#app:not([hidden]) [data-test="comparison"]', 1],
};
const floor = { first: ['[data-test="floor-result"]', 1] };
// A static page of one line: the least any page can cost, to read the default page's budget by.
const bare = { first: ['[data-test="bare-result"]', 1] };
const loads = { defaultPage: [], floorDefault: [], link: [], floorLink: [], bare: [] };
// One warm-up of each, not counted: the first launch of a context pays for the browser's own
// start-up.
await coldLoad(url, ours);
await coldLoad(floorServed.url, floor);
await coldLoad(bareServed.url, bare);
for (let i = 0; i < LOADS; i++) {
    loads.defaultPage.push(await coldLoad(url, ours));
    loads.floorDefault.push(await coldLoad(floorServed.url, floor));
    loads.link.push(await coldLoad(`${url}#${threePools}`, oursLink));
    loads.floorLink.push(await coldLoad(floorServed.url, floor));
    loads.bare.push(await coldLoad(bareServed.url, bare));
}
floorServed.server.close();
bareServed.server.close();
const times = (list, key) => list.map((t) => t[key]);
const ratio = (a, b) => ({
    median: quantile(a, 0.5) / quantile(b, 0.5),
    p95: quantile(a, 0.95) / quantile(b, 0.95),
    // Each load against the floor's load next to it: robust to the machine's load drifting.
    pairs: quantile(a.map((x, i) => x / b[i]), 0.5),
});
const sinceResponse = (list) => list.map((t) => t.first - t.response);
const vs = {
    defaultPage: ratio(times(loads.defaultPage, 'first'), times(loads.floorDefault, 'first')),
    link: ratio(times(loads.link, 'first'), times(loads.floorLink, 'first')),
    bare: ratio(times(loads.bare, 'first'), times(loads.floorDefault, 'first')),
    defaultPageSinceResponse: ratio(sinceResponse(loads.defaultPage), sinceResponse(loads.floorDefault)),
    linkSinceResponse: ratio(sinceResponse(loads.link), sinceResponse(loads.floorLink)),
    // The browser's own first contentful paint: on the default page the verdict is in it.
    defaultPagePaint: ratio(times(loads.defaultPage, 'fcp'), times(loads.floorDefault, 'fcp')),
    navigationToResponse: quantile([loads.defaultPage, loads.floorDefault, loads.link, loads.floorLink].flat().map((t) => t.response), 0.5),
};

// 3. Input to update: change the first pool's node count and time until the answer beside the
//    field (the first module's verdict), the comparison's node IPs (the panels' module, the last
//    figures to change; the budget's measure) and the frame that shows them; then the memory.
// The node IPs of the comparison's overlay row: nodes plus surge, drawn by the panels' module.
const PANELS_FIGURE = '[data-test="compare-overlay"] td';
async function latency(fragment) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
        addEventListener('TrunkApplicationStarted', (e) => {
            window.wasmExports = e.detail.wasm;
        });
    });
    const page = await context.newPage();
    await page.goto(`${url}#${fragment}`);
    await page.waitForSelector(PANELS_FIGURE);
    const times = await page.evaluate(async ([changes, panelsFigure]) => {
        const input = document.querySelector('#p0-node-count');
        // A cell's text, its element looked up again only once it is gone: a query over the
        // whole page (thousands of elements) on every DOM change would be timed too.
        const watch = (selector) => {
            let element = null;
            return () => {
                if (!element || !element.isConnected) element = document.querySelector(selector);
                return element ? element.textContent : null;
            };
        };
        // The answer beside the field (the first module) and the panels' module's figure.
        const answer = watch('#app [data-test="verdict-space-0"] td');
        const plan = watch(panelsFigure);
        const out = { answer: [], plan: [], painted: [] };
        for (let i = 0; i < changes; i++) {
            // Alternate between two counts so every change moves the figures.
            input.value = String(i % 2 === 0 ? 7 : 9);
            const before = { answer: answer(), plan: plan() };
            const started = performance.now();
            const seen = {};
            const updated = new Promise((resolve) => {
                const observer = new MutationObserver(() => {
                    if (seen.answer === undefined && answer() !== before.answer) seen.answer = performance.now();
                    if (seen.plan === undefined && plan() !== before.plan) seen.plan = performance.now();
                    if (seen.answer !== undefined && seen.plan !== undefined) {
                        observer.disconnect();
                        resolve();
                    }
                });
                observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            });
            input.dispatchEvent(new InputEvent('input', { bubbles: true }));
            await updated;
            // The end of the frame that shows both: its style, layout and paint done.
            await new Promise((resolve) => requestAnimationFrame(() => {
                const channel = new MessageChannel();
                channel.port1.onmessage = resolve;
                channel.port2.postMessage(0);
            }));
            out.painted.push(performance.now() - started);
            out.answer.push(seen.answer - started);
            out.plan.push(seen.plan - started);
            await new Promise((r) => setTimeout(r, 0));
        }
        return out;
    }, [CHANGES, PANELS_FIGURE]);
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
const ms = (list, key) => `${quantile(times(list, key), 0.5).toFixed(0)} ms (p95 ${quantile(times(list, key), 0.95).toFixed(0)})`;
const MB = 1024 * 1024;
// The first changes after a load run while V8 still compiles the page's functions on their first
// call and moves the hot ones to its optimising tier: shown apart, and counted in the budget.
const WARM_UP = 25;
const latencyNotes = (t) =>
    `panels median ${quantile(t.plan, 0.5).toFixed(1)}; first ${WARM_UP} changes p95 ${quantile(t.plan.slice(0, WARM_UP), 0.95).toFixed(1)}, the rest p95 ${t.plan.length > WARM_UP ? quantile(t.plan.slice(WARM_UP), 0.95).toFixed(1) : '–'}; the answer beside the field ${quantile(t.answer, 0.5).toFixed(1)} (p95 ${quantile(t.answer, 0.95).toFixed(1)}); painted ${quantile(t.painted, 0.5).toFixed(1)} (p95 ${quantile(t.painted, 0.95).toFixed(1)}); ${t.plan.length} changes`;
const rows = [
    ['first-load transfer, gzip', sizes.firstLoad.gzip / KB, 'KB', 140, `aim 120; brotli ${(sizes.firstLoad.brotli / KB).toFixed(1)} KB; the floor ${(floorSizes.firstLoad.gzip / KB).toFixed(1)} KB gzip (${(sizes.firstLoad.gzip / floorSizes.firstLoad.gzip).toFixed(2)}×)`],
    ['first result ÷ floor, default page, median', vs.defaultPage.median, '×', 0.6, `${ms(loads.defaultPage, 'first')} vs the floor's ${ms(loads.floorDefault, 'first')}; p95 ${vs.defaultPage.p95.toFixed(2)}×, pairwise ${vs.defaultPage.pairs.toFixed(2)}×; from the first byte ${vs.defaultPageSinceResponse.median.toFixed(2)}×; first contentful paint ${ms(loads.defaultPage, 'fcp')} vs ${ms(loads.floorDefault, 'fcp')} (${vs.defaultPagePaint.median.toFixed(2)}×); a static page of one line (tests/bench/bare) ${ms(loads.bare, 'first')}, ${vs.bare.median.toFixed(2)}× the floor`],
    ['first result ÷ floor, 3-pool link, median', vs.link.median, '×', 1.6, `${ms(loads.link, 'first')} vs the floor's ${ms(loads.floorLink, 'first')}; p95 ${vs.link.p95.toFixed(2)}×, pairwise ${vs.link.pairs.toFixed(2)}×; from the first byte ${vs.linkSinceResponse.median.toFixed(2)}×`],
    ['IP plan on screen, default page, median', quantile(times(loads.defaultPage, 'ipPlan'), 0.5), 'ms', 200, `p95 ${quantile(times(loads.defaultPage, 'ipPlan'), 0.95).toFixed(0)}; 3-pool link ${ms(loads.link, 'ipPlan')}`],
    // The budget the IP plan had while it came with the panels' module: kept for the rest of it.
    ['panels on screen, default page, median', quantile(times(loads.defaultPage, 'panels'), 0.5), 'ms', 200, `p95 ${quantile(times(loads.defaultPage, 'panels'), 0.95).toFixed(0)}; 3-pool link ${ms(loads.link, 'panels')}`],
    ['input to update, default plan, p95', quantile(light.times.plan, 0.95), 'ms', 16, latencyNotes(light.times)],
    ['input to update, heavy plan, p95', quantile(heavyRun.times.plan, 0.95), 'ms', 16, latencyNotes(heavyRun.times)],
    ['input to update, heavy design, p95', quantile(designRun.times.plan, 0.95), 'ms', 16, latencyNotes(designRun.times)],
    ['memory after heavy plan (JS heap + wasm)', ((heavyRun.memory.heap ?? 0) + (heavyRun.memory.wasm ?? 0)) / MB, 'MB', 32, `heap ${((heavyRun.memory.heap ?? 0) / MB).toFixed(1)} MB, wasm ${((heavyRun.memory.wasm ?? 0) / MB).toFixed(1)} MB`],
    ['evaluate(), heavy plan, native median', nativeValue('evaluate_us_median'), 'µs', 100, `min ${nativeValue('evaluate_us_min')}, p95 ${nativeValue('evaluate_us_p95')}`],
    ['evaluate(), heavy design, native median', nativeValue('design_us_median'), 'µs', 100, `min ${nativeValue('design_us_min')}, p95 ${nativeValue('design_us_p95')}`],
];

const pad = (s, n) => String(s).padEnd(n);
console.log('\nfile sizes:');
for (const f of sizes.files) console.log(`  ${pad(f.name + (f.firstLoad ? '' : ' (on demand)'), 46)}${String(f.gzip).padStart(8)} gzip ${String(f.brotli).padStart(8)} brotli`);
console.log(`  ${pad('the floor (tests/bench/floor), first load', 46)}${String(floorSizes.firstLoad.gzip).padStart(8)} gzip ${String(floorSizes.firstLoad.brotli).padStart(8)} brotli`);
console.log(`\n${pad('measure', 46)}${pad('value', 12)}${pad('budget', 10)}${pad('result', 8)}notes`);
const results = rows.map(([name, value, unit, budget, notes]) => {
    const pass = Number.isFinite(value) && value <= budget;
    console.log(`${pad(name, 46)}${pad(`${value.toFixed(unit === '×' ? 2 : 1)} ${unit}`, 12)}${pad(`≤ ${budget} ${unit}`, 10)}${pad(pass ? 'pass' : 'FAIL', 8)}${notes}`);
    return { name, value, unit, budget, pass, notes };
});
await mkdir(`${root}tests/artifacts`, { recursive: true });
await writeFile(`${root}tests/artifacts/bench.json`, JSON.stringify({ date: new Date().toISOString(), loadPairs: LOADS, sizes, floorSizes, loads, versusFloor: vs, latency: { light: light.times, heavy: heavyRun.times, design: designRun.times }, results }, null, 2));
console.log('\nwritten: tests/artifacts/bench.json');
