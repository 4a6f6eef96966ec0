// Numbers and comparisons in words, the same everywhere on the page, in the
// active locale (l10n.js): "2.10× as fast as" in English, "2,10× so
// schnell wie" in German. Pure: no DOM, tested with node --test.
import { outcomeOf } from './lesson/expectations.js';
import { t, hasValue, fmtNumber } from './l10n.js';

/**
 * "3 threads" / "3 Threads" / "3 hilos": `word` names a count-<word> message
 * of the locale files (spaces as hyphens), which has the locale's plural
 * forms. A word with no message yet falls back to English (+s), so a module
 * that adds a word keeps working until the locales have it.
 */
export function plural(n, word) {
  const id = `count-${word.replaceAll(' ', '-')}`;
  return hasValue(id) ? t(id, { n }) : `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** 1234567 -> "1,234,567" (English), "1.234.567" (German). */
export const fmtInt = (v) => fmtNumber(Number(v), { maximumFractionDigits: 0 });
/** A speed-up's digits: 2.1 -> "2.10" / "2,10". */
const ratio = (v) => fmtNumber(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

// "About as fast" is the lesson model's noise band (expectations.js SAME), so
// the words the page prints and a student's judged answer never disagree.

/** "2.10× as fast as" / "3.40× slower than" / "about as fast as": a speed-up before a comparison. */
export function comparedWith(s) {
  const outcome = outcomeOf(s);
  if (outcome === null) return t('compared-none');
  if (outcome === 'faster') return t('compared-faster', { s: ratio(s) });
  if (outcome === 'slower') return t('compared-slower', { s: ratio(1 / s) });
  return t('compared-same');
}

/** "2.1× as fast" / "3.4× slower" / "about as fast": a speed-up in words. */
export function speedWords(s) {
  const outcome = outcomeOf(s);
  if (outcome === null) return t('speed-none');
  if (outcome === 'faster') return t('speed-faster', { s: ratio(s) });
  if (outcome === 'slower') return t('speed-slower', { s: ratio(1 / s) });
  return t('speed-same');
}

/** 1500 -> "1.5 s", 240000 -> "4 min". */
export function seconds(ms) {
  const minutes = ms >= 60_000;
  const n = minutes ? fmtInt(Math.round(ms / 60_000)) : fmtNumber(Math.round(ms / 100) / 10, { maximumFractionDigits: 1, useGrouping: false });
  const id = minutes ? 'duration-min' : 'duration-s';
  // The engine words its start-up (threads off, retries) before any locale is
  // loaded: until then a duration reads as English does.
  if (!hasValue(id)) return `${n} ${minutes ? 'min' : 's'}`;
  return t(id, { n });
}
