// Prints the gzip and brotli size of every file in dist/ and the total a first visit transfers.
// With --budget KB, fails when the first-load gzip total is above it.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
const budgetAt = args.indexOf('--budget');
const budget = budgetAt >= 0 ? Number(args[budgetAt + 1]) * 1024 : null;

const rows = [];
for (const name of (await readdir(dist)).sort()) {
    const body = await readFile(join(dist, name));
    rows.push({
        name,
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
}
// The export/import worker is fetched only when its panel is opened: not part of a first visit.
const onDemand = (name) => name.includes('worker');
for (const r of rows) r.firstLoad = !onDemand(r.name);
const sum = (list) => list.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const total = sum(rows.filter((r) => r.firstLoad));
const all = sum(rows);
const pad = (s, n) => String(s).padStart(n);
console.log(`${'file'.padEnd(44)}${pad('bytes', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const r of rows) console.log(`${(r.name + (r.firstLoad ? '' : ' (on demand)')).padEnd(44)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
console.log(`${'first load'.padEnd(44)}${pad(total.raw, 10)}${pad(total.gzip, 10)}${pad(total.brotli, 10)}`);
console.log(`${'all files'.padEnd(44)}${pad(all.raw, 10)}${pad(all.gzip, 10)}${pad(all.brotli, 10)}`);
console.log(`gzip total on first load: ${(total.gzip / 1024).toFixed(1)} KB`);
if (process.argv.includes('--json')) console.log(JSON.stringify({ files: rows, firstLoad: total, all }));
if (budget !== null && total.gzip > budget) {
    console.error(`size budget exceeded: ${(total.gzip / 1024).toFixed(1)} KB gzip > ${budget / 1024} KB`);
    process.exit(1);
}
