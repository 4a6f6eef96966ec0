// What the lesson expects of a measured speed-up: one table, each cut-off
// written once. Every surface that says whether a measurement agrees with the
// lesson reads it: an experiment card's prediction ("the lesson expects ..."),
// a cell of the matrix, a claim's prediction, "would fail with" text and
// verdict rule, and the words a student's guess is judged with. So a fib_three
// run at 1.25x on two cores cannot be "as expected" on its card, "agrees" in
// the matrix and "does not hold" among the claims: all three ask
// `met('cpuParallel', 1.25, ctx)`. Pure: no DOM, tested with node --test.
//
// A speed-up here is always the baseline's time over the candidate's (above 1:
// the candidate is faster). A context `ctx` is what a cut-off may depend on:
// { threads, cores, tasks } (tasks: the independent tasks of the run, from the
// registry or the request; see tasks.js).
import { speedupBound } from '../verdict.js';

/**
 * "About the same": within 10% either way. The words the page prints for a
 * speed-up and a student's three answers (faster, about the same, slower)
 * use this band, and the lesson's "no gain" and "slower" are its two edges,
 * so a guess of "about the same or slower" and the lesson's "no gain" are
 * the same statement. 10%, not less: a browser's timings move by a few
 * percent from code layout, caches and timer rounding alone.
 */
export const SAME = 1.1;

/** Concurrent waits overlap: all of them take less than this many waits' time. */
export const OVERLAP_WAITS = 1.3;

/**
 * Computing on parallel hardware must reach this share of the gain its bound
 * allows: 1 + 0.6 x (bound - 1). On two threads three whole jobs allow 1.5x,
 * so 1.3x; on three threads 3x, so 2.2x. A margin, not the bound itself: a
 * pool's wake-ups and a busy moment take a little of every run. Never less
 * than the noise band SAME (one thread's bound is 1x: no gain to ask for).
 */
export const CPU_SHARE = 0.6;
/** What `threads` threads allow whole jobs on `cores` cores' worth: the bound the claims use. */
const cpuThreshold = ({ threads, cores, tasks }) => Math.max(SAME, 1 + CPU_SHARE * (speedupBound({ threads: Math.min(threads, cores), cores, tasks }) - 1));

/**
 * The lesson's expectations. Each: the direction a speed-up must lie from its
 * threshold for the expectation to be met, the threshold (a number, or a
 * function of ctx), and why that number.
 */
export const EXPECTATIONS = Object.freeze({
  /** Faster, by more than the noise band. */
  faster: { direction: 'above', threshold: SAME, why: 'any gain the noise band cannot explain' },
  /** No gain: at most as fast as the noise band allows. */
  noGain: { direction: 'below', threshold: SAME, why: 'nothing here can run at the same time, so nothing can gain' },
  /** Slower, by more than the noise band. */
  slower: { direction: 'below', threshold: 1 / SAME, why: 'coordination or bookkeeping costs more than it saves' },
  /** A sum on parallel hardware: reading memory, not adding, limits it, so less than the core count. */
  sumParallel: { direction: 'above', threshold: 1.2, why: 'two cores share the memory the sum reads' },
  /** Computing on parallel hardware: CPU_SHARE of the 1.5x that three whole jobs allow on two threads. */
  cpuParallel: { direction: 'above', threshold: cpuThreshold({ threads: 2, cores: 2, tasks: 3 }), why: 'computing splits across cores; three whole jobs on two threads allow 1.5x' },
  /** Faster with each core: CPU_SHARE of what `threads` threads allow, each thread count against its own bound. */
  cpuEachCore: { direction: 'above', threshold: cpuThreshold, why: 'each core added takes another job: the bound grows with the threads up to the jobs' },
  /** The lesson's "somewhat faster": mixed work on one thread overlaps its waits, not its computing. */
  mixedOne: { direction: 'above', threshold: 1.2, why: 'the waits overlap, the computing stays in a row' },
  /** The lesson's "much faster": mixed work on several cores overlaps both. */
  mixedParallel: { direction: 'above', threshold: 1.5, why: 'the waits overlap and the computing runs on several cores' },
  /**
   * Waits overlap: `tasks` waits at once take under OVERLAP_WAITS waits, against
   * `tasks` in a row; and faster by more than the noise band in any case (one
   * job alone has nothing to overlap with).
   */
  overlap: { direction: 'above', threshold: ({ tasks }) => Math.max(SAME, tasks / OVERLAP_WAITS), why: `the waits overlap: together they take less than ${OVERLAP_WAITS} waits` },
});

const times = (x) => `${Number(x.toPrecision(3))}×`;
const percent = (t) => `${Math.round((t - 1) * 100)}%`;

/** The expectation named `id`; a clear error for a name the table lacks. */
export function expectation(id) {
  const e = EXPECTATIONS[id];
  if (!e) throw new Error(`No expectation “${id}”: the lesson's table has ${Object.keys(EXPECTATIONS).join(', ')}.`);
  return e;
}

/** The threshold of expectation `id` in `ctx`. */
export function thresholdOf(id, ctx = {}) {
  const { threshold } = expectation(id);
  const t = typeof threshold === 'function' ? threshold(ctx) : threshold;
  if (!Number.isFinite(t)) throw new Error(`The expectation “${id}” needs ${typeof threshold === 'function' ? 'the run’s task count (and for a bound, its threads and cores)' : 'a threshold'}: got ${t}.`);
  return t;
}

/** The rule verdict.js decides with: { direction, threshold }. */
export const ruleOf = (id, ctx) => ({ direction: expectation(id).direction, threshold: thresholdOf(id, ctx) });

/**
 * Whether speed-up `ratio` meets expectation `id` (null when nothing was
 * measured). Strict on both sides, as a claim's verdict is: a ratio exactly at
 * the threshold meets neither "above" nor "below".
 */
export function met(id, ratio, ctx) {
  if (!Number.isFinite(ratio)) return null;
  const { direction, threshold } = ruleOf(id, ctx);
  return direction === 'above' ? ratio > threshold : ratio < threshold;
}

/** The three answers a student can give, in the order they are offered. */
export const OUTCOMES = Object.freeze(['faster', 'same', 'slower']);

/** What a speed-up is in the three answers, by the noise band SAME (null when not measured). */
export function outcomeOf(ratio) {
  if (!Number.isFinite(ratio)) return null;
  if (ratio > SAME) return 'faster';
  if (ratio < 1 / SAME) return 'slower';
  return 'same';
}

/** The answers that agree with expectation `id`: a guess among them means "as the lesson says". */
export function expectedOutcomes(id) {
  const { direction, threshold } = expectation(id);
  if (direction === 'above') return ['faster'];
  return threshold === SAME ? ['same', 'slower'] : ['slower'];
}

/**
 * Expectation `id` as a comparison, ending with its preposition:
 * "more than 1.3× as fast as", "no more than 10% faster than",
 * "more than 1.1× slower than".
 */
export function comparisonWords(id, ctx) {
  const { direction, threshold } = ruleOf(id, ctx);
  if (direction === 'above') return `more than ${times(threshold)} as fast as`;
  if (threshold >= 1) return `no more than ${percent(threshold)} faster than`;
  return `more than ${times(1 / threshold)} slower than`;
}

/**
 * The comparison that would not meet expectation `id`, ending with its
 * preposition: "at most 1.3× as fast as", "at least 10% faster than",
 * "less than 1.1× slower than (or faster than)".
 */
export function failComparisonWords(id, ctx) {
  const { direction, threshold } = ruleOf(id, ctx);
  if (direction === 'above') return `at most ${times(threshold)} as fast as`;
  if (threshold >= 1) return `at least ${percent(threshold)} faster than`;
  return `less than ${times(1 / threshold)} slower than (or faster than)`;
}

/** Expectation `id` as what a speed-up should be: "a speed-up of more than 1.3×", "no more than 10% faster". */
export function expectWords(id, ctx) {
  const { direction, threshold } = ruleOf(id, ctx);
  if (direction === 'above') return `a speed-up of more than ${times(threshold)}`;
  if (threshold >= 1) return `no more than ${percent(threshold)} faster`;
  return `more than ${times(1 / threshold)} slower`;
}
