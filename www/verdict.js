// How a claim's verdict is decided from the samples: one rule for every
// claim, so a teacher can state it and defend it. Pure: no DOM, tested with
// node --test on synthetic samples (tests/unit/verdict.test.mjs) and by
// simulation (tests/unit/stopping.test.mjs).
//
// The rule. A claim is about one ratio R of two times (a speed-up, or a
// slow-down) and a threshold T. The uncertainty of R comes from the samples:
// an interval [lo, hi] that keeps its stated coverage (intervals.js). Then:
//   - "R above T" holds when lo > T, does not hold when hi < T;
//   - "R below T" holds when hi < T, does not hold when lo > T;
//   - anything else is inconclusive: too noisy here to tell.
// When to stop measuring is stopping.js. A speed-up beyond what parallelism
// allows (more than min(threads, capacity, independent tasks)) by more than
// the interval explains is no evidence at all: it is flagged and never
// decides a verdict.
//
// Pairing. The engine times every variant of one run once per round, rounds
// one after another (crates/core/src/measure.rs): sample i of two variants of
// the SAME run were measured moments apart on the same pool, so drift hits
// both and their ratio is taken round by round (paired). Samples of two
// different runs (two pools, measured at different times) share nothing: every
// sample of one side is compared with every sample of the other. The caller
// says which; equal lengths prove nothing.

import { pairedRatioInterval, unpairedRatioInterval } from './intervals.js';

/** The default interval: at least 95% coverage. */
export const LEVEL = 0.95;
/**
 * A speed-up counts as beyond its bound only when the whole interval lies
 * more than 5% past it: code layout, caches and timer rounding move a ratio
 * by a few percent without any parallelism.
 */
export const BOUND_MARGIN = 0.05;

/** True when `estimate` lies wholly beyond what parallelism allows (`bound`). */
export const beyondBound = (estimate, bound) => estimate.lo > bound * (1 + BOUND_MARGIN);

export const OUTCOMES = Object.freeze({ holds: 'holds', fails: 'fails', inconclusive: 'inconclusive' });

/** A small, seeded generator (mulberry32), for the simulations that check the rule (tests/unit/stopping.test.mjs). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function median(values) {
  const s = Float64Array.from(values).sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}


/**
 * The ratio a claim is about, with an interval that keeps its coverage
 * (intervals.js): paired samples give the median of the rounds' own ratios,
 * unpaired ones the median of all cross ratios.
 * @param {number[]} num
 * @param {number[]} den
 * @param {object} options
 * @param {boolean} options.paired  true when num[i] and den[i] were measured in
 *   the same round of the same run (lengths must match), false when they
 *   come from different runs. Required: whether samples belong together is a
 *   fact about how they were measured, which the lengths cannot tell.
 * @param {number} [options.level]  the least coverage wanted, 0.95 by default
 * @returns {{ ratio: number, lo: number, hi: number, coverage: number, samples: number, paired: boolean }}
 *   coverage: what the interval really has (counts are whole, so at least `level`)
 */
export function ratioInterval(num, den, { paired, level = LEVEL } = {}) {
  if (!num.length || !den.length) throw new Error('A ratio needs samples on both sides.');
  if (typeof paired !== 'boolean') throw new Error('Say whether the samples are paired (measured in the same rounds of one run) or not: { paired: true | false }.');
  if (!(level > 0 && level < 1)) throw new Error(`An interval's level lies between 0 and 1, not ${level}.`);
  if (![...num, ...den].every((x) => Number.isFinite(x) && x > 0)) throw new Error('Times must be positive numbers of milliseconds.');
  const found = paired ? pairedRatioInterval(num, den, level) : unpairedRatioInterval(num, den, level);
  return { ...found, samples: Math.min(num.length, den.length), paired };
}

/**
 * Each round's own ratio, num[i] / den[i], of two variants timed in the same
 * run: what a comparison ACROSS runs compares (a run's speed-up on 4 threads
 * against another run's on 2), since a drift that lasts a run (a slower
 * clock, a warmer chip) slows both variants of its rounds and cancels here.
 */
export function roundRatios(num, den) {
  if (num.length !== den.length) throw new Error(`Ratios round by round need one sample of each per round: got ${num.length} and ${den.length}.`);
  return num.map((x, i) => x / den[i]);
}

/**
 * The verdict on one measured ratio.
 * @param {{ ratio: number, lo: number, hi: number }} estimate
 * @param {{ direction: 'above' | 'below', threshold: number, bound?: number }} rule
 *   `bound`: the most a speed-up can physically be here; above it (beyond the
 *   interval) the measurement is flagged `impossible` and decides nothing.
 * @returns {{ outcome: 'holds' | 'fails' | 'inconclusive', impossible: boolean }}
 */
export function decide(estimate, { direction, threshold, bound = Infinity }) {
  const { lo, hi } = estimate;
  if (![lo, hi].every(Number.isFinite)) return { outcome: OUTCOMES.inconclusive, impossible: false };
  if (beyondBound(estimate, bound)) return { outcome: OUTCOMES.inconclusive, impossible: true };
  if (direction === 'above') {
    if (lo > threshold) return { outcome: OUTCOMES.holds, impossible: false };
    if (hi < threshold) return { outcome: OUTCOMES.fails, impossible: false };
  } else if (direction === 'below') {
    if (hi < threshold) return { outcome: OUTCOMES.holds, impossible: false };
    if (lo > threshold) return { outcome: OUTCOMES.fails, impossible: false };
  } else {
    throw new Error(`Unknown direction ${direction}: use above or below.`);
  }
  return { outcome: OUTCOMES.inconclusive, impossible: false };
}

/**
 * The most a speed-up can be: one core's worth per thread, one thread per
 * independent task, and tasks that run to completion (three equal jobs on
 * two threads take two rounds: 1.5x, not 2x). Threads past the cores are
 * time-sliced by the operating system, which can spread the jobs evenly.
 * `cores` is the parallel capacity in cores' worth (capacity.js), not the
 * count the browser reports.
 * @param {{ threads: number, cores: number, tasks?: number }} p
 */
export function speedupBound({ threads, cores, tasks = Infinity }) {
  const running = Math.min(threads, cores);
  if (!Number.isFinite(tasks)) return running;
  // Rounds of whole tasks on `threads` threads, or an even share of the cores when the OS slices.
  const rounds = threads <= cores ? Math.ceil(tasks / threads) : Math.max(Math.ceil(tasks / threads), tasks / running);
  return Math.min(tasks / rounds, running, tasks);
}

/** What usually makes a measurement on this device too noisy or wrong-way. */
export const LIKELY_CAUSES = [
  'other programs or browser tabs using the processor',
  'power saving or a laptop on battery changing the processor’s speed',
  'cores shared with other machines (a virtual machine or a cloud desktop)',
  'this tab in the background, where browsers slow timers and workers down',
];
