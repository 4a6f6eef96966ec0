// The one object that owns the compute worker: start it with a thread count,
// restart it with another (rayon's global pool cannot be resized, so the
// whole worker and its pool threads are replaced), queue runs one at a time,
// and cancel by terminating. The rest of the page only sees promises.
//
// Faults, and how each one is noticed (a run never just hangs or vanishes):
// - a browser without what the engine needs (WebAssembly, SIMD, wasm threads,
//   module workers): checked before the worker starts (capabilities.js); the
//   message names it;
// - threads that do not work, whatever the browser says about isolation: the
//   engine (engine.js) tries them (probeSharedMemory, then a real start of
//   the threaded package with a short budget) and falls back to the
//   one-thread package, with the reason in words (threadsOffReason);
// - a file that does not load: worker.js (or, for the worker's own scripts,
//   this file) asks the server again and names the file and its HTTP status
//   (load-failure.js);
// - a panic on the compute worker's thread: the wasm traps, worker.js answers
//   with an error of kind 'crashed' and the panic's text; the worker is replaced;
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
// Errors cross the worker boundary as values `{ kind, message, detail }`
// (protocol.js ERRORS) and become a ComputeError of that kind here (errors.js):
// nothing is parsed back out of words.
//
// Memory: wasm memory never shrinks, so after a run that filled a large value
// buffer the worker is replaced once it has been idle a while (the registry's
// policy), which gives the memory back to the browser.
import { MSG, STAGES, ERRORS, isOurs, initMessage, runMessage, faultMessage } from './protocol.js';
import { missingFeature } from './capabilities.js';
import { missingFileOf } from './load-failure.js';
import { POLICY } from './catalog.js';
import { seconds } from './format.js';

export { CancelledError, ComputeError } from './errors.js';
import { CancelledError, ComputeError } from './errors.js';
export { WATCHDOG } from './watchdog.js';
import { WATCHDOG } from './watchdog.js';

/**
 * Names the file when the worker's own scripts fail to load (the error event
 * says nothing about it): `{ words, filesFine }`, filesFine when the server
 * has every one of them.
 */
async function describeWorkerFailure(event) {
  const missing = await missingFileOf(['./worker.js', './protocol.js', './load-failure.js'].map((f) => new URL(f, import.meta.url)), { imports: false });
  return missing ? { words: missing, filesFine: false } : { words: event.message || 'a script could not be fetched or parsed', filesFine: true };
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
  }

  /**
   * Starts (or restarts) the worker with a pool of `threads`; resolves with
   * its info. `budgetMs`: how long it may take (this.startMs unless given).
   * `stall`: a fault knob (debug.js startStalls): the worker stops after its
   * memory is up, as a pool whose threads never answer does.
   */
  start(threads, reason = `Stopped: the pool restarted with ${threads} thread${threads === 1 ? '' : 's'}.`, { budgetMs = this.startMs, attempt = 1, stall = false } = {}) {
    this.stopWorker(new CancelledError(reason));
    this.threads = threads;
    const missing = missingFeature(this.pkg);
    if (missing) {
      this.ready = Promise.reject(new ComputeError(missing, { kind: ERRORS.start, fatal: true, stage: STAGES.feature }));
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
          this.crash(new ComputeError(`A pool thread crashed (${panic}). The engine was restarted; run again.`, { kind: ERRORS.crashed, detail, fatal: true }));
        } else {
          // While starting: no automatic restart, which could repeat for ever.
          const error = new ComputeError(`A pool thread crashed while the engine started (${panic}). Reload the page, or move the slider to try again.`, { kind: ERRORS.start, stage: STAGES.pool, cause: `a pool thread crashed: ${panic}`, detail, fatal: true });
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
        const waited = seconds(reached === STAGES.memory && budgetMs > WATCHDOG.poolMs ? WATCHDOG.poolMs : budgetMs);
        const error = new ComputeError(`The compute engine did not start within ${waited} (its thread pool never answered). Reload the page, or move the slider to try again.`, { kind: ERRORS.start, fatal: true, stage: 'timeout', reached, cause: `no answer within ${waited}` });
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
          // The worker's words as they are (`cause`: why threads are off says them in its own sentence).
          const { message, detail, stage = '' } = data.error;
          reject(new ComputeError(`The compute engine could not start: ${message}.`, { kind: ERRORS.start, detail, fatal: true, stage, reached, cause: message }));
        } else {
          this.settle(data);
        }
      });
      worker.addEventListener('error', async (event) => {
        event.preventDefault();
        if (loaded) {
          // An uncaught error once the pool was up: the instance cannot be trusted any more.
          if (worker === this.worker) this.crash(new ComputeError(`The compute worker failed (${event.message || 'an uncaught error'}). The engine was restarted; run again.`, { kind: ERRORS.crashed, fatal: true }));
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
        const error = new ComputeError(`The compute worker failed to load: ${words}.`, { kind: ERRORS.start, fatal: true, stage: STAGES.load, reached, cause: `the compute worker failed to load: ${words}` });
        reject(error);
        if (worker === this.worker) this.failAll(error);
      });
    });
    this.ready.catch(() => {}); // callers handle it; a start nobody waits for must not be an unhandled rejection
    worker.postMessage({ ...initMessage(this.pkg, threads), faultChannel, stall });
    return this.ready;
  }

  /** Measures `request` on the pool (or, with `what` = 'timeline', records one run's tasks); queued, one at a time. */
  run(request, what = 'run') {
    return this.enqueue(async () => {
      // The engine says how long this request may take; past that (and its
      // slack) the worker is taken for hung.
      // The bench's pool-cost probe ('overhead') is not a workload: it has no estimate to ask for.
      // The estimate checks the request exactly as the run does, so a failed
      // estimate fails the run with its words (a value out of range, a worker
      // that crashed or hung while asked); a cancel during it stops the run.
      const estimate = what === 'overhead' ? null : await this.ask(request);
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
        this.crash(new ComputeError(`The engine stopped answering: no result after ${seconds(budget)}, so it was stopped and restarted. ${advice}`, { kind: ERRORS.hung, fatal: true }));
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
      const { kind, message, detail } = data.error;
      const error = new ComputeError(message, { kind, detail, fatal: kind === ERRORS.crashed });
      entry.reject(error);
      // A panic leaves the wasm instance broken: replace the worker at once.
      if (error.fatal) this.crash(error);
    }
  }

  /** The worker is broken: fail what is in flight with `error` and bring up a fresh pool of the same size. */
  crash(error) {
    this.failAll(error);
    // The new pool is shown when it comes up (onReady); a failed restart rejects the next run with its words.
    this.start(this.threads, 'Stopped: the engine was restarted after a crash.');
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
