// Trunk post_build hook. Trunk starts every hook of a stage at once (trunk 0.21.14 src/hooks.rs:
// one task per hook, awaited together), so the steps that rewrite the staged index.html run here
// one after another:
//   1. the prerender (src/bin/aks-calc-prerender.rs): the default plan's page, en and ja, natively
//      with Yew's `ssr` feature, in its own target dir (other features than `cargo test`'s);
//   2. the Content-Security-Policy (csp.mjs): hashes every inline script, the head script too;
//   3. the service worker's files and version (offline.mjs): over the final index.html.
import { execFileSync } from 'node:child_process';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
run('cargo', ['run', '--quiet', '--features', 'ssr', '--bin', 'aks-calc-prerender', '--target-dir', 'target/prerender']);
run('node', ['tests/tools/csp.mjs']);
run('node', ['tests/tools/offline.mjs']);
