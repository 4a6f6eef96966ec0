// Numbers and comparisons in words, the same everywhere on the page. Pure:
// no DOM, tested with node --test.

export const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** 1234567 -> "1,234,567". */
export const fmtInt = (v) => Number(v).toLocaleString('en-US');

/** "2.10× as fast as" / "3.40× slower than" / "about as fast as": a speed-up before a comparison. */
export function comparedWith(s) {
  if (!Number.isFinite(s)) return 'not measured against';
  if (s >= 1.05) return `${s.toFixed(2)}× as fast as`;
  if (s <= 0.95) return `${(1 / s).toFixed(2)}× slower than`;
  return 'about as fast as';
}

/** "2.1× as fast" / "3.4× slower" / "about as fast": a speed-up in words. */
export function speedWords(s) {
  if (!Number.isFinite(s)) return 'not measured';
  if (s >= 1.05) return `${s.toFixed(2)}× as fast`;
  if (s <= 0.95) return `${(1 / s).toFixed(2)}× slower`;
  return 'about as fast';
}

/** 1500 -> "1.5 s", 240000 -> "4 min". */
export const seconds = (ms) => (ms >= 60_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 100) / 10} s`);
