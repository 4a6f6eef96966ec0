// What this browser offers the engine, found by trying, and the words that
// say what is missing and what would turn it on. Nothing here starts a
// worker: the worker bridge (compute.js) and the engine's start (engine.js)
// ask these questions and show these words.
//   missingFeature(pkg)     what the package needs and the browser lacks
//   probeSharedMemory()     whether a shared WebAssembly.Memory can leave this thread
//   threadsOffReason(...)   why threads are off after a failed try, and what would turn them on
import { PACKAGES, STAGES } from './protocol.js';
import { seconds } from './format.js';

// The smallest modules that need fixed-width SIMD and wasm threads (shared
// memory + atomics), as the wasm-feature-detect project writes them.
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);
const THREADS_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 5, 4, 1, 3, 1, 1, 10, 11, 1, 9, 0, 65, 0, 254, 16, 2, 0, 26, 11]);

const UPDATE = 'Update this browser, or open the page in a current Chrome, Edge, Firefox or Safari.';

/** What this browser lacks to run package `pkg`, in words a person can act on; '' when nothing. */
export function missingFeature(pkg, g = globalThis) {
  const wasm = g.WebAssembly;
  if (typeof wasm !== 'object' || wasm === null || typeof wasm.validate !== 'function') {
    return `This browser has no WebAssembly, which every computation on this page runs in. ${UPDATE}`;
  }
  if (typeof g.Worker !== 'function') return `This browser has no Web Workers, which the computations run in. ${UPDATE}`;
  if (!supportsModuleWorkers(g)) {
    return `This browser cannot start module workers (Chrome 80, Firefox 114 and Safari 15 can), which the computations run in. ${UPDATE}`;
  }
  if (!validates(wasm, SIMD_PROBE)) {
    return `This browser's WebAssembly has no SIMD (fixed-width SIMD: Chrome 91, Firefox 89 and Safari 16.4 and later have it), which the engine is built with. ${UPDATE}`;
  }
  if (pkg === PACKAGES.threads && !validates(wasm, THREADS_PROBE)) {
    return `This browser's WebAssembly has no threads (shared memory and atomics), which the thread pool needs. ${UPDATE}`;
  }
  return '';
}

/**
 * Tries what threads need before anything is loaded: a shared
 * WebAssembly.Memory that can be posted to another agent. Some engines say
 * `crossOriginIsolated` and still cannot (WebKitGTK 2.50 has no
 * SharedArrayBuffer and refuses to clone the memory), and an engine could
 * allow it without saying so. Returns '' when it works, else what failed
 * (`Name: message`, the browser's own words).
 */
export function probeSharedMemory(g = globalThis) {
  let port1, port2;
  try {
    const memory = new g.WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
    ({ port1, port2 } = new g.MessageChannel());
    // The same structured clone a Worker's postMessage does: it throws a
    // DataCloneError where shared memory cannot leave this thread.
    port1.postMessage(memory);
    return '';
  } catch (e) {
    const words = `${e?.name ?? 'Error'}: ${e?.message ?? e}`;
    return typeof g.SharedArrayBuffer === 'function' ? words : `SharedArrayBuffer is not defined, and ${words}`;
  } finally {
    port1?.close();
    port2?.close();
  }
}

/**
 * Why threads are off after a failed try (probeSharedMemory's words, or the
 * ComputeError of a failed start of the threaded package: its `stage`,
 * `reached` and `cause`, the worker's own words), and what would turn them
 * on: one paragraph a person can act on. `budgetMs`: how long the last
 * start that timed out was given; `tries`: how many starts were made;
 * `background`: whether the page goes on trying in the background.
 */
export function threadsOffReason(error, { isolated = true, budgetMs = 0, tries = 1, background = false } = {}) {
  if (typeof error === 'string') {
    // probeSharedMemory's words.
    return isolated
      ? `Threads are off here: this browser says the page is cross-origin isolated, but it cannot share WebAssembly memory with a worker (${error}), which the thread pool needs. Current Chrome, Edge, Firefox and Safari can; open the page in one of them to get threads.`
      : `Threads are off here: this page is not cross-origin isolated, so the browser does not let Web Workers share WebAssembly memory (${error}). Serve it with the Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy headers (npm start does), or open it from a host that sends them.`;
  }
  const cause = error?.cause ?? error?.message ?? String(error);
  const starts = tries > 1 ? ` (${tries} starts, each on a fresh pool)` : '';
  const next = background
    ? 'The page keeps trying in the background and switches to threads, saying so, when a pool answers; reloading the page tries again too'
    : 'Reload the page to try again';
  switch (error?.stage) {
    case STAGES.feature:
      return cause;
    case STAGES.memory:
      // The worker names the size: "this browser refused to reserve N MiB of shared memory (RangeError: ...)".
      return `Threads are off here: ${cause}. Close other tabs or apps and reload the page to try again, or use a device with more memory, to get threads.`;
    case STAGES.load:
      return `Threads are off here: the threaded engine could not be loaded: ${cause}.`;
    case STAGES.pool:
      return `Threads are off here: the threaded engine loaded, but its pool of worker threads could not start${starts} (${cause}). ${next}; if this stays, this browser cannot run WebAssembly threads here.`;
    case 'timeout': {
      const what = error.reached === STAGES.memory ? 'the threaded engine and its shared memory were ready, but its pool of worker threads' : 'the threaded engine';
      const when = tries > 1 ? `in ${tries} starts on fresh pools, the last given ${seconds(budgetMs)}` : `within ${seconds(budgetMs)}`;
      return `Threads are off here: ${what} did not answer ${when} (a busy device can be slow to start threads). ${next}; if this stays, this browser cannot start WebAssembly threads here.`;
    }
    default:
      return `Threads are off here: the threaded engine could not start (${cause}). Reload the page to try again; if this stays, this browser cannot run WebAssembly threads here.`;
  }
}

/** What the page says after every reason threads are off. */
export const ONE_THREAD_STILL_RUNS = 'Everything still runs, on one thread, so you can compare structure but not parallel execution.';

/** Why threads are off on a page that is not cross-origin isolated (`embedded`: inside another site's iframe), and the words of the link that gets them. */
export function notIsolatedWords(embedded) {
  return embedded
    ? {
      why: 'Threads are off here: inside this course page the browser does not isolate the playground, and Web Workers can only share WebAssembly memory on a cross-origin isolated page (Chromium does this inside iframes; Firefox and Safari do not yet).',
      link: 'Open the playground in a new tab to get threads',
    }
    : {
      why: 'Threads are off here. Web Workers can only share WebAssembly memory on a cross-origin isolated page, and this one is not: its server does not send the Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy headers.',
      link: 'To get threads, serve it with those headers (npm start does) or open it from a host that sends them.',
    };
}

/** What the page says when threads came on after it had fallen back to one thread. */
export const threadsOnNow = (maxThreads) =>
  `Threads are on now: a pool of worker threads answered on a later try, so the slider offers 1 to ${maxThreads} threads. Results measured before on one thread are kept.`;

function validates(wasm, bytes) {
  try {
    return wasm.validate(bytes) === true;
  } catch {
    return false;
  }
}

/** Reads `type` from the options the way a browser that knows module workers does; no worker starts (the URL is invalid). */
function supportsModuleWorkers(g) {
  let supported = false;
  try {
    new g.Worker('http://[', {
      get type() {
        supported = true;
        return 'module';
      },
    });
  } catch {
    // the invalid URL: expected
  }
  return supported;
}

