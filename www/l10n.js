// Every word the page shows comes from one Project Fluent file per locale
// (www/locales/<tag>.ftl): `t(id, args)` formats a message in the active
// locale, falling back to English for a message a locale lacks; numbers,
// lists and plurals go through Intl with the active locale. Pure: no DOM, no
// fetch (l10n-start.js loads the files in the page; the unit tests read them
// from disk), so node --test runs it.
import { FluentBundle, FluentResource } from './vendor/fluent/index.js';

export const DEFAULT_LOCALE = 'en';
/** The locales with a complete file in www/locales/, in the order the page offers them. */
export const LOCALES = ['en', 'de', 'es'];
/** Generated from English (pseudo.js): accents and ~40% longer words, for checking layouts. */
export const PSEUDO_LOCALE = 'en-XA';
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

let active = DEFAULT_LOCALE;
/** The active locale's bundle first, then English. */
let bundles = [];

/**
 * Makes `tag` the active locale. `resources`: its Fluent resources (text or
 * FluentResource), most specific first; English should come last, as the
 * fallback for a message a locale lacks.
 */
export function install(tag, resources) {
  active = tag;
  bundles = resources.map((r) => {
    // useIsolating: no bidi marks around placeables: every locale here is
    // left to right, and the marks would end up in copied text and exports.
    const bundle = new FluentBundle(intlLocale(tag), { useIsolating: false });
    const errors = bundle.addResource(typeof r === 'string' ? new FluentResource(r) : r);
    for (const e of errors) console.warn(`l10n ${tag}: ${e.message}`);
    return bundle;
  });
}

/** The active locale's tag, as `lang=` names it. */
export const locale = () => active;
/** The tag Intl formats with: the pseudo-locale formats like English. */
export const intlLocale = (tag = active) => (tag === PSEUDO_LOCALE ? 'en' : tag);
/** The writing direction of `tag`, for <html dir>. */
export const dirOf = (tag) => (RIGHT_TO_LEFT.has(tag.split('-')[0]) ? 'rtl' : 'ltr');

/** The first locale in `wanted` (navigator.languages) the page has, by full tag then by language; else English. */
export function negotiate(wanted = []) {
  for (const w of wanted) {
    const tag = String(w).toLowerCase();
    const exact = LOCALES.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
    const lang = LOCALES.find((l) => l === tag.split('-')[0]);
    if (lang) return lang;
  }
  return DEFAULT_LOCALE;
}

function find(id) {
  for (const bundle of bundles) {
    const message = bundle.getMessage(id);
    if (message) return { bundle, message };
  }
  return null;
}

function format(bundle, pattern, args, id) {
  const errors = [];
  const text = bundle.formatPattern(pattern, args, errors);
  for (const e of errors) console.warn(`l10n ${active} ${id}: ${e.message}`);
  return text;
}

/**
 * The message `id` in the active locale, with `args` (numbers are formatted
 * with the locale's digits and plural rules). A message no locale has shows
 * its id, so a missing key is visible (and tests/unit/locales.test.mjs fails).
 */
export function t(id, args) {
  const found = find(id);
  if (!found?.message.value) return id;
  return format(found.bundle, found.message.value, args, id);
}

/** The attributes of message `id` (`.aria-label = …`), formatted: for data-l10n-id elements. */
export function attributesOf(id, args) {
  const found = find(id);
  if (!found) return {};
  return Object.fromEntries(Object.entries(found.message.attributes).map(([k, p]) => [k, format(found.bundle, p, args, `${id}.${k}`)]));
}

/** Whether message `id` has a value (some messages only carry attributes). */
export const hasValue = (id) => Boolean(find(id)?.message.value);

/** A number in the active locale: fmtNumber(1.5, { maximumFractionDigits: 2 }) is "1,5" in German. */
export const fmtNumber = (v, options) => new Intl.NumberFormat(intlLocale(), options).format(v);
/** "a, b and c" / "a, b und c" / "a, b y c". */
export const fmtList = (items, type = 'conjunction') => new Intl.ListFormat(intlLocale(), { style: 'long', type }).format(items.map(String));

// In Node (the unit tests, scripts) English is installed from the start, read
// from disk; in the page l10n-start.js installs the visitor's locale before
// anything is written. (A worker has neither document nor process: it shows no words.)
if (typeof document === 'undefined' && typeof globalThis.process?.getBuiltinModule === 'function') {
  const fs = globalThis.process.getBuiltinModule('node:fs');
  install(DEFAULT_LOCALE, [fs.readFileSync(new URL('./locales/en.ftl', import.meta.url), 'utf8')]);
}
