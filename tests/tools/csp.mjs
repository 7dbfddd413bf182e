// Trunk post-build hook: writes the Content-Security-Policy into index.html, with the hash of
// each inline script Trunk generated (its file names change every build, so the hash does too)
// and of the inlined style sheet.
// Nothing but the page's own files may load; WebAssembly compiles under 'wasm-unsafe-eval'.
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');
html = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
/** The CSP source that allows each inline element `pattern` matches, by the hash of its text. */
const hashesOf = (pattern) =>
    [...html.matchAll(pattern)].map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
const hashes = hashesOf(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g);
const styles = hashesOf(/<style[^>]*>([\s\S]*?)<\/style>/g);
const policy = [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    `style-src 'self' ${styles.join(' ')}`.trim(),
    "img-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
// Right after the charset and before any script, so it governs all of them.
html = html.replace(/(<meta charset="utf-8">)/, `$1\n    ${meta}`);
if (!html.includes(meta)) throw new Error('csp: no <meta charset="utf-8"> to put the policy after');
await writeFile(file, html);
console.log(`csp: ${hashes.length} inline script and ${styles.length} style hash(es) written to ${file}`);
