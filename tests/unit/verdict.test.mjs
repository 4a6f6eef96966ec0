// The decision rule on synthetic samples: each outcome of the rule itself,
// and for every claim of the page a set of samples that must make it hold,
// one that must make it fail, one that must leave it inconclusive, and (for
// claims of parallel gain) one past its physical bound.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ratioOfMedians, decide, speedupBound, coresFromProbe, median, OUTCOMES } from '../../www/verdict.js';
import { CLAIMS, judge, poolTries } from '../../www/claims.js';
import { REGISTRY } from '../../www/registry.js';

/** n samples around `value`, spread by ±`spread` (a fraction) in a fixed pattern. */
const around = (value, spread, phase = 0, n = 9) => Array.from({ length: n }, (_, i) => value * (1 + spread * Math.sin(i * 2.39996 + phase)));

test('the ratio of medians comes with an interval that is narrow for steady samples and wide for noisy ones', () => {
  const steady = ratioOfMedians(around(20, 0.01), around(10, 0.01));
  assert.ok(Math.abs(steady.ratio - 2) < 0.02, JSON.stringify(steady));
  assert.ok(steady.hi - steady.lo < 0.1, JSON.stringify(steady));
  const noisy = ratioOfMedians(around(20, 0.6, 1), around(10, 0.6, 2));
  assert.ok(noisy.hi - noisy.lo > 0.5, JSON.stringify(noisy));
  assert.ok(noisy.lo <= noisy.ratio && noisy.ratio <= noisy.hi);
  // Seeded: the same samples give the same interval.
  assert.deepEqual(ratioOfMedians(around(20, 0.6, 1), around(10, 0.6, 2)), noisy);
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

test('cores from a probe: what ran in parallel is what the check uses, whatever the browser reports', () => {
  assert.deepEqual(coresFromProbe(2, 1.93), { reported: 2, measured: 2, used: 2 });
  assert.deepEqual(coresFromProbe(2, 3.8), { reported: 2, measured: 4, used: 4 });
  assert.deepEqual(coresFromProbe(4, 1.1), { reported: 4, measured: 1, used: 1 });
});

// --- every claim, on synthetic reports --------------------------------------

const CTX = { cores: 2, reportedCores: 2, measuredCores: 2, threaded: true, isolated: true, maxThreads: 4 };

/** Reports for every run of `claim`, every variant taking 10 ms (give or take `spread`). */
function flatReports(claim, spread) {
  return claim.runs(CTX).map(({ threads, request }, j) => {
    const w = REGISTRY.workloads.find((x) => x.id === request.workload);
    const workload = { workload: w.id, ...Object.fromEntries(w.params.map((p) => [p.name, request[p.name] ?? p.default])) };
    const variants = w.variants.map((v, i) => {
      // Each variant and run its own pattern, so paired rounds do not cancel the noise.
      const samples_ms = around(10, spread, 1.7 * i + 0.9 * j);
      return { name: v.id, label: v.label, samples_ms, speedup: 1, correct: true, summary: { median: median(samples_ms) } };
    });
    return { threads, workload, variants };
  });
}

/** The same reports with the claim's ratio moved to `target`: the variant it divides is found by trying. */
function reportsWithRatio(claim, target, spread) {
  const reports = flatReports(claim, spread);
  const base = claim.ratio(reports, CTX).ratio;
  for (const [j, r] of reports.entries()) {
    for (const v of r.variants) {
      const scaled = structuredClone(reports);
      const sv = scaled[j].variants.find((x) => x.name === v.name);
      sv.samples_ms = sv.samples_ms.map((s) => s * 2);
      if (Math.abs(claim.ratio(scaled, CTX).ratio / base - 2) < 1e-9) {
        sv.samples_ms = v.samples_ms.map((s) => (s * target) / base);
        sv.summary = { median: median(sv.samples_ms) };
        return scaled;
      }
    }
  }
  throw new Error(`${claim.id}: no variant moves its ratio`);
}

for (const claim of CLAIMS) {
  test(`claim ${claim.id}: holds, does not hold, inconclusive${claim.rule(CTX, flatReports(claim, 0)).bound ? ', past its bound' : ''}`, () => {
    const rule = claim.rule(CTX, flatReports(claim, 0));
    const { direction, threshold, bound = Infinity } = rule;
    const holding = direction === 'above' ? Math.min(threshold * 1.4, (threshold + bound) / 2) : threshold * 0.8;
    const failing = direction === 'above' ? threshold * 0.6 : threshold * 1.5;
    const verdict = (target, spread) => judge(claim, reportsWithRatio(claim, target, spread), CTX);
    assert.equal(verdict(holding, 0.01).outcome, OUTCOMES.holds, `${claim.id} at ${holding}`);
    assert.equal(verdict(failing, 0.01).outcome, OUTCOMES.fails, `${claim.id} at ${failing}`);
    const noisy = verdict(threshold, 0.3);
    assert.equal(noisy.outcome, OUTCOMES.inconclusive, `${claim.id} at its threshold, noisy`);
    assert.equal(noisy.impossible, false);
    if (Number.isFinite(bound)) {
      const past = verdict(bound * 1.5, 0.01);
      assert.deepEqual([past.outcome, past.impossible], [OUTCOMES.inconclusive, true], `${claim.id} past its bound ${bound}`);
    }
    assert.ok(claim.failsIf && claim.prediction && claim.claim, `${claim.id} says what would make it fail`);
  });
}

test('tries are pooled run by run and variant by variant', () => {
  const claim = CLAIMS.find((c) => c.id === 'split-one-thread');
  const a = flatReports(claim, 0.01);
  const b = flatReports(claim, 0.01);
  const pooled = poolTries([a, b]);
  assert.equal(pooled[0].variants[0].samples_ms.length, a[0].variants[0].samples_ms.length * 2);
});
