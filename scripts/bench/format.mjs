// Numbers as the printed tables show them; 'n/a' rather than NaN when a
// measurement is missing.
import { KB } from './config.mjs';

export const fmt = (x, digits) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
export const ms = (x, digits = x < 10 ? 2 : 1) => `${fmt(x, digits)} ms`;
export const kb = (bytes) => `${fmt(bytes / KB, 1)} KB`;
