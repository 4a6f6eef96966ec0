// Pure helpers for the sweep: speed-up, efficiency, the ideal line and an
// Amdahl's-law fit. Medians and quartiles of the samples come from the Rust
// core (crates/core/src/stats.rs, tested there); nothing here touches the DOM.

/** The best speed-up k threads can give on `cores` cores: k, flat past the core count. */
export const ideal = (k, cores) => Math.min(k, cores);

/** Amdahl's law: the speed-up of a job whose fraction p runs in parallel, on k cores. */
export const amdahl = (p, k) => 1 / (1 - p + p / k);

/**
 * Fits Amdahl's parallel fraction p to measured speed-ups by least squares.
 * Points past the core count are left out: Amdahl's law says nothing about
 * threads that share a core. Returns { p, rmse } or null with fewer than two
 * usable points.
 * @param {{threads: number, speedup: number}[]} points
 * @param {number} cores
 */
export function fitAmdahl(points, cores) {
  const usable = points.filter((pt) => pt.threads <= cores && Number.isFinite(pt.speedup) && pt.speedup > 0);
  if (usable.length < 2 || !usable.some((pt) => pt.threads > 1)) return null;
  const error = (p) => usable.reduce((sum, pt) => sum + (amdahl(p, pt.threads) - pt.speedup) ** 2, 0);
  // Coarse grid, then a finer one around the best: robust, and exact enough for a sentence.
  let best = 0;
  for (let p = 0; p <= 1.00001; p += 0.01) if (error(p) < error(best)) best = Math.min(1, p);
  const lo = Math.max(0, best - 0.01), hi = Math.min(1, best + 0.01);
  for (let p = lo; p <= hi + 1e-9; p += 0.0001) if (error(p) < error(best)) best = Math.min(1, p);
  return { p: best, rmse: Math.sqrt(error(best) / usable.length) };
}

/** The fitted fraction in words, with the ceiling it implies. */
export function amdahlWords(fit) {
  if (!fit) return 'Not enough thread counts up to the core count to fit Amdahl’s law.';
  const pct = (fit.p * 100).toFixed(fit.p > 0.99 ? 1 : 0);
  const rest = fit.p >= 0.999
    ? 'the serial rest is too small to limit the speed-up visibly'
    : `the serial rest caps the speed-up at ${(1 / (1 - fit.p)).toFixed(1)}×, however many cores`;
  return `Amdahl fit: about ${pct}% of the work runs in parallel; ${rest}.`;
}
