import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseSettings as parseKeyed, serializeSettings, embedCode, noteText } from '../../www/url-state.js';
import { EXPERIMENTS } from '../../www/catalog.js';

const CLAIM_IDS = ['split-one-thread', 'split-many-cores', 'coordination'];
/** parseSettings with its notes in words (English: l10n.js installs it in Node). */
const parseSettings = (search, c) => {
  const { settings, notes } = parseKeyed(search, c);
  return { settings, notes: notes.map(noteText) };
};
const ctx = { experiments: EXPERIMENTS, maxThreads: 4, defaultThreads: 2, claimIds: CLAIM_IDS };

test('valid parameters are read as given', () => {
  const { settings, notes } = parseSettings('?exp=fib&n=30&cutoff=12&threads=3&theme=dark&reps=7', ctx);
  assert.deepEqual(notes, []);
  assert.deepEqual(settings, { exp: 'fib', threads: 3, theme: 'dark', embed: false, view: 'experiment', fields: { n: 30, cutoff: 12 }, reps: 7 });
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
  const settings = { exp: 'mixed', threads: 4, theme: 'light', embed: true, view: 'experiment', fields: { jobs: 5, wait_ms: 30, n: 20 }, reps: 3 };
  assert.deepEqual(parseSettings(serializeSettings(settings), ctx), { settings, notes: [] });
  const claims = { ...settings, view: 'claims', claims: ['split-many-cores', 'coordination'] };
  assert.deepEqual(parseSettings(serializeSettings(claims), ctx), { settings: claims, notes: [] });
});

test('an embed shows any panel; a bad view or claim subset gets a note and a default', () => {
  for (const view of ['claims', 'sweep', 'timeline']) assert.equal(parseSettings(`?view=${view}`, ctx).settings.view, view);
  const bad = parseSettings('?view=%3Cscript%3E&claims=coordination,rm%20-rf,coordination,split-one-thread', ctx);
  assert.equal(bad.settings.view, 'experiment');
  // Kept in the page's order, once each; the unknown one left out with a note.
  assert.deepEqual(bad.settings.claims, ['split-one-thread', 'coordination']);
  assert.equal(bad.notes.length, 2);
  assert.match(bad.notes[0], /view=<script> is not one of experiment, claims, sweep, timeline/);
  assert.match(bad.notes[1], /"rm -rf" is not a claim of this page; left out/);
  const none = parseSettings('?claims=nope', ctx);
  assert.equal(none.settings.claims, undefined);
  assert.match(none.notes.at(-1), /names no claim of this page; showing all of them/);
  assert.equal(parseSettings(`?claims=${'a,'.repeat(5000)}`, ctx).settings.claims, undefined);
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

test('the embed code ends with the resizer script from the playground\'s own host, beside the page it embeds', () => {
  const lines = embedCode('https://example.org/pp/?view=claims&embed=1', 'Parallel Playground: claims', 900).split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0], /^<iframe [^\n]*height="900"[^\n]*><\/iframe>$/, 'the fixed height stays: the fallback where scripts are stripped');
  assert.equal(lines[1], '<script src="https://example.org/pp/www/embed-resizer.js" async></script>');
  // The page's address may name index.html: the script still sits beside it.
  assert.equal(embedCode('https://example.org/pp/index.html?exp=fib&embed=1', 't').split('\n')[1], '<script src="https://example.org/pp/www/embed-resizer.js" async></script>');
});

test('a course names its lesson: an https link and a title, kept in links the page makes', () => {
  const { settings, notes } = parseSettings('?exp=fib&lesson=https%3A%2F%2Fcourse.example%2Fweek-3%3Fpart%3D2&lesson_title=Week%203%3A%20Concurrency', ctx);
  assert.deepEqual(notes, []);
  assert.equal(settings.lesson, 'https://course.example/week-3?part=2');
  assert.equal(settings.lessonTitle, 'Week 3: Concurrency');
  const again = parseSettings(serializeSettings(settings), ctx);
  assert.deepEqual(again, { settings, notes: [] });
});

test('a lesson link that is not https is left out with a note; the title stays text', () => {
  for (const bad of ['javascript:alert(1)', 'http://course.example/', 'data:text/html,<b>x</b>', '//course.example/x', 'https://user:pw@course.example/', 'not a url']) {
    const { settings, notes } = parseSettings(`?lesson=${encodeURIComponent(bad)}`, ctx);
    assert.equal(settings.lesson, undefined, bad);
    assert.match(notes.join(' '), /is not an https address; the lesson link is left out/, bad);
  }
  const { settings } = parseSettings(`?lesson_title=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, ctx);
  assert.equal(settings.lessonTitle, '<img src=x onerror=alert(1)>', 'kept as the text it is: the page never parses it as markup');
});

test('a lesson title loses control and direction-changing characters and is shortened to 120 characters', () => {
  const { settings } = parseSettings(`?lesson_title=${encodeURIComponent('  Week\u0000 3\u202E reversed\n  ')}`, ctx);
  assert.equal(settings.lessonTitle, 'Week 3 reversed');
  const long = parseSettings(`?lesson_title=${'é'.repeat(300)}`, ctx);
  assert.equal([...long.settings.lessonTitle].length, 120);
  assert.ok(long.settings.lessonTitle.endsWith('…'));
  assert.match(long.notes[0], /longer than 120 characters/);
  assert.equal(parseSettings('?lesson_title=%20%20', ctx).settings.lessonTitle, undefined);
});

test('any lesson and title survive a round trip or are dropped, never an exception', () => {
  fc.assert(fc.property(fc.oneof(fc.webUrl(), fc.string()), fc.string({ unit: 'grapheme-composite' }), (lesson, title) => {
    const { settings } = parseSettings(new URLSearchParams({ lesson, lesson_title: title }).toString(), ctx);
    if (settings.lesson !== undefined) assert.ok(new URL(settings.lesson).protocol === 'https:');
    if (settings.lessonTitle !== undefined) assert.ok([...settings.lessonTitle].length <= 120 && !/\p{Cc}/u.test(settings.lessonTitle));
    assert.deepEqual(parseSettings(serializeSettings(settings), ctx).settings, settings);
  }), { numRuns: 300 });
});

test('lang= names a locale of the page, exactly; anything else gets a note and English, nothing else changes', () => {
  const plain = parseSettings('?exp=fib&threads=3', ctx);
  assert.equal(plain.settings.lang, undefined);
  for (const [asked, got] of [['de', 'de'], ['ES', 'es'], ['en', 'en'], ['en-XA', 'en-XA']]) {
    const { settings, notes } = parseSettings(`?exp=fib&threads=3&lang=${asked}`, ctx);
    assert.deepEqual(notes, [], asked);
    assert.deepEqual(settings, { ...plain.settings, lang: got });
    assert.deepEqual(parseSettings(serializeSettings(settings), ctx), { settings, notes: [] }, 'lang= survives a copied link');
  }
  for (const bad of ['fr', 'de-DE-x', '<img src=x onerror=alert(1)>', '../../etc/passwd', 'x'.repeat(5000), 'de/../en', 'en_US']) {
    const { settings, notes } = parseSettings(`?exp=fib&threads=3&lang=${encodeURIComponent(bad)}`, ctx);
    assert.deepEqual(settings, { ...plain.settings, lang: 'en' }, bad.slice(0, 40));
    assert.equal(notes.length, 1);
    assert.match(notes[0], /^lang=.* is not a language this page has \(en, de, es\); showing English\.$/);
    assert.ok(notes[0].length < 120, 'the note clips the value');
  }
});
