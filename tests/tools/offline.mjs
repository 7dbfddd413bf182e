// Trunk post-build hook, after csp.mjs: fills in sw.js (static/sw.js) with the release's files and
// a version made from their contents, so a new release installs a new service worker that
// replaces the old files. Every name is relative, so the copy works under any sub-path.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const worker = join(dir, 'sw.js');
const names = (await readdir(dir)).filter((n) => n !== 'sw.js').sort();
const hash = createHash('sha256');
for (const name of names) {
    hash.update(name).update('\0').update(await readFile(join(dir, name)));
}
const version = hash.digest('hex').slice(0, 16);
const files = ['./', ...names.map((n) => `./${n}`)];
const template = await readFile(worker, 'utf8');
if (!template.includes('__VERSION__') || !template.includes('__FILES__')) {
    throw new Error('offline: sw.js has no __VERSION__/__FILES__ to fill in');
}
await writeFile(worker, template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(files)));
console.log(`offline: sw.js caches ${files.length} files as release ${version}`);
