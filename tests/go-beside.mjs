// The Go sketches' benchmarks (go/bench_test.go) beside the core's figures
// for the same work on the same machine: the native CLI (the same
// playground_core::run the page calls, on OS threads), at the same sizes
// and thread counts. The page's own (wasm) figures are the CLI's within the
// ratios of the README's Performance section.
//   node tests/go-beside.mjs [--cpu 1,2] [--benchtime 5x] [--no-rust]
// `bash tests/go.sh --bench` runs it.
import { execFileSync } from 'node:child_process';
import { cpus as cores, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const { values: opts } = parseArgs({ options: { cpu: { type: 'string', default: '1,2' }, benchtime: { type: 'string', default: '5x' }, 'no-rust': { type: 'boolean', default: false } } });
const cpus = opts.cpu.split(',').map(Number);
if (!cpus.length || cpus.some((c) => !Number.isInteger(c) || c < 1)) throw new Error(`--cpu ${opts.cpu}: expected thread counts like 1,2,4`);

// Each benchmark, and the CLI run of the same work at the page's defaults
// (the constants of go/bench_test.go). `threads`: a fixed pool size, for the
// time slicing card, whose Go runs vary the workers, both on two threads
// (GOMAXPROCS 2), as the card's pools of two and of three run on two cores.
const FIB = ['fib', '--n', '35', '--cutoff', '20'];
const SUM = ['sum', '--n', '20000000', '--tasks', '64'];
const THREE = ['fib_three', '--n', '32'];
const IO = ['io', '--jobs', '3', '--wait-ms', '200'];
const MIXED = ['mixed', '--jobs', '3', '--wait-ms', '50', '--n', '32'];
const CONTENDED = ['contended', '--n', '1000000'];
const SLICING = ['equal_jobs', '--jobs', '3', '--n', '36'];
const MANY = ['many_tasks', '--jobs', '1000', '--n', '28'];
const SMALL = ['many_tasks', '--jobs', '20000', '--n', '21'];
const ROWS = [
  ['SumSeq', SUM, 'seq'], ['SumHalves', SUM, 'halves'], ['SumPar', SUM, 'par'], ['SumChunks', SUM, 'chunks'],
  ['Fib', FIB, 'seq'], ['FibSplit', FIB, 'par'],
  ['FibThreeInTurn', THREE, 'seq'], ['FibThreeGoroutines', THREE, 'par'],
  ['FetchInTurn', IO, 'seq'], ['FetchAtOnce', IO, 'concurrent'],
  // One Go function covers both concurrent Rust versions: on one thread it is "computing here".
  ['MixedInTurn', MIXED, 'seq'], ['MixedAtOnce', MIXED, 'parallel'],
  ['ContendedSeq', CONTENDED, 'seq'], ['SumLocked', CONTENDED, 'lock'], ['SumAtomic', CONTENDED, 'atomic'],
  ['InPoolOfTwo', SLICING, 'par', 2], ['InPoolOfThree', SLICING, 'par', 3],
  ['OneGoroutinePerJob', MANY, 'many'], ['OneGoroutinePerThread', MANY, 'per_thread'],
  ['SmallOneGoroutinePerJob', SMALL, 'many'], ['SmallOneGoroutinePerThread', SMALL, 'per_thread'],
].map(([bench, args, variant, threads]) => ({ bench, args, variant, threads }));

const run = (cmd, args, cwd = ROOT) => execFileSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] });

const loadBefore = loadavg()[0];
console.error(`==> go test -bench . -cpu ${opts.cpu} -benchtime ${opts.benchtime} (go/)`);
const goOut = run('go', ['test', '-run', '^$', '-bench', '.', '-cpu', opts.cpu, '-benchtime', opts.benchtime, '-count', '1'], resolve(ROOT, 'go'));
process.stdout.write(goOut);
/** ms per call by benchmark and GOMAXPROCS (no -N suffix means -cpu 1). */
const go = new Map();
for (const m of goOut.matchAll(/^Benchmark(\w+?)(?:-(\d+))?\s+\d+\s+([\d.]+) ns\/op/gm)) go.set(`${m[1]}@${m[2] ?? 1}`, Number(m[3]) / 1e6);
const missing = ROWS.flatMap((r) => cpus.map((c) => `${r.bench}@${c}`)).filter((k) => !go.has(k));
if (missing.length) throw new Error(`go test printed no figure for ${missing.join(', ')}`);

/** Median ms by `args|variant@threads`, from one CLI run per workload. */
const rust = new Map();
if (!opts['no-rust']) {
  for (const args of new Set(ROWS.map((r) => r.args))) {
    const threads = [...new Set(ROWS.filter((r) => r.args === args).flatMap((r) => (r.threads ? [r.threads] : cpus)))];
    console.error(`==> native core: playground ${args.join(' ')} --threads ${threads}`);
    const report = JSON.parse(run('cargo', ['run', '--release', '-q', '-p', 'playground-cli', '--bin', 'playground', '--', ...args, '--threads', threads.join(','), '--json']));
    for (const r of report.runs) for (const v of r.variants) rust.set(`${args.join(' ')}|${v.name}@${r.threads}`, v.summary.median);
  }
}

const fmt = (ms) => (ms === undefined ? '–' : ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(3));
const lines = [['Go benchmark', 'GOMAXPROCS', 'Go ms/call', 'core (Rust, native)', 'threads', 'Rust median ms']];
for (const r of ROWS) {
  for (const c of r.threads ? cpus.filter((c) => c === 2) : cpus) {
    const threads = r.threads ?? c;
    lines.push([r.bench, String(c), fmt(go.get(`${r.bench}@${c}`)), `${r.args.join(' ')} · ${r.variant}`, String(threads), fmt(rust.get(`${r.args.join(' ')}|${r.variant}@${threads}`))]);
  }
}
const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
console.log(`\nThe same work in Go and in the core, this machine (${cores().length} logical cores; load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after: other processes' work bends these figures):`);
for (const l of lines) console.log(l.map((cell, i) => (i === 0 || i === 3 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
