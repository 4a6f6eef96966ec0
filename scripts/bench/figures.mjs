// Every figure, in the order of the printed table. Each reads the measurements
// and returns { value, unit, digits, detail }, or { missing } when it cannot be
// measured yet (printed as MISSING). Adding a figure is adding an entry here
// (and, if it needs new raw data, a measurement in bench.mjs's sequence).
import { COLD_LOAD_FIGURE } from './cold-load.mjs';
import { COMPUTE_FIGURES } from './compute.mjs';
import { FIRST_VIEW_FIGURE } from './first-view.mjs';
import { verdict } from './targets.mjs';
import { THREAD_CHANGE_FIGURE } from './thread-change.mjs';
import { TIMELINE_FIGURE } from './timeline.mjs';
import { OVERHEAD_FIGURES } from './overhead.mjs';

export const FIGURES = [...COMPUTE_FIGURES, ...OVERHEAD_FIGURES, COLD_LOAD_FIGURE, THREAD_CHANGE_FIGURE, FIRST_VIEW_FIGURE, TIMELINE_FIGURE];

/** Each figure's result and verdict, as bench-results.json keeps them. */
export function evaluateFigures(m) {
  return FIGURES.map((f) => {
    const result = f.compute(m);
    return { id: f.id, label: f.label, target: f.target, missing: f.missing, result, verdict: verdict(f, result) };
  });
}
