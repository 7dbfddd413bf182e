// Sizes of the files in dist/: raw, gzip -9 and brotli 11, and what a first visit transfers
// before its first result (the export/import worker is fetched when its panel is opened, and the
// service worker after the page has loaded, when it caches the release for offline use).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const onDemand = (name) => name.includes('worker') || name === 'sw.js';

export async function measure(dist) {
    const files = [];
    for (const name of (await readdir(dist)).sort()) {
        const body = await readFile(join(dist, name));
        files.push({
            name,
            firstLoad: !onDemand(name),
            raw: body.length,
            gzip: gzipSync(body, { level: 9 }).length,
            brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        });
    }
    const sum = (list) =>
        list.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
    return { files, firstLoad: sum(files.filter((f) => f.firstLoad)), all: sum(files) };
}
