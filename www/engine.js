// The compute engine of the page and what it was started with: which
// package, how many threads, the settings from the URL. Evaluating this
// module starts the engine (loading the wasm and starting the pool take the
// longest), so boot.js imports it before anything else; app.js imports it to
// take the engine over. Its imports are the few modules needed to know which
// package and how many threads.
import { ComputeWorker, missingFeature } from './compute.js';
import { PACKAGES } from './protocol.js';
import { EXPERIMENTS } from './catalog.js';
import { parseSettings } from './url-state.js';

performance.mark('pp:boot');
export const cores = Math.max(1, navigator.hardwareConcurrency || 1);
export const isolated = globalThis.crossOriginIsolated === true;
/** Why an isolated page still cannot run threads (an old browser), or ''. The one-thread package then runs. */
export const threadsMissing = isolated ? missingFeature(PACKAGES.threads) : '';
/** Whether the threaded package runs: isolation and a WebAssembly with threads. */
export const threaded = isolated && !threadsMissing;
export const pkg = threaded ? PACKAGES.threads : PACKAGES.single;
export const maxThreads = threaded ? Math.max(2, 2 * cores) : 1;
export const { settings, notes } = parseSettings(location.search, { experiments: EXPERIMENTS, maxThreads, defaultThreads: cores });

let readyListener = null;
let lastReady = null;
/** Calls `listener` for every pool that comes up, including one that came up before it was set. */
export function onPoolReady(listener) {
  readyListener = listener;
  if (lastReady) listener(lastReady);
}

export const compute = new ComputeWorker(pkg, {
  onReady: (info) => {
    lastReady = info;
    readyListener?.(info);
  },
});
/** The first pool: the URL's thread count where threads are available. */
export const firstPool = compute.start(threaded ? settings.threads : 1);
firstPool.catch(() => {}); // app.js reports a failed start
