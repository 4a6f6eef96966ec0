import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseSettings, serializeSettings, embedCode } from '../../www/url-state.js';
import { EXPERIMENTS } from '../../www/catalog.js';

const ctx = { experiments: EXPERIMENTS, maxThreads: 4, defaultThreads: 2 };

test('valid parameters are read as given', () => {
  const { settings, notes } = parseSettings('?exp=fib&n=30&cutoff=12&threads=3&theme=dark&reps=7', ctx);
  assert.deepEqual(notes, []);
  assert.deepEqual(settings, { exp: 'fib', threads: 3, theme: 'dark', embed: false, fields: { n: 30, cutoff: 12 }, reps: 7 });
});

test('malformed values fall back to the nearest valid value, each with a note', () => {
  const { settings, notes } = parseSettings('?exp=sum&threads=-3&n=abc&tasks=1e30', ctx);
  assert.equal(settings.threads, 1);
  assert.equal(settings.fields.n, 20_000_000);
  assert.equal(settings.fields.tasks, 1_000_000);
  assert.equal(notes.length, 3);
  assert.match(notes.join(' '), /threads=-3 is out of range \(1 to 4\); using 1/);
  assert.match(notes.join(' '), /n=abc is not a number; using the default/);
  const unknown = parseSettings('?exp=mandelbrot&n=1e30', ctx);
  assert.equal(unknown.settings.exp, 'sum');
  assert.equal(unknown.settings.fields.n, 200_000_000);
  assert.match(unknown.notes[0], /no experiment called "mandelbrot"/);
});

test('settings survive a round trip through the URL', () => {
  const settings = { exp: 'mixed', threads: 4, theme: 'light', embed: true, fields: { jobs: 5, wait_ms: 30, n: 20 }, reps: 3 };
  assert.deepEqual(parseSettings(serializeSettings(settings), ctx), { settings, notes: [] });
});

test('any string in any parameter gives a valid setting or a note, never an exception', () => {
  const keys = ['exp', 'n', 'cutoff', 'tasks', 'jobs', 'wait_ms', 'reps', 'threads', 'theme', 'embed', 'zzz'];
  fc.assert(fc.property(fc.dictionary(fc.constantFrom(...keys), fc.string({ unit: 'grapheme-composite' })), (dict) => {
    const { settings } = parseSettings(new URLSearchParams(dict).toString(), ctx);
    const exp = EXPERIMENTS.find((e) => e.id === settings.exp);
    assert.ok(exp);
    assert.ok(Number.isInteger(settings.threads) && settings.threads >= 1 && settings.threads <= 4);
    for (const f of exp.fields) {
      const v = settings.fields[f.name];
      assert.ok(Number.isInteger(v) && v >= f.min && v <= f.max, `${f.name}=${v}`);
    }
    // And what was read can always be written back and read again unchanged.
    assert.deepEqual(parseSettings(serializeSettings(settings), ctx).settings, settings);
  }), { numRuns: 500 });
});

test('the embed code is an iframe with size, title, lazy loading and cross-origin-isolated allowed', () => {
  const code = embedCode('https://example.org/pp/?exp=fib&embed=1', 'Parallel Playground: "fib"');
  assert.match(code, /^<iframe src="https:\/\/example.org\/pp\/\?exp=fib&amp;embed=1" width="800" height="500" title="Parallel Playground: &quot;fib&quot;" loading="lazy" allow="cross-origin-isolated"/);
});
