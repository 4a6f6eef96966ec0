// npm run soak: one page, many runs, many pool restarts; nothing may leak or
// slow down. Not part of npm test (it takes a few minutes).
//
// In one page of headless Chromium (served like `npm start`): 200 consecutive
// runs through the experiment cards (fib(27) and sum(10M) in turn, so the
// sum's value buffer is filled in every new worker) and 50 thread-count
// changes (one every 4 runs, cycling 1, 2, 3, 4, 2 threads clipped to the
// slider, so the first and the last 20 runs use the same thread counts).
// Prints memory before and after (the proportional set size of this
// Chromium's renderer processes, which hold the page, its compute worker and
// the pool workers; the main thread's JS heap from CDP; the current compute
// worker's wasm memory) and the median run time of the first 20 runs against
// the last 20. performance.measureUserAgentSpecificMemory is not used: in
// headless Chromium 156 it answers only after 60 s, flag or not, and leaves
// out the pool workers. Fails (exit 1) when:
//   - a run is not exact or fails, or the page logs an error;
//   - the renderers' memory after the soak, garbage collected, exceeds the
//     memory before (taken after a warm-up cycle) by more than
//     MEMORY_BOUND_BYTES: every terminated worker's wasm memory, 40 MB of
//     values each time, must come back; a leak of 2 MB per worker would show;
//   - the main thread's JS heap grew by more than HEAP_BOUND_BYTES;
//   - the median of the last 20 runs exceeds SLOWDOWN_BOUND x the first 20's
//     (+ SLOWDOWN_SLACK_MS, as the machine is shared and noisy).
// Usage: node scripts/soak.mjs [--runs 200] [--changes 50] [--port 8189]
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startServer } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { openPage, poolReady, runExperiment } from './lib/page.mjs';

const MiB = 1024 * 1024;
const MEMORY_BOUND_BYTES = 64 * MiB;
const HEAP_BOUND_BYTES = 16 * MiB;
const SLOWDOWN_BOUND = 1.5;
const SLOWDOWN_SLACK_MS = 25;

const { values: opts } = parseArgs({
  options: { runs: { type: 'string', default: '200' }, changes: { type: 'string', default: '50' }, port: { type: 'string', default: '8189' } },
});
const RUNS = Number(opts.runs);
const CHANGES = Number(opts.changes);
const CYCLE = [1, 2, 3, 4, 2];
const FIB_27 = '196418';
const SUM_N = 10_000_000;
const SUM_EXACT = ((BigInt(SUM_N) * BigInt(SUM_N - 1)) / 2n).toString();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mib = (b) => `${(b / MiB).toFixed(1)} MiB`;

/** pid, parent pid and command line of every process. */
function processTable() {
  const table = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      table.push({ pid: Number(name), ppid, cmdline });
    } catch {
      // gone meanwhile
    }
  }
  return table;
}

/** Proportional set size of the renderer processes of the Chromium this script started (its descendants), in bytes (Linux). */
function rendererBytes() {
  const table = processTable();
  const ours = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of table) if (!ours.has(p.pid) && ours.has(p.ppid)) ours.add(p.pid), (grew = true);
  }
  let total = 0;
  for (const p of table) {
    if (!ours.has(p.pid) || !p.cmdline.join(' ').includes('--type=renderer')) continue;
    try {
      const kb = readFileSync(`/proc/${p.pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m);
      total += Number(kb[1]) * 1024;
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

const server = await startServer({ port: Number(opts.port) });
const browser = await launchBrowser();
const failures = [];
try {
  const { page, problems } = await openPage(browser.context, server.url);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await poolReady(page);
  const maxThreads = await page.evaluate(() => Number(document.querySelector('#threads').max));

  async function memory() {
    // Terminated workers hand their memory back asynchronously: let them.
    await page.waitForTimeout(1000);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    const page_bytes = rendererBytes();
    // The newest compute worker that still answers (a replaced one may still be listed).
    let wasm = NaN;
    for (const worker of page.workers().filter((w) => w.url().endsWith('/www/worker.js')).reverse()) {
      wasm = await worker.evaluate(() => self.ppMemoryBytes()).catch(() => NaN);
      if (!Number.isNaN(wasm)) break;
    }
    return { page_bytes, heap, wasm };
  }

  async function setThreads(k) {
    await page.evaluate((k) => {
      const slider = document.querySelector('#threads');
      slider.value = String(k);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      slider.dispatchEvent(new Event('change', { bubbles: true }));
    }, k);
    await page.waitForFunction((k) => document.querySelector('#pool')?.dataset.threadIndices?.split(',').length === k && document.body.dataset.state === 'ready', k, { timeout: 60_000 });
  }

  // A warm-up over one whole cycle of thread counts, so the renderer's
  // allocators and caches have reached their working size before "before"
  // (the first few worker replacements grow it by about 50 MiB, once).
  for (const k of CYCLE) {
    await setThreads(Math.min(k, maxThreads));
    await runExperiment(page, 'exp-fib', { n: 27, cutoff: 18 });
    await runExperiment(page, 'exp-sum', { n: SUM_N });
  }
  const before = await memory();
  console.log(`before: renderer processes ${mib(before.page_bytes)} (PSS), main-thread JS heap ${mib(before.heap)}, compute worker wasm memory ${mib(before.wasm)}`);

  const every = Math.max(1, Math.floor(RUNS / CHANGES));
  const times = [];
  const restarts = [];
  let changes = 0;
  const t0 = Date.now();
  for (let i = 0; i < RUNS; i++) {
    if (i % every === 0 && changes < CHANGES) {
      const k = Math.min(CYCLE[changes % CYCLE.length], maxThreads);
      const r0 = Date.now();
      await setThreads(k);
      restarts.push(Date.now() - r0);
      changes++;
    }
    const fib = i % 2 === 0;
    const r0 = Date.now();
    const r = fib ? await runExperiment(page, 'exp-fib', { n: 27, cutoff: 18 }) : await runExperiment(page, 'exp-sum', { n: SUM_N });
    times.push(Date.now() - r0);
    const exact = fib ? FIB_27 : SUM_EXACT;
    if (r.state !== 'done' || r.rows.some((row) => row.value !== exact || row.correct !== "true")) {
      failures.push(`run ${i + 1} (${fib ? 'fib' : 'sum'}) was not exact: ${r.error || JSON.stringify(r.rows)}`);
    }
    if ((i + 1) % 50 === 0) console.log(`  ${i + 1} runs, ${changes} thread-count changes, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  const after = await memory();
  console.log(`after:  renderer processes ${mib(after.page_bytes)}, main-thread JS heap ${mib(after.heap)}, compute worker wasm memory ${mib(after.wasm)}`);

  if (process.env.SOAK_VERBOSE) console.log(JSON.stringify({ times, restarts }));
  const first = median(times.slice(0, 20));
  const last = median(times.slice(-20));
  console.log(`${RUNS} runs and ${changes} thread-count changes in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  console.log(`median run time (click to result): first 20 runs ${first} ms, last 20 runs ${last} ms`);
  console.log(`pool restart (slider change to ready): median ${median(restarts)} ms, max ${Math.max(...restarts)} ms`);

  if (after.page_bytes - before.page_bytes > MEMORY_BOUND_BYTES) failures.push(`the renderers' memory grew by ${mib(after.page_bytes - before.page_bytes)} (bound ${mib(MEMORY_BOUND_BYTES)})`);
  if (after.heap - before.heap > HEAP_BOUND_BYTES) failures.push(`the main thread's JS heap grew by ${mib(after.heap - before.heap)} (bound ${mib(HEAP_BOUND_BYTES)})`);
  if (last > first * SLOWDOWN_BOUND + SLOWDOWN_SLACK_MS) failures.push(`runs slowed down: median ${last} ms at the end against ${first} ms at the start (bound ${SLOWDOWN_BOUND}x + ${SLOWDOWN_SLACK_MS} ms)`);
  if (problems.length) failures.push(`the page logged problems: ${problems.join(' | ')}`);
} finally {
  await browser.close();
  server.stop();
}
if (failures.length) {
  console.error(`SOAK FAILED:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`soak passed: memory within ${mib(MEMORY_BOUND_BYTES)} (page) and ${mib(HEAP_BOUND_BYTES)} (JS heap), last runs within ${SLOWDOWN_BOUND}x + ${SLOWDOWN_SLACK_MS} ms of the first`);
