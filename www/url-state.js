// Every setting of the page as URL parameters, and back: parsing never
// throws; a value out of range is replaced by the nearest valid one, a value
// that is no number by the default, an unknown experiment by the first one,
// and each replacement comes with a note a person can read: a message id of
// the locale files and its values ({ id, args }), put into words by noteText
// once the locale is loaded (the URL is read before it is). Pure: no DOM,
// tested with node --test and fast-check.

import { EXPERIMENTS, PLAN, REGISTRY_PARAM_NAMES } from './catalog.js';
import { DEFAULT_LOCALE, LOCALES, PSEUDO_LOCALE, t, fmtList } from './l10n.js';

export const THEMES = ['auto', 'light', 'dark'];
/** What an embed shows: one experiment card (exp=), or one panel of the page. */
export const VIEWS = ['experiment', 'claims', 'sweep', 'timeline'];
/** A claim id as the page writes them; anything else in claims= is refused before it is looked up. */
const CLAIM_ID = /^[a-z][a-z-]{0,39}$/;

/**
 * Reads settings from a query string.
 * @param {string} search        location.search (with or without "?")
 * @param {object} ctx
 * @param {object[]} ctx.experiments  the catalog (id, fields: [{name, min, max, value}])
 * @param {number} ctx.maxThreads
 * @param {number} ctx.defaultThreads
 * @param {string[]} [ctx.claimIds]  the claims the page knows (claims= may name a subset)
 * @returns {{ settings: {exp: string, threads: number, theme: string, embed: boolean, fields: Record<string, number>, reps: number, lesson?: string, lessonTitle?: string, lang?: string}, notes: {id: string, args: object}[] }}
 *   lesson, lessonTitle: the lesson a course names (lesson=, lesson_title=), present only when valid
 *   lang: the locale lang= asks for (English when it names none the page has); notes: see noteText
 */
export function parseSettings(search, { experiments, maxThreads, defaultThreads, claimIds = [] }) {
  const params = new URLSearchParams(search);
  const notes = [];
  const first = experiments[0];
  let exp = first;
  if (params.has('exp')) {
    exp = experiments.find((e) => e.id === params.get('exp'));
    if (!exp) {
      notes.push(note('url-no-experiment', { value: clip(params.get('exp')), first: first.title }));
      exp = first;
    }
  }
  const whole = (name, raw, { min, max, value }) => {
    if (raw === null) return value;
    const text = raw.trim();
    const v = text === '' ? NaN : Number(text);
    if (!Number.isFinite(v)) {
      if (v === Infinity || v === -Infinity) {
        const near = v > 0 ? max : min;
        notes.push(note('url-out-of-range', { name, value: clip(raw), min, max, near }));
        return near;
      }
      notes.push(note('url-not-a-number', { name, value: clip(raw), default: value }));
      return value;
    }
    const near = Math.min(max, Math.max(min, Math.round(v)));
    if (near !== v) notes.push(note(v < min || v > max ? 'url-out-of-range' : 'url-not-whole', { name, value: clip(raw), min, max, near }));
    return near;
  };
  const fields = {};
  for (const f of exp.fields) fields[f.name] = whole(f.name, params.get(f.name), f);
  for (const name of REGISTRY_PARAM_NAMES) {
    if (params.has(name) && !exp.fields.some((f) => f.name === name)) {
      notes.push(note('url-does-not-apply', { name, experiment: exp.title }));
    }
  }
  const reps = whole('reps', params.get('reps'), { min: PLAN.reps.min, max: PLAN.reps.max, value: exp.reps });
  const threads = whole('threads', params.get('threads'), { min: 1, max: maxThreads, value: Math.min(defaultThreads, maxThreads) });
  let theme = params.get('theme') ?? 'auto';
  if (!THEMES.includes(theme)) {
    notes.push(note('url-bad-theme', { value: clip(theme), choices: THEMES }));
    theme = 'auto';
  }
  const embed = params.get('embed') === '1';
  let view = params.get('view') ?? 'experiment';
  if (!VIEWS.includes(view)) {
    notes.push(note('url-bad-view', { value: clip(view), choices: VIEWS }));
    view = 'experiment';
  }
  const claims = claimSubset(params.get('claims'), claimIds, notes);
  const lesson = lessonLink(params.get('lesson'), notes);
  const lessonTitle = lessonTitleOf(params.get('lesson_title'), notes);
  const lang = langOf(params.get('lang'), notes);
  return { settings: { exp: exp.id, threads, theme, embed, view, fields, reps, ...(claims && { claims }), ...(lesson && { lesson }), ...(lessonTitle && { lessonTitle }), ...(lang && { lang }) }, notes };
}

/**
 * The claims a course picked (`claims=id,id`), in the page's order, or null
 * for all of them. Unknown or malformed ids are left out with a note; a list
 * left empty by that means all claims.
 */
function claimSubset(raw, claimIds, notes) {
  if (raw === null || raw.trim() === '') return null;
  const asked = raw.split(',').map((s) => s.trim()).filter(Boolean).slice(0, 50);
  const unknown = asked.filter((id) => !CLAIM_ID.test(id) || !claimIds.includes(id));
  if (unknown.length) notes.push(note('url-unknown-claims', { ids: unknown.map((id) => `"${clip(id)}"`), count: unknown.length }));
  const chosen = claimIds.filter((id) => asked.includes(id));
  if (!chosen.length) {
    notes.push(note('url-no-claims'));
    return null;
  }
  return chosen;
}

/** Longest lesson address and title a course may set. */
export const LESSON_LIMITS = { url: 2000, title: 120 };

/**
 * The course's lesson address (`lesson=`), or null: only an absolute https
 * URL without user name or password, at most LESSON_LIMITS.url long. The page
 * only ever puts it in a link's href, never into markup.
 */
function lessonLink(raw, notes) {
  if (raw === null || raw.trim() === '') return null;
  let url = null;
  try {
    url = new URL(raw.trim());
  } catch {
    // not a URL: said below
  }
  if (!url || url.protocol !== 'https:' || url.username || url.password || url.href.length > LESSON_LIMITS.url) {
    notes.push(note('url-bad-lesson', { value: clip(raw) }));
    return null;
  }
  return url.href;
}

/**
 * The lesson's title (`lesson_title=`), or null: control and bidirectional
 * formatting characters removed, spaces collapsed, at most
 * LESSON_LIMITS.title characters. Shown as text, never as markup.
 */
function lessonTitleOf(raw, notes) {
  if (raw === null) return null;
  const text = raw.replace(/[\p{Cc}\u200B-\u200F\u202A-\u202E\u2066-\u2069]/gu, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const chars = [...text];
  if (chars.length > LESSON_LIMITS.title) {
    notes.push(note('url-long-title', { max: LESSON_LIMITS.title }));
    return `${chars.slice(0, LESSON_LIMITS.title - 1).join('')}…`;
  }
  return text;
}

/** The query string (with "?") that restores `settings`. */
export function serializeSettings({ exp, threads, theme, embed, view = 'experiment', claims, fields, reps, lesson, lessonTitle, lang }, experiments = EXPERIMENTS) {
  const params = new URLSearchParams();
  if (view !== 'experiment') params.set('view', view);
  if (claims?.length) params.set('claims', claims.join(','));
  params.set('exp', exp);
  for (const [k, v] of Object.entries(fields)) params.set(k, String(v));
  params.set('threads', String(threads));
  if (reps !== experiments.find((e) => e.id === exp)?.reps) params.set('reps', String(reps));
  if (theme && theme !== 'auto') params.set('theme', theme);
  if (embed) params.set('embed', '1');
  if (lesson) params.set('lesson', lesson);
  if (lessonTitle) params.set('lesson_title', lessonTitle);
  if (lang) params.set('lang', lang);
  return `?${params}`;
}

/** Where the resizer script lies, relative to the page's address (build.sh copies www/ whole). */
export const RESIZER_PATH = 'www/embed-resizer.js';

/**
 * The snippet a course author pastes into a page: the iframe, and on the next
 * line the resizer script from the playground's host, which fits the iframe to
 * its content. Where a platform strips scripts, the iframe keeps its fixed
 * `height`. Pasting several snippets loads the script more than once; it
 * installs itself once.
 */
export function embedCode(url, title, height = 500) {
  const safe = (s) => String(s).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  const resizer = new URL(RESIZER_PATH, url).href;
  return `<iframe src="${safe(url)}" width="800" height="${Number(height)}" title="${safe(title)}" loading="lazy" allow="cross-origin-isolated" style="border:0;max-width:100%"></iframe>\n`
    + `<script src="${safe(resizer)}" async></script>`;
}

/**
 * The locale a link asks for (`lang=`), or null when it names none: one of
 * LOCALES or the pseudo-locale, exactly (case aside). Anything else (an
 * unknown tag, markup, a path, a very long value) gets a note and English.
 */
function langOf(raw, notes) {
  if (raw === null || raw.trim() === '') return null;
  const known = [...LOCALES, PSEUDO_LOCALE].find((l) => l.toLowerCase() === raw.trim().toLowerCase());
  if (known) return known;
  notes.push(note('url-bad-lang', { value: clip(raw), choices: LOCALES }));
  return DEFAULT_LOCALE;
}

/** A note as a message id of the locale files and its values. */
const note = (id, args = {}) => ({ id, args });

/** A note in the active locale's words (lists joined the locale's way). */
export function noteText({ id, args }) {
  const words = Object.fromEntries(Object.entries(args).map(([k, v]) => [k, Array.isArray(v) ? fmtList(v, k === 'choices' ? 'unit' : 'conjunction') : v]));
  return t(id, words);
}

/** At most 40 characters of a visitor's value, so a note stays readable. */
function clip(s) {
  const text = String(s);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
