#!/usr/bin/env bash
# The Go sketches the cards show (go/): formatted as gofmt writes them, clean
# under go vet, built, their tests passed (exact answers, no goroutine at or
# below fib's cutoff, waits that overlap on one thread), and every benchmark
# run once so none can rot. Go 1.19 or later; nothing is downloaded.
#   bash tests/go.sh                      the checks (tests/unit/go.test.mjs runs them)
#   bash tests/go.sh --bench [CPUS] [T]   also the benchmarks, -cpu CPUS (default 1,2)
#                                         -benchtime T (default 5x), beside the core's
#                                         figures for the same work (tests/go-beside.mjs)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v go >/dev/null; then
  echo "error: the Go sketches (go/) need the go command, Go 1.19 or later. On Debian: sudo apt-get install golang-go (bash scripts/ensure-tools.sh test does it)" >&2
  exit 1
fi
# The standard library only: no module proxy, and no newer toolchain fetched.
export GOPROXY=off GOTOOLCHAIN=local
cd go
echo "==> Go sketches: $(go version)" >&2
unformatted=$(gofmt -l .)
if [ -n "$unformatted" ]; then
  echo "error: not as gofmt writes them (the page shows them as written): $unformatted. Fix with: gofmt -w go/" >&2
  exit 1
fi
go vet ./...
go build ./...
go test -count=1 ./...
# Each benchmark once, on one thread and on two: they run, whatever their figures.
if ! smoke=$(go test -count=1 -run '^$' -bench . -benchtime 1x -cpu 1,2 ./... 2>&1); then
  printf '%s\n' "$smoke" >&2
  echo "error: a benchmark of go/ failed (above)" >&2
  exit 1
fi
if [ "${1:-}" = --bench ]; then
  cd ..
  node tests/go-beside.mjs --cpu "${2:-1,2}" --benchtime "${3:-5x}"
fi
