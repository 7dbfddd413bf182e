// Prints the gzip and brotli size of every file in dist/ and the total a first visit transfers.
// With --budget KB, fails when the first-load gzip total is above it.
import { measure } from './sizes.mjs';

const args = process.argv.slice(2);
const dist = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--budget') ?? 'dist';
const budgetAt = args.indexOf('--budget');
const budget = budgetAt >= 0 ? Number(args[budgetAt + 1]) * 1024 : null;

const { files, firstLoad, afterFirstResult, all } = await measure(dist);
const pad = (s, n) => String(s).padStart(n);
const line = (name, r) => console.log(`${name.padEnd(44)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
console.log(`${'file'.padEnd(44)}${pad('bytes', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const f of files) line(f.name + (f.firstLoad ? '' : ' (on demand)'), f);
line('first load (before the first result)', firstLoad);
line('fetched right after the first result', afterFirstResult);
line('all files', all);
console.log(`gzip total on first load: ${(firstLoad.gzip / 1024).toFixed(1)} KB`);
if (budget !== null && firstLoad.gzip > budget) {
    console.error(`size budget exceeded: ${(firstLoad.gzip / 1024).toFixed(1)} KB gzip on first load > ${budget / 1024} KB`);
    process.exit(1);
}
