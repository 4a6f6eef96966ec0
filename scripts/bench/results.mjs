// bench-results.json: every raw number of the run next to the figures, so a
// figure can be checked or recomputed without running the bench again.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../lib/paths.mjs';
import { COLD_LOADS, CORES, JOBS, KB, THREAD_CHANGES, THREADS, TIMELINE } from './config.mjs';
import { QUIET_CORES } from './noise.mjs';

/**
 * The results document. `began` and `measureStart` are performance.now()
 * readings: the bench's start, and the start of measuring (after the build).
 */
export function collectResults({ machine, rounds, build, began, measureStart, m, figures, scalingRows }) {
  const total_s = (performance.now() - began) / 1000;
  return {
    machine,
    config: { rounds, cores: CORES, threads: THREADS, jobs: JOBS, timeline: TIMELINE, cold_loads: COLD_LOADS, thread_changes: THREAD_CHANGES, kb_bytes: KB },
    timing: { ...build, measure_s: (performance.now() - measureStart) / 1000, total_s },
    noise: {
      quiet_cores: QUIET_CORES,
      pairs: m.runs.length / 2,
      pairs_remeasured: m.discarded.length / 2,
      pairs_still_noisy: m.runs.filter((r) => r.order === 0).filter((r) => m.runs.some((o) => o.round === r.round && o.job === r.job && o.threads === r.threads && o.other_cores >= QUIET_CORES)).length,
      waited_ms: m.noise.waited_ms,
      waits: m.noise.waits,
    },
    figures,
    scaling: scalingRows,
    firstView: m.firstView,
    coldLoads: m.coldLoads,
    threadChanges: m.threadChanges,
    poolStarts: m.poolStarts,
    timeline: { runs: m.timeline, unavailable: m.timelineUnavailable },
    runs: m.runs,
    discarded_runs: m.discarded,
  };
}

/** Writes `results` to `out` (relative to the repository root); returns the file's path. */
export function writeResults(results, out) {
  const outFile = resolve(ROOT, out);
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  return outFile;
}
