// Numbers and comparisons in words, the same everywhere on the page. Pure:
// no DOM, tested with node --test.
import { outcomeOf } from './lesson/expectations.js';

export const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** 1234567 -> "1,234,567". */
export const fmtInt = (v) => Number(v).toLocaleString('en-US');

// "About as fast" is the lesson model's noise band (expectations.js SAME), so
// the words the page prints and a student's judged answer never disagree.

/** "2.10× as fast as" / "3.40× slower than" / "about as fast as": a speed-up before a comparison. */
export function comparedWith(s) {
  const outcome = outcomeOf(s);
  if (outcome === null) return 'not measured against';
  if (outcome === 'faster') return `${s.toFixed(2)}× as fast as`;
  if (outcome === 'slower') return `${(1 / s).toFixed(2)}× slower than`;
  return 'about as fast as';
}

/** "2.1× as fast" / "3.4× slower" / "about as fast": a speed-up in words. */
export function speedWords(s) {
  const outcome = outcomeOf(s);
  if (outcome === null) return 'not measured';
  if (outcome === 'faster') return `${s.toFixed(2)}× as fast`;
  if (outcome === 'slower') return `${(1 / s).toFixed(2)}× slower`;
  return 'about as fast';
}

/** 1500 -> "1.5 s", 240000 -> "4 min". */
export const seconds = (ms) => (ms >= 60_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 100) / 10} s`);
