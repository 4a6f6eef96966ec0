// The compute worker: loads one wasm package, starts rayon's pool in it and
// runs measurements on request. All computing happens here, never on the
// page's main thread: there `Atomics.wait` is forbidden, rayon would spin
// and the page would freeze.
import { MSG, PACKAGES, isOurs, readyMessage, resultMessage, errorMessage } from './protocol.js';

let wasm = null;
let lastPanic = '';

// console_error_panic_hook reports a Rust panic through console.error just
// before the trap; keep the text so the page can show what went wrong.
const consoleError = console.error.bind(console);
console.error = (...args) => {
  lastPanic = args.map(String).join(' ');
  consoleError(...args);
};

async function init({ pkg, threads }) {
  if (!Object.hasOwn(PACKAGES, pkg)) throw new Error(`Unknown wasm package "${pkg}".`);
  const t0 = performance.now();
  wasm = await import(`./pkg/${pkg}/playground_wasm.js`);
  await wasm.default();
  const t1 = performance.now();
  // The threaded package builds rayon's global pool once per instance; the
  // page replaces this whole worker to change the thread count.
  if (pkg === PACKAGES.threads) await wasm.initThreadPool(threads);
  const t2 = performance.now();
  return readyMessage(wasm.poolInfo(), { load_ms: t1 - t0, pool_ms: t2 - t1 });
}

self.addEventListener('message', async ({ data }) => {
  if (!isOurs(data)) return;
  if (data.type === MSG.INIT) {
    try {
      self.postMessage(await init(data));
    } catch (e) {
      self.postMessage(errorMessage(null, `The compute engine could not start: ${e.message ?? e}`, lastPanic));
    }
  } else if (data.type === MSG.RUN) {
    lastPanic = '';
    try {
      const report = data.what === 'timeline' ? await wasm.timeline(data.request) : await wasm.run(data.request);
      self.postMessage(resultMessage(data.id, report));
    } catch (e) {
      // A trap ("unreachable") means a panic: this instance is unusable now.
      const fatal = e instanceof WebAssembly.RuntimeError;
      self.postMessage({ ...errorMessage(data.id, e.message ?? String(e), lastPanic), fatal });
    }
  }
});
