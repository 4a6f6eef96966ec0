#!/usr/bin/env bash
# Browser tests of the wasm bindings (crates/wasm/tests/web.rs), threaded build:
# the same flags and features as build.sh's threaded package, run by
# wasm-bindgen-test-runner in a dedicated worker of headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

# WASM_THREADS_RUSTFLAGS (atomics, shared memory, TLS exports) and
# WASM_THREADS_BUILD_STD: the very flags build.sh builds the threaded package with.
source scripts/wasm-flags.sh

# cargo hands each wasm test binary to the runner; it must be the CLI of the
# same version as the pinned wasm-bindgen crate (0.2.130).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
# Debian's chromium-driver, matching /usr/bin/chromium.
export CHROMEDRIVER=/usr/bin/chromedriver
# The runner reads ./webdriver.json unless told otherwise; an absolute path lets
# cargo run from the repository root. It names Chromium and its headless flags.
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/tests/wasm/webdriver.json"
# The default 20 s is too tight for a debug build that starts a pool of workers.
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
# Any of these would stop the run being headless, skip the browser tests, or
# drop the COOP/COEP headers the runner's server sends (no SharedArrayBuffer,
# so no pool).
unset NO_HEADLESS WASM_BINDGEN_TEST_ONLY_NODE WASM_BINDGEN_TEST_NO_ORIGIN_ISOLATION

# The native registry, for the test that the wasm's registry() is the very
# same (the page's www/registry.js is generated from the native build).
mkdir -p target
cargo run --quiet -p playground-cli --bin playground-registry > target/registry.native.json
export PP_NATIVE_REGISTRY="$PWD/target/registry.native.json"

# A target dir of its own: the test profile's std (rebuilt with atomics) must not
# invalidate build.sh's release build in target/wasm-threads.
RUSTFLAGS="$WASM_THREADS_RUSTFLAGS" cargo +nightly test -p playground-wasm --features threads $WASM_THREADS_BUILD_STD \
  --target wasm32-unknown-unknown --target-dir target/wasm-threads-test "$@"
