// `npm run bench`: the playground's performance figures, each next to its
// target, in one run.
//
//   1. builds what it needs: `bash build.sh` (both wasm packages and dist/)
//      and `cargo build --release -p playground-cli` (the native reference);
//   2. serves a snapshot of dist/ plus bench/ (the bench page) with serve.json's
//      headers, exactly as the tests serve the page (scripts/lib/server.mjs);
//   3. measures, interleaving headless Chromium (the threaded wasm package on
//      the same compute worker the page uses) and the native CLI
//      (`target/bench-native/release/playground <workload> ... --json`, built with -C target-cpu=native): in every round and
//      for every workload one wasm run and one native run, their order
//      alternating, so a noisy neighbour hits both sides alike;
//   4. prints a Markdown table (machine line first) and writes every raw number
//      to bench-results.json.
//
// The machine may be shared: around every run the bench reads /proc to see how
// much CPU other processes took. After a noisy run it waits (briefly) for
// quiet, and a wasm/native pair during which others held a quarter core or more
// is measured once more (within a budget); both facts are printed and kept.
//
// Every compute figure is the median over rounds of each run's median (each run
// itself takes several samples after a warm-up, see crates/core/src/measure.rs).
//
// Options: --rounds N (default 5), --no-build (use what is built),
//          --out FILE (default bench-results.json).
//
// The parts live in scripts/bench/, one measurement or step each; this file
// only puts them in order.
import { launchChromium } from './lib/browser.mjs';
import { openBenchPage } from './bench/bench-page.mjs';
import { assertBuilt, buildAll } from './bench/build.mjs';
import { scalingRows } from './bench/compute.mjs';
import { THREAD_CHANGES } from './bench/config.mjs';
import { evaluateFigures } from './bench/figures.mjs';
import { measureFirstView } from './bench/first-view.mjs';
import { log } from './bench/log.mjs';
import { describeMachine } from './bench/machine.mjs';
import { newMeasurements } from './bench/measurements.mjs';
import { parseOptions } from './bench/options.mjs';
import { collectResults, writeResults } from './bench/results.mjs';
import { runRounds } from './bench/rounds.mjs';
import { serveSite } from './bench/site.mjs';
import { printResults, render } from './bench/table.mjs';
import { measureThreadChanges } from './bench/thread-change.mjs';
import { measureOverhead } from './bench/overhead.mjs';

const opts = parseOptions();
const began = performance.now();

async function main() {
  const build = opts.build ? buildAll() : {};
  assertBuilt();

  const site = await serveSite();
  const browser = await launchChromium();
  const measureStart = performance.now();
  const m = newMeasurements();
  let bench;
  try {
    const machine = describeMachine(browser);
    log(`==> ${machine.cores} cores, ${machine.cpu}, ${machine.chromium}, ${opts.rounds} rounds`);

    log('==> first view: recording the threaded page’s responses');
    m.firstView = await measureFirstView(browser, site.url, site.dir);

    bench = await openBenchPage(browser, site.url);
    machine.browser_cores = bench.info.hardwareConcurrency;
    machine.user_agent = bench.info.userAgent;

    log(`==> ${THREAD_CHANGES} thread-count changes on the bench page`);
    await measureThreadChanges(m, bench.page);

    log('==> the pool\'s own costs: joins and wake-ups, wasm and native');
    await measureOverhead(m, bench.page, Math.min(3, opts.rounds));

    await runRounds(m, { browser, page: bench.page, url: site.url, rounds: opts.rounds });
    if (bench.problems.length) log(`bench page reported: ${bench.problems.join('; ')}`);

    const results = collectResults({ machine, rounds: opts.rounds, build, began, measureStart, m, figures: evaluateFigures(m), scalingRows: scalingRows(m) });
    results.markdown = render(results);
    printResults(results, writeResults(results, opts.out));
  } finally {
    await bench?.context.close().catch(() => {});
    await browser.close();
    site.stop();
  }
}

await main();
