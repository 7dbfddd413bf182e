// Sizes of the files in dist/: raw, gzip -9 and brotli 11, and what a first visit transfers
// before its first result. Fetched later: the panels' module (the VNet design, outbound, comparison,
// exports; src/ui/bridge.rs) once the first result is on screen, the service worker after the
// page has loaded (it then caches the release for offline use), and the export/import worker
// when its panel is used.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const afterFirstResult = (name) => name.includes('panels') || name === 'sw.js';
export const onDemand = (name) => name.includes('worker') || afterFirstResult(name);

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
    return {
        files,
        firstLoad: sum(files.filter((f) => f.firstLoad)),
        afterFirstResult: sum(files.filter((f) => afterFirstResult(f.name))),
        all: sum(files),
    };
}
