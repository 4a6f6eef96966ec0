// The decision rule on synthetic samples: the intervals (paired or not, said
// by the caller), each outcome of the rule itself, and for every claim of the
// page hand-written measurements with the verdict a reader of the claim
// expects, written apart from the claim's own rule, so a claim wired to the
// wrong variant or with a threshold that contradicts its words fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ratioInterval, roundRatios, decide, speedupBound, median, OUTCOMES } from '../../www/verdict.js';
import { CLAIMS, judge } from '../../www/claims.js';
import { untestableReason } from '../../www/claim-judge.js';
import { REGISTRY } from '../../www/registry.js';

/** n samples around `value`, spread by ±`spread` (a fraction) in a fixed pattern. */
const around = (value, spread, phase = 0, n = 9) => Array.from({ length: n }, (_, i) => value * (1 + spread * Math.sin(i * 2.39996 + phase)));

test('the ratio comes with an interval that is narrow for steady samples and wide for noisy ones', () => {
  const steady = ratioInterval(around(20, 0.01), around(10, 0.01), { paired: false });
  assert.ok(Math.abs(steady.ratio - 2) < 0.02, JSON.stringify(steady));
  assert.ok(steady.hi - steady.lo < 0.1, JSON.stringify(steady));
  const noisy = ratioInterval(around(20, 0.6, 1), around(10, 0.6, 2), { paired: false });
  assert.ok(noisy.hi - noisy.lo > 0.5, JSON.stringify(noisy));
  assert.ok(noisy.lo <= noisy.ratio && noisy.ratio <= noisy.hi);
  // No randomness: the same samples give the same interval.
  assert.deepEqual(ratioInterval(around(20, 0.6, 1), around(10, 0.6, 2), { paired: false }), noisy);
});

test('decide: each outcome of both directions, and a bound that flags instead of deciding', () => {
  const e = (lo, hi) => ({ ratio: (lo + hi) / 2, lo, hi });
  assert.equal(decide(e(1.5, 1.7), { direction: 'above', threshold: 1.2 }).outcome, OUTCOMES.holds);
  assert.equal(decide(e(0.9, 1.1), { direction: 'above', threshold: 1.2 }).outcome, OUTCOMES.fails);
  assert.equal(decide(e(1.1, 1.3), { direction: 'above', threshold: 1.2 }).outcome, OUTCOMES.inconclusive);
  assert.equal(decide(e(0.9, 1.05), { direction: 'below', threshold: 1.1 }).outcome, OUTCOMES.holds);
  assert.equal(decide(e(1.2, 1.4), { direction: 'below', threshold: 1.1 }).outcome, OUTCOMES.fails);
  assert.equal(decide(e(1.0, 1.2), { direction: 'below', threshold: 1.1 }).outcome, OUTCOMES.inconclusive);
  const past = decide(e(2.3, 2.5), { direction: 'above', threshold: 1.2, bound: 2 });
  assert.deepEqual(past, { outcome: OUTCOMES.inconclusive, impossible: true });
  // Within the bound's margin a speed-up still counts.
  assert.equal(decide(e(2.0, 2.1), { direction: 'above', threshold: 1.2, bound: 2 }).outcome, OUTCOMES.holds);
  assert.equal(decide(e(NaN, NaN), { direction: 'above', threshold: 1 }).outcome, OUTCOMES.inconclusive);
});

test('the bound of a speed-up: threads, cores, and tasks that run to completion', () => {
  assert.equal(speedupBound({ threads: 1, cores: 2, tasks: 3 }), 1);
  assert.equal(speedupBound({ threads: 2, cores: 2, tasks: 3 }), 1.5, 'three jobs on two threads: two rounds');
  assert.equal(speedupBound({ threads: 3, cores: 2, tasks: 3 }), 2, 'three threads on two cores: the OS slices them');
  assert.equal(speedupBound({ threads: 4, cores: 16, tasks: 3 }), 3);
  assert.equal(speedupBound({ threads: 2, cores: 2, tasks: 2 }), 2);
  assert.equal(speedupBound({ threads: 8, cores: 4 }), 4);
});

test('pairing is said, never guessed: equal lengths from two runs are not paired', () => {
  assert.throws(() => ratioInterval([1, 2], [1, 2]), /Say whether the samples are paired/);
  assert.throws(() => ratioInterval([1, 2, 3], [1, 2], { paired: true }), /one of each per round/);
  assert.throws(() => ratioInterval([1, -2], [1, 2], { paired: false }), /positive numbers/);
  // Rounds that drift together: paired, the drift cancels round by round; unpaired, it is noise.
  const drift = [1, 1.2, 0.9, 1.3, 0.8, 1.1, 1.25, 0.85, 1.05];
  const num = drift.map((d) => 20 * d), den = drift.map((d) => 10 * d);
  const paired = ratioInterval(num, den, { paired: true });
  const apart = ratioInterval(num, den, { paired: false });
  assert.deepEqual([paired.ratio, paired.lo, paired.hi], [2, 2, 2]);
  assert.ok(apart.lo < 1.8 && apart.hi > 2.2, JSON.stringify(apart));
  assert.equal(paired.paired, true);
  assert.equal(apart.paired, false);
});

test('the paired interval is a sign-test interval: with 9 rounds at 95% it is the 2nd lowest to the 2nd highest round ratio', () => {
  const num = [10, 11, 12, 13, 14, 15, 16, 17, 18], den = Array(9).fill(10);
  const e = ratioInterval(num, den, { paired: true });
  assert.deepEqual([e.ratio, e.lo, e.hi], [1.4, 1.1, 1.7]);
  assert.ok(Math.abs(e.coverage - (1 - 2 * 10 / 512)) < 1e-12, `${e.coverage}`);
  // At 98.3% nine rounds allow only the lowest and highest.
  const wide = ratioInterval(num, den, { paired: true, level: 1 - 0.05 / 3 });
  assert.deepEqual([wide.lo, wide.hi], [1, 1.8]);
  // Too few rounds for the level: unbounded, so nothing is decided from it.
  const few = ratioInterval([10, 11, 12], [10, 10, 10], { paired: true });
  assert.deepEqual([few.lo, few.hi], [0, Infinity]);
  assert.equal(decide(few, { direction: 'above', threshold: 0.5 }).outcome, OUTCOMES.inconclusive);
});

test('the unpaired interval covers as it says: 2,000 pairs of runs from one distribution', () => {
  let next = 12345;
  const rand = () => ((next = (next * 1103515245 + 12345) % 2147483648) / 2147483648);
  let missed = 0;
  for (let r = 0; r < 2000; r++) {
    const a = Array.from({ length: 9 }, () => 10 * Math.exp(0.1 * (rand() + rand() + rand() - 1.5)));
    const b = Array.from({ length: 9 }, () => 10 * Math.exp(0.1 * (rand() + rand() + rand() - 1.5)));
    const e = ratioInterval(a, b, { paired: false });
    if (e.lo > 1 || e.hi < 1) missed++;
    assert.ok(e.coverage >= 0.95);
  }
  // At most 5% missed (the interval's exact coverage is a little over 95%); 2,000 runs leave about 0.5% of noise.
  assert.ok(missed / 2000 <= 0.06, `missed ${missed} of 2000`);
  assert.ok(missed > 0, 'an interval that never misses is too wide to decide anything');
});

test('across runs, each run\'s own speed-up is compared: a run that is slower as a whole changes nothing', () => {
  const seqA = [10, 10.1, 9.9, 10, 10.2, 9.8, 10, 10.1, 9.9], parA = seqA.map((x) => x / 2);
  const seqB = seqA.map((x) => x * 1.3), parB = seqB.map((x) => x / 1.5); // the whole run 30% slower
  const e = ratioInterval(roundRatios(seqB, parB), roundRatios(seqA, parA), { paired: false });
  assert.ok(Math.abs(e.ratio - 0.75) < 1e-9, `${e.ratio}`);
  assert.throws(() => roundRatios([1, 2], [1]), /one sample of each per round/);
});

// --- every claim, on hand-written measurements -------------------------------
//
// Each fixture gives the median time of every variant of every run (the
// samples spread 1% around it) and the verdict that follows from the claim's
// own words, worked out by hand in the comment. The variants a claim does not
// compare get times that would flip the verdict if the claim read them. A
// demonstration gets no verdict: its fixture gives the speed-up it must show.

/** This 2-core machine: 2 cores' worth of capacity, 2 reported. */
const CTX = { capacity: { speedup: 1.93, cores: 2, reported: 2 }, cores: 2, reportedCores: 2, threaded: true, isolated: true, maxThreads: 4 };
/** A 4-core laptop with SMT, modeled: 8 reported, 5 cores' worth. */
const SMT = { capacity: { speedup: 5.1, cores: 5, reported: 8 }, cores: 5, reportedCores: 8, threaded: true, isolated: true, maxThreads: 16 };

/** n samples around `value`, spread by ±`spread` (a fraction) in a fixed pattern. */
const spreadAround = (value, spread, phase) => Array.from({ length: 9 }, (_, i) => value * (1 + spread * Math.sin(i * 2.39996 + phase)));

function report(workload, threads, ms, extra = {}, spread = 0.01) {
  const variants = Object.entries(ms).map(([name, t], i) => {
    const samples_ms = spreadAround(t, spread, 1.7 * i + threads);
    return { name, samples_ms, correct: true, speedup: (ms.seq ?? t) / t, summary: { median: median(samples_ms), q1: t, q3: t } };
  });
  return { threads, workload: { workload, ...extra }, variants };
}

const FIXTURES = [
  // Demonstration: two halves on one thread against one loop, 10 / 10.2.
  ['split-one-thread', CTX, 10 / 10.2, [report('sum', 1, { seq: 10, halves: 10.2, par: 5, chunks: 30 })]],
  // Two halves on two threads beat one loop by more than 1.2x (at most 2x).
  ['split-many-cores', CTX, 'holds', [report('sum', 2, { seq: 10, halves: 6, par: 12, chunks: 12 })]], // 1.67x
  ['split-many-cores', CTX, 'fails', [report('sum', 2, { seq: 10, halves: 9.5, par: 6, chunks: 6 })]], // 1.05x
  ['split-many-cores', CTX, 'inconclusive', [report('sum', 2, { seq: 10, halves: 3, par: 6, chunks: 6 })]], // 3.3x: past 2 threads' bound, flagged
  ['split-many-cores', SMT, 'holds', [report('sum', 2, { seq: 10, halves: 6, par: 12, chunks: 12 })]], // two threads on any capacity from 2
  // Demonstration: three fib jobs concurrent on one thread against in a row, 30 / 30.5.
  ['cpu-one-thread', CTX, 30 / 30.5, [report('fib_three', 1, { seq: 30, par: 30.5 })]],
  // Three jobs: more than 1.3x on two threads (at most 1.5x); on three threads, where the capacity has three cores' worth, more than 2.2x (at most 3x).
  ['cpu-more-cores', CTX, 'holds', [1, 2, 3, 4].map((k) => report('fib_three', k, { seq: 30, par: [30, 20.5, 16, 17][k - 1] }))], // 1.46x on 2
  ['cpu-more-cores', CTX, 'fails', [1, 2, 3, 4].map((k) => report('fib_three', k, { seq: 30, par: [30, 27, 16, 16][k - 1] }))], // 1.11x on 2
  ['cpu-more-cores', CTX, 'inconclusive', [1, 2, 3, 4].map((k) => report('fib_three', k, { seq: 30, par: [30, 20.5, 16, 10][k - 1] }))], // 3x on 4 threads, 2 cores: flagged
  ['cpu-more-cores', SMT, 'holds', [1, 2, 3, 4].map((k) => report('fib_three', k, { seq: 30, par: [30, 20.5, 12, 11][k - 1] }))], // 1.46x on 2, 2.5x on 3
  ['cpu-more-cores', SMT, 'fails', [1, 2, 3, 4].map((k) => report('fib_three', k, { seq: 30, par: [30, 20.5, 16, 15][k - 1] }))], // 1.46x on 2 but 1.88x on 3: not faster with each core
  // Demonstration: three 100 ms waits at once against in a row, 301 / 102.
  ['io-one-thread', CTX, 301 / 102, [report('io', 1, { seq: 301, concurrent: 102 }, { wait_ms: 100 })]],
  // Mixed jobs on one thread: concurrent more than 1.2x faster than in a row.
  ['mixed-one-thread', CTX, 'holds', [report('mixed', 1, { seq: 300, concurrent: 180, parallel: 290 })]], // 1.67x
  ['mixed-one-thread', CTX, 'fails', [report('mixed', 1, { seq: 300, concurrent: 280, parallel: 120 })]], // 1.07x
  ['mixed-one-thread', CTX, 'inconclusive', [report('mixed', 1, { seq: 300, concurrent: 250, parallel: 120 }, {}, 0.3)]], // 1.2x, noisy
  // Computing on the pool beats computing on the waiting thread by more than 1.1x (three jobs on 2 threads: at most 1.5x).
  ['mixed-more-cores', CTX, 'holds', [report('mixed', 2, { seq: 150, concurrent: 150, parallel: 110 })]], // 1.36x
  ['mixed-more-cores', CTX, 'fails', [report('mixed', 2, { seq: 300, concurrent: 150, parallel: 148 })]], // 1.01x
  // The locked sum on the pool is more than 1.1x slower than on one thread, each run against its own plain loop.
  ['coordination', CTX, 'holds', [report('contended', 1, { seq: 2, lock: 10, atomic: 30 }), report('contended', 2, { seq: 2, lock: 25, atomic: 3 })]], // 0.4x
  ['coordination', CTX, 'fails', [report('contended', 1, { seq: 2, lock: 10, atomic: 3 }), report('contended', 2, { seq: 2, lock: 6, atomic: 30 })]], // 1.67x
  // A run that is slower as a whole (both its variants 30%) is no evidence: its own speed-up is the same.
  ['coordination', CTX, 'fails', [report('contended', 1, { seq: 2, lock: 10, atomic: 3 }), report('contended', 2, { seq: 2.6, lock: 13, atomic: 30 })]], // 1x
  // fib on twice the logical cores is more than 1.1x slower than on one thread per logical core.
  ['oversubscription', CTX, 'holds', [report('fib', 2, { seq: 100, par: 50 }), report('fib', 4, { seq: 100, par: 60 })]], // 0.83x
  ['oversubscription', CTX, 'fails', [report('fib', 2, { seq: 100, par: 50 }), report('fib', 4, { seq: 100, par: 35 })]], // 1.43x
  ['oversubscription', SMT, 'holds', [report('fib', 8, { seq: 100, par: 20 }), report('fib', 16, { seq: 100, par: 25 })]], // 8 logical cores, not 5 cores' worth
  // Demonstrations: one unsplit task on the pool, 10 / 10.1; 100,000 tiny tasks, 5 / 300.
  ['unsplit', CTX, 10 / 10.1, [report('sum', 2, { seq: 10, halves: 5, par: 5, chunks: 10.1 })]],
  ['tiny-tasks', CTX, 5 / 300, [report('sum', 2, { seq: 5, halves: 8, par: 8, chunks: 300 })]],
];

test('every claim has a fixture that holds and one that does not; every demonstration one that gives its speed-up', () => {
  for (const c of CLAIMS) {
    const outcomes = FIXTURES.filter(([id]) => id === c.id).map(([, , v]) => v);
    if (c.demonstration) assert.ok(outcomes.some((v) => typeof v === 'number'), c.id);
    else assert.ok(outcomes.includes('holds') && outcomes.includes('fails'), `${c.id}: ${outcomes}`);
  }
  assert.deepEqual(CLAIMS.filter((c) => c.demonstration).map((c) => c.id), ['split-one-thread', 'cpu-one-thread', 'io-one-thread', 'unsplit', 'tiny-tasks']);
});

for (const [id, ctx, expected, reports] of FIXTURES) {
  const on = ctx === SMT ? ' on a modeled SMT laptop' : '';
  test(`claim ${id}${on}: ${typeof expected === 'number' ? `a demonstration of ${expected.toPrecision(3)}×` : expected} on the hand-written measurements`, () => {
    const claim = CLAIMS.find((c) => c.id === id);
    assert.deepEqual(claim.runs(ctx).map((r) => r.threads), reports.map((r) => r.threads), 'the fixture measures the pools the claim runs');
    const verdict = judge(claim, reports, ctx);
    if (typeof expected === 'number') {
      assert.equal(verdict.outcome, 'demonstration');
      assert.ok(Math.abs(verdict.estimate.ratio / expected - 1) < 0.02, `${verdict.estimate.ratio} against ${expected}`);
      assert.ok(verdict.estimate.lo <= verdict.estimate.ratio && verdict.estimate.ratio <= verdict.estimate.hi);
    } else assert.equal(verdict.outcome, expected);
  });
}

test('a claim\'s untestable reason is never that the capacity is below the reported count', () => {
  for (const c of CLAIMS) assert.equal(untestableReason(c, SMT), null, c.id);
  const busy = { ...CTX, capacity: { speedup: 1.04, cores: 1, reported: 2 }, cores: 1 };
  for (const c of CLAIMS) {
    const why = untestableReason(c, busy);
    assert.equal(why !== null, (c.needs.parallelThreads ?? 1) > 1, c.id);
    if (why) assert.doesNotMatch(why, /close|ran in parallel/);
  }
});
