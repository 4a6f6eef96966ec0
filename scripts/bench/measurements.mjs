// The raw measurements of one bench run, which every figure reads, and the
// helpers that read a run's report.
import { newNoise } from './noise.mjs';

/**
 * runs: every kept wasm/native run ({ round, side, job, threads, order,
 * attempt, wall_ms, other_cores, report }); discarded: pairs measured again
 * because they were noisy; coldLoads, threadChanges, poolStarts, timeline:
 * one entry per sample; timelineUnavailable: why the page could not record,
 * or ''; firstView: the first-view sizes; noise: see noise.mjs.
 */
export function newMeasurements() {
  return {
    runs: [],
    discarded: [],
    coldLoads: [],
    threadChanges: [],
    overhead: [], // { threads, wasm, native } pool costs (overhead.mjs)
    poolStarts: [],
    timeline: [],
    timelineUnavailable: '',
    firstView: null,
    noise: newNoise(),
  };
}

/** The runs of one job, side and thread count. */
export const runsOf = (m, job, side, threads) => m.runs.filter((r) => r.job === job && r.side === side && r.threads === threads);
export const variantMedian = (report, name) => report.variants.find((v) => v.name === name).summary.median;

/** Throws on any variant whose value is wrong: a fast wrong answer is no measurement. */
export function checkReport(report, what) {
  const wrong = report.variants.filter((v) => !v.correct);
  if (wrong.length) throw new Error(`${what}: wrong result from ${wrong.map((v) => `${v.name} (${v.value}, expected ${v.expected})`).join(', ')}`);
}
