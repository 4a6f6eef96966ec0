// The compute worker: loads one wasm package, starts rayon's pool in it and
// runs measurements on request. All computing happens here, never on the
// page's main thread: there `Atomics.wait` is forbidden, rayon would spin
// and the page would freeze.
//
// Faults (see compute.js for the page's side): a file that cannot be loaded
// is named in the start-up error; a panic on this thread traps, and the error
// carries the panic's text; a panic on a pool thread is broadcast by the wasm
// itself on the channel the page names in INIT, because this thread is then
// blocked and cannot say anything.
import { MSG, PACKAGES, isOurs, readyMessage, resultMessage, errorMessage } from './protocol.js';

let wasm = null;
let memory = null; // the instance's WebAssembly.Memory
let lastPanic = '';

/** Bytes of wasm memory now (it only grows). For scripts/soak.mjs and debugging; only answers between runs. */
self.ppMemoryBytes = () => memory?.buffer.byteLength ?? 0;

// console_error_panic_hook reports a Rust panic through console.error just
// before the trap; keep the text so the page can show what went wrong.
const consoleError = console.error.bind(console);
console.error = (...args) => {
  lastPanic = args.map(String).join(' ');
  consoleError(...args);
};

/**
 * The panic's own words from console_error_panic_hook's text
 * ("panicked at FILE:LINE:COL:\nMESSAGE\n\nStack:\n\n…"): "MESSAGE, at FILE:LINE:COL".
 */
function panicSummary(text) {
  const body = String(text).split(/\n\s*\nStack:/)[0].trim();
  if (!body) return '';
  const m = body.match(/^panicked at (.+?):\n([\s\S]*)$/);
  const words = m ? `${m[2].trim()}, at ${m[1]}` : body;
  return words.length > 400 ? `${words.slice(0, 400)}…` : words;
}

/** The path of `url` on this site, as a person would look for it. */
const sitePath = (url) => new URL(url).pathname;

/** Why `url` did not load, naming the file: asks the server once more for its status. */
async function describeLoadFailure(url, cause) {
  const path = sitePath(url);
  let status = 0;
  try {
    status = (await fetch(url, { cache: 'no-store' })).status;
  } catch {
    return `${path} could not be fetched (the network or the server did not answer). Check the connection and reload the page.`;
  }
  if (status >= 400) return missingFile(path, status);
  // The module itself is there: one of the files it imports (wasm-bindgen's snippets) may not be.
  try {
    const source = await (await fetch(url, { cache: 'no-store' })).text();
    for (const [, spec] of source.matchAll(/\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const dep = new URL(spec, url);
      const res = await fetch(dep, { cache: 'no-store' });
      if (!res.ok) return missingFile(sitePath(dep), res.status);
    }
  } catch {
    // fall through to the browser's own words
  }
  return `${path} (or a file it imports) could not be loaded: ${cause?.message ?? cause}. Reload the page; if this stays, the site is broken: tell its author.`;
}

const missingFile = (path, status) =>
  `the file ${path} is missing on the server (HTTP ${status}). The site was published without part of its build: reload the page, and if this stays, tell its author.`;

async function init({ pkg, threads, faultChannel }) {
  if (!Object.hasOwn(PACKAGES, pkg)) throw new Error(`Unknown wasm package "${pkg}".`);
  const t0 = performance.now();
  const jsUrl = new URL(`./pkg/${pkg}/playground_wasm.js`, import.meta.url);
  try {
    wasm = await import(jsUrl.href);
  } catch (e) {
    throw new Error(await describeLoadFailure(jsUrl, e));
  }
  // Fetched here, not by the package's init, so a missing file gets its name in the message.
  const wasmUrl = new URL(`./pkg/${pkg}/playground_wasm_bg.wasm`, import.meta.url);
  let response;
  try {
    response = await fetch(wasmUrl);
  } catch (e) {
    throw new Error(await describeLoadFailure(wasmUrl, e));
  }
  if (!response.ok) throw new Error(missingFile(sitePath(wasmUrl), response.status));
  memory = (await wasm.default({ module_or_path: response })).memory;
  const t1 = performance.now();
  // The threaded package builds rayon's global pool once per instance; the
  // page replaces this whole worker to change the thread count.
  if (pkg === PACKAGES.threads) {
    if (faultChannel && typeof wasm.reportPoolPanics === 'function') wasm.reportPoolPanics(faultChannel);
    await wasm.initThreadPool(threads);
  }
  const t2 = performance.now();
  // Absolute times (timeOrigin + now) let the page place the worker's steps on its own clock.
  return readyMessage(wasm.poolInfo(), { load_ms: t1 - t0, pool_ms: t2 - t1, worker_origin: performance.timeOrigin, init_at: performance.timeOrigin + t0 });
}

/**
 * Fault injection (www/debug.js, `?debug=faults`): requests with these
 * workloads are answered here and never reach the core's run().
 *   { workload: 'debug_panic', where: 'caller' | 'pool' | 'detached' }
 *   { workload: 'debug_hang', ms }  a pool thread stops answering for ms
 */
const DEBUG = {
  debug_panic: (r) => {
    wasm.debugPanic(String(r.where));
    return { debug: 'debug_panic', where: r.where, returned: true };
  },
  debug_hang: (r) => {
    wasm.debugHang(Number(r.ms ?? 3_600_000));
    return { debug: 'debug_hang', ms: r.ms, returned: true };
  },
};

self.addEventListener('message', async ({ data }) => {
  if (!isOurs(data)) return;
  if (data.type === MSG.INIT) {
    try {
      self.postMessage(await init(data));
    } catch (e) {
      self.postMessage(errorMessage(null, `The compute engine could not start: ${e.message ?? e}`, panicSummary(lastPanic)));
    }
  } else if (data.type === MSG.RUN) {
    lastPanic = '';
    try {
      const debug = Object.hasOwn(DEBUG, data.request?.workload) ? DEBUG[data.request.workload] : null;
      const report = debug ? debug(data.request) : data.what === 'timeline' ? await wasm.timeline(data.request) : await wasm.run(data.request);
      self.postMessage(resultMessage(data.id, report));
    } catch (e) {
      // A trap ("unreachable") means a panic: this instance is unusable now,
      // and the page replaces this worker when it sees `fatal`.
      const fatal = e instanceof WebAssembly.RuntimeError;
      if (fatal) {
        const panic = panicSummary(lastPanic);
        const what = panic ? `panic: ${panic}` : `${e.name}: ${e.message}`;
        self.postMessage({ ...errorMessage(data.id, `The computation crashed (${what}). The engine was restarted; run again.`, `${e.name}: ${e.message}`), fatal });
      } else {
        self.postMessage(errorMessage(data.id, e.message ?? String(e), lastPanic));
      }
    }
  }
});
