// What `npm run bench` prints: the Markdown of the README's Performance
// section (machine line first), then how long it took and what was not met.
import { relative } from 'node:path';
import { fmt, kb, ms } from './format.mjs';
import { QUIET_CORES } from './noise.mjs';
import { targetText } from './targets.mjs';

/** The Markdown from the results document alone, so it can be rendered again from bench-results.json. */
export function render(results) {
  const { machine, figures, scaling: scalingRows, firstView } = results;
  const lines = [];
  lines.push(`Machine: ${machine.cores} logical cores, ${machine.cpu}, ${machine.memory_gb} GB RAM, ${machine.os}; ${machine.chromium}; ${machine.date}.`);
  lines.push('');
  lines.push(
    `Figures are medians of ${results.config.rounds} interleaved rounds (each round runs every workload once in wasm and once natively, order alternating; each run is itself the median of several samples after a warm-up). Ratios are wasm median / native median.`,
  );
  const n = results.noise;
  lines.push('');
  lines.push(
    `Other processes’ CPU use is read from /proc around every run: ${n.pairs_remeasured} of ${n.pairs} wasm/native pairs were measured again because others used ≥ ${QUIET_CORES} core during them ` +
      `(${n.pairs_still_noisy} kept though still noisy), and the bench waited ${fmt(n.waited_ms / 1000, 0)} s in all for the machine to go quiet.`,
  );
  lines.push('');
  lines.push('| figure | measured | target | verdict | detail |');
  lines.push('|---|---:|---|---|---|');
  for (const f of figures) {
    const shown = f.result && !f.result.missing ? `${fmt(f.result.value, f.result.digits)}${f.result.unit}` : (f.result?.missing ?? f.missing);
    lines.push(`| ${f.label} | ${shown} | ${targetText(f, f.result?.unit)} | ${f.verdict} | ${f.result?.detail ?? ''} |`);
  }
  lines.push('');
  lines.push(
    `Scaling (speedup = sequential median / parallel median of the same run; efficiency = speedup / min(threads, ${machine.cores} cores); ` +
      `others’ load = CPU that other processes on this machine used during the runs, in cores, from /proc/stat; a parallel run cannot reach its speedup while they hold a core):`,
  );
  lines.push('');
  lines.push('| workload | threads | wasm speedup | wasm efficiency | native speedup | native efficiency | wasm seq / par | native seq / par | others’ load, cores (wasm / native) |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of scalingRows) {
    lines.push(
      `| ${r.label} | ${r.threads} | ${fmt(r.wasm.speedup, 2)}× | ${fmt(r.wasm.efficiency, 2)} | ${fmt(r.native.speedup, 2)}× | ${fmt(r.native.efficiency, 2)} | ${ms(r.wasm.seq)} / ${ms(r.wasm.par)} | ${ms(r.native.seq)} / ${ms(r.native.par)} | ${fmt(r.wasm.other_cores, 2)} / ${fmt(r.native.other_cores, 2)} |`,
    );
  }
  lines.push('');
  const pk = firstView.packages;
  lines.push(
    `First view (gzip -9 of each response of a real load of the threaded page): total ${kb(firstView.total_gzip)} (${kb(firstView.total_bytes)} raw); ` +
      `wasm packages: threads ${kb(pk.threads?.gzip)} (${kb(pk.threads?.bytes)} raw, loaded), single ${kb(pk.single?.gzip)} (${kb(pk.single?.bytes)} raw, not loaded on a threaded page); ` +
      `JS ${kb(firstView.groups.js)}, CSS ${kb(firstView.groups.css)}, HTML ${kb(firstView.groups.html)}, other ${kb(firstView.groups.other)}` +
      (firstView.on_demand?.length ? `; not requested on a first view, so not counted (loaded when a visitor asks): ${firstView.on_demand.map((f) => `${f.path} ${kb(f.gzip)}`).join(', ')}` : '') +
      '.',
  );
  lines.push('');
  lines.push('| file | raw | gzip -9 |');
  lines.push('|---|---:|---:|');
  for (const f of firstView.files) lines.push(`| ${f.path}${f.source === 'network' ? '' : ' (not requested)'} | ${kb(f.bytes)} | ${kb(f.gzip)} |`);
  return lines.join('\n');
}

/** Prints the tables (results.markdown), the run's length and the figures not met. */
export function printResults(results, outFile) {
  console.log(results.markdown);
  console.log(`\nTotal ${results.timing.total_s.toFixed(0)} s (measuring ${results.timing.measure_s.toFixed(0)} s). Raw numbers: ${relative(process.cwd(), outFile) || outFile}.`);
  const missed = results.figures.filter((f) => f.verdict === 'MISSED' || f.verdict === 'MISSING');
  if (missed.length) console.log(`Not met: ${missed.map((f) => `${f.label} (${f.verdict})`).join('; ')}.`);
}
