#!/usr/bin/env bash
# Installs what this machine lacks to build (and, with `test`, to test) the
# playground, and nothing it already has. Safe to run again and again.
#   scripts/ensure-tools.sh build   toolchain pieces, wasm-bindgen CLI, npm packages
#   scripts/ensure-tools.sh test    the same, plus Chromium and ChromeDriver
set -euo pipefail
cd "$(dirname "$0")/.."
want=${1:-build}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Threaded wasm needs std rebuilt with atomics: nightly's rust-src, and the
# wasm32 target for the single-threaded package. Nothing else is fetched.
if ! rustup toolchain list | grep -q '^nightly'; then
  echo "error: the Rust nightly toolchain is missing. Install it with: rustup toolchain install nightly" >&2
  exit 1
fi
installed=$(rustup +nightly component list --installed)
grep -q '^rust-src' <<<"$installed" || { say "adding rust-src to nightly"; rustup +nightly component add rust-src; }
grep -q '^rust-std-wasm32-unknown-unknown' <<<"$installed" || { say "adding the wasm32 target to nightly"; rustup +nightly target add wasm32-unknown-unknown; }

# The CLI must be the exact version of the wasm-bindgen crate in Cargo.lock.
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wb_version" ]; then
  say "installing wasm-bindgen-cli $wb_version (about 150 s, once)"
  # No --locked: a crate pinned in the CLI's own lock file is not served here.
  cargo install wasm-bindgen-cli --version "$wb_version"
fi

# npm packages, exactly as locked, when missing or older than the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
fi

if [ "$want" = test ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "installing Chromium and ChromeDriver from Debian"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
    else
      echo "error: the tests need Chromium and ChromeDriver. On Debian: sudo apt-get install chromium chromium-driver" >&2
      exit 1
    fi
  fi
fi
