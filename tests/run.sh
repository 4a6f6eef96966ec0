#!/usr/bin/env bash
# `npm test`: every test, in the order that fails fastest.
#   1. native: cargo test of the core and the CLI (the maths, no browser)
#   2. JS unit tests (node --test), on the registry and code modules generated
#      from the native core: no wasm build needed
#   3. wasm:   the bindings in a dedicated worker of headless Chromium, threaded
#   4. build:  both wasm packages and dist/, exactly as `npm start` builds them
#   5. end-to-end tests of the page in Chromium (node --test)
#   6. the page in Firefox ESR and WebKitGTK, and threads given up in words (tests/browsers/)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-tools.sh test

echo "==> native tests (cargo test)" >&2
cargo test --workspace

echo "==> JS unit tests (registry and code generated from the native core)" >&2
node scripts/gen-registry.mjs www/registry.js
node scripts/gen-code.mjs www/code.js
# Fluent (the page's locale library), copied from node_modules as the page serves it.
node scripts/vendor-fluent.mjs
node --test --test-concurrency=1 tests/unit/

echo "==> wasm tests in headless Chromium (wasm-bindgen-test, threaded)" >&2
bash tests/wasm-tests.sh

echo "==> building the page" >&2
# The test build adds fault injection (PP_FAULTS=1) for tests/e2e/faults.test.mjs.
PP_FAULTS=1 bash build.sh

echo "==> end-to-end tests in Chromium" >&2
# One file at a time: each one drives Chromium, and this machine has 2 cores.
node --test --test-concurrency=1 tests/e2e/

echo "==> the page in Firefox ESR and WebKitGTK (and threads that fail to start, in Chromium and Firefox)" >&2
# WebKitGTK needs a display: a virtual one for this step.
xvfb-run -a node --test --test-concurrency=1 tests/browsers/
