#!/usr/bin/env bash
# Builds both wasm packages and assembles the static site in dist/.
#   www/pkg/threads  rayon on Web Workers (needs a cross-origin isolated page)
#   www/pkg/single   the same exports on one thread, for every other page
# dist/ is what gets deployed: index.html, www/, both packages, serve.json.
# PP_FAULTS=1 adds fault injection (debugPanic, debugHang) for the tests and
# the `?debug=faults` panel; a plain build ships none of it.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/ensure-tools.sh build

source scripts/wasm-flags.sh
faults=""
[ "${PP_FAULTS:-0}" = 1 ] && faults=",faults"

# The page reads every experiment's limits, defaults, labels and timed calls
# from the core's registry: printed by the native build of the same core (no
# wasm needed; tests/wasm-tests.sh checks the wasm's registry() is identical).
echo "==> generating the page's registry and code modules from the core" >&2
node scripts/gen-registry.mjs www/registry.js
# Each card's Code view: the Rust functions its variants run, read from the
# core's source (and the Go sketches in go/), highlighted here, not in the page.
node scripts/gen-code.mjs www/code.js
# Project Fluent, the runtime of the locale files (www/locales/*.ftl), served from our own origin.
node scripts/vendor-fluent.mjs

echo "==> building the threaded wasm package" >&2
RUSTFLAGS="$WASM_THREADS_RUSTFLAGS" cargo +nightly build --release -p playground-wasm --features "threads$faults" $WASM_THREADS_BUILD_STD \
  --target wasm32-unknown-unknown --target-dir target/wasm-threads
echo "==> building the single-threaded wasm package" >&2
RUSTFLAGS="$WASM_SINGLE_RUSTFLAGS" cargo +nightly build --release -p playground-wasm --features "${faults#,}" \
  --target wasm32-unknown-unknown --target-dir target/wasm-single

wasm_opt() {
  # Debian's binaryen 108 breaks the threaded module; the npm package's
  # wasm-opt (pinned in package.json) keeps it working.
  node_modules/.bin/wasm-opt "$1" -o "$1" -O3 --enable-threads --enable-bulk-memory \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    --enable-nontrapping-float-to-int --enable-sign-ext --enable-simd
}

for kind in threads single; do
  out=www/pkg/$kind
  rm -rf "$out"
  wasm-bindgen --target web --out-dir "$out" --no-typescript \
    "target/wasm-$kind/wasm32-unknown-unknown/release/playground_wasm.wasm"
  wasm_opt "$out/playground_wasm_bg.wasm"
done
node scripts/check-shared-memory.mjs www/pkg/threads/playground_wasm_bg.wasm

echo "==> assembling dist/" >&2
rm -rf dist
mkdir -p dist
cp index.html class.html serve.json dist/
cp -r www dist/www
# The headers threads need, for hosts other than `serve`: Netlify/Cloudflare, Vercel, nginx.
node scripts/gen-headers.mjs dist
# Hosts that cannot send headers at all (GitHub Pages): opt in to a service
# worker that adds them and reloads the page once. See README, "Deploying".
if [ "${COI_SERVICEWORKER:-0}" = 1 ]; then
  bash scripts/add-coi-serviceworker.sh dist
  echo "    coi-serviceworker enabled in dist/index.html" >&2
fi
ls -l www/pkg/*/playground_wasm_bg.wasm | awk '{printf "    %8d bytes  %s\n", $5, $9}' >&2
