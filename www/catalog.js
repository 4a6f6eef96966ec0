// The page's experiments: what runs (its workload, controls, ranges,
// defaults, variant labels, repetitions, sweep) from the core's registry
// (crates/core/src/registry.rs, generated into registry.js at build time), so
// the page offers exactly what the engine accepts; what it teaches (its words,
// its Go sketch, its expectation) from the lesson model (lesson/index.js).
import { REGISTRY } from './registry.js';
import { LESSONS } from './lesson/index.js';

/** The registry's workload `id`. */
export const workloadSpec = (id) => REGISTRY.workloads.find((w) => w.id === id);

/** A workload's parameters as form fields, with `defaults` ([[name, value]]) over the registry's. */
export function fieldsOf(workload, defaults = []) {
  const own = new Map(defaults);
  return workloadSpec(workload).params.map((p) => ({ name: p.name, label: p.label, min: p.min, max: p.max, value: own.get(p.name) ?? p.default, why: p.why }));
}

/** A workload's variants as the cards and charts use them. */
export const variantsOf = (workload) => workloadSpec(workload).variants.map((v) => ({ name: v.id, label: v.label, needsThreads: v.needs_threads }));

function lessonOf(id) {
  const words = LESSONS[id];
  if (!words) throw new Error(`The registry's experiment ${id} has no lesson module (www/lesson/${id}.js).`);
  return words;
}

/** The page's experiments, in order: the registry's, with the page's words. */
export const EXPERIMENTS = REGISTRY.experiments.map((e) => {
  const w = workloadSpec(e.workload);
  // The lesson module's properties are copied as they are (getters too): a
  // module whose words come from the locale files reads them when the card
  // is drawn, after the locale is loaded, not now.
  return Object.freeze(Object.defineProperties({
    id: e.id,
    workload: e.workload,
    title: e.title ?? w.title,
    fields: fieldsOf(e.workload, e.defaults),
    reps: w.default_reps,
    variants: variantsOf(e.workload),
    /** The variant the verdict is about, with threads and without (the registry's main and main_single). */
    main: w.main,
    mainSingle: w.main_single,
    sweep: e.sweep ?? undefined,
  }, Object.getOwnPropertyDescriptors(lessonOf(e.id))));
});

/** The measurement plan's parameters (reps, warmup, min_total_ms) by name. */
export const PLAN = Object.fromEntries(REGISTRY.plan.map((p) => [p.name, p]));
export const POLICY = REGISTRY.policy;
/** Every parameter name some workload takes (a URL may name one that the chosen experiment lacks). */
export const REGISTRY_PARAM_NAMES = [...new Set(REGISTRY.workloads.flatMap((w) => w.params.map((p) => p.name)))];
