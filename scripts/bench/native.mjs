// The native reference: the release CLI, run once per measurement with the
// same request the wasm side gets.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../lib/paths.mjs';

/** Where the bench builds its native reference, and how (build.mjs). */
export const NATIVE_TARGET_DIR = 'target/bench-native';
export const NATIVE_RUSTFLAGS = '-C target-cpu=native';
export const CLI = join(ROOT, NATIVE_TARGET_DIR, 'release/playground');

/** The request's fields as CLI flags (min_total_ms -> --min-total-ms). */
export function cliArgs(request, threads) {
  const args = [request.workload];
  for (const [key, value] of Object.entries(request)) {
    if (key !== 'workload') args.push(`--${key.replaceAll('_', '-')}`, String(value));
  }
  return [...args, '--threads', String(threads), '--json'];
}

/** One native run: the CLI's report for a pool of `threads`. */
export function runNative(request, threads) {
  const args = cliArgs(request, threads);
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    execFile(CLI, args, { cwd: ROOT, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`playground ${args.join(' ')} failed: ${stderr || error.message}`));
      const doc = JSON.parse(stdout);
      resolvePromise({ report: doc.runs[0], machine: doc.machine, wall_ms: performance.now() - t0 });
    });
  });
}
