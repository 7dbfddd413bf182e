// Runs every *.test.mjs in this folder against the release build in ../../dist.
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
for (const file of (await readdir(here)).filter((f) => f.endsWith('.test.mjs')).sort()) {
    if (!only || file.includes(only)) await import(join(here, file));
}
await run(process.env.DIST ?? join(here, '..', '..', 'dist'));
