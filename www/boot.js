// The first module the page runs. It starts the compute engine before
// anything else (loading the wasm and starting the pool take the longest),
// then loads the rest of the page, which takes over this engine. Its imports
// are the few modules needed to know which package and how many threads.
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

// Not awaited: app.js imports this module, which must finish evaluating first.
import('./app.js');
