// The page's teaching words: every quoted line of the lesson is the lesson's
// own, every card links glossary entries that exist, the matrix reads
// variants that exist, the time-slicing card measures cores and cores + 1, and a
// prediction's outcome follows the same bands as the words the page prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXPERIMENTS } from '../../www/catalog.js';
import { SWEEPS } from '../../www/lesson/index.js';
import { REGISTRY } from '../../www/registry.js';
import { GLOSSARY } from '../../www/glossary.js';
import { ROWS, columnOf } from '../../www/matrix.js';
import { outcomeOf } from '../../www/predict.js';
import { EXPECTATIONS } from '../../www/lesson/expectations.js';
import { speedWords } from '../../www/format.js';

const LESSON = resolve(import.meta.dirname, '../../../shared/lesson/concurrency-vs-parallelism.md');

/** Markdown and typography out of the way: the words are compared, not their styling. */
const plain = (s) => s.replace(/\*\*|`/g, '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

test('every line the page quotes from the lesson is in the lesson, in its named section', { skip: !existsSync(LESSON) && 'the lesson is not beside this checkout' }, () => {
  const lesson = readFileSync(LESSON, 'utf8');
  const text = plain(lesson);
  const sections = [...lesson.matchAll(/^#{2,3} (.+)$/gm)].map((m) => plain(m[1]));
  const ctxs = [1, 2, 4].flatMap((threads) => [1, 2, 4].map((cores) => ({ threads, cores, from: null })));
  for (const e of EXPERIMENTS) {
    for (const { line, section } of [e.idea, ...ctxs.map((c) => e.lesson(c))]) {
      assert.ok(text.includes(plain(line)), `${e.id}: “${line}” is not the lesson's wording`);
      // A section is named as the lesson heads it, or as "Parent: Child" / "Parent, Child".
      const found = (name) => sections.some((s) => s.startsWith(name));
      const name = plain(section);
      assert.ok(found(name) || name.split(/: |, /).every(found), `${e.id}: no section “${section}”`);
    }
  }
});

test('every card has its idea, its glossary links, its Go sketch and a lesson expectation for every pool', () => {
  const ids = new Set(GLOSSARY.map((g) => g.id));
  for (const e of EXPERIMENTS) {
    assert.ok(e.idea?.line && e.idea.section, e.id);
    assert.ok(e.glossary.length > 0 && e.glossary.every((g) => ids.has(g)), `${e.id} links ${e.glossary}`);
    assert.equal(e.go, `go/${e.id}.go`, e.id);
    assert.ok(existsSync(resolve(import.meta.dirname, '../..', e.go)), `${e.id}: ${e.go} exists`);
    for (const threads of [1, 2, 3]) {
      const l = e.lesson({ threads, cores: 2, from: null });
      assert.ok(EXPECTATIONS[l.expectation], `${e.id} on ${threads}: no expectation ${l.expectation}`);
    }
  }
});

test('the glossary pairs each Go word the issue names with its Rust and its place on the page', () => {
  const has = (id, go, rust) => {
    const g = GLOSSARY.find((x) => x.id === id);
    assert.ok(g, id);
    assert.ok(g.go.join(' ').includes(go) && g.rust.join(' ').includes(rust), `${id}: ${go} / ${rust}`);
  };
  has('goroutine', 'go f()', 'rayon::join');
  has('goroutine', 'go f()', 'rayon::spawn');
  has('wait', 'wg.Wait()', 'rayon::scope');
  has('result', '<-ch', 'rayon::join');
  has('gomaxprocs', 'GOMAXPROCS', 'num_threads');
  has('numcpu', 'runtime.NumCPU()', 'navigator.hardwareConcurrency');
  has('blocked', 'http.Get', '.await');
  assert.equal(new Set(GLOSSARY.map((g) => g.id)).size, GLOSSARY.length);
});

test('the time-slicing card measures one job more than the cores, on one thread per core and one per job, as far as the page allows', () => {
  const e = EXPERIMENTS.find((x) => x.id === 'time_slicing');
  assert.equal(e.workload, 'equal_jobs');
  assert.equal(e.sweep, 'time_slicing');
  assert.deepEqual(SWEEPS.time_slicing(2, 2, 4), [2, 3]);
  assert.deepEqual(SWEEPS.time_slicing(8, 5, 16), [8, 9]);
  assert.deepEqual(SWEEPS.time_slicing(1, 1, 2), [1, 2]);
  assert.deepEqual(SWEEPS.time_slicing(4, 4, 4), [4]);
  for (const cores of [1, 2, 8]) assert.equal(e.jobsFor(cores), cores + 1);
  const jobs = REGISTRY.workloads.find((w) => w.id === 'equal_jobs').params.find((p) => p.name === 'jobs');
  assert.ok(jobs.max >= 65, 'one job more than 64 cores');
  assert.ok(e.timelines);
  for (const exp of REGISTRY.experiments) if (exp.sweep) assert.ok(SWEEPS[exp.sweep], `no SWEEPS rule ${exp.sweep}`);
});

test('the matrix reads variants that its workloads have, and a pool of one thread is the single-core column', () => {
  for (const row of ROWS) {
    for (const w of row.workloads) {
      const spec = REGISTRY.workloads.find((x) => x.id === w);
      assert.ok(spec, w);
      for (const col of ['one', 'many']) assert.ok(spec.variants.some((v) => v.id === row[col].variant), `${row.id}.${col}: ${w} has no ${row[col].variant}`);
    }
    assert.ok(EXPERIMENTS.some((e) => e.id === row.card && row.workloads.includes(e.workload)), row.id);
  }
  assert.equal(columnOf(1), 'one');
  assert.equal(columnOf(2), 'many');
});

test('a prediction’s outcome and the printed words never disagree', () => {
  const words = { faster: /as fast$/, same: /^about as fast$/, slower: /slower$/ };
  for (const s of [0.5, 0.9, 0.909, 0.91, 0.95, 1, 1.049, 1.05, 1.099, 1.1, 1.101, 1.5, 3]) {
    const o = outcomeOf(s);
    assert.match(speedWords(s), words[o], `${s}: ${o} but "${speedWords(s)}"`);
  }
  assert.equal(outcomeOf(NaN), null);
});

test('index.html preloads every module of the lesson model (preload.test.mjs reads www/ itself, not its folders)', () => {
  const root = resolve(import.meta.dirname, '../..');
  const html = readFileSync(resolve(root, 'index.html'), 'utf8');
  const preloaded = new Set([...html.matchAll(/<link rel="modulepreload" href="www\/lesson\/([\w-]+\.js)">/g)].map((m) => m[1]));
  const modules = readdirSync(resolve(root, 'www/lesson')).filter((f) => f.endsWith('.js'));
  assert.ok(modules.length > 0);
  assert.deepEqual([...preloaded].sort(), modules.sort());
});
