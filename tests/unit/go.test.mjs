// The Go sketches the cards show compile and mean what they say: tests/go.sh
// runs gofmt, go vet, go build and go test in go/ (exact sums and fibonacci
// numbers, no goroutine at or below fib's cutoff, waits that overlap on one
// thread) and every benchmark once. It needs the go command (Go 1.19 or
// later; `bash scripts/ensure-tools.sh test` installs Debian's golang-go).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

test('the Go sketches are gofmt-clean, vet-clean, build, and pass their tests under the installed Go', () => {
  const r = spawnSync('bash', ['tests/go.sh'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  assert.equal(r.error, undefined, `tests/go.sh did not run: ${r.error}`);
  assert.equal(r.status, 0, `tests/go.sh failed:\n${r.stdout}\n${r.stderr}`);
  assert.match(r.stdout, /^ok\s+\S+/m, 'go test reported no passing package');
});
