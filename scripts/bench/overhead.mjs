// What the pool itself costs, in wasm and natively, measured side by side:
// nanoseconds per rayon::join, and microseconds for a sleeping pool thread to
// wake up for new work (crates/core/src/overhead.rs; the wasm side through the
// bench page, the native side through target/bench-native/release/playground-overhead).
// Report only: these explain the compute figures' gaps, they are not goals.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../lib/paths.mjs';
import { CORES } from './config.mjs';
import { NATIVE_TARGET_DIR } from './native.mjs';
import { fmt } from './format.mjs';
import { median } from './stats.mjs';

const NATIVE = join(ROOT, NATIVE_TARGET_DIR, 'release/playground-overhead');
const ROUNDS = 15;
const JOINS = 20_000;
const IDLE_MS = 5;

function nativeOverhead(threads) {
  return new Promise((resolvePromise, reject) => {
    execFile(NATIVE, ['--threads', threads.join(','), '--rounds', String(ROUNDS), '--joins', String(JOINS), '--idle-ms', String(IDLE_MS)], { cwd: ROOT }, (error, stdout, stderr) =>
      error ? reject(new Error(`playground-overhead failed: ${stderr || error.message}`)) : resolvePromise(JSON.parse(stdout)));
  });
}

/** Both sides at 1 thread and at every core, `rounds` times, interleaved. */
export async function measureOverhead(m, page, rounds) {
  const pools = [...new Set([1, CORES])];
  for (let r = 0; r < rounds; r++) {
    for (const k of pools) {
      const wasm = await page.evaluate(([k, a, b, c]) => window.benchOverhead(k, a, b, c), [k, ROUNDS, JOINS, IDLE_MS]);
      const [native] = await nativeOverhead([k]);
      m.overhead.push({ threads: k, wasm, native });
    }
  }
}

const at = (m, k, side, key) => median(m.overhead.filter((o) => o.threads === k).map((o) => o[side][key]).filter(Number.isFinite));

function figure(id, label, key, unit, threads) {
  return {
    id,
    label,
    compute: (m) => {
      const k = threads();
      const wasm = at(m, k, 'wasm', key), native = at(m, k, 'native', key);
      return { value: wasm / native, unit: '×', digits: 1, detail: `wasm ${fmt(wasm, 1)}${unit}, native ${fmt(native, 1)}${unit} (medians over ${m.overhead.filter((o) => o.threads === k).length} runs on ${k} thread${k === 1 ? '' : 's'})` };
    },
  };
}

export const OVERHEAD_FIGURES = [
  figure('join_ns_ratio', 'cost of one rayon::join, wasm / native, 1 thread', 'join_ns', ' ns', () => 1),
  figure('wake_us_ratio', 'a sleeping pool thread waking for new work, wasm / native', 'wake_us_median', ' µs', () => CORES),
];
