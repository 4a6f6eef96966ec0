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
//      is allocated, every pool thread answers, all within a budget; a start
//      that misses it is tried again on a fresh worker with a longer one
//      (WATCHDOG.threadTriesMs), the page saying so.
// The first that fails for good gives the reason (threadsOffReason), and the
// one-thread package starts instead. Where another start may succeed (a pool
// that did not answer in time), the page keeps trying in the background
// and switches to threads when a pool answers (keepTryingThreads). A browser
// that cannot share memory at all (WebKitGTK here) goes straight to one thread. This module waits for the answer (a
// top-level await) before app.js, which imports it, builds the page, so
// everything the page shows and offers follows what really runs.
import { ComputeWorker, CancelledError, WATCHDOG } from './compute.js';
import { missingFeature, probeSharedMemory, threadsOffReason } from './capabilities.js';
import { PACKAGES, STAGES } from './protocol.js';
import { seconds } from './format.js';
import { startStalls } from './debug.js';
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

/** Says how the start goes, where the page will show its pool (#pool, and #status for screen readers), before app.js builds the page. */
function say(pool, status) {
  const poolLine = document.getElementById('pool');
  if (poolLine) poolLine.textContent = pool;
  const statusLine = document.getElementById('status');
  if (statusLine && status) statusLine.textContent = status;
}

/** The fault knob ?debug=stall-threads: how many threaded starts stop before their pool answers. */
let stalls = startStalls();
/** Threaded starts tried in this page so far (shown to tests as body[data-thread-tries]). */
let starts = 0;

/**
 * One start of the threaded package on a fresh worker, within `budgetMs`:
 * resolves `{ compute, firstPool, adopt }`, or rejects with its ComputeError.
 * With `quiet` (a try in the background) its pools are shown only once
 * `adopt()` makes it the page's engine.
 */
async function startThreaded(threads, budgetMs, { quiet = false } = {}) {
  starts += 1;
  document.body.dataset.threadTries = String(starts);
  let adopted = !quiet;
  const compute = new ComputeWorker(PACKAGES.threads, { onReady: (info) => adopted && onReady(info) });
  const firstPool = compute.start(threads, undefined, { budgetMs, stall: stalls > 0 });
  stalls = Math.max(0, stalls - 1);
  try {
    const info = await firstPool;
    return { compute, firstPool, adopt: () => ((adopted = true), onReady(info)) };
  } catch (e) {
    compute.stopWorker(e);
    throw e;
  }
}

/**
 * A failed start that another start may well not repeat: a pool that did
 * not answer in time, or whose threads failed to start (Firefox now and then
 * never starts some nested workers; a busy device can be slow). A missing
 * feature or file, or a refused memory, fails the same way every time.
 */
const mayPassNextTime = (e) => e?.stage === 'timeout' || e?.stage === STAGES.pool;

/**
 * Tries the threaded package: `{ compute, firstPool }` when it runs, else
 * `{ why, retry }` (a reason for a person, '' to let the page explain a
 * missing isolation itself; `retry` when another start in the background may
 * succeed). A start that misses its deadline is tried again on a fresh
 * worker with a longer budget (WATCHDOG.threadTriesMs), saying so.
 */
async function tryThreads(threads) {
  // A browser that cannot run even the one-thread package: nothing to fall back to; its start says why.
  if (missingFeature(PACKAGES.single)) return { why: '' };
  const missing = missingFeature(PACKAGES.threads);
  if (missing) return { why: missing };
  // A browser that cannot share memory at all (WebKitGTK here) goes straight to one thread: no start could work.
  const unshareable = probeSharedMemory();
  if (unshareable) {
    // Not isolated: the usual case (a plain host, an iframe in Firefox or
    // Safari), which the page explains with the headers and a link.
    return { why: isolated ? threadsOffReason(unshareable, { isolated }) : '' };
  }
  const budgets = WATCHDOG.threadTriesMs;
  let error;
  for (const [i, budgetMs] of budgets.entries()) {
    if (i > 0) {
      const missed = error.stage === 'timeout' ? `did not answer within ${seconds(budgets[i - 1])}` : `could not start (${error.cause})`;
      say(`starting threads again (try ${i + 1} of ${budgets.length})…`,
        `The thread pool ${missed}: trying again with a fresh pool (try ${i + 1} of ${budgets.length}, up to ${seconds(budgetMs)}).`);
    }
    try {
      const started = await startThreaded(threads, budgetMs);
      document.body.dataset.threadsVia = i === 0 ? 'first' : 'retry';
      return started;
    } catch (e) {
      error = e;
      if (!mayPassNextTime(e)) break;
    }
  }
  const retry = mayPassNextTime(error);
  return { why: threadsOffReason(error, { isolated, budgetMs: budgets.at(-1), tries: retry ? budgets.length : 1, background: retry }), retry };
}

const tried = await tryThreads(wanted.settings.threads);
performance.mark('pp:engine-decided');

// What runs now. `let`: a page that fell back switches to threads when a
// pool answers later (keepTryingThreads); modules that import these see the
// change (ES module bindings are live).
/** Whether the threaded package runs: it started, with its pool, in this browser. */
export let threaded = Boolean(tried.compute);
/** Why threads are off although the page could have had them (a refused memory, a pool that never answered, ...), in words that say what would turn them on; '' when threads run or the page is simply not isolated. */
export let threadsMissing = tried.why ?? '';
export let pkg = threaded ? PACKAGES.threads : PACKAGES.single;
export let maxThreads = threaded ? threadsMax : 1;
/** The thread count the address asked for, where threads run. */
export const wantedThreads = wanted.settings.threads;
const parsed = threaded ? wanted : parseSettings(location.search, { experiments: EXPERIMENTS, maxThreads, defaultThreads: cores, claimIds });
export const { settings } = parsed;
/** What the page adjusted in the address, in words (the thread count's range follows what runs). */
export let notes = parsed.notes;

export let compute = tried.compute ?? new ComputeWorker(pkg, { onReady });
/** The first pool: the URL's thread count where threads are available. */
export const firstPool = tried.firstPool ?? compute.start(1);
firstPool.catch(() => {}); // app.js reports a failed start

/**
 * After a fallback that another start may mend (a pool that did not answer
 * in time), keeps trying the threaded package in the background, at growing
 * intervals (WATCHDOG.backgroundTriesMs), only while `idle()` says nothing
 * runs (a start takes cores a measurement would need). When a pool answers
 * it waits for `idle()` again, makes it the page's engine, calls
 * `switched(firstPool)` (the page offers threads) and then shows the pool
 * as every pool is shown (onPoolReady). Does nothing where threads run or cannot.
 */
export async function keepTryingThreads(idle, switched) {
  if (threaded || !tried.retry) return;
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const whenIdle = async () => {
    while (!idle()) await pause(500);
  };
  for (const delay of WATCHDOG.backgroundTriesMs) {
    await pause(delay);
    await whenIdle();
    let started;
    try {
      started = await startThreaded(wantedThreads, WATCHDOG.threadTriesMs.at(-1), { quiet: true });
    } catch {
      continue; // the page already says why threads are off; the next try comes later
    }
    await whenIdle();
    const old = compute;
    compute = started.compute;
    threaded = true;
    threadsMissing = '';
    pkg = PACKAGES.threads;
    maxThreads = threadsMax;
    notes = wanted.notes;
    document.body.dataset.threadsVia = 'background';
    old.stopWorker(new CancelledError('Stopped: threads are on now.'));
    switched(started.firstPool);
    started.adopt();
    return;
  }
}
