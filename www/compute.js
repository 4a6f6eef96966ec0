// The one object that owns the compute worker: start it with a thread count,
// restart it with another (rayon's global pool cannot be resized, so the
// whole worker and its pool threads are replaced), queue runs one at a time,
// and cancel by terminating. The rest of the page only sees promises.
//
// Faults, and how each one is noticed (a run never just hangs or vanishes):
// - a browser without what the engine needs (WebAssembly, SIMD, wasm threads,
//   module workers): checked before the worker starts; the message names it;
// - threads that do not work, whatever the browser says about isolation: the
//   engine (engine.js) tries them (probeSharedMemory, then a real start of
//   the threaded package with a short budget) and falls back to the
//   one-thread package, with the reason in words (threadsOffReason);
// - a file that does not load: worker.js (or, for the worker's own scripts,
//   this file) asks the server again and names the file and its HTTP status;
// - a panic on the compute worker's thread: the wasm traps, worker.js answers
//   with `fatal` and the panic's text; the worker is replaced;
// - a panic on a pool thread: that thread traps and the compute worker waits
//   for it for ever in Atomics.wait, so it can say nothing. Nothing reaches
//   the page on its own either (the trap is an unhandled promise rejection in
//   the pool worker, which no parent sees). The wasm's panic hook therefore
//   posts the panic on a BroadcastChannel named per worker (reportPanics),
//   which this file listens to: the worker is replaced at once;
// - anything else that stops answering (a deadlock, a silent trap): a
//   per-request watchdog. Nothing can be asked while a run is in flight (the
//   worker is blocked), so it is a time budget: the engine's own estimate of
//   that request (crates/core/src/estimate.rs), asked for just before it runs.
//
// Memory: wasm memory never shrinks, so after a run that filled a large value
// buffer the worker is replaced once it has been idle a while (the registry's
// policy), which gives the memory back to the browser.
import { MSG, PACKAGES, STAGES, isOurs, initMessage, runMessage, faultMessage } from './protocol.js';
import { POLICY } from './catalog.js';
import { seconds } from './format.js';

/** A run that did not finish because the person (or a restart) stopped it. */
export class CancelledError extends Error {
  constructor(reason) {
    super(reason);
    this.name = 'CancelledError';
  }
}

/**
 * A run that failed inside the wasm; `fatal` means the worker had to be
 * replaced. A failed start also says how far it got: `stage` is one of
 * protocol.js STAGES (or 'timeout'), and `reached` the last stage the worker
 * reported before that.
 */
export class ComputeError extends Error {
  constructor(message, { detail = '', fatal = false, stage = '', reached = '' } = {}) {
    super(message);
    this.name = 'ComputeError';
    this.detail = detail;
    this.fatal = fatal;
    this.stage = stage;
    this.reached = reached;
  }
}

/**
 * Time budgets of the watchdogs, in ms, where the engine gives none.
 * startMs: from creating the worker to its pool answering (70-200 ms seen),
 *   for every start once threads are known to work.
 * tryThreadsMs: the first start of the threaded package, which decides
 *   whether this page gets threads at all. A healthy start takes 100-400 ms
 *   in Chromium, Firefox and WebKitGTK on a 2-core machine (worker, wasm,
 *   shared memory, every pool thread answering); past this budget the page
 *   gives up on threads and starts the one-thread package, so a pool that
 *   never answers costs well under two seconds.
 * poolMs: once the wasm and its memory are up, how long its pool threads
 *   may take to answer (50-200 ms when they do) before the start is tried
 *   again with a fresh worker, up to poolTries starts in all (a start with
 *   a budget below poolMs, like the first try, is not repeated).
 * askMs: an estimate, answered at once by an idle worker.
 * Panics never wait for a watchdog (they are reported at once); it only ends
 * hangs that say nothing.
 */
export const WATCHDOG = Object.freeze({ startMs: 60_000, tryThreadsMs: 1_200, poolMs: 3_000, poolTries: 3, askMs: 10_000 });

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

/** The worker's words for a failed start, without the prefix it adds for the page's status line. */
const causeOf = (error) => String(error?.message ?? error).replace(/^The compute engine could not start: /, '').replace(/\.$/, '');

/**
 * Why threads are off after a failed try (probeSharedMemory's words, or the
 * error of a failed start of the threaded package), and what would turn them
 * on: one paragraph a person can act on.
 */
export function threadsOffReason(error, { isolated = true, budgetMs = WATCHDOG.tryThreadsMs } = {}) {
  if (typeof error === 'string') {
    // probeSharedMemory's words.
    return isolated
      ? `Threads are off here: this browser says the page is cross-origin isolated, but it cannot share WebAssembly memory with a worker (${error}), which the thread pool needs. Current Chrome, Edge, Firefox and Safari can; open the page in one of them to get threads.`
      : `Threads are off here: this page is not cross-origin isolated, so the browser does not let Web Workers share WebAssembly memory (${error}). Serve it with the Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy headers (npm start does), or open it from a host that sends them.`;
  }
  const cause = causeOf(error);
  switch (error?.stage) {
    case STAGES.feature:
      return cause;
    case STAGES.memory:
      // The worker names the size: "this browser refused to reserve N MiB of shared memory (RangeError: ...)".
      return `Threads are off here: ${cause}. Close other tabs or apps and reload the page to try again, or use a device with more memory, to get threads.`;
    case STAGES.load:
      return `Threads are off here: the threaded engine could not be loaded: ${cause}.`;
    case STAGES.pool:
      return `Threads are off here: the threaded engine loaded, but its pool of worker threads could not start (${cause}). Reload the page to try again; if this stays, this browser cannot run WebAssembly threads here.`;
    case 'timeout': {
      const what = error.reached === STAGES.memory ? 'the threaded engine and its shared memory were ready, but its pool of worker threads' : 'the threaded engine';
      return `Threads are off here: ${what} did not answer within ${seconds(budgetMs)}. Reload the page to try again (a busy device can be slow to start threads); if this stays, this browser cannot start WebAssembly threads here.`;
    }
    default:
      return `Threads are off here: the threaded engine could not start (${cause}). Reload the page to try again; if this stays, this browser cannot run WebAssembly threads here.`;
  }
}

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

/**
 * Names the file when the worker's own scripts fail to load (the error event
 * says nothing about it): `{ words, filesFine }`, filesFine when the server
 * has every one of them.
 */
async function describeWorkerFailure(event) {
  for (const file of ['./worker.js', './protocol.js']) {
    const url = new URL(file, import.meta.url);
    try {
      const res = await fetch(url, { cache: 'no-store' });
      if (!res.ok) return { words: `the file ${url.pathname} is missing on the server (HTTP ${res.status}); reload the page, and if this stays, tell the site's author`, filesFine: false };
    } catch {
      return { words: `${url.pathname} could not be fetched (the network or the server did not answer); check the connection and reload the page`, filesFine: false };
    }
  }
  return { words: event.message || 'a script could not be fetched or parsed', filesFine: true };
}

export class ComputeWorker {
  /**
   * @param {string} pkg  'threads' or 'single' (see protocol.js PACKAGES)
   * @param {object} [options]
   * @param {(info: object) => void} [options.onReady]  called each time a pool is up
   * @param {number} [options.startMs]  time budget of a start (WATCHDOG.startMs)
   * @param {number} [options.releaseAfterIdleMs]  idle time before a large buffer is given back (the registry's policy)
   */
  constructor(pkg, { onReady = () => {}, startMs = WATCHDOG.startMs, releaseAfterIdleMs = POLICY.release_after_idle_ms } = {}) {
    this.pkg = pkg;
    this.onReady = onReady;
    this.startMs = startMs;
    this.releaseAfterIdleMs = releaseAfterIdleMs;
    this.releaseTimer = null;
    this.releases = 0; // workers replaced to give memory back
    this.worker = null;
    this.faults = null; // the BroadcastChannel the current worker's pool threads report panics on
    this.threads = 0;
    this.ready = null; // Promise of the current worker's READY message
    this.rejectReady = null; // settles `ready` with an error while it is pending
    this.pending = new Map(); // run id -> { resolve, reject }
    this.nextId = 1;
    this.queue = Promise.resolve();
    this.crashes = []; // { message, at, recovered_ms } of each crash recovered from (newest last)
  }

  /**
   * Starts (or restarts) the worker with a pool of `threads`; resolves with
   * its info. `budgetMs`: how long it may take (this.startMs unless given).
   */
  start(threads, reason = `Stopped: the pool restarted with ${threads} thread${threads === 1 ? '' : 's'}.`, { budgetMs = this.startMs, attempt = 1 } = {}) {
    this.stopWorker(new CancelledError(reason));
    this.threads = threads;
    const missing = missingFeature(this.pkg);
    if (missing) {
      this.ready = Promise.reject(new ComputeError(missing, { fatal: true, stage: STAGES.feature }));
      this.ready.catch(() => {});
      return this.ready;
    }
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: `compute-${threads}` });
    this.worker = worker;
    const faultChannel = `pp-faults-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    if (typeof BroadcastChannel === 'function') {
      const faults = new BroadcastChannel(faultChannel);
      faults.addEventListener('message', ({ data }) => {
        if (worker !== this.worker) return;
        const panic = `panic: ${data?.message}${data?.location ? `, at ${data.location}` : ''}`;
        const detail = `RuntimeError: unreachable in pool thread ${data?.thread}`;
        if (loaded) {
          this.crash(new ComputeError(`A pool thread crashed (${panic}). The engine was restarted; run again.`, { detail, fatal: true }));
        } else {
          // While starting: no automatic restart, which could repeat for ever.
          const error = new ComputeError(`A pool thread crashed while the engine started (${panic}). Reload the page, or move the slider to try again.`, { detail, fatal: true });
          this.stopWorker(error);
        }
      });
      this.faults = faults;
    }
    const startedAt = performance.now();
    let loaded = false;
    let reached = ''; // the last start-up stage the worker reported
    this.ready = new Promise((resolve, reject) => {
      // A restart or a crash before READY settles this start, so nothing waits on it for ever.
      this.rejectReady = reject;
      const giveUp = () => {
        if (worker !== this.worker || loaded) return;
        clearTimeout(timer);
        clearTimeout(poolTimer);
        if (reached === STAGES.memory && attempt < WATCHDOG.poolTries && budgetMs > WATCHDOG.poolMs) {
          // The wasm is up and some pool threads never answered: Firefox 153
          // now and then never starts some of the nested workers of a pool
          // that follows a terminated one (seen in about one start of ten
          // with 4 threads on 2 cores). A fresh worker then starts: try again.
          this.rejectReady = null;
          this.start(threads, reason, { budgetMs, attempt: attempt + 1 }).then(resolve, reject);
          return;
        }
        const error = new ComputeError(`The compute engine did not start within ${seconds(reached === STAGES.memory && budgetMs > WATCHDOG.poolMs ? WATCHDOG.poolMs : budgetMs)} (its thread pool never answered). Reload the page, or move the slider to try again.`, { fatal: true, stage: 'timeout', reached });
        reject(error);
        this.stopWorker(error);
      };
      const timer = setTimeout(giveUp, budgetMs);
      let poolTimer = null;
      worker.addEventListener('message', ({ data }) => {
        if (!isOurs(data) || worker !== this.worker) return;
        if (data.type === MSG.STAGE) {
          reached = data.stage;
          // From here only the pool threads are left to answer, which takes 50-200 ms when they do.
          if (reached === STAGES.memory && budgetMs > WATCHDOG.poolMs) poolTimer = setTimeout(giveUp, WATCHDOG.poolMs);
        } else if (data.type === MSG.READY) {
          loaded = true;
          clearTimeout(timer);
          clearTimeout(poolTimer);
          const info = { ...data.info, timings: { ...data.timings, total_ms: performance.now() - startedAt } };
          resolve(info);
          this.onReady(info);
        } else if (data.type === MSG.ERROR && data.id === null) {
          clearTimeout(timer);
          clearTimeout(poolTimer);
          reject(new ComputeError(data.message, { detail: data.detail, fatal: true, stage: data.stage ?? '', reached }));
        } else {
          this.settle(data);
        }
      });
      worker.addEventListener('error', async (event) => {
        event.preventDefault();
        if (loaded) {
          // An uncaught error once the pool was up: the instance cannot be trusted any more.
          if (worker === this.worker) this.crash(new ComputeError(`The compute worker failed (${event.message || 'an uncaught error'}). The engine was restarted; run again.`, { fatal: true }));
          return;
        }
        clearTimeout(timer);
        clearTimeout(poolTimer);
        const { words, filesFine } = await describeWorkerFailure(event);
        if (filesFine && attempt === 1 && worker === this.worker) {
          // Every file is there and the worker still did not load: WebKitGTK
          // 2.50 does this now and then (seen on a second navigation to the
          // same address), and a second worker then loads. Try once more;
          // this start settles with that one.
          this.rejectReady = null;
          this.start(threads, reason, { budgetMs, attempt: 2 }).then(resolve, reject);
          return;
        }
        const error = new ComputeError(`The compute worker failed to load: ${words}.`, { fatal: true, stage: STAGES.load, reached });
        reject(error);
        if (worker === this.worker) this.failAll(error);
      });
    });
    this.ready.catch(() => {}); // callers handle it; a start nobody waits for must not be an unhandled rejection
    worker.postMessage({ ...initMessage(this.pkg, threads), faultChannel });
    return this.ready;
  }

  /** Measures `request` on the pool (or, with `what` = 'timeline', records one run's tasks); queued, one at a time. */
  run(request, what = 'run') {
    return this.enqueue(async () => {
      // The engine says how long this request may take; past that (and its
      // slack) the worker is taken for hung.
      // The bench's pool-cost probe ('overhead') is not a workload: it has no estimate to ask for.
      // A refused request fails in the run itself, with the engine's words;
      // a cancel (or restart) during the question stops the run too.
      const estimate = what === 'overhead' ? null : await this.ask(request).catch((e) => {
        if (e instanceof CancelledError) throw e;
        return null;
      });
      const budget = estimate?.watchdog_ms ?? POLICY.watchdog_floor_ms;
      return this.send(runMessage(0, request, what), budget, 'Run again, with smaller numbers if it happens again.');
    });
  }

  /** The engine's estimate for `request`: `{ expected_ms, exact, watchdog_ms, buffer_bytes, probe, probe_round_ms, ask }`. */
  estimate(request) {
    return this.enqueue(() => this.ask(request));
  }

  /** Fault injection (a build with PP_FAULTS=1): `{ kind: 'panic', where }` or `{ kind: 'hang', ms }`, with its own watchdog budget. */
  fault(fault, watchdogMs = 5_000) {
    return this.enqueue(() => this.send(faultMessage(0, fault), watchdogMs, 'Run again.'));
  }

  enqueue(job) {
    clearTimeout(this.releaseTimer);
    const result = this.queue.then(job);
    this.queue = result.catch(() => {});
    return result;
  }

  ask(request) {
    return this.send(runMessage(0, request, 'estimate'), WATCHDOG.askMs, 'Reload the page if it happens again.');
  }

  async send(message, budget, advice) {
    const worker = this.worker;
    await this.ready;
    if (worker !== this.worker) throw new CancelledError('Stopped: the pool was restarted.');
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      // The worker cannot answer anything while it runs (it is blocked in
      // wasm), so the only sign of a hang is time.
      const timer = setTimeout(() => {
        if (!this.pending.has(id) || worker !== this.worker) return;
        this.crash(new ComputeError(`The engine stopped answering: no result after ${seconds(budget)}, so it was stopped and restarted. ${advice}`, {
          detail: 'watchdog',
          fatal: true,
        }));
      }, budget);
      const done = (settle) => (value) => {
        clearTimeout(timer);
        settle(value);
      };
      this.pending.set(id, { resolve: done(resolve), reject: done(reject) });
      worker.postMessage({ ...message, id });
    });
  }

  /** After a run that left a large buffer: replace the worker once idle, which gives the memory back. */
  scheduleRelease(bufferBytes) {
    clearTimeout(this.releaseTimer);
    if (!(bufferBytes > POLICY.release_above_bytes)) return;
    this.releaseTimer = setTimeout(() => {
      if (this.pending.size > 0 || !this.worker) return;
      this.releases += 1;
      this.start(this.threads, 'Stopped: the engine gave its memory back.');
    }, this.releaseAfterIdleMs);
  }

  settle(data) {
    const entry = this.pending.get(data.id);
    if (!entry) return;
    this.pending.delete(data.id);
    if (data.type === MSG.RESULT) {
      entry.resolve(data.report);
      this.scheduleRelease(data.buffer_bytes);
    } else if (data.type === MSG.ERROR) {
      const error = new ComputeError(data.message, { detail: data.detail, fatal: Boolean(data.fatal) });
      entry.reject(error);
      // A panic leaves the wasm instance broken: replace the worker at once.
      if (error.fatal) this.crash(error);
    }
  }

  /** The worker is broken: fail what is in flight with `error` and bring up a fresh pool of the same size. */
  crash(error) {
    const at = performance.now();
    this.failAll(error);
    const record = { message: error.message, at, recovered_ms: null };
    this.crashes.push(record);
    if (this.crashes.length > 20) this.crashes.shift();
    this.start(this.threads, 'Stopped: the engine was restarted after a crash.').then(
      () => (record.recovered_ms = performance.now() - at),
      () => {},
    );
  }

  stopWorker(error) {
    clearTimeout(this.releaseTimer);
    if (this.worker) this.worker.terminate();
    this.worker = null;
    this.rejectReady?.(error); // no effect once the start has settled
    this.rejectReady = null;
    this.faults?.close();
    this.faults = null;
    this.failAll(error);
  }

  failAll(error) {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}
