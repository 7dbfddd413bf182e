#!/usr/bin/env bash
# Installs what building and testing the calculator needs, and only what is missing:
#   - the wasm32-unknown-unknown and wasm32v1-none targets (rustup)
#   - the crates of Cargo.lock (cargo fetch)
#   - Trunk 0.21.14 and wasm-bindgen-cli at the Cargo.lock version (cargo install)
#   - binaryen@132 (wasm-opt), playwright-core and axe-core from npm, into tests/node_modules
#   - Debian's chromium, when the browser tests need it and apt can install it, and
#     fonts-noto-cjk so the Japanese screenshots are readable
#   - azure-cli from PyPI into tests/.venv-azcli, for the test that runs the real CLI's parser
#     over the az export (`setup.sh azcli`, only that)
# Usage: setup.sh build|browser|azcli   (browser implies build)
# When something cannot be installed it stops with one line saying what to install.
set -euo pipefail

need=${1:-build}
root=$(cd "$(dirname "$0")/../.." && pwd)
cargo_bin="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$cargo_bin:$root/tests/node_modules/.bin:$PATH"

die() { echo "setup: $*" >&2; exit 1; }
say() { echo "setup: $*"; }

# The real Azure CLI in a venv of its own, kept between runs; reinstalled only at another version.
azcli_version=2.91.0
if [ "$need" = azcli ]; then
    venv="$root/tests/.venv-azcli"
    have=$("$venv/bin/python" -c 'import importlib.metadata as m; print(m.version("azure-cli"))' 2>/dev/null || true)
    if [ "$have" != "$azcli_version" ]; then
        command -v python3 >/dev/null || die "install Python 3 with venv (Debian: apt-get install python3-venv) for the Azure CLI parser test"
        say "installing azure-cli $azcli_version into tests/.venv-azcli (about a minute)"
        { python3 -m venv "$venv" && "$venv/bin/pip" install --quiet --disable-pip-version-check "azure-cli==$azcli_version"; } >/dev/null 2>&1 \
            || die "cannot install azure-cli $azcli_version for the parser test: run python3 -m venv tests/.venv-azcli && tests/.venv-azcli/bin/pip install azure-cli==$azcli_version"
    fi
    exit 0
fi

command -v cargo >/dev/null || die "install Rust (rustup, cargo): https://rustup.rs"
command -v rustup >/dev/null || die "install rustup to add the wasm targets: https://rustup.rs"

installed_targets=$(rustup target list --installed)
for target in wasm32-unknown-unknown wasm32v1-none; do
    if ! grep -qx "$target" <<<"$installed_targets"; then
        say "adding Rust target $target"
        rustup target add "$target" >/dev/null || die "run: rustup target add $target"
    fi
done

# The crates of Cargo.lock, once: `trunk build --offline` and the prerender step build from them.
cargo fetch --quiet --locked || die "run: cargo fetch (crates.io must be reachable once)"

trunk_version=0.21.14
if [ "$(trunk --version 2>/dev/null)" != "trunk $trunk_version" ]; then
    say "installing Trunk $trunk_version (a cold build takes about 9 minutes)"
    cargo install trunk --version "$trunk_version" --locked --quiet \
        || die "run: cargo install trunk --version $trunk_version --locked"
fi

# wasm-bindgen-cli must match the wasm-bindgen crate exactly.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' "$root/Cargo.lock")
[ -n "$bindgen_version" ] || die "Cargo.lock has no wasm-bindgen entry; run cargo generate-lockfile"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
    say "installing wasm-bindgen-cli $bindgen_version (about 5 minutes)"
    # Not --locked: its own lock file pins crates this registry mirror lacks.
    cargo install wasm-bindgen-cli --version "$bindgen_version" --quiet \
        || die "run: cargo install wasm-bindgen-cli --version $bindgen_version"
fi

command -v npm >/dev/null || die "install Node.js and npm (Debian: apt-get install nodejs npm)"
# The npm packages are installed together; reinstall when any is missing or at another version.
npm_ok=$(node -e "
  const want = require('$root/tests/package.json').devDependencies;
  const ok = Object.entries(want).every(([name, version]) => {
    try { return require('$root/tests/node_modules/' + name + '/package.json').version === version; }
    catch { return false; }
  });
  process.stdout.write(ok ? 'yes' : 'no');")
if [ "$(wasm-opt --version 2>/dev/null)" != "wasm-opt version 132 (version_132)" ] || [ "$npm_ok" != yes ]; then
    say "installing binaryen@132, playwright-core and axe-core from npm"
    (cd "$root/tests" && npm ci --no-audit --no-fund --loglevel=error) \
        || die "run: (cd tests && npm ci)"
fi

sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo -n"
apt_usable() { command -v apt-get >/dev/null && $sudo true 2>/dev/null; }

if [ "$need" = browser ] && [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
    if apt_usable; then
        say "installing Debian's chromium"
        { $sudo apt-get install -y -q chromium >/dev/null 2>&1 \
            || { $sudo apt-get update -q >/dev/null 2>&1 && $sudo apt-get install -y -q chromium >/dev/null 2>&1; }; } \
            || die "run: apt-get install chromium"
    else
        die "install Chromium (Debian: apt-get install chromium) or set CHROMIUM to its path"
    fi
fi

# Japanese glyphs for the screenshots the browser tests keep; the tests pass without them.
if [ "$need" = browser ] && command -v fc-list >/dev/null && [ -z "$(fc-list :lang=ja 2>/dev/null)" ] && apt_usable; then
    say "installing Japanese fonts (fonts-noto-cjk) for readable screenshots"
    $sudo apt-get install -y -q fonts-noto-cjk >/dev/null 2>&1 || say "fonts-noto-cjk not installed; Japanese screenshots will show boxes"
fi
exit 0
