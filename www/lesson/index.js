// The lesson model: per experiment its words, its Go sketch and the
// expectation it is judged by (expectations.js), one module each. Adding an
// experiment: a module here (and its line below), its Go sketch in go/, its
// entry in the core's registry. The registry says what runs; these say what
// it teaches. Claims of the lesson: claims.js.
import sum from './sum.js';
import fib from './fib.js';
import fibThree from './fib_three.js';
import io from './io.js';
import mixed from './mixed.js';
import contended from './contended.js';
import manyTasks from './many_tasks.js';
import manySmall from './many_small.js';
import oversubscribe from './oversubscribe.js';
import oneVsK from './one_vs_k.js';
import timeSlicing from './time_slicing.js';
import { REGISTRY } from '../registry.js';

/**
 * Each experiment's words:
 *   concept   the idea, in a few words
 *   idea      the lesson's line the experiment tests, and its section
 *   text      what runs;  expect: what the lesson leads one to expect
 *   glossary  the Go-to-Rust entries (glossary.js) that read this code
 *   go        its Go sketch (the code view shows it from the generated code.js)
 *   lesson(ctx)  the expectation (a name in expectations.js) of the ratio the
 *             card compares and the line that explains it; ctx = { threads,
 *             from, cores } (from: the smaller pool a sweep compares against, or null)
 *   threadCounts(cores, k, max)  for a card that compares pools: its thread counts
 */
export const LESSONS = Object.freeze(Object.fromEntries([sum, fib, fibThree, io, mixed, contended, manyTasks, manySmall, oversubscribe, oneVsK, timeSlicing].map((m) => [m.id, m])));

/**
 * Thread counts for the experiments that compare pools, by the registry's
 * sweep name: a function of the device (`cores`), the slider (`k`) and the
 * largest pool the page allows (`max`).
 */
export const SWEEPS = Object.freeze(Object.fromEntries(REGISTRY.experiments.filter((e) => e.sweep).map((e) => {
  const rule = LESSONS[e.id]?.threadCounts;
  if (!rule) throw new Error(`The registry's experiment ${e.id} sweeps “${e.sweep}”, and its lesson module has no threadCounts.`);
  return [e.sweep, rule];
})));
