// Pure helpers for the sweep: speed-up, efficiency, the ideal line and an
// Amdahl's-law fit. Medians and quartiles of the samples come from the Rust
// core (crates/core/src/stats.rs, tested there); nothing here touches the DOM.

import { speedupBound } from './verdict.js';

/**
 * The best speed-up k threads can give on `cores` cores: k, flat past the
 * core count, and no more than a fixed number of `tasks` allows (three jobs
 * on two threads: 1.5x). The same bound the claims use.
 */
export const ideal = (k, cores, tasks = Infinity) => speedupBound({ threads: k, cores, tasks });

/** Thread counts up to the cores a fit needs: two points always lie on some Amdahl curve. */
export const MIN_FIT_POINTS = 3;

/**
 * The Karp-Flatt metric: the serial fraction that the speed-up s on k threads
 * implies, e = (1/s - 1/k) / (1 - 1/k). Constant across k for work that
 * follows Amdahl's law; growing with k where overhead grows with threads.
 */
export const karpFlatt = (speedup, k) => (k > 1 && speedup > 0 ? (1 / speedup - 1 / k) / (1 - 1 / k) : NaN);

/** Amdahl's law: the speed-up of a job whose fraction p runs in parallel, on k cores. */
export const amdahl = (p, k) => 1 / (1 - p + p / k);

/**
 * Fits Amdahl's parallel fraction p to measured speed-ups by least squares.
 * Points past the core count are left out: Amdahl's law says nothing about
 * threads that share a core. Returns { p, rmse, maxThreads } or null with
 * fewer than MIN_FIT_POINTS usable thread counts (two points fit any curve:
 * on two cores a fit would turn one join's overhead into a "serial
 * fraction"), or for work that gets slower with threads.
 * @param {{threads: number, speedup: number}[]} points
 * @param {number} cores
 */
export function fitAmdahl(points, cores) {
  const usable = points.filter((pt) => pt.threads <= cores && Number.isFinite(pt.speedup) && pt.speedup > 0);
  if (new Set(usable.map((pt) => pt.threads)).size < MIN_FIT_POINTS) return null;
  if (slowsDown(usable)) return null;
  const error = (p) => usable.reduce((sum, pt) => sum + (amdahl(p, pt.threads) - pt.speedup) ** 2, 0);
  // Coarse grid, then a finer one around the best: robust, and exact enough for a sentence.
  let best = 0;
  for (let p = 0; p <= 1.00001; p += 0.01) if (error(p) < error(best)) best = Math.min(1, p);
  const lo = Math.max(0, best - 0.01), hi = Math.min(1, best + 0.01);
  for (let p = lo; p <= hi + 1e-9; p += 0.0001) if (error(p) < error(best)) best = Math.min(1, p);
  return { p: best, rmse: Math.sqrt(error(best) / usable.length), maxThreads: Math.max(...usable.map((pt) => pt.threads)) };
}

/** Work that is slower on every thread count above one than on one thread. */
export const slowsDown = (points) => {
  const many = points.filter((pt) => pt.threads > 1);
  return many.length > 0 && many.every((pt) => pt.speedup < 1);
};

/**
 * What the sweep says about Amdahl's law, in words that never reach past the
 * thread counts measured: a fit's cap for "however many cores" would come
 * from a few points on one device and be wrong on the next.
 */
export function amdahlWords(fit, points, cores) {
  if (points.length && slowsDown(points)) {
    return 'This work gets slower with more threads, so it does not follow Amdahl’s law, which assumes the parallel part simply divides among the threads: here the threads spend their time coordinating (waiting for one another), and that cost grows with every thread added.';
  }
  if (!fit) {
    const within = new Set(points.filter((pt) => pt.threads <= cores).map((pt) => pt.threads)).size;
    return `No Amdahl fit: it needs at least ${MIN_FIT_POINTS} thread counts up to the core count, and this sweep has ${within} (${cores} ${cores === 1 ? 'core' : 'cores'} here). Two points fit every curve, so a fit would only restate them. The Karp-Flatt column shows the serial fraction each thread count implies.`;
  }
  const pct = (fit.p * 100).toFixed(fit.p > 0.99 ? 1 : 0);
  const at = amdahl(fit.p, fit.maxThreads);
  return `Amdahl fit, on this device up to ${fit.maxThreads} threads: about ${pct}% of the work runs in parallel, which predicts ${at.toFixed(2)}× at ${fit.maxThreads} threads. It says nothing about more cores than were measured.`;
}
