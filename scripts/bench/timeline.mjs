// The cost of recording a task timeline: fib(38) recorded on the bench page
// against the same rounds' unrecorded runs.
import { JOBS, TIMELINE } from './config.mjs';
import { runTimeline } from './bench-page.mjs';
import { ms } from './format.mjs';
import { checkReport, runsOf, variantMedian } from './measurements.mjs';
import { QUIET_CORES, measured } from './noise.mjs';
import { median } from './stats.mjs';

export const TIMELINE_FIGURE = {
  id: 'timeline_overhead_pct',
  label: 'timeline recording overhead',
  target: { op: '<=', value: 5, unit: ' %' },
  // fib(38) at 2 threads recorded as a task timeline (one span per call at the
  // cutoff, 6,765 spans) against the same runs unrecorded, on the same pools in
  // the same rounds. Recorded calls are single calls; the sequential variant
  // (one span) is the control for that.
  compute: (m) => {
    if (m.timelineUnavailable || m.timeline.length === 0) return { missing: `not measured yet (no timeline recording${m.timelineUnavailable ? `: ${m.timelineUnavailable}` : ''})` };
    // Per round: the recorded calls against the unrecorded run just before
    // them on the same pool; rounds where either was noisy are left out
    // when any quiet round is left.
    const rounds = [...new Set(m.timeline.map((t) => t.round))].map((round) => {
      const rec = m.timeline.filter((t) => t.round === round);
      const run = runsOf(m, TIMELINE.job, 'wasm', TIMELINE.threads).find((r) => r.round === round);
      const quiet = run.other_cores < QUIET_CORES && rec.every((t) => t.other_cores < QUIET_CORES);
      const par = median(rec.map((t) => t.par_ms));
      const unrec = variantMedian(run.report, run.report.main);
      return { round, quiet, par, unrec, seq: median(rec.map((t) => t.seq_ms)), unrecSeq: variantMedian(run.report, 'seq'), overhead: par / unrec - 1 };
    });
    const quiet = rounds.filter((r) => r.quiet);
    const used = quiet.length ? quiet : rounds;
    const par = median(used.map((r) => r.par));
    const unrec = median(used.map((r) => r.unrec));
    const seq = median(used.map((r) => r.seq));
    const unrecSeq = median(used.map((r) => r.unrecSeq));
    return {
      value: median(used.map((r) => r.overhead)) * 100,
      unit: ' %',
      digits: 1,
      rounds,
      detail:
        `fib(38) at ${TIMELINE.threads} threads, ${TIMELINE.calls} recorded calls of ${median(m.timeline.map((t) => t.spans))} spans per round against that round's unrecorded run, ` +
        `median over ${quiet.length ? `the ${quiet.length} quiet` : `all ${rounds.length} (none quiet)`} rounds: ${ms(par)} recorded vs ${ms(unrec)} unrecorded; ` +
        (seq > unrecSeq / 2
          ? `control, sequential (one span): ${ms(seq)} vs ${ms(unrecSeq)}`
          : `no control: the recorded sequential call took ${ms(seq)} against ${ms(unrecSeq)} unrecorded (its work seems optimised away)`),
    };
  },
  missing: 'not measured yet (no timeline recording)',
};

/** TIMELINE.calls recorded runs of TIMELINE.job; notes why not when the page cannot record. */
export async function recordTimelines(m, page, round) {
  const { request } = JOBS[TIMELINE.job];
  for (let i = 0; i < TIMELINE.calls; i++) {
    let out;
    try {
      out = await measured(() => runTimeline(page, request, TIMELINE.threads), m.noise);
    } catch (e) {
      m.timelineUnavailable = String(e.message ?? e).split('\n')[0];
      return;
    }
    const v = (name) => out.report.variants.find((x) => x.name === name);
    if (typeof v('par')?.total_ms !== 'number' || typeof v('seq')?.total_ms !== 'number') {
      m.timelineUnavailable = 'the compute worker returned no recorded timeline';
      return;
    }
    checkReport(out.report, `timeline ${TIMELINE.job}`);
    m.timeline.push({ round, par_ms: v('par').total_ms, seq_ms: v('seq').total_ms, spans: v('par').span_count, threads: out.report.threads, other_cores: out.other_cores });
  }
}
