import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ideal, amdahl, amdahlAt, fitAmdahl, amdahlWords, karpFlatt, serialShare } from '../../www/stats.js';

test('ideal speed-up grows with threads up to the capacity, then stays flat, and never past the tasks', () => {
  assert.deepEqual([1, 2, 3, 4, 8].map((k) => ideal(k, 4)), [1, 2, 3, 4, 4]);
  // Three jobs that run to completion: two threads take two rounds.
  assert.deepEqual([1, 2, 3, 4].map((k) => ideal(k, 2, 3)), [1, 1.5, 2, 2]);
});

test('Karp-Flatt: the serial fraction a speed-up implies, constant for Amdahl work', () => {
  for (const k of [2, 4, 8]) assert.ok(Math.abs(karpFlatt(amdahl(0.9, k), k) - 0.1) < 1e-12, `k=${k}`);
  assert.ok(Number.isNaN(karpFlatt(1, 1)));
});

test('the share that behaves as if serial stops at the capacity: threads sharing cores are not serial work', () => {
  // 4 threads on two cores' worth at 1.78x: the old column said 0.42 "serial fraction".
  assert.ok(Number.isNaN(serialShare(1.78, 4, { capacity: 2 })));
  assert.ok(Math.abs(serialShare(1.9, 2, { capacity: 2 }) - karpFlatt(1.9, 2)) < 1e-12);
  // An SMT laptop reporting 8 with 5 cores' worth: 8 threads at 5x is the capacity, not 9% serial work.
  assert.ok(Number.isNaN(serialShare(5, 8, { capacity: 5 })));
  assert.ok(Math.abs(serialShare(4.5, 5, { capacity: 5 }) - karpFlatt(4.5, 5)) < 1e-12);
});

test('whole jobs are measured against the task bound: three jobs on two threads at 1.5x behave as if nothing were serial', () => {
  assert.ok(Math.abs(serialShare(1.5, 2, { capacity: 2, tasks: 3 })) < 1e-12);
  assert.ok(Math.abs(serialShare(3, 4, { capacity: 8, tasks: 3 })) < 1e-12);
  // Against the thread count it would have said a third of the work was serial.
  assert.ok(karpFlatt(1.5, 2) > 0.3);
});

test('Amdahl: a fully parallel job scales linearly, a serial one not at all', () => {
  assert.equal(amdahl(1, 8), 8);
  assert.equal(amdahl(0, 8), 1);
  assert.ok(Math.abs(amdahl(0.9, 2) - 1 / 0.55) < 1e-12);
});

test('fitAmdahl recovers a known parallel fraction from synthetic data, within the capacity', () => {
  for (const p of [0.5, 0.8, 0.95, 1]) {
    const points = [1, 2, 3, 4, 6, 8].map((threads) => ({ threads, speedup: amdahl(p, Math.min(threads, 4)) }));
    const fit = fitAmdahl(points, { capacity: 4 });
    assert.ok(Math.abs(fit.p - p) < 0.001, `p=${p} fitted ${fit.p}`);
    assert.ok(fit.rmse < 1e-3);
  }
});

test('three whole jobs that scale perfectly fit as fully parallel, not as "X% parallel"', () => {
  const points = [1, 2, 3, 4, 5, 6].map((threads) => ({ threads, speedup: ideal(threads, 6, 3) }));
  const fit = fitAmdahl(points, { capacity: 6, tasks: 3 });
  assert.ok(fit.p > 0.999, `fitted ${fit.p}`);
  const words = amdahlWords(fit, points, { capacity: 6, tasks: 3 });
  assert.match(words, /behaves as if about 0\.0% of it were serial/);
  assert.match(words, /3 jobs that cannot be split give at most 1\.5× on 2 threads, so that is not serial work/);
  // Without the task bound the same points would have looked part serial.
  assert.ok(fitAmdahl(points, { capacity: 6 }).p < 0.9);
});

test('fitAmdahl ignores points past the capacity and tolerates noise; its words say "behaves as if"', () => {
  const noisy = [
    { threads: 1, speedup: 0.98 },
    { threads: 2, speedup: 1.85 },
    { threads: 3, speedup: 2.6 },
    { threads: 4, speedup: 3.3 },
    { threads: 6, speedup: 0.9 }, // past 4 cores' worth: must not drag the fit
    { threads: 8, speedup: 0.5 },
  ];
  const fit = fitAmdahl(noisy, { capacity: 4 });
  assert.ok(fit.p > 0.85 && fit.p < 0.98, `fitted ${fit.p}`);
  assert.equal(fit.maxThreads, 4);
  // The words stay inside what was measured: no cap for "however many cores".
  const words = amdahlWords(fit, noisy, { capacity: 4 });
  assert.match(words, /on this device up to 4 threads \(about 4 cores’ worth measured\): the work behaves as if about \d+% of it were serial/);
  assert.match(words, /cannot tell truly serial code from waiting for memory that the cores share or from the cost of splitting and joining/);
  assert.doesNotMatch(words, /however many|caps|runs in parallel|serial fraction/);
});

test('an SMT laptop: a sweep to 8 threads on 5 cores\' worth fits only up to 5', () => {
  const points = [1, 2, 3, 4, 5, 6, 7, 8].map((threads) => ({ threads, speedup: Math.min(threads, 5) * 0.95 + 0.05 }));
  const fit = fitAmdahl(points, { capacity: 5 });
  assert.equal(fit.maxThreads, 5);
});

test('with two cores\' worth there is no fit: two thread counts fit every curve', () => {
  const two = [{ threads: 1, speedup: 1 }, { threads: 2, speedup: 1.7 }, { threads: 3, speedup: 1.7 }, { threads: 4, speedup: 1.75 }];
  assert.equal(fitAmdahl(two, { capacity: 2 }), null);
  assert.match(amdahlWords(null, two, { capacity: 2 }), /needs at least 3 thread counts up to the capacity, each with its own ideal, and this sweep has 2 \(about 2 cores’ worth measured\)/);
  // Before any probe the reported count stands in, and the words say so.
  assert.match(amdahlWords(null, two, { capacity: 2, measured: false }), /\(2 logical cores reported; the claims panel measures the capacity\)/);
  // A browser reporting 8 on those 2 cores gets no fit either: the capacity decides, not the report.
  const eight = [1, 2, 3, 4, 5, 6, 7, 8].map((threads) => ({ threads, speedup: Math.min(threads, 1.9) }));
  assert.equal(fitAmdahl(eight, { capacity: 2 }), null);
});

test('amdahlAt is flat past the capacity and bounded by whole jobs', () => {
  assert.equal(amdahlAt(1, 8, { capacity: 2 }), 2);
  assert.equal(amdahlAt(1, 2, { capacity: 4, tasks: 3 }), 1.5);
});

test('work that gets slower with threads is said not to follow Amdahl, and is not fitted', () => {
  const slower = [{ threads: 1, speedup: 1 }, { threads: 2, speedup: 0.6 }, { threads: 3, speedup: 0.5 }, { threads: 4, speedup: 0.4 }];
  assert.equal(fitAmdahl(slower, { capacity: 4 }), null);
  assert.match(amdahlWords(null, slower, { capacity: 4 }), /gets slower with more threads, so it does not follow Amdahl’s law/);
});
