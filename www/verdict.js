// How a claim's verdict is decided from the samples: one rule for every
// claim, so a teacher can state it and defend it. Pure: no DOM, tested with
// node --test on synthetic samples.
//
// The rule. A claim is about one ratio R of two medians (a speed-up, or a
// slow-down) and a threshold T. The uncertainty of R comes from the samples:
// a bootstrap that resamples the measurement rounds (each round timed every
// variant once, so drift hits both sides of a round alike) gives a 95%
// interval [lo, hi] for R. Then:
//   - "R above T" holds when lo > T, does not hold when hi < T;
//   - "R below T" holds when hi < T, does not hold when lo > T;
//   - anything else is inconclusive: too noisy here to tell.
// A speed-up beyond what parallelism allows (more than min(threads, cores,
// independent tasks)) by more than the interval explains is no evidence at
// all: it is flagged and never decides a verdict.

/** The 95% interval: 2.5th and 97.5th percentiles. */
const LEVEL = 0.95;
const RESAMPLES = 2000;
/**
 * A speed-up counts as beyond its bound only when the whole interval lies
 * more than 5% past it: code layout, caches and timer rounding move a ratio
 * by a few percent without any parallelism.
 */
export const BOUND_MARGIN = 0.05;

/** True when `estimate` lies wholly beyond what parallelism allows (`bound`). */
export const beyondBound = (estimate, bound) => estimate.lo > bound * (1 + BOUND_MARGIN);

export const OUTCOMES = Object.freeze({ holds: 'holds', fails: 'fails', inconclusive: 'inconclusive' });

/** A small, seeded generator (mulberry32): the same samples give the same interval every time. */
function random(seed) {
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
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function percentile(sorted, p) {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))));
  return sorted[i];
}

/**
 * median(num) / median(den) with its 95% bootstrap interval. Samples of the
 * same round are resampled together when both sides have one per round.
 * @returns {{ ratio: number, lo: number, hi: number, samples: number }}
 */
export function ratioOfMedians(num, den, { seed = 1, resamples = RESAMPLES } = {}) {
  if (!num.length || !den.length) throw new Error('A ratio needs samples on both sides.');
  const ratio = median(num) / median(den);
  const next = random(seed);
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const paired = num.length === den.length;
  const ratios = [];
  for (let r = 0; r < resamples; r++) {
    const a = [];
    const b = [];
    for (let i = 0; i < Math.max(num.length, den.length); i++) {
      if (paired) {
        const k = Math.floor(next() * num.length);
        a.push(num[k]);
        b.push(den[k]);
      } else {
        if (i < num.length) a.push(pick(num));
        if (i < den.length) b.push(pick(den));
      }
    }
    ratios.push(median(a) / median(b));
  }
  ratios.sort((x, y) => x - y);
  const tail = (1 - LEVEL) / 2;
  return { ratio, lo: percentile(ratios, tail), hi: percentile(ratios, 1 - tail), samples: Math.min(num.length, den.length) };
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
 * The most a speed-up can be: one core per thread, one thread per
 * independent task, and tasks that run to completion (three equal jobs on
 * two threads take two rounds: 1.5x, not 2x). Threads past the cores are
 * time-sliced by the operating system, which can spread the jobs evenly.
 * @param {{ threads: number, cores: number, tasks?: number }} p
 */
export function speedupBound({ threads, cores, tasks = Infinity }) {
  const running = Math.min(threads, cores);
  if (!Number.isFinite(tasks)) return running;
  // Rounds of whole tasks on `threads` threads, or an even share of the cores when the OS slices.
  const rounds = threads <= cores ? Math.ceil(tasks / threads) : Math.max(Math.ceil(tasks / threads), tasks / running);
  return Math.min(tasks / rounds, running, tasks);
}

/**
 * The cores that really run in parallel, from a probe's speed-up on more
 * threads than the browser reports. A browser may under-report (privacy
 * settings round it down), and a core may be busy with something else right
 * now: either way the measured count is what this check can use, and both
 * are shown. A speed-up counts for a core once it passes 0.7 of one.
 */
export function coresFromProbe(reported, speedup) {
  const measured = Math.max(1, Math.ceil(speedup - 0.3));
  return { reported, measured, used: measured };
}

/** What usually makes a measurement on this device too noisy or wrong-way. */
export const LIKELY_CAUSES = [
  'other programs or browser tabs using the processor',
  'power saving or a laptop on battery changing the processor’s speed',
  'cores shared with other machines (a virtual machine or a cloud desktop)',
  'this tab in the background, where browsers slow timers and workers down',
];
