// The compute worker: loads one wasm package, starts rayon's pool in it and
// runs measurements on request. All computing happens here, never on the
// page's main thread: there `Atomics.wait` is forbidden, rayon would spin
// and the page would freeze.
//
// Faults (see compute.js for the page's side): a file that cannot be loaded
// is named in the start-up error; a panic on this thread is handed to
// `ppPanic` by the wasm's panic hook just before the trap, and the error
// carries its words; a panic on a pool thread is broadcast by the wasm itself
// on the channel the page names in INIT, because this thread is then blocked
// and cannot say anything.
import { MSG, PACKAGES, STAGES, ERRORS, WASM_PAGE, isOurs, importedMemory, readyMessage, resultMessage, errorMessage, errorValue, stageMessage } from './protocol.js';
import { missingFileOf, missingFile, sitePath } from './load-failure.js';

let wasm = null;
let memory = null; // the instance's WebAssembly.Memory
let lastPanic = null; // { thread, message, location } of this thread's last panic

/** Bytes of wasm memory now (it only grows). For scripts/soak.mjs and debugging; only answers between runs. */
self.ppMemoryBytes = () => memory?.buffer.byteLength ?? 0;

/** Called by the wasm's panic hook on this thread (crates/wasm/src/panic.rs), just before the trap. */
self.ppPanic = (panic) => {
  lastPanic = panic;
};

/** "MESSAGE, at FILE:LINE:COL", at most 400 characters; '' without a panic. */
function panicSummary(panic) {
  if (!panic) return '';
  const words = panic.location ? `${panic.message}, at ${panic.location}` : String(panic.message);
  return words.length > 400 ? `${words.slice(0, 400)}…` : words;
}

/** Why `url` did not load, naming the file (load-failure.js), or the browser's words when every file is there. */
async function describeLoadFailure(url, cause) {
  const missing = await missingFileOf([url]);
  if (missing) return missing;
  return `${sitePath(url)} (or a file it imports) could not be loaded: ${cause?.message ?? cause}. Reload the page; if this stays, the site is broken: tell its author`;
}

/** A failed start, with the stage (protocol.js STAGES) that failed; its words have no final full stop (the page puts them in a sentence). */
class StartError extends Error {
  constructor(stage, message) {
    super(message);
    this.stage = stage;
  }
}

/** Why instantiating the package failed: a memory the browser would not give, or anything else. */
async function describeInstantiateFailure(pkg, wasmUrl, e) {
  const words = `${e?.name ?? 'Error'}: ${e?.message ?? e}`;
  // Browsers throw a RangeError when they cannot reserve a memory ("could
  // not allocate memory", "Out of memory"); Firefox may name it otherwise.
  if (!(e instanceof RangeError || /memory/i.test(String(e?.message)))) {
    return new StartError(STAGES.load, `${sitePath(wasmUrl)} could not be instantiated (${words}). Reload the page; if this stays, tell the site's author`);
  }
  if (pkg !== PACKAGES.threads) return new StartError(STAGES.memory, `this browser refused the engine's memory (${words})`);
  let size = 'the shared memory';
  try {
    const limits = importedMemory(await (await fetch(wasmUrl)).arrayBuffer());
    if (limits?.maximum) size = `${Math.round((limits.maximum * WASM_PAGE) / 2 ** 20).toLocaleString('en')} MiB of shared memory`;
  } catch {
    // the size stays unnamed
  }
  return new StartError(STAGES.memory, `this browser refused to reserve ${size} for the threaded engine (${words})`);
}

async function init({ pkg, threads, faultChannel, stall = false }) {
  if (!Object.hasOwn(PACKAGES, pkg)) throw new StartError(STAGES.load, `unknown wasm package "${pkg}"`);
  const t0 = performance.now();
  const jsUrl = new URL(`./pkg/${pkg}/playground_wasm.js`, import.meta.url);
  try {
    wasm = await import(jsUrl.href);
  } catch (e) {
    throw new StartError(STAGES.load, await describeLoadFailure(jsUrl, e));
  }
  // Fetched here, not by the package's init, so a missing file gets its name in the message.
  const wasmUrl = new URL(`./pkg/${pkg}/playground_wasm_bg.wasm`, import.meta.url);
  let response;
  try {
    response = await fetch(wasmUrl);
  } catch (e) {
    throw new StartError(STAGES.load, await describeLoadFailure(wasmUrl, e));
  }
  if (!response.ok) throw new StartError(STAGES.load, missingFile(sitePath(wasmUrl), response.status));
  self.postMessage(stageMessage(STAGES.load));
  // Instantiating allocates the memory: for the threaded package a shared
  // memory with the module's declared maximum, which a browser may refuse.
  try {
    memory = (await wasm.default({ module_or_path: response })).memory;
  } catch (e) {
    throw await describeInstantiateFailure(pkg, wasmUrl, e);
  }
  self.postMessage(stageMessage(STAGES.memory));
  // The fault knob ?debug=stall-threads (debug.js): stop here for ever, as a
  // start whose pool threads never answer does (Firefox, now and then), until
  // the page's watchdog gives up on this worker.
  if (stall) await new Promise(() => {});
  const t1 = performance.now();
  // The threaded package builds rayon's global pool once per instance; the
  // page replaces this whole worker to change the thread count.
  if (pkg === PACKAGES.threads) {
    if (faultChannel) wasm.reportPanics(faultChannel);
    try {
      await wasm.initThreadPool(threads);
    } catch (e) {
      throw new StartError(STAGES.pool, `${e?.name ?? 'Error'}: ${e?.message ?? e}`);
    }
  }
  const t2 = performance.now();
  // Absolute times (timeOrigin + now) let the page place the worker's steps on its own clock.
  return readyMessage(wasm.poolInfo(), { load_ms: t1 - t0, pool_ms: t2 - t1, worker_origin: performance.timeOrigin, init_at: performance.timeOrigin + t0 });
}

/** Fault injection (www/debug.js, `?debug=faults`): only a test build (PP_FAULTS=1) has these exports. */
function inject(fault) {
  if (typeof wasm.debugPanic !== 'function') {
    throw new Error('This build of the engine has no fault injection. Build it with PP_FAULTS=1 bash build.sh to try the faults.');
  }
  if (fault?.kind === 'panic') wasm.debugPanic(String(fault.where));
  else if (fault?.kind === 'hang') wasm.debugHang(Number(fault.ms ?? 3_600_000));
  else throw new Error(`Unknown fault ${JSON.stringify(fault?.kind)}: use panic or hang.`);
  return { fault, returned: true };
}

/** What a request asks of the engine. */
async function answer(data) {
  if (data.type === MSG.FAULT) return inject(data.fault);
  if (data.what === 'estimate') return wasm.estimate(data.request);
  if (data.what === 'timeline') return wasm.timeline(data.request);
  // The pool's own costs, for npm run bench (bench/bench.js).
  if (data.what === 'overhead') return wasm.overhead(Number(data.request.rounds), Number(data.request.joins), Number(data.request.idle_ms));
  return wasm.run(data.request);
}

self.addEventListener('message', async ({ data }) => {
  if (!isOurs(data)) return;
  if (data.type === MSG.INIT) {
    try {
      self.postMessage(await init(data));
    } catch (e) {
      // The words as they are: the page says "could not start" around them, or why threads are off.
      self.postMessage(errorMessage(null, errorValue(ERRORS.start, e.message ?? e, panicSummary(lastPanic), e.stage ?? '')));
    }
  } else if (data.type === MSG.RUN || data.type === MSG.FAULT) {
    lastPanic = null;
    try {
      const report = await answer(data);
      self.postMessage(resultMessage(data.id, report, wasm.bufferBytes()));
    } catch (e) {
      // A trap ("unreachable") means a panic: this instance is unusable now,
      // and the page replaces this worker when it sees the kind 'crashed'.
      if (e instanceof WebAssembly.RuntimeError) {
        const panic = panicSummary(lastPanic);
        const what = panic ? `panic: ${panic}` : `${e.name}: ${e.message}`;
        self.postMessage(errorMessage(data.id, errorValue(ERRORS.crashed, `The computation crashed (${what}). The engine was restarted; run again.`, `${e.name}: ${e.message}`)));
      } else {
        // The engine's own words (a JsError from Rust): what to change in the request.
        self.postMessage(errorMessage(data.id, errorValue(ERRORS.refused, e.message ?? String(e), panicSummary(lastPanic))));
      }
    }
  }
});
