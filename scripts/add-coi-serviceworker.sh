#!/usr/bin/env bash
# Adds coi-serviceworker (from npm, served from our own origin) to a built
# site: for hosts that cannot send COOP/COEP headers (GitHub Pages). The
# service worker adds them to every response and reloads the page once.
# Usage: scripts/add-coi-serviceworker.sh DIST_DIR
set -euo pipefail
dir=${1:?usage: scripts/add-coi-serviceworker.sh DIST_DIR}
root="$(cd "$(dirname "$0")/.." && pwd)"
cp "$root/node_modules/coi-serviceworker/coi-serviceworker.min.js" "$dir/"
# A classic script before everything else: it must register before the page's modules run.
sed -i 's|<link rel="icon"|<script src="coi-serviceworker.min.js"></script>\n  <link rel="icon"|' "$dir/index.html"
grep -q 'coi-serviceworker.min.js' "$dir/index.html"
