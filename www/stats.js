// Pure helpers for the sweep: speed-up, efficiency, the ideal line and an
// Amdahl's-law fit. Medians and quartiles of the samples come from the Rust
// core (crates/core/src/stats.rs, tested there); nothing here touches the DOM.

import { speedupBound } from './verdict.js';

/**
 * The best speed-up k threads can give with `cores` cores' worth of capacity
 * (capacity.js, not the reported count): k, flat past the capacity, and no
 * more than a fixed number of `tasks` allows (three jobs on two threads:
 * 1.5x). The same bound the claims use.
 */
export const ideal = (k, cores, tasks = Infinity) => speedupBound({ threads: k, cores, tasks });

/** Thread counts up to the capacity a fit needs: two points always lie on some Amdahl curve. */
export const MIN_FIT_POINTS = 3;

/**
 * The Karp-Flatt metric: the serial fraction that the speed-up s on k
 * threads implies, e = (1/s - 1/k) / (1 - 1/k). Constant across k for work
 * that follows Amdahl's law; growing with k where overhead grows with threads.
 */
export const karpFlatt = (speedup, k) => (k > 1 && speedup > 0 ? (1 / speedup - 1 / k) / (1 - 1 / k) : NaN);

/**
 * The share of the work that behaves as if it were serial at `threads`
 * threads: Karp-Flatt against the most this many threads can give (the
 * ideal: the capacity, and whole jobs that cannot be split, so three jobs on
 * two threads count against 1.5x, not 2x). NaN past the capacity: threads
 * that share cores slow each other down without any serial work, and a
 * "serial fraction" there would name the sharing.
 * @param {number} speedup
 * @param {number} threads
 * @param {{ capacity: number, tasks?: number }} device  capacity: cores' worth (capacity.js)
 */
export function serialShare(speedup, threads, { capacity, tasks = Infinity }) {
  if (threads > capacity) return NaN;
  return karpFlatt(speedup, ideal(threads, capacity, tasks));
}

/** Amdahl's law: the speed-up of a job whose fraction p runs in parallel, on k cores. */
export const amdahl = (p, k) => 1 / (1 - p + p / k);

/** Amdahl's law against the ideal of `threads` threads (capacity and whole tasks): what a fit compares with. */
export const amdahlAt = (p, threads, { capacity, tasks = Infinity }) => amdahl(p, ideal(Math.min(threads, capacity), capacity, tasks));

/**
 * Fits Amdahl's parallel fraction p to measured speed-ups by least squares,
 * each thread count against its ideal (so whole jobs are not mistaken for
 * serial work). Points past the capacity are left out: Amdahl's law says
 * nothing about threads that share a core. Returns { p, rmse, maxThreads } or
 * null with fewer than MIN_FIT_POINTS distinct ideals within the capacity
 * (two points fit any curve: on two cores a fit would turn one join's
 * overhead into a "serial fraction"), or for work that gets slower with threads.
 * @param {{threads: number, speedup: number}[]} points
 * @param {{ capacity: number, tasks?: number }} device
 */
export function fitAmdahl(points, device) {
  const usable = fitPoints(points, device);
  if (new Set(usable.map((pt) => ideal(pt.threads, device.capacity, device.tasks))).size < MIN_FIT_POINTS) return null;
  if (slowsDown(usable)) return null;
  const error = (p) => usable.reduce((sum, pt) => sum + (amdahlAt(p, pt.threads, device) - pt.speedup) ** 2, 0);
  // Coarse grid, then a finer one around the best: robust, and exact enough for a sentence.
  let best = 0;
  for (let p = 0; p <= 1.00001; p += 0.01) if (error(p) < error(best)) best = Math.min(1, p);
  const lo = Math.max(0, best - 0.01), hi = Math.min(1, best + 0.01);
  for (let p = lo; p <= hi + 1e-9; p += 0.0001) if (error(p) < error(best)) best = Math.min(1, p);
  return { p: best, rmse: Math.sqrt(error(best) / usable.length), maxThreads: Math.max(...usable.map((pt) => pt.threads)) };
}

const fitPoints = (points, { capacity }) => points.filter((pt) => pt.threads <= capacity && Number.isFinite(pt.speedup) && pt.speedup > 0);

/** Work that is slower on every thread count above one than on one thread. */
export const slowsDown = (points) => {
  const many = points.filter((pt) => pt.threads > 1);
  return many.length > 0 && many.every((pt) => pt.speedup < 1);
};

/** What "serial" means in a fit, said wherever a fit or Karp-Flatt is. */
export const SERIAL_CAVEAT = 'A fit cannot tell truly serial code from waiting for memory that the cores share or from the cost of splitting and joining: all of them look alike here, so it says "behaves as if".';

const worth = (n) => (n === 1 ? 'one core’s worth' : `${n} cores’ worth`);

/**
 * What the sweep says about Amdahl's law, in words that never reach past the
 * thread counts measured within the capacity: a fit's cap for "however many
 * cores" would come from a few points on one device and be wrong on the next.
 * @param {{ capacity: number, tasks?: number, measured?: boolean }} device  measured: false when
 *   `capacity` is the reported count (no probe has run yet)
 */
export function amdahlWords(fit, points, device) {
  const { capacity, tasks = Infinity, measured = true } = device;
  const source = measured ? `about ${worth(capacity)} measured` : `${capacity} logical cores reported; the claims panel measures the capacity`;
  if (points.length && slowsDown(points)) {
    return 'This work gets slower with more threads, so it does not follow Amdahl’s law, which assumes the parallel part simply divides among the threads: here the threads spend their time coordinating (waiting for one another), and that cost grows with every thread added.';
  }
  const whole = Number.isFinite(tasks) && capacity >= 2 ? ` Counted against whole jobs: ${tasks} jobs that cannot be split give at most ${Number(ideal(2, capacity, tasks).toPrecision(3))}× on 2 threads, so that is not serial work.` : '';
  if (!fit) {
    const within = new Set(fitPoints(points, device).map((pt) => ideal(pt.threads, capacity, tasks))).size;
    return `No Amdahl fit: it needs at least ${MIN_FIT_POINTS} thread counts up to the capacity, each with its own ideal, and this sweep has ${within} (${source}). Two points fit every curve, so a fit would only restate them. The Karp-Flatt column shows the share of the work that behaves as if serial at each thread count.`;
  }
  const serial = (1 - fit.p) * 100;
  const pct = serial < 1 ? serial.toFixed(1) : serial.toFixed(0);
  const at = amdahlAt(fit.p, fit.maxThreads, device);
  return `Amdahl fit, on this device up to ${fit.maxThreads} threads (${source}): the work behaves as if about ${pct}% of it were serial, which predicts ${at.toFixed(2)}× at ${fit.maxThreads} threads. ${SERIAL_CAVEAT}${whole} It says nothing about more cores than were measured.`;
}
