// Every setting of the page as URL parameters, and back: parsing never
// throws; a value out of range is replaced by the nearest valid one, a value
// that is no number by the default, an unknown experiment by the first one,
// and each replacement comes with a note a person can read. Pure: no DOM,
// tested with node --test and fast-check.

import { EXPERIMENTS, PLAN, REGISTRY_PARAM_NAMES } from './catalog.js';

export const THEMES = ['auto', 'light', 'dark'];

/**
 * Reads settings from a query string.
 * @param {string} search        location.search (with or without "?")
 * @param {object} ctx
 * @param {object[]} ctx.experiments  the catalog (id, fields: [{name, min, max, value}])
 * @param {number} ctx.maxThreads
 * @param {number} ctx.defaultThreads
 * @returns {{ settings: {exp: string, threads: number, theme: string, embed: boolean, fields: Record<string, number>, reps: number}, notes: string[] }}
 */
export function parseSettings(search, { experiments, maxThreads, defaultThreads }) {
  const params = new URLSearchParams(search);
  const notes = [];
  const first = experiments[0];
  let exp = first;
  if (params.has('exp')) {
    exp = experiments.find((e) => e.id === params.get('exp'));
    if (!exp) {
      notes.push(`There is no experiment called "${clip(params.get('exp'))}"; showing "${first.title}" instead.`);
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
        notes.push(`${name}=${clip(raw)} is out of range (${min} to ${max}); using ${near}.`);
        return near;
      }
      notes.push(`${name}=${clip(raw)} is not a number; using the default, ${value}.`);
      return value;
    }
    const near = Math.min(max, Math.max(min, Math.round(v)));
    if (near !== v) notes.push(`${name}=${clip(raw)} ${v < min || v > max ? `is out of range (${min} to ${max})` : 'is not a whole number'}; using ${near}.`);
    return near;
  };
  const fields = {};
  for (const f of exp.fields) fields[f.name] = whole(f.name, params.get(f.name), f);
  for (const name of REGISTRY_PARAM_NAMES) {
    if (params.has(name) && !exp.fields.some((f) => f.name === name)) {
      notes.push(`${name} does not apply to "${exp.title}"; ignored.`);
    }
  }
  const reps = whole('reps', params.get('reps'), { min: PLAN.reps.min, max: PLAN.reps.max, value: exp.reps });
  const threads = whole('threads', params.get('threads'), { min: 1, max: maxThreads, value: Math.min(defaultThreads, maxThreads) });
  let theme = params.get('theme') ?? 'auto';
  if (!THEMES.includes(theme)) {
    notes.push(`theme=${clip(theme)} is not one of ${THEMES.join(', ')}; using auto.`);
    theme = 'auto';
  }
  const embed = params.get('embed') === '1';
  return { settings: { exp: exp.id, threads, theme, embed, fields, reps }, notes };
}

/** The query string (with "?") that restores `settings`. */
export function serializeSettings({ exp, threads, theme, embed, fields, reps }, experiments = EXPERIMENTS) {
  const params = new URLSearchParams();
  params.set('exp', exp);
  for (const [k, v] of Object.entries(fields)) params.set(k, String(v));
  params.set('threads', String(threads));
  if (reps !== experiments.find((e) => e.id === exp)?.reps) params.set('reps', String(reps));
  if (theme && theme !== 'auto') params.set('theme', theme);
  if (embed) params.set('embed', '1');
  return `?${params}`;
}

/** The iframe snippet a course author pastes into a page. */
export function embedCode(url, title) {
  const safe = (s) => String(s).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  return `<iframe src="${safe(url)}" width="800" height="500" title="${safe(title)}" loading="lazy" allow="cross-origin-isolated" style="border:0;max-width:100%"></iframe>`;
}

/** At most 40 characters of a visitor's value, so a note stays readable. */
function clip(s) {
  const text = String(s);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
