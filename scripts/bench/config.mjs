// What the bench measures and how often, in one place: bench-results.json
// records all of it as the run's configuration.
import { cpus } from 'node:os';

export const CORES = cpus().length;
/** Thread counts of the scaling table: 1 to twice the cores. */
export const THREADS = Array.from({ length: 2 * CORES }, (_, i) => i + 1);
export const COLD_LOADS = 5;
/** The timeline overhead: this job recorded `calls` times per round on a pool of `threads`. */
export const TIMELINE = { job: 'fib38', threads: 2, calls: 3 };
export const THREAD_CHANGES = 8;
/** KB as used in the targets: 1000 bytes. */
export const KB = 1000;

// Requests go unchanged to the wasm worker (window.bench) and, as flags, to the CLI.
// reps/min_total_ms are sized for a 2-core machine: fib(38) seq ~0.1 s a call,
// the 100M sums ~30-60 ms a call; min_total_ms 0 so `reps` alone sets the length.
export const JOBS = {
  fib36: { label: 'fib(36)', request: { workload: 'fib', n: 36, cutoff: 20, reps: 7, min_total_ms: 0 }, threads: [1] },
  sum64: { label: 'sum of 100M u64', request: { workload: 'sum64', n: 100_000_000, reps: 7, min_total_ms: 0 }, threads: [1] },
  fib38: { label: 'fib(38), cutoff 20', request: { workload: 'fib', n: 38, cutoff: 20, reps: 5, min_total_ms: 0 }, threads: THREADS },
  sum: { label: 'sum of 100M u32', request: { workload: 'sum', n: 100_000_000, reps: 7, min_total_ms: 0 }, threads: THREADS },
};
