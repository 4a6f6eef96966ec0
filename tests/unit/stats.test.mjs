import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ideal, amdahl, fitAmdahl, amdahlWords } from '../../www/stats.js';

test('ideal speed-up grows with threads up to the core count, then stays flat', () => {
  assert.deepEqual([1, 2, 3, 4, 8].map((k) => ideal(k, 4)), [1, 2, 3, 4, 4]);
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
    { threads: 3, speedup: 0.9 }, // past the 2 cores: must not drag the fit
    { threads: 4, speedup: 0.5 },
  ];
  const fit = fitAmdahl(noisy, 2);
  assert.ok(fit.p > 0.85 && fit.p < 0.98, `fitted ${fit.p}`);
  assert.equal(fitAmdahl([{ threads: 1, speedup: 1 }], 2), null);
  assert.match(amdahlWords(fit), /about 9\d% of the work runs in parallel/);
  assert.match(amdahlWords(null), /Not enough/);
});
