// Wasm against native on the interleaved runs: the sequential ratios, the
// parallel efficiency and speedup at 2 threads, and the scaling table's rows.
import { CORES, JOBS, THREADS } from './config.mjs';
import { fmt, ms } from './format.mjs';
import { runsOf, variantMedian } from './measurements.mjs';
import { QUIET_CORES } from './noise.mjs';
import { median } from './stats.mjs';

export const COMPUTE_FIGURES = [
  {
    id: 'ratio_fib36_seq',
    label: 'wasm / native, fib(36) sequential',
    target: { op: '<=', value: 1.1 },
    compute: (m) => ratio(m, 'fib36', 1, 'seq'),
  },
  {
    id: 'ratio_sum_seq',
    label: 'wasm / native, sum of 100M u32 sequential',
    target: { op: '<=', value: 1.15 },
    compute: (m) => ratio(m, 'sum', 1, 'seq'),
  },
  {
    id: 'ratio_sum64_seq',
    label: 'wasm / native, sum of 100M u64 sequential',
    target: null,
    compute: (m) => ratio(m, 'sum64', 1, 'seq'),
  },
  {
    id: 'efficiency_fib38_2t_wasm',
    label: 'parallel efficiency, fib(38) at 2 threads, wasm',
    target: { op: '>=', value: 0.9 },
    compute: (m) => {
      const s = scaling(m, 'fib38', 'wasm', 2);
      const n = scaling(m, 'fib38', 'native', 2);
      return {
        value: s.efficiency,
        unit: '',
        digits: 2,
        detail: `speedup ${fmt(s.speedup, 2)}× / min(2, ${CORES} cores); seq ${ms(s.seq)}, par ${ms(s.par)}; native ${fmt(n.efficiency, 2)}; ${loadNote(s, (x) => `${fmt(x.quiet_efficiency, 2)}`)}`,
      };
    },
  },
  {
    id: 'fib38_1t_par_over_seq_wasm',
    label: 'fib(38) cutoff 20 on 1 thread, parallel / sequential time, wasm',
    target: { op: '<=', value: 1.03 },
    compute: (m) => {
      const s = scaling(m, 'fib38', 'wasm', 1);
      const n = scaling(m, 'fib38', 'native', 1);
      return { value: s.par / s.seq, unit: '', digits: 3, detail: `seq ${ms(s.seq)}, par ${ms(s.par)}; native ${fmt(n.par / n.seq, 3)} (${ms(n.seq)} / ${ms(n.par)})` };
    },
  },
  {
    id: 'efficiency_fib38_cores_vs_native',
    label: `fib(38) efficiency at ${CORES} threads (= cores), wasm / native, same run`,
    target: { op: '>=', value: 0.95 },
    compute: (m) => {
      const s = scaling(m, 'fib38', 'wasm', CORES);
      const n = scaling(m, 'fib38', 'native', CORES);
      return { value: s.efficiency / n.efficiency, unit: '', digits: 2, detail: `wasm ${fmt(s.efficiency, 2)} (${fmt(s.speedup, 2)}×), native ${fmt(n.efficiency, 2)} (${fmt(n.speedup, 2)}×)` };
    },
  },
  {
    id: 'speedup_sum_2t_wasm',
    label: 'parallel speedup, sum of 100M u32 at 2 threads, wasm',
    target: { op: '>=', value: 1.5 },
    compute: (m) => {
      const s = scaling(m, 'sum', 'wasm', 2);
      const n = scaling(m, 'sum', 'native', 2);
      return { value: s.speedup, unit: '×', digits: 2, detail: `seq ${ms(s.seq)}, par ${ms(s.par)}; native ${fmt(n.speedup, 2)}×; ${loadNote(s)}` };
    },
  },
  {
    // The machine's memory bandwidth caps both sides alike, so the issue's
    // target is relative: wasm's speed-up against native's, same run.
    id: 'speedup_sum_2t_vs_native',
    label: 'speedup, sum of 100M u32 at 2 threads, wasm / native, same run',
    target: { op: '>=', value: 0.9 },
    compute: (m) => {
      const s = scaling(m, 'sum', 'wasm', 2);
      const n = scaling(m, 'sum', 'native', 2);
      return { value: s.speedup / n.speedup, unit: '', digits: 2, detail: `wasm ${fmt(s.speedup, 2)}× (${ms(s.seq)} / ${ms(s.par)}), native ${fmt(n.speedup, 2)}× (${ms(n.seq)} / ${ms(n.par)})` };
    },
  },
];

/** wasm / native of the median over rounds of `variant`'s median. */
export function ratio(m, job, threads, variant) {
  const side = (s) => median(runsOf(m, job, s, threads).map((r) => variantMedian(r.report, variant)));
  const wasm = side('wasm');
  const native = side('native');
  const pairs = runsOf(m, job, 'wasm', threads).map((w) => {
    const n = runsOf(m, job, 'native', threads).find((r) => r.round === w.round);
    return { ratio: variantMedian(w.report, variant) / variantMedian(n.report, variant), quiet: w.other_cores < QUIET_CORES && n.other_cores < QUIET_CORES };
  });
  const perRound = pairs.map((p) => p.ratio);
  const quiet = pairs.filter((p) => p.quiet);
  const quietNote = quiet.length === pairs.length ? 'all rounds quiet' : quiet.length ? `in the ${quiet.length} quiet rounds: ${fmt(median(quiet.map((p) => p.ratio)), 2)}` : 'no quiet round';
  return {
    value: wasm / native,
    unit: '',
    digits: 2,
    detail: `wasm ${ms(wasm)}, native ${ms(native)}; per-round ratios ${fmt(Math.min(...perRound), 2)}–${fmt(Math.max(...perRound), 2)}, ${quietNote}`,
    wasm_ms: wasm,
    native_ms: native,
    per_round: perRound,
  };
}

/** Speedup (median over rounds of report.speedup) and efficiency at `threads`. */
export function scaling(m, job, side, threads) {
  const runs = runsOf(m, job, side, threads);
  const speedup = median(runs.map((r) => r.report.speedup));
  const quiet = runs.filter((r) => r.other_cores < QUIET_CORES);
  const quietSpeedup = median(quiet.map((r) => r.report.speedup));
  return {
    speedup,
    efficiency: speedup / Math.min(threads, CORES),
    seq: median(runs.map((r) => variantMedian(r.report, 'seq'))),
    par: median(runs.map((r) => variantMedian(r.report, r.report.main))),
    rounds: runs.length,
    other_cores: median(runs.map((r) => r.other_cores)),
    quiet_rounds: quiet.length,
    quiet_speedup: quietSpeedup,
    quiet_efficiency: quietSpeedup / Math.min(threads, CORES),
  };
}

/** "others used 0.4 cores (median); in the 2 quiet rounds: 1.9×" */
function loadNote(s, what = (x) => `${fmt(x.quiet_speedup, 2)}×`) {
  const quiet = s.quiet_rounds ? `; in the ${s.quiet_rounds} quiet round${s.quiet_rounds === 1 ? '' : 's'} (others < ${QUIET_CORES} core): ${what(s)}` : '; no quiet round';
  return `others used ${fmt(s.other_cores, 2)} cores (median)${quiet}`;
}

/** The scaling table: every thread count of the two parallel workloads, both sides. */
export function scalingRows(m) {
  const rows = [];
  for (const job of ['fib38', 'sum']) {
    for (const k of THREADS) rows.push({ job, label: JOBS[job].label, threads: k, wasm: scaling(m, job, 'wasm', k), native: scaling(m, job, 'native', k) });
  }
  return rows;
}
