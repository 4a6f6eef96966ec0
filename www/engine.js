// The compute engine of the page and what it was started with: which
// package, how many threads, the settings from the URL. Evaluating this
// module starts the engine (loading the wasm and starting the pool take the
// longest), so boot.js imports it before anything else; app.js imports it to
// take the engine over. Its imports are the few modules needed to know which
// package and how many threads.
//
// Whether the page gets threads is decided by trying, not by a flag:
// `crossOriginIsolated` is no proof (WebKitGTK 2.50 says true and has no
// SharedArrayBuffer), and a phone may refuse the shared memory. In order:
//   1. the browser has what the threaded package needs (missingFeature);
//   2. a shared WebAssembly.Memory can be created and posted (probeSharedMemory);
//   3. the threaded package really starts: its worker loads, its shared memory
//      is allocated, every pool thread answers, all within
//      WATCHDOG.tryThreadsMs.
// The first that fails gives the reason (threadsOffReason), and the
// one-thread package starts instead. This module waits for the answer (a
// top-level await) before app.js, which imports it, builds the page, so
// everything the page shows and offers follows what really runs.
import { ComputeWorker, WATCHDOG } from './compute.js';
import { missingFeature, probeSharedMemory, threadsOffReason } from './capabilities.js';
import { PACKAGES } from './protocol.js';
import { EXPERIMENTS } from './catalog.js';
import { parseSettings } from './url-state.js';
import { CLAIMS } from './lesson/claims.js';

/** The claims a course may pick with claims=. */
const claimIds = CLAIMS.map((c) => c.id);

performance.mark('pp:boot');
export const cores = Math.max(1, navigator.hardwareConcurrency || 1);
export const isolated = globalThis.crossOriginIsolated === true;

let readyListener = null;
let lastReady = null;
/** Calls `listener` for every pool that comes up, including one that came up before it was set. */
export function onPoolReady(listener) {
  readyListener = listener;
  if (lastReady) listener(lastReady);
}
const onReady = (info) => {
  lastReady = info;
  readyListener?.(info);
};

const threadsMax = Math.max(2, 2 * cores);
const wanted = parseSettings(location.search, { experiments: EXPERIMENTS, maxThreads: threadsMax, defaultThreads: cores, claimIds });

/** Tries the threaded package; `{ compute, firstPool }` when it runs, else `{ why }` (a reason for a person, '' to let the page explain a missing isolation itself). */
async function tryThreads(threads) {
  // A browser that cannot run even the one-thread package: nothing to fall back to; its start says why.
  if (missingFeature(PACKAGES.single)) return { why: '' };
  const missing = missingFeature(PACKAGES.threads);
  if (missing) return { why: missing };
  const unshareable = probeSharedMemory();
  if (unshareable) {
    // Not isolated: the usual case (a plain host, an iframe in Firefox or
    // Safari), which the page explains with the headers and a link.
    return { why: isolated ? threadsOffReason(unshareable, { isolated }) : '' };
  }
  const compute = new ComputeWorker(PACKAGES.threads, { onReady });
  const firstPool = compute.start(threads, undefined, { budgetMs: WATCHDOG.tryThreadsMs });
  try {
    await firstPool;
    return { compute, firstPool };
  } catch (e) {
    compute.stopWorker(e);
    return { why: threadsOffReason(e, { isolated, budgetMs: WATCHDOG.tryThreadsMs }) };
  }
}

const tried = await tryThreads(wanted.settings.threads);
performance.mark('pp:engine-decided');

/** Whether the threaded package runs: it started, with its pool, in this browser. */
export const threaded = Boolean(tried.compute);
/** Why threads are off although the page could have had them (a refused memory, a pool that never answered, ...), in words that say what would turn them on; '' when threads run or the page is simply not isolated. */
export const threadsMissing = tried.why ?? '';
export const pkg = threaded ? PACKAGES.threads : PACKAGES.single;
export const maxThreads = threaded ? threadsMax : 1;
export const { settings, notes } = threaded ? wanted : parseSettings(location.search, { experiments: EXPERIMENTS, maxThreads, defaultThreads: cores, claimIds });

export const compute = tried.compute ?? new ComputeWorker(pkg, { onReady });
/** The first pool: the URL's thread count where threads are available. */
export const firstPool = tried.firstPool ?? compute.start(1);
firstPool.catch(() => {}); // app.js reports a failed start
