// The lesson's claims as data: each names the experiment that tests it, the
// runs that measure it, the speed-up it is about and the expectation
// (expectations.js) that speed-up must meet. Its prediction, its "would fail
// with" and its verdict rule are all made from that one expectation, so the
// words a student reads and the rule that decides cannot say different
// numbers. Judging: claim-judge.js; the panel: claims.js. Light on purpose:
// engine.js and class.js import it for the claims' ids and words.
//
// A claim that no plausible measurement could fail is not called a claim: it
// is a demonstration (`demonstration: true`), shown as a measured number with
// its interval and no verdict, and counted apart. Five are: two tasks or three
// jobs on one thread (rayon on one thread runs them as plain calls, so there
// is no switching cost to see), three waits at once (they always overlap in a
// browser: 1.00-1.01 waits here), one unsplit task on a pool (one task runs on
// one thread, whatever the pool), and 100,000 tiny tasks (60-115x slower here,
// against a cut-off of 1.1x).
//
// Threads come from the parallel capacity (capacity.js: ctx.cores is its
// whole cores' worth), never from the reported count, except where the claim
// is about the reported count itself (oversubscription: more threads than
// the operating system has logical cores to run them on).
import { speedupBound, roundRatios } from '../verdict.js';
import { plural } from '../format.js';
import { formatMs } from '../scales.js';
import { ruleOf, thresholdOf, comparisonWords, failComparisonWords, OVERLAP_WAITS } from './expectations.js';
import { tasksOf } from './tasks.js';

const variant = (report, name) => report.variants.find((v) => v.name === name);
const samples = (report, name) => variant(report, name).samples_ms;
const median = (report, name) => variant(report, name).summary.median;
const times = (x) => `${Number(x.toPrecision(3))}×`;
const interval = (e) => (Number.isFinite(e.hi) ? `${times(e.ratio)} (${Math.floor(e.coverage * 1000) / 10}% interval ${times(e.lo)}–${times(e.hi)})` : `${times(e.ratio)} (too few rounds for an interval)`);

/** Two variants of one run, compared round by round (paired: measured moments apart on one pool). */
const same = (r, num, den) => ({ num: samples(r, num), den: samples(r, den), paired: true });
/**
 * Two runs (two pools, measured one after the other): each run's own
 * speed-up of `variant` over its sequential baseline, round by round, then
 * run `b`'s against run `a`'s (unpaired). A drift that lasts a run slows both
 * of its variants and cancels; comparing raw times across the runs would
 * count it as an effect of the threads.
 */
const across = (a, b, variant) => ({ num: roundRatios(samples(b, 'seq'), samples(b, variant)), den: roundRatios(samples(a, 'seq'), samples(a, variant)), paired: false });
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const count = (n) => NUMBER_WORDS[n] ?? String(n);
const capital = (s) => `${s[0].toUpperCase()}${s.slice(1)}`;

/**
 * The sum claims add 4,000,000 numbers (16 MB): enough work per call that
 * waking a second thread costs little. Whether 16 MB is read from a cache or
 * from memory depends on the processor, so it was measured (one thread, the
 * wasm sum in V8, 2026-12-02): on this 2-core virtual machine (2 MiB of L2
 * per core and a large shared L3) 2 MB went at 26 GB/s, 16 MB at 22-24 GB/s
 * and 80 MB at 6.6-7.3 GB/s: 16 MB stays in the L3 cache here and 80 MB comes
 * from memory. On a laptop whose L3 is smaller than 16 MB (many have 8-12 MB)
 * the claims' sum reads memory too, and the two-halves claim measures how
 * much more memory two cores can read. At 80 MB this machine read memory no
 * faster with two threads than with one.
 */
const SUM_N = 4_000_000;
const SPLIT = { workload: 'sum', n: SUM_N, tasks: 2 };
const THREE_FIB = { workload: 'fib_three', n: 30 };
const WAITS = { workload: 'io', jobs: 3, wait_ms: 100 };
const MIXED_ONE = { workload: 'mixed', jobs: 3, wait_ms: 50, n: 35 };
const MIXED_MANY = { workload: 'mixed', jobs: 3, wait_ms: 20, n: 35 };
const TINY = { workload: 'sum', n: 2_000_000, tasks: 100_000 };
/** The cut-off of the third job's core, in words (each further thread count is judged against its own bound: expectations.js cpuEachCore). */
const THIRD_CORE = times(thresholdOf('cpuEachCore', { threads: 3, cores: 3, tasks: tasksOf('fib_three', THREE_FIB, 'par') }));
const CPU_SHARE_WORDS = `more than ${THIRD_CORE} on three threads`;

/**
 * Each claim of the lesson, as a test that could fail (or a demonstration):
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
 *   demonstration  no plausible result could fail it: measured and shown with
 *                its interval, never given a verdict (see the file's header)
 *   runs(ctx)        the measurements: [{ threads, request }]
 *   sides(reports, ctx)  the samples of the speed-up: { num, den, paired } (verdict.js ratioInterval)
 *   more(ctx, reports)   (optional) further comparisons, each { label, sides, rule }, that must hold too
 *   measured(reports, estimate, ctx)  what was measured, in words
 *   lesson           the lesson's own figure, where it gives one (labelled when it is an illustration)
 *   compare          (optional) what a student predicts about, where the words above do not say it
 *   cardContext(ctx) (optional) the pool ({ threads, from }) on which the claim's
 *                experiment card makes the same comparison, so the card, the matrix
 *                and the claim judge it by the same expectation (tests/unit/expectations.test.mjs)
 * `needs`: threads (an isolated page with wasm threads) and parallelThreads
 * (how many threads must run at once for the claim to show its effect: the
 * capacity must reach capacityNeeded(parallelThreads), capacity.js).
 * Made by `claim()` below: prediction, failsIf, compare and rule come from
 * the expectation.
 */
const DATA = [
  {
    id: 'split-one-thread',
    claim: 'Cutting a sum into two tasks does not make it faster on one thread.',
    demonstration: true,
    experiment: 'sum',
    expectation: 'noGain',
    tasks: tasksOf('sum', SPLIT, 'halves'),
    setting: 'on one thread', subject: 'two halves', verb: 'are', against: 'one loop',
    lesson: 'the lesson’s illustration, not a measurement: 100 ms in one loop, about 105 ms as two goroutines on one core',
    needs: {},
    cardContext: () => ({ threads: 1 }),
    runs: () => [{ threads: 1, request: SPLIT }],
    sides: ([r]) => same(r, 'seq', 'halves'),
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
    lesson: 'the lesson’s illustration, not a measurement: about 55 ms on two cores against 100 ms, 1.8×',
    needs: { threads: true, parallelThreads: 2 },
    cardContext: () => ({ threads: 2 }),
    runs: () => [{ threads: 2, request: SPLIT }],
    sides: ([r]) => same(r, 'seq', 'halves'),
    measured: ([r], e) => `on ${plural(r.threads, 'thread')}: two halves ${formatMs(median(r, 'halves'))}, one loop ${formatMs(median(r, 'seq'))}: speed-up ${interval(e)}`,
  },
  {
    id: 'cpu-one-thread',
    claim: 'Computing jobs gain nothing from concurrency on one thread.',
    demonstration: true,
    experiment: 'fib_three',
    expectation: 'noGain',
    tasks: tasksOf('fib_three', THREE_FIB, 'par'),
    setting: 'on one thread', subject: `${count(tasksOf('fib_three', THREE_FIB, 'par'))} concurrent fib tasks`, verb: 'are', against: 'the same jobs in a row',
    lesson: 'the lesson: three 1 s computations take 3 s or more, concurrent or not, on one core (its goroutines switch; a one-thread rayon pool runs the tasks as plain calls, so there is no switching cost to see here)',
    needs: {},
    cardContext: () => ({ threads: 1 }),
    runs: () => [{ threads: 1, request: THREE_FIB }],
    sides: ([r]) => same(r, 'seq', 'par'),
    measured: ([r], e) => `${plural(tasksOf('fib_three', r.workload, 'par'), 'task')} ${formatMs(median(r, 'par'))}, in a row ${formatMs(median(r, 'seq'))}: speed-up ${interval(e)}`,
  },
  {
    id: 'cpu-more-cores',
    claim: 'Computing jobs do gain from more cores, faster with each core, up to one core per job.',
    experiment: 'fib_three',
    expectation: 'cpuParallel',
    tasks: tasksOf('fib_three', THREE_FIB, 'par'),
    parallel: true,
    setting: 'on two threads',
    subject: `${count(tasksOf('fib_three', THREE_FIB, 'par'))} fib jobs`, verb: 'are', against: 'the same jobs in a row',
    after: `; with each further core up to ${count(tasksOf('fib_three', THREE_FIB, 'par'))} (where the capacity allows), faster again: ${CPU_SHARE_WORDS}; on every pool, never faster than min(threads, capacity, ${tasksOf('fib_three', THREE_FIB, 'par')}) allows`,
    failsAlso: `, or at most ${THIRD_CORE} on three threads where the capacity reaches three cores’ worth`,
    lesson: 'the lesson: CPU-bound work needs parallelism (several cores) to get faster. Not the lesson’s but this page’s: rayon runs each job to completion, so three equal jobs on two threads take two rounds, 1.5× at most',
    needs: { threads: true, parallelThreads: 2 },
    cardContext: () => ({ threads: 2 }),
    runs: (ctx) => [1, 2, 3, 4].filter((k) => k <= ctx.maxThreads).map((threads) => ({ threads, request: THREE_FIB })),
    /** The pool of two threads decides against cpuParallel; each further thread count up to the capacity and the jobs must pass its own bound's share. */
    decisive: (ctx, reports) => reports.find((r) => r.threads === 2),
    sides(reports, ctx) {
      return same(this.decisive(ctx, reports), 'seq', 'par');
    },
    more(ctx, reports) {
      return reports.filter((r) => r.threads > 2 && r.threads <= Math.min(ctx.cores, this.tasks)).map((r) => {
        const at = { threads: r.threads, cores: ctx.cores, tasks: this.tasks };
        return { label: `${plural(r.threads, 'thread')}`, sides: same(r, 'seq', 'par'), rule: { ...ruleOf('cpuEachCore', at), bound: speedupBound(at) } };
      });
    },
    /** Every other pool size is checked against its bound too. */
    extraBounds(ctx, reports) {
      return reports.map((r) => ({ sides: same(r, 'seq', 'par'), bound: speedupBound({ threads: r.threads, cores: ctx.cores, tasks: this.tasks }), threads: r.threads }));
    },
    measured(reports, e, ctx) {
      return reports.map((r) => `${plural(r.threads, 'thread')} ${times(variant(r, 'par').speedup)} (at most ${times(speedupBound({ threads: r.threads, cores: ctx.cores, tasks: this.tasks }))})`).join('; ') + `; on 2 threads: ${interval(e)}`;
    },
  },
  {
    id: 'io-one-thread',
    claim: 'Waiting gains from concurrency even on one thread.',
    demonstration: true,
    experiment: 'io',
    expectation: 'overlap',
    tasks: tasksOf('io', WAITS, 'concurrent'),
    setting: 'on one thread', subject: `${count(WAITS.jobs)} concurrent ${WAITS.wait_ms} ms waits`, verb: 'are', against: `${count(WAITS.jobs)} in a row`,
    after: `: all of them together take under ${OVERLAP_WAITS} waits`,
    lesson: 'the lesson: three 1 s requests take 3 s in a row, about 1 s concurrently, even on one core',
    needs: {},
    cardContext: () => ({ threads: 1 }),
    runs: () => [{ threads: 1, request: WAITS }],
    sides: ([r]) => same(r, 'seq', 'concurrent'),
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
    sides: ([r]) => same(r, 'seq', 'concurrent'),
    measured: ([r], e) => `concurrent ${formatMs(median(r, 'concurrent'))}, in a row ${formatMs(median(r, 'seq'))}: speed-up ${interval(e)}, where ${count(r.workload.jobs)} overlapped waits alone would give ${r.workload.jobs}×`,
  },
  {
    id: 'mixed-more-cores',
    claim: 'With more cores, mixed work overlaps its computing too, not only its waits.',
    experiment: 'mixed',
    expectation: 'faster',
    tasks: tasksOf('mixed', MIXED_MANY, 'parallel'),
    parallel: true,
    setting: 'on a pool of as many threads as the capacity', subject: 'computing on the pool', verb: 'is', against: 'computing on the waiting thread (the waits overlap in both)',
    lesson: 'the lesson’s table says mixed work is “much faster” with parallelism than in a row; here the waits already overlap on the waiting thread, so only what the cores add to the computing is compared',
    needs: { threads: true, parallelThreads: 2 },
    runs: (ctx) => [{ threads: ctx.cores, request: MIXED_MANY }],
    sides: ([r]) => same(r, 'concurrent', 'parallel'),
    measured: ([r], e) => `on ${plural(r.threads, 'thread')}: on the pool ${formatMs(median(r, 'parallel'))}, on the waiting thread ${formatMs(median(r, 'concurrent'))}: speed-up ${interval(e)}`,
  },
  {
    id: 'coordination',
    claim: 'Work that coordinates at every step gets slower in parallel.',
    experiment: 'contended',
    expectation: 'slower',
    setting: 'on a pool of as many threads as the capacity', subject: 'the same sum through one shared lock', verb: 'is', against: 'on one thread',
    compare: 'the locked sum on as many threads as the capacity, against on one thread,',
    lesson: 'the lesson: for tightly coupled work, sequential execution can be faster',
    needs: { threads: true, parallelThreads: 2 },
    runs: (ctx) => [1, ctx.cores].map((threads) => ({ threads, request: { workload: 'contended' } })),
    // Two runs: each run's locked sum against its own plain loop, then the pool's against one thread's.
    sides: ([one, all]) => across(one, all, 'lock'),
    measured: ([one, all], e) => `one Mutex on ${plural(all.threads, 'thread')} ${formatMs(median(all, 'lock'))} (that run’s plain loop ${formatMs(median(all, 'seq'))}), on 1 thread ${formatMs(median(one, 'lock'))} (${formatMs(median(one, 'seq'))}): speed-up, each run against its own plain loop, ${interval(e)}`,
  },
  {
    id: 'oversubscription',
    claim: 'More threads than logical cores makes computing slower.',
    experiment: 'oversubscribe',
    expectation: 'slower',
    setting: 'on twice as many threads as logical cores', subject: 'fib', verb: 'is', against: 'on one thread per logical core',
    compare: 'fib on twice as many threads as logical cores, against one thread per logical core,',
    lesson: 'the lesson: GOMAXPROCS above the core count usually hurts (GOMAXPROCS limits the threads running Go code; its goroutines are not threads, and a thousand of them still run on those few threads)',
    needs: { threads: true },
    // Logical cores, as the browser reports them, not the capacity: time
    // slicing starts where the operating system has no logical core left for
    // a thread. fib(36): a run long enough (tens of ms) that threads falling
    // asleep and waking between tasks is a small part of it; with fib(32)
    // (5 ms on two threads) the 2-thread pool's idle moments let the 4-thread
    // pool win by 1.19x here, which measured the pool's wake-ups, not the cores.
    cardContext: (ctx) => ({ from: ctx.reportedCores, threads: 2 * ctx.reportedCores }),
    runs: (ctx) => [ctx.reportedCores, Math.min(2 * ctx.reportedCores, ctx.maxThreads)].map((threads) => ({ threads, request: { workload: 'fib', n: 36, cutoff: 20 } })),
    sides: ([atCores, over]) => across(atCores, over, 'par'),
    measured: ([atCores, over], e) => `${plural(atCores.threads, 'thread')} ${formatMs(median(atCores, 'par'))} (that run’s one thread ${formatMs(median(atCores, 'seq'))}), ${plural(over.threads, 'thread')} ${formatMs(median(over, 'par'))} (${formatMs(median(over, 'seq'))}): speed-up, each run against its own one thread, ${interval(e)}`,
  },
  {
    id: 'unsplit',
    claim: 'A job that is not split runs as one task, on one thread, however many the pool has.',
    demonstration: true,
    experiment: 'sum',
    expectation: 'noGain',
    setting: 'on a pool of as many threads as the capacity', subject: 'the sum as one single task', verb: 'is', against: 'the plain loop',
    lesson: 'the lesson: parallelism needs a problem that decomposes into independent parts',
    needs: { threads: true },
    runs: (ctx) => [{ threads: ctx.cores, request: { workload: 'sum', n: SUM_N, tasks: 1 } }],
    sides: ([r]) => same(r, 'seq', 'chunks'),
    measured: ([r], e) => `on ${plural(r.threads, 'thread')}: one task ${formatMs(median(r, 'chunks'))}, plain loop ${formatMs(median(r, 'seq'))}: speed-up ${interval(e)}`,
  },
  {
    id: 'tiny-tasks',
    claim: 'Very many tiny tasks cost more than they save.',
    demonstration: true,
    experiment: 'sum',
    expectation: 'slower',
    setting: 'even on a pool of as many threads as the capacity', subject: `${TINY.tasks.toLocaleString('en-US')} tasks of ${TINY.n / TINY.tasks} numbers each`, verb: 'are', against: 'the plain sequential loop',
    lesson: 'the lesson: parallel execution pays only when the work per task exceeds the overhead',
    needs: {},
    runs: (ctx) => [{ threads: ctx.threaded ? ctx.cores : 1, request: TINY }],
    // Against the sequential loop, the trap the lesson names.
    sides: ([r]) => same(r, 'seq', 'chunks'),
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
    failsIf: `${c.subject} ${failComparisonWords(c.expectation, at)} ${c.against}, ${c.setting}${c.failsAlso ?? ''}`,
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
