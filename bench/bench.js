// The wasm side of `npm run bench` (scripts/bench.mjs drives it with
// Playwright). It loads the compute worker exactly as the playground page
// does, the threaded package on a pool of k Web Worker threads, and exposes:
//   window.benchInfo()         what the page sees: isolation, cores, user agent
//   window.startPool(k)        (re)starts the pool with k threads; the pool's info
//                              (timings.total_ms = start to ready) and the wall time
//   window.bench(request, k)   the core's RunReport of `request` on a pool of k
//                              threads (restarting the pool first if k differs)
//   window.benchTimeline(request, k)  the same request recorded as a task
//                              timeline (one call per variant), spans counted
import { ComputeWorker } from '../www/compute.js';

const status = document.getElementById('status');
const compute = new ComputeWorker('threads');
let poolThreads = 0;

window.benchInfo = () => ({
  crossOriginIsolated: self.crossOriginIsolated,
  hardwareConcurrency: navigator.hardwareConcurrency,
  userAgent: navigator.userAgent,
});

window.startPool = async (k) => {
  poolThreads = 0;
  const t0 = performance.now();
  const info = await compute.start(k);
  const wall_ms = performance.now() - t0;
  poolThreads = k;
  status.textContent = `${k} thread(s) ready in ${info.timings.total_ms.toFixed(1)} ms`;
  return { info, wall_ms };
};

window.bench = async (request, k) => {
  if (poolThreads !== k) await window.startPool(k);
  const t0 = performance.now();
  const report = await compute.run(request);
  return { report, wall_ms: performance.now() - t0 };
};

// The pool's own costs (crates/core/src/overhead.rs): ns per join, µs per wake-up.
window.benchOverhead = async (k, rounds, joins, idleMs) => {
  if (poolThreads !== k) await window.startPool(k);
  return compute.run({ rounds, joins, idle_ms: idleMs }, 'overhead');
};

// One recorded run of each variant (the page's task timeline), spans counted
// but not returned: the bench needs the recorded calls' times, not the bars.
window.benchTimeline = async (request, k) => {
  if (poolThreads !== k) await window.startPool(k);
  const report = await compute.run(request, 'timeline');
  const variants = (report?.variants ?? []).map(({ spans, ...v }) => ({ ...v, span_count: Array.isArray(spans) ? spans.length : null }));
  return { report: { ...report, variants } };
};

if (self.crossOriginIsolated) {
  document.body.dataset.state = 'ready';
  status.textContent = 'ready: call window.bench(request, threads)';
} else {
  // Threads need a SharedArrayBuffer: without COOP/COEP every figure would be wrong.
  document.body.dataset.state = 'error';
  status.textContent = 'not cross-origin isolated: serve with serve.json (COOP/COEP)';
}
