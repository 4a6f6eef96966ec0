import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linearScale, niceStep, ticksFromZero, formatMs } from '../../www/scales.js';

test('linearScale maps the domain ends onto the range ends, inverted axes included', () => {
  const y = linearScale([0, 50], [200, 0]);
  assert.equal(y(0), 200);
  assert.equal(y(50), 0);
  assert.equal(y(25), 100);
});

test('niceStep picks 1, 2 or 5 times a power of ten', () => {
  assert.equal(niceStep(13, 5), 5);
  assert.equal(niceStep(0.9, 5), 0.2);
  assert.equal(niceStep(1000, 4), 500);
  assert.equal(niceStep(0, 5), 1);
});

test('ticksFromZero starts at 0 and ends at or above the maximum', () => {
  assert.deepEqual(ticksFromZero(13.9), [0, 5, 10, 15]);
  assert.deepEqual(ticksFromZero(4.8), [0, 1, 2, 3, 4, 5]);
  const t = ticksFromZero(0.37);
  assert.equal(t[0], 0);
  assert.ok(t.at(-1) >= 0.37);
});

test('formatMs keeps three significant digits and switches to seconds', () => {
  assert.equal(formatMs(4.3725), '4.37 ms');
  assert.equal(formatMs(137.4), '137 ms');
  assert.equal(formatMs(12_345), '12.3 s');
  assert.equal(formatMs(NaN), '–');
});
