// The translators' kit: every locale file in www/locales/ has exactly the
// messages and attributes of English, uses the same { $placeholders } in each,
// parses without junk, and every id the page asks for (data-l10n-id in the
// HTML, t('id') in the modules) exists. A locale that fails here would show
// English (a missing message) or a raw id (a missing key in every locale).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FluentResource, FluentBundle } from '../../www/vendor/fluent/index.js';
import { LOCALES, DEFAULT_LOCALE, install, t, negotiate } from '../../www/l10n.js';
import { pseudoResource } from '../../www/pseudo.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = join(ROOT, 'www/locales');
const text = (tag) => readFileSync(join(DIR, `${tag}.ftl`), 'utf8');

/** The variables a pattern uses, wherever they are (selectors, variants, function arguments). */
function variables(node, out = new Set()) {
  if (node === null || typeof node !== 'object') return out;
  if (Array.isArray(node)) {
    for (const n of node) variables(n, out);
  } else if (node.type === 'var') {
    out.add(node.name);
  } else {
    for (const v of Object.values(node)) variables(v, out);
  }
  return out;
}

/** id (and id.attribute) -> its sorted variables, for every message of a locale. */
function shape(tag) {
  const resource = new FluentResource(text(tag));
  const entries = new Map();
  for (const m of resource.body) {
    const id = m.id.startsWith('-') ? m.id : m.id; // terms keep their leading -
    if (m.value !== null) entries.set(id, [...variables(m.value)].sort());
    for (const [attr, p] of Object.entries(m.attributes)) entries.set(`${id}.${attr}`, [...variables(p)].sort());
  }
  return { entries, count: resource.body.length };
}

test('the page offers exactly the locales that have a file, English first', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ftl')).map((f) => f.replace(/\.ftl$/, '')).sort();
  assert.deepEqual([...LOCALES].sort(), files);
  assert.equal(LOCALES[0], DEFAULT_LOCALE);
});

for (const tag of LOCALES) {
  test(`${tag}.ftl parses without junk: every "id =" line of the file is a message`, () => {
    const declared = text(tag).split('\n').filter((l) => /^-?[a-zA-Z][\w-]*\s*=/.test(l)).length;
    assert.equal(shape(tag).count, declared, 'a message the parser skipped (junk) is missing from every page in this locale');
    const errors = new FluentBundle(tag).addResource(new FluentResource(text(tag)));
    assert.deepEqual(errors.map(String), []);
  });
}

for (const tag of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
  test(`${tag}.ftl has every key of en.ftl and no other, with the same placeholders`, () => {
    const en = shape(DEFAULT_LOCALE).entries;
    const other = shape(tag).entries;
    const missing = [...en.keys()].filter((k) => !other.has(k));
    const extra = [...other.keys()].filter((k) => !en.has(k));
    assert.deepEqual(missing, [], `missing in ${tag}.ftl`);
    assert.deepEqual(extra, [], `in ${tag}.ftl but not in en.ftl`);
    const differ = [...en.keys()].filter((k) => other.get(k).join() !== en.get(k).join()).map((k) => `${k}: en { $${en.get(k).join(', $')} }, ${tag} { $${other.get(k).join(', $')} }`);
    assert.deepEqual(differ, [], 'a placeholder one locale uses and another does not');
  });
}

test('the check itself catches a missing key, an extra key and a changed placeholder', () => {
  const en = shape(DEFAULT_LOCALE).entries;
  const broken = new FluentResource('yes = ja\nnot-in-english = x\npool-ready = { $thread } bereit');
  const ids = new Set(broken.body.map((m) => m.id));
  assert.ok([...en.keys()].some((k) => !ids.has(k)));
  assert.ok(broken.body.some((m) => !en.has(m.id)));
  const m = broken.body.find((x) => x.id === 'pool-ready');
  assert.notDeepEqual([...variables(m.value)].sort(), en.get('pool-ready'));
});

/** Every message id the page asks for by name: data-l10n-id in the HTML, t('…') and attributesOf('…') in the modules. */
function idsAskedFor() {
  const asked = new Map();
  const add = (id, where) => asked.set(id, where);
  for (const html of ['index.html', 'class.html']) {
    for (const m of readFileSync(join(ROOT, html), 'utf8').matchAll(/data-l10n-id="([\w-]+)"/g)) add(m[1], html);
  }
  const walk = (dir) => readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === 'vendor' || e.name === 'pkg' ? [] : walk(`${dir}/${e.name}`)) : e.name.endsWith('.js') ? [`${dir}/${e.name}`] : []));
  for (const file of walk('www')) {
    const src = readFileSync(join(ROOT, file), 'utf8');
    for (const m of src.matchAll(/\b(?:t|attributesOf)\('([\w-]+)'/g)) add(m[1], file);
    for (const m of src.matchAll(/\bplural\([^,()]+(?:\([^()]*\))?[^,()]*, '([\w ]+)'\)/g)) add(`count-${m[1].replaceAll(' ', '-')}`, file);
  }
  return asked;
}

test('every id the page asks for is in en.ftl (and so, by the test above, in every locale)', () => {
  const en = shape(DEFAULT_LOCALE).entries;
  const has = (id) => en.has(id) || [...en.keys()].some((k) => k.startsWith(`${id}.`));
  const unknown = [...idsAskedFor()].filter(([id]) => !has(id)).map(([id, where]) => `${id} (${where})`);
  assert.deepEqual(unknown, []);
});

test('plurals and numbers follow the locale: 1 thread / 3 threads, 3 Threads, 3 hilos, 1,5 s', () => {
  install('de', [text('de'), text('en')]);
  assert.equal(t('count-thread', { n: 1 }), '1 Thread');
  assert.equal(t('count-thread', { n: 3 }), '3 Threads');
  install('es', [text('es'), text('en')]);
  assert.equal(t('count-thread', { n: 3 }), '3 hilos');
  assert.equal(t('count-core', { n: 1 }), '1 núcleo');
  install('en', [text('en')]);
  assert.equal(t('count-thread', { n: 1 }), '1 thread');
  assert.equal(t('count-thread', { n: 3 }), '3 threads');
  assert.equal(t('no-such-message'), 'no-such-message', 'a missing id shows itself');
});

test('the browser\'s languages pick the first locale the page has, by tag then by language, else English', () => {
  assert.equal(negotiate(['de-AT', 'en-US']), 'de');
  assert.equal(negotiate(['fr-FR', 'es-MX', 'de']), 'es');
  assert.equal(negotiate(['fr', 'ja']), 'en');
  assert.equal(negotiate([]), 'en');
  assert.equal(negotiate(undefined), 'en');
});

test('the pseudo-locale keeps ids, placeholders and variant keys, accents every letter and is about 40% longer', () => {
  const en = new FluentResource(text('en'));
  const pseudo = pseudoResource(new FluentResource(text('en')));
  assert.deepEqual(pseudo.body.map((m) => m.id), en.body.map((m) => m.id));
  install('en-XA', [pseudo]);
  const long = t('claims-intro');
  install('en', [text('en')]);
  const plain = t('claims-intro');
  assert.ok(long.length >= 1.35 * plain.length, `${long.length} vs ${plain.length}`);
  assert.doesNotMatch(long.slice(1, -1), /[aeiou]/, 'no plain vowel left');
  install('en-XA', [pseudoResource(new FluentResource(text('en')))]);
  assert.match(t('count-thread', { n: 3 }), /^\[3 /, 'the number stays a number');
  assert.match(t('pool-ready', { threads: 'X', time: 'Y' }), /^\[X .*Y\]$/, 'placeholders are filled');
  install('en', [text('en')]);
});
