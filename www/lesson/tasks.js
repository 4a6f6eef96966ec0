// How many independent tasks a run's variant has: what a speed-up bound and
// the waits' expectation depend on. From the registry where the workload fixes
// it (fib_three: `tasks: Some(3)`), from the run's own parameters where they
// set it (io and mixed: `jobs`; sum's chunks: `tasks`), from the variant where
// its name says it (sum's two halves). Never written as a literal elsewhere.
import { REGISTRY } from '../registry.js';

const workloadOf = (id) => {
  const w = REGISTRY.workloads.find((x) => x.id === id);
  if (!w) throw new Error(`No workload “${id}” in the registry.`);
  return w;
};

/** Variants whose task count is their definition, not a parameter. */
const FIXED = { sum: { halves: 2 } };

/**
 * The independent tasks of `variant` of `workload` run with `params`
 * (a request or a report's `workload`), or Infinity where the work splits
 * into as many tasks as there are threads.
 */
export function tasksOf(workload, params = {}, variant = workloadOf(workload).main) {
  const w = workloadOf(workload);
  if (w.tasks != null) return w.tasks;
  const fixed = FIXED[workload]?.[variant];
  if (fixed) return fixed;
  const param = (name) => params[name] ?? w.params.find((p) => p.name === name)?.default;
  if (w.params.some((p) => p.name === 'jobs')) return param('jobs');
  if (workload === 'sum' && variant === 'chunks') return param('tasks');
  return Infinity;
}
