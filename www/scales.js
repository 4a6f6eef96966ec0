// Small pure helpers for charts: scales and tick values. No DOM here, so
// they are unit-tested with node --test. Times are written in the active
// locale (l10n.js): "1.5 s" in English, "1,5 s" in German.
import { t, fmtNumber } from './l10n.js';

/** Maps [d0, d1] linearly onto [r0, r1]. */
export function linearScale([d0, d1], [r0, r1]) {
  const span = d1 - d0 || 1;
  const scale = (v) => r0 + ((v - d0) / span) * (r1 - r0);
  scale.domain = [d0, d1];
  return scale;
}

/** A "nice" step (1, 2 or 5 times a power of ten) so about `count` ticks cover `span`. */
export function niceStep(span, count = 5) {
  if (!(span > 0)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  const nice = unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10;
  return nice * power;
}

/** Ticks from 0 up to the first nice value at or above `max`; the last tick is the axis top. */
export function ticksFromZero(max, count = 5) {
  const step = niceStep(max, count);
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const ticks = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** Milliseconds for people: 3 significant digits, switching to seconds past 10 s. */
export function formatMs(ms) {
  if (!Number.isFinite(ms)) return '–';
  if (ms >= 10_000) return t('duration-s', { n: fmtNumber(ms / 1000, { minimumSignificantDigits: 3, maximumSignificantDigits: 3 }) });
  if (ms >= 100) return t('duration-ms', { n: fmtNumber(Math.round(ms), { useGrouping: false }) });
  return t('duration-ms', { n: fmtNumber(ms, { maximumSignificantDigits: 3, useGrouping: false }) });
}
