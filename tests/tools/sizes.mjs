// Sizes of the files in dist/: raw, gzip -9 and brotli 11, and what a first visit transfers
// (the export/import worker is fetched only when its panel is opened).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const onDemand = (name) => name.includes('worker');

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
