import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ideal, amdahl, fitAmdahl, amdahlWords, karpFlatt } from '../../www/stats.js';

test('ideal speed-up grows with threads up to the core count, then stays flat, and never past the tasks', () => {
  assert.deepEqual([1, 2, 3, 4, 8].map((k) => ideal(k, 4)), [1, 2, 3, 4, 4]);
  // Three jobs that run to completion: two threads take two rounds.
  assert.deepEqual([1, 2, 3, 4].map((k) => ideal(k, 2, 3)), [1, 1.5, 2, 2]);
});

test('Karp-Flatt: the serial fraction a speed-up implies, constant for Amdahl work', () => {
  for (const k of [2, 4, 8]) assert.ok(Math.abs(karpFlatt(amdahl(0.9, k), k) - 0.1) < 1e-12, `k=${k}`);
  assert.ok(Number.isNaN(karpFlatt(1, 1)));
});

test('Amdahl: a fully parallel job scales linearly, a serial one not at all', () => {
  assert.equal(amdahl(1, 8), 8);
  assert.equal(amdahl(0, 8), 1);
  assert.ok(Math.abs(amdahl(0.9, 2) - 1 / 0.55) < 1e-12);
});

test('fitAmdahl recovers a known parallel fraction from synthetic data', () => {
  for (const p of [0.5, 0.8, 0.95, 1]) {
    const points = [1, 2, 3, 4, 6, 8].map((threads) => ({ threads, speedup: amdahl(p, Math.min(threads, 4)) }));
    const fit = fitAmdahl(points, 4);
    assert.ok(Math.abs(fit.p - p) < 0.001, `p=${p} fitted ${fit.p}`);
    assert.ok(fit.rmse < 1e-3);
  }
});

test('fitAmdahl ignores oversubscribed points and tolerates noise', () => {
  const noisy = [
    { threads: 1, speedup: 0.98 },
    { threads: 2, speedup: 1.85 },
    { threads: 3, speedup: 2.6 },
    { threads: 4, speedup: 3.3 },
    { threads: 6, speedup: 0.9 }, // past the 4 cores: must not drag the fit
    { threads: 8, speedup: 0.5 },
  ];
  const fit = fitAmdahl(noisy, 4);
  assert.ok(fit.p > 0.85 && fit.p < 0.98, `fitted ${fit.p}`);
  assert.equal(fit.maxThreads, 4);
  // The words stay inside what was measured: no cap for "however many cores".
  const words = amdahlWords(fit, noisy, 4);
  assert.match(words, /on this device up to 4 threads: about 9\d% of the work runs in parallel/);
  assert.doesNotMatch(words, /however many|caps/);
});

test('on two cores there is no fit: two thread counts fit every curve', () => {
  const two = [{ threads: 1, speedup: 1 }, { threads: 2, speedup: 1.7 }, { threads: 3, speedup: 1.7 }, { threads: 4, speedup: 1.75 }];
  assert.equal(fitAmdahl(two, 2), null);
  assert.match(amdahlWords(null, two, 2), /needs at least 3 thread counts up to the core count, and this sweep has 2/);
});

test('work that gets slower with threads is said not to follow Amdahl, and is not fitted', () => {
  const slower = [{ threads: 1, speedup: 1 }, { threads: 2, speedup: 0.6 }, { threads: 3, speedup: 0.5 }, { threads: 4, speedup: 0.4 }];
  assert.equal(fitAmdahl(slower, 4), null);
  assert.match(amdahlWords(null, slower, 4), /gets slower with more threads, so it does not follow Amdahl’s law/);
});
