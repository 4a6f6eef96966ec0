// The one object that owns the compute worker: start it with a thread count,
// restart it with another (rayon's global pool cannot be resized, so the
// whole worker and its pool threads are replaced), queue runs one at a time,
// and cancel by terminating. The rest of the page only sees promises.
import { MSG, isOurs, initMessage, runMessage } from './protocol.js';

/** A run that did not finish because the person (or a restart) stopped it. */
export class CancelledError extends Error {
  constructor(reason) {
    super(reason);
    this.name = 'CancelledError';
  }
}

/** A run that failed inside the wasm; `fatal` means the worker had to be replaced. */
export class ComputeError extends Error {
  constructor(message, { detail = '', fatal = false } = {}) {
    super(message);
    this.name = 'ComputeError';
    this.detail = detail;
    this.fatal = fatal;
  }
}

export class ComputeWorker {
  /**
   * @param {string} pkg  'threads' or 'single' (see protocol.js PACKAGES)
   * @param {object} [options]
   * @param {(info: object) => void} [options.onReady]  called each time a pool is up
   */
  constructor(pkg, { onReady = () => {} } = {}) {
    this.pkg = pkg;
    this.onReady = onReady;
    this.worker = null;
    this.threads = 0;
    this.ready = null; // Promise of the current worker's READY message
    this.pending = new Map(); // run id -> { resolve, reject }
    this.nextId = 1;
    this.queue = Promise.resolve();
  }

  /** Starts (or restarts) the worker with a pool of `threads`; resolves with its info. */
  start(threads, reason = `Stopped: the pool restarted with ${threads} thread${threads === 1 ? '' : 's'}.`) {
    this.stopWorker(new CancelledError(reason));
    this.threads = threads;
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: `compute-${threads}` });
    this.worker = worker;
    const startedAt = performance.now();
    this.ready = new Promise((resolve, reject) => {
      worker.addEventListener('message', ({ data }) => {
        if (!isOurs(data) || worker !== this.worker) return;
        if (data.type === MSG.READY) {
          const info = { ...data.info, timings: { ...data.timings, total_ms: performance.now() - startedAt } };
          resolve(info);
          this.onReady(info);
        } else if (data.type === MSG.ERROR && data.id === null) {
          reject(new ComputeError(data.message, { detail: data.detail, fatal: true }));
        } else {
          this.settle(data);
        }
      });
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        const error = new ComputeError(`The compute worker failed to load: ${event.message || 'a script could not be fetched or parsed'}.`, { fatal: true });
        reject(error);
        this.failAll(error);
      });
    });
    worker.postMessage(initMessage(this.pkg, threads));
    return this.ready;
  }

  /** Measures `request` on the pool (or, with `what` = 'timeline', records one run's tasks); queued, one at a time. */
  run(request, what = 'run') {
    const result = this.queue.then(() => this.send(request, what));
    this.queue = result.catch(() => {});
    return result;
  }

  async send(request, what) {
    const worker = this.worker;
    await this.ready;
    if (worker !== this.worker) throw new CancelledError('Stopped: the pool was restarted.');
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage(runMessage(id, request, what));
    });
  }

  settle(data) {
    const entry = this.pending.get(data.id);
    if (!entry) return;
    this.pending.delete(data.id);
    if (data.type === MSG.RESULT) {
      entry.resolve(data.report);
    } else if (data.type === MSG.ERROR) {
      const error = new ComputeError(data.message, { detail: data.detail, fatal: Boolean(data.fatal) });
      entry.reject(error);
      // A panic leaves the wasm instance broken: replace the worker at once.
      if (error.fatal) this.start(this.threads).catch(() => {});
    }
  }

  /** Stops whatever runs now, rejects queued runs, and brings up a fresh pool. */
  cancel(reason = 'Cancelled.') {
    return this.start(this.threads, reason);
  }

  stopWorker(error) {
    if (this.worker) this.worker.terminate();
    this.worker = null;
    this.failAll(error);
  }

  failAll(error) {
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}
