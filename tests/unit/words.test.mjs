// The wrong sentences of issue 19 are gone from what the page says, and the
// corrected ones are there. Read as the text of the sources (the page draws
// its words from them), so a wrong sentence coming back in any of them fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { CLAIMS } from '../../www/lesson/claims.js';
import { judgement } from '../../www/predict.js';
import { capacityWords, untestableReason } from '../../www/capacity.js';

const ROOT = resolve(import.meta.dirname, '../..');
// A module whose words moved into the locale files is read with the English one (www/locales/en.ftl).
const read = (file) => readFileSync(join(ROOT, file), 'utf8') + (file.startsWith('www/') ? `\n${readFileSync(join(ROOT, 'www/locales/en.ftl'), 'utf8')}` : '');
const PAGE = ['index.html', 'www/locales/en.ftl', 'www/glossary.js', 'www/timeline.js', 'www/time-slicing.js', 'www/predict.js', 'www/claims.js', 'www/claim-judge.js', 'www/lesson/claims.js',
  'www/lesson/fib.js', 'www/lesson/sum.js', 'www/lesson/time_slicing.js', 'www/lesson/oversubscribe.js', 'www/catalog.js'];
const all = PAGE.map((f) => [f, read(f)]);

/** Fails if any page source still says `wrong`; passes `right` to check where the fix lives. */
function gone(wrong, why) {
  for (const [file, text] of all) assert.doesNotMatch(text, wrong, `${file}: ${why}`);
}

test('rayon tasks: never preempted, yielding at join or scope; not "never paused" or "runs to completion" as a rule', () => {
  gone(/never paused for another/, 'a task blocked in join or scope runs other tasks on its stack');
  gone(/nobody: a rayon task runs to completion/, 'the glossary said so as a rule');
  assert.match(read('www/glossary.js'), /nobody preempts a rayon task: it yields only at `join` or `scope`/);
  assert.match(read('www/timeline.js'), /never preempted: it yields only at join or scope/);
});

test('time slicing: no "all three finish together after about one and a half jobs’ time"', () => {
  gone(/finish together after about one and a half/, 'the page’s own timeline showed 57, 93 and 93 ms');
  assert.match(read('www/lesson/time_slicing.js'), /57, 93 and 93 ms/);
});

test('cpu-more-cores: the lesson’s figure is the lesson’s, and Go’s “close to 2×” is not shown as it', () => {
  const c = CLAIMS.find((x) => x.id === 'cpu-more-cores');
  assert.doesNotMatch(c.lesson, /close to 2×|OS threads on two cores/);
  assert.match(c.lesson, /Not the lesson’s but this page’s/);
});

test('the lesson’s illustrative figures are labelled as illustrations', () => {
  for (const c of CLAIMS.filter((x) => /105 ms|55 ms/.test(x.lesson ?? ''))) assert.match(c.lesson, /illustration, not a measurement/, c.id);
  assert.equal(CLAIMS.filter((x) => /105 ms|55 ms/.test(x.lesson ?? '')).length, 2);
});

test('the sum: no "16 MB stays in a processor’s cache" as a fact; what was measured is said', () => {
  gone(/little enough to stay in a\s+(\/\/ )?processor's cache/, '16 MB is larger than most L2 and many L3 caches');
  assert.match(read('www/lesson/claims.js'), /16 MB at 22-24 GB\/s/);
});

test('fib grows by about 1.6 per step, not "doubles with every two steps"', () => {
  gone(/roughly doubles with every two steps/, 'fib(n) grows by about 2.6 per two steps');
  assert.match(read('www/lesson/fib.js'), /about 1\.6 with every step of n \(about 2\.6 every two steps\)/);
});

test('goroutines are not threads; GOMAXPROCS limits the threads running Go code', () => {
  assert.match(read('www/lesson/oversubscribe.js'), /goroutines are not threads: a thousand goroutines under GOMAXPROCS=2 still run on two threads/);
  assert.match(CLAIMS.find((x) => x.id === 'oversubscription').lesson, /goroutines are not threads/);
});

test('only rayon’s global pool is built once', () => {
  gone(/rayon’s pool is built once/, 'only the global pool is');
  assert.match(read('www/glossary.js'), /rayon’s global pool is built once/);
});

test('a browser may report more logical cores than run, and SMT and efficiency cores are named', () => {
  gone(/A browser may report fewer cores than the machine has\.'/, 'it can also report more (WebKitGTK reports 4 on 2)');
  const glossary = read('www/glossary.js');
  assert.match(glossary, /or more than run at full speed: two logical cores can share one physical core \(SMT\), some cores are slower efficiency cores/);
  const words = capacityWords({ reported: 8, threads: 8, speedup: 5.1, lo: 5, hi: 5.2, cores: 5 });
  assert.match(words, /SMT/);
  assert.match(words, /efficiency cores/);
});

test('no advice to close other programs, and no "only N of M ran in parallel"', () => {
  gone(/close other programs/, 'nothing on the page knows whether any run');
  gone(/ran in parallel just now/, 'the old untestable reason');
  const why = untestableReason({ threads: true, parallelThreads: 2 }, { threaded: true, isolated: true, capacity: { speedup: 1.1, cores: 1 } });
  assert.doesNotMatch(why, /close|ran in parallel/);
});

test('waiting experiments have no warm-up, and the page says so', () => {
  gone(/measures both versions several times after an uncounted warm-up/, 'waits get none (record.rs)');
  assert.match(read('index.html'), /computing versions get an uncounted warm-up first \(waiting ones need none/);
});

test('a surprising result is not blamed on "something else used the CPU"', () => {
  gone(/Something else may have used the CPU/, 'the sum’s default is memory-bound and cutoff 0 is bookkeeping: nothing else is needed');
  const said = judgement({ ratio: 1.05, choice: null, lesson: { expectation: 'sumParallel' }, ctx: { tasks: 2 } });
  assert.match(said.text, /Run it again before concluding: if it repeats, this device or these settings differ from the lesson’s example/);
});

test('oversubscription tests "slower", as the lesson says it hurts', () => {
  const c = CLAIMS.find((x) => x.id === 'oversubscription');
  assert.equal(c.expectation, 'slower');
  assert.match(c.prediction, /more than 1\.1× slower than on one thread per logical core/);
});

test('unsplit no longer says "on every core": one task runs on one thread', () => {
  const c = CLAIMS.find((x) => x.id === 'unsplit');
  assert.doesNotMatch(`${c.claim} ${c.prediction}`, /on every core/);
  assert.match(c.claim, /runs as one task, on one thread/);
});
