#!/usr/bin/env bash
# Installs what this machine lacks to build (and, with `test`, to test) the
# playground, and nothing it already has. Safe to run again and again.
#   scripts/ensure-tools.sh build   toolchain pieces, wasm-bindgen CLI, npm packages
#   scripts/ensure-tools.sh test    the same, plus Chromium, ChromeDriver, Firefox ESR, WebKitGTK's driver, Xvfb,
#                                   and Go for the cards' Go sketches (tests/go.sh)
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
  # The browsers the tests drive, from Debian: Chromium (+ ChromeDriver for
  # the wasm tests), Firefox ESR, and WebKitGTK's WebDriver with MiniBrowser,
  # which needs a display (Xvfb, through xvfb-run).
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb)
  command -v xauth >/dev/null || missing+=(xauth)
  # Go checks the cards' Go sketches (tests/go.sh); Debian's is 1.19, which go/go.mod targets.
  command -v go >/dev/null || missing+=(golang-go)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      say "installing ${missing[*]} from Debian"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      echo "error: the tests need ${missing[*]}. On Debian: sudo apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
fi
