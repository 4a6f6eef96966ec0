// The lesson's claims as data: each names the experiment that tests it, the
// runs that measure it, the speed-up it is about and the expectation
// (expectations.js) that speed-up must meet. Its prediction, its "would fail
// with" and its verdict rule are all made from that one expectation, so the
// words a student reads and the rule that decides cannot say different
// numbers. Judging: claim-judge.js; the panel: claims.js. Light on purpose:
// engine.js and class.js import it for the claims' ids and words.
import { ratioOfMedians, speedupBound } from '../verdict.js';
import { plural } from '../format.js';
import { formatMs } from '../scales.js';
import { ruleOf, comparisonWords, failComparisonWords, OVERLAP_WAITS } from './expectations.js';
import { tasksOf } from './tasks.js';

const variant = (report, name) => report.variants.find((v) => v.name === name);
const samples = (report, name) => variant(report, name).samples_ms;
const median = (report, name) => variant(report, name).summary.median;
const times = (x) => `${Number(x.toPrecision(3))}×`;
const interval = (e) => `${times(e.ratio)} (95% interval ${times(e.lo)}–${times(e.hi)})`;
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const count = (n) => NUMBER_WORDS[n] ?? String(n);
const capital = (s) => `${s[0].toUpperCase()}${s.slice(1)}`;

/**
 * The sum claims add 4,000,000 numbers (16 MB): enough work per call that
 * waking a second thread costs little. At 20,000,000 numbers (80 MB) a
 * two-core virtual machine here read memory no faster with two threads than
 * with one, and the claim would have measured memory, not cores.
 */
const SUM_N = 4_000_000;
const SPLIT = { workload: 'sum', n: SUM_N, tasks: 2 };
const THREE_FIB = { workload: 'fib_three', n: 30 };
const WAITS = { workload: 'io', jobs: 3, wait_ms: 100 };
const MIXED_ONE = { workload: 'mixed', jobs: 3, wait_ms: 50, n: 35 };
const MIXED_MANY = { workload: 'mixed', jobs: 3, wait_ms: 20, n: 35 };
const TINY = { workload: 'sum', n: 2_000_000, tasks: 100_000 };

/**
 * Each claim of the lesson, as a test that could fail:
 *   expectation  the name of what its speed-up must meet (expectations.js)
 *   tasks        the independent tasks of the measured variant (lesson/tasks.js):
 *                what the expectation's threshold and the speed-up bound depend on
 *   setting, subject, verb, against, after   the prediction's words: "On one
 *                thread, two halves are no more than 10% faster than one loop."
 *   parallel     a claim of parallel gain: it carries a bound (the most
 *                parallelism allows here) and a speed-up past it is flagged,
 *                never counted. A claim of no gain has none: the lesson says
 *                nothing makes that code faster, so a real speed-up of any
 *                cause makes it fail.
 *   runs(ctx)        the measurements: [{ threads, request }]
 *   ratio(reports, ctx)  the speed-up the claim is about, with its interval (verdict.js)
 *   measured(reports, estimate, ctx)  what was measured, in words
 *   lesson           the lesson's own figure, where it gives one
 *   compare          (optional) what a student predicts about, where the words above do not say it
 *   cardContext(ctx) (optional) the pool ({ threads, from }) on which the claim's
 *                experiment card makes the same comparison, so the card, the matrix
 *                and the claim judge it by the same expectation (tests/unit/expectations.test.mjs)
 * `needs`: threads (an isolated page with wasm threads) and minCores.
 * Made by `claim()` below: prediction, failsIf, compare and rule come from
 * the expectation.
 */
const DATA = [
  {
    id: 'split-one-thread',
    claim: 'Cutting a sum into two tasks does not make it faster on one thread.',
    experiment: 'sum',
    expectation: 'noGain',
    tasks: tasksOf('sum', SPLIT, 'halves'),
    setting: 'on one thread', subject: 'two halves', verb: 'are', against: 'one loop',
    lesson: 'the lesson: 100 ms in one loop, about 105 ms as two goroutines on one core',
    needs: {},
    cardContext: () => ({ threads: 1 }),
    runs: () => [{ threads: 1, request: SPLIT }],
    ratio: ([r]) => ratioOfMedians(samples(r, 'seq'), samples(r, 'halves')),
    measured: ([r], e) => `two halves ${formatMs(median(r, 'halves'))}, one loop ${formatMs(median(r, 'seq'))}: speed-up ${interval(e)}`,
  },
  {
    id: 'split-many-cores',
    claim: 'On two or more cores the same two-task sum is faster.',
    experiment: 'sum',
    expectation: 'sumParallel',
    tasks: tasksOf('sum', SPLIT, 'halves'),
    parallel: true,
    setting: 'on two threads', subject: 'two halves', verb: 'are', against: 'one loop',
    lesson: 'the lesson: about 55 ms on two cores against 100 ms, 1.8×',
    needs: { threads: true, minCores: 2 },
    cardContext: (ctx) => ({ threads: Math.min(ctx.cores, 2) }),
    runs: (ctx) => [{ threads: Math.min(ctx.cores, 2), request: SPLIT }],
    ratio: ([r]) => ratioOfMedians(samples(r, 'seq'), samples(r, 'halves')),
    measured: ([r], e) => `on ${plural(r.threads, 'thread')}: two halves ${formatMs(median(r, 'halves'))}, one loop ${formatMs(median(r, 'seq'))}: speed-up ${interval(e)}`,
  },
  {
    id: 'cpu-one-thread',
    claim: 'Computing jobs gain nothing from concurrency on one thread.',
    experiment: 'fib_three',
    expectation: 'noGain',
    tasks: tasksOf('fib_three', THREE_FIB, 'par'),
    setting: 'on one thread', subject: `${count(tasksOf('fib_three', THREE_FIB, 'par'))} concurrent fib tasks`, verb: 'are', against: 'the same jobs in a row',
    lesson: 'the lesson: three 1 s computations take 3 s or more, concurrent or not, on one core',
    needs: {},
    cardContext: () => ({ threads: 1 }),
    runs: () => [{ threads: 1, request: THREE_FIB }],
    ratio: ([r]) => ratioOfMedians(samples(r, 'seq'), samples(r, 'par')),
    measured: ([r], e) => `${plural(tasksOf('fib_three', r.workload, 'par'), 'task')} ${formatMs(median(r, 'par'))}, in a row ${formatMs(median(r, 'seq'))}: speed-up ${interval(e)}`,
  },
  {
    id: 'cpu-more-cores',
    claim: 'Computing jobs do gain from more cores, up to one core per job.',
    experiment: 'fib_three',
    expectation: 'cpuParallel',
    tasks: tasksOf('fib_three', THREE_FIB, 'par'),
    parallel: true,
    setting: `on as many threads as cores (up to ${tasksOf('fib_three', THREE_FIB, 'par')})`,
    subject: `${count(tasksOf('fib_three', THREE_FIB, 'par'))} fib jobs`, verb: 'are', against: 'the same jobs in a row',
    after: `; on every pool of 1 to 4 threads, never faster than min(threads, cores, ${tasksOf('fib_three', THREE_FIB, 'par')}) allows`,
    lesson: 'rayon runs each task to completion, so three equal jobs on two threads take two rounds: 1.5× at most; Go’s scheduler slices goroutines, and three OS threads on two cores get close to 2×',
    needs: { threads: true, minCores: 2 },
    cardContext(ctx) {
      return { threads: Math.min(this.tasks, ctx.cores) };
    },
    runs: (ctx) => [1, 2, 3, 4].filter((k) => k <= ctx.maxThreads).map((threads) => ({ threads, request: THREE_FIB })),
    /** The pool with as many threads as cores (up to one per job) decides. */
    decisive(ctx, reports) {
      return reports.find((r) => r.threads === Math.min(this.tasks, ctx.cores)) ?? reports[reports.length - 1];
    },
    ratio(reports, ctx) {
      const r = this.decisive(ctx, reports);
      return ratioOfMedians(samples(r, 'seq'), samples(r, 'par'));
    },
    /** Every other pool size is checked against its bound too. */
    extraBounds(ctx, reports) {
      return reports.map((r) => ({ estimate: ratioOfMedians(samples(r, 'seq'), samples(r, 'par')), bound: speedupBound({ threads: r.threads, cores: ctx.cores, tasks: this.tasks }), threads: r.threads }));
    },
    measured(reports, e, ctx) {
      return reports.map((r) => `${plural(r.threads, 'thread')} ${times(variant(r, 'par').speedup)} (at most ${times(speedupBound({ threads: r.threads, cores: ctx.cores, tasks: this.tasks }))})`).join('; ') + `; deciding: ${interval(e)}`;
    },
  },
  {
    id: 'io-one-thread',
    claim: 'Waiting gains from concurrency even on one thread.',
    experiment: 'io',
    expectation: 'overlap',
    tasks: tasksOf('io', WAITS, 'concurrent'),
    setting: 'on one thread', subject: `${count(WAITS.jobs)} concurrent ${WAITS.wait_ms} ms waits`, verb: 'are', against: `${count(WAITS.jobs)} in a row`,
    after: `: all of them together take under ${OVERLAP_WAITS} waits`,
    lesson: 'the lesson: three 1 s requests take 3 s in a row, about 1 s concurrently, even on one core',
    needs: {},
    cardContext: () => ({ threads: 1 }),
    runs: () => [{ threads: 1, request: WAITS }],
    ratio: ([r]) => ratioOfMedians(samples(r, 'seq'), samples(r, 'concurrent')),
    measured: ([r], e) => `concurrent ${formatMs(median(r, 'concurrent'))} (${times(median(r, 'concurrent') / r.workload.wait_ms)} one wait), in a row ${formatMs(median(r, 'seq'))} (${times(median(r, 'seq') / r.workload.wait_ms)} one wait): speed-up ${interval(e)}`,
  },
  {
    id: 'mixed-one-thread',
    claim: 'Mixed waiting and computing gains from concurrency on one thread, but only somewhat: the waits overlap, the computing does not.',
    experiment: 'mixed',
    expectation: 'mixedOne',
    tasks: tasksOf('mixed', MIXED_ONE, 'concurrent'),
    setting: 'on one thread', subject: `${count(MIXED_ONE.jobs)} mixed jobs run concurrently (each waits 2 × ${MIXED_ONE.wait_ms} ms and computes fib(${MIXED_ONE.n}))`, verb: 'are', against: 'the same jobs in a row',
    after: ': the waits overlap, the computing stays in a row',
    lesson: 'the lesson’s table: mixed I/O and CPU work is “somewhat faster” with concurrency on one core',
    needs: {},
    cardContext: () => ({ threads: 1 }),
    runs: () => [{ threads: 1, request: MIXED_ONE }],
    ratio: ([r]) => ratioOfMedians(samples(r, 'seq'), samples(r, 'concurrent')),
    measured: ([r], e) => `concurrent ${formatMs(median(r, 'concurrent'))}, in a row ${formatMs(median(r, 'seq'))}: speed-up ${interval(e)}, where ${count(r.workload.jobs)} overlapped waits alone would give ${r.workload.jobs}×`,
  },
  {
    id: 'mixed-more-cores',
    claim: 'With more cores, mixed work also overlaps its computing.',
    experiment: 'mixed',
    expectation: 'faster',
    tasks: tasksOf('mixed', MIXED_MANY, 'parallel'),
    parallel: true,
    setting: 'on every core', subject: 'computing on the pool', verb: 'is', against: 'computing on the waiting thread',
    lesson: 'the lesson’s table: mixed work is “much faster” with parallelism',
    needs: { threads: true, minCores: 2 },
    runs: (ctx) => [{ threads: ctx.cores, request: MIXED_MANY }],
    ratio: ([r]) => ratioOfMedians(samples(r, 'concurrent'), samples(r, 'parallel')),
    measured: ([r], e) => `on ${plural(r.threads, 'thread')}: on the pool ${formatMs(median(r, 'parallel'))}, on the waiting thread ${formatMs(median(r, 'concurrent'))}: speed-up ${interval(e)}`,
  },
  {
    id: 'coordination',
    claim: 'Work that coordinates at every step gets slower in parallel.',
    experiment: 'contended',
    expectation: 'slower',
    setting: 'on every core', subject: 'the same sum through one shared lock', verb: 'is', against: 'on one thread',
    compare: 'the locked sum on every core, against on one thread,',
    lesson: 'the lesson: for tightly coupled work, sequential execution can be faster',
    needs: { threads: true, minCores: 2 },
    runs: (ctx) => [1, ctx.cores].map((threads) => ({ threads, request: { workload: 'contended' } })),
    // Same work, same code: the time on one thread over the time on every core.
    ratio: ([one, all]) => ratioOfMedians(samples(one, 'lock'), samples(all, 'lock')),
    measured: ([one, all], e) => `one Mutex on ${plural(all.threads, 'thread')} ${formatMs(median(all, 'lock'))}, on 1 thread ${formatMs(median(one, 'lock'))}: speed-up ${interval(e)}`,
  },
  {
    id: 'oversubscription',
    claim: 'More threads than cores does not help.',
    experiment: 'oversubscribe',
    expectation: 'noGain',
    setting: 'on twice as many threads as cores', subject: 'fib', verb: 'is', against: 'on one thread per core',
    compare: 'fib on twice as many threads as cores, against one thread per core,',
    lesson: 'the lesson: GOMAXPROCS above the core count usually hurts',
    needs: { threads: true },
    // fib(36): a run long enough (tens of ms) that threads falling asleep and
    // waking between tasks is a small part of it; with fib(32) (5 ms on two
    // threads) the 2-thread pool's idle moments let the 4-thread pool win by
    // 1.19x here, which measured the pool's wake-ups, not the cores.
    cardContext: (ctx) => ({ from: ctx.cores, threads: 2 * ctx.cores }),
    runs: (ctx) => [ctx.cores, 2 * ctx.cores].map((threads) => ({ threads, request: { workload: 'fib', n: 36, cutoff: 20 } })),
    ratio: ([atCores, over]) => ratioOfMedians(samples(atCores, 'par'), samples(over, 'par')),
    measured: ([atCores, over], e) => `${plural(atCores.threads, 'thread')} ${formatMs(median(atCores, 'par'))}, ${plural(over.threads, 'thread')} ${formatMs(median(over, 'par'))}: speed-up ${interval(e)}`,
  },
  {
    id: 'unsplit',
    claim: 'A job that is not split cannot use extra threads.',
    experiment: 'sum',
    expectation: 'noGain',
    setting: 'on every core', subject: 'the sum as one single task', verb: 'is', against: 'the plain loop',
    lesson: 'the lesson: parallelism needs a problem that decomposes into independent parts',
    needs: { threads: true, minCores: 2 },
    runs: (ctx) => [{ threads: ctx.cores, request: { workload: 'sum', n: SUM_N, tasks: 1 } }],
    ratio: ([r]) => ratioOfMedians(samples(r, 'seq'), samples(r, 'chunks')),
    measured: ([r], e) => `on ${plural(r.threads, 'thread')}: one task ${formatMs(median(r, 'chunks'))}, plain loop ${formatMs(median(r, 'seq'))}: speed-up ${interval(e)}`,
  },
  {
    id: 'tiny-tasks',
    claim: 'Very many tiny tasks cost more than they save.',
    experiment: 'sum',
    expectation: 'slower',
    setting: 'even on every core', subject: `${TINY.tasks.toLocaleString('en-US')} tasks of ${TINY.n / TINY.tasks} numbers each`, verb: 'are', against: 'the plain sequential loop',
    lesson: 'the lesson: parallel execution pays only when the work per task exceeds the overhead',
    needs: {},
    runs: (ctx) => [{ threads: ctx.threaded ? ctx.cores : 1, request: TINY }],
    // Against the sequential loop, the trap the lesson names.
    ratio: ([r]) => ratioOfMedians(samples(r, 'seq'), samples(r, 'chunks')),
    measured: ([r], e) => `on ${plural(r.threads, 'thread')}: ${TINY.tasks.toLocaleString('en-US')} tasks ${formatMs(median(r, 'chunks'))}, plain loop ${formatMs(median(r, 'seq'))}: speed-up ${interval(e)}`,
  },
];

/**
 * A claim with its words and rule made from its expectation:
 *   prediction  "On one thread, two halves are no more than 10% faster than one loop."
 *   failsIf     "two halves at least 10% faster than one loop, on one thread"
 *   compare     what a student predicts about ("two halves, against one loop, on one thread,")
 *   rule(ctx, reports)  { direction, threshold, bound? } for verdict.js decide()
 */
function claim(c) {
  const at = { tasks: c.tasks };
  return Object.freeze({
    ...c,
    prediction: `${capital(c.setting)}, ${c.subject} ${c.verb} ${comparisonWords(c.expectation, at)} ${c.against}${c.after ?? ''}.`,
    failsIf: `${c.subject} ${failComparisonWords(c.expectation, at)} ${c.against}, ${c.setting}`,
    compare: c.compare ?? `${c.subject}, against ${c.against}, ${c.setting},`,
    rule(ctx, reports) {
      const rule = ruleOf(c.expectation, at);
      if (!c.parallel) return rule;
      const r = c.decisive ? this.decisive(ctx, reports) : reports[0];
      return { ...rule, bound: speedupBound({ threads: r.threads, cores: ctx.cores, tasks: c.tasks }) };
    },
  });
}

export const CLAIMS = DATA.map(claim);

/** The claims' ids, in the order the panel shows them (a course picks some with claims=). */
export const CLAIM_IDS = CLAIMS.map((c) => c.id);
