// The page <-> compute worker protocol, written down once and imported by
// both sides. Every type carries the "pp:" prefix so stray postMessage
// traffic (wasm-bindgen-rayon's own, an extension's) is never taken for ours.

export const MSG = Object.freeze({
  /** page -> worker: load a wasm package and start a pool of `threads`. */
  INIT: 'pp:init',
  /** worker -> page: a start-up stage is done (`stage`, one of STAGES), so a start that then hangs says how far it got. */
  STAGE: 'pp:stage',
  /** worker -> page: the pool is up; carries poolInfo() and start-up timings. */
  READY: 'pp:ready',
  /** page -> worker: measure one workload (`what` 'run'), record its task timeline ('timeline') or estimate it ('estimate'); carries `id` and `request`. */
  RUN: 'pp:run',
  /** page -> worker: inject a fault (test builds only): `fault` is `{ kind: 'panic', where }` or `{ kind: 'hang', ms }`. */
  FAULT: 'pp:fault',
  /** worker -> page: the report of run `id`, and the bytes the value buffer holds after it. */
  RESULT: 'pp:result',
  /** worker -> page: run `id` (or start-up, id null, with the `stage` that failed) failed; carries `error`, an ErrorValue. */
  ERROR: 'pp:error',
});

/**
 * What kind of failure an error is, so each side acts on the kind and never
 * parses the words. An ErrorValue is `{ kind, message, detail }` (plus
 * `stage` for a failed start): `message` in words a person can act on,
 * `detail` the browser's or the engine's own words ('' when none).
 *   refused:   the engine refused the request (a value out of range, a
 *              timeline of a workload it cannot draw); the words say what to change;
 *   crashed:   a panic or a trap: the instance is broken and the worker is replaced;
 *   hung:      no answer within the watchdog's budget: the worker is replaced;
 *   start:     the engine did not start; `stage` (STAGES, or 'timeout') says how far it got;
 *   cancelled: stopped by the person or by a restart of the pool;
 *   page:      a fault of the page's own code (not the engine's).
 */
export const ERRORS = Object.freeze({ refused: 'refused', crashed: 'crashed', hung: 'hung', start: 'start', cancelled: 'cancelled', page: 'page' });

/** The wasm packages build.sh makes, by folder name under www/pkg/. */
export const PACKAGES = Object.freeze({ threads: 'threads', single: 'single' });

/**
 * The steps of a start, in order; a failed start names the one that failed.
 * feature: the browser lacks something (checked on the page, before any worker);
 * load: the worker's scripts, the package's JS or its wasm did not load;
 * memory: the wasm's memory could not be allocated (for the threaded package,
 *   a shared memory of the module's declared maximum: where a phone refuses);
 * pool: initThreadPool failed (posting the shared memory to the pool threads,
 *   or starting them).
 */
export const STAGES = Object.freeze({ feature: 'feature', load: 'load', memory: 'memory', pool: 'pool' });

/**
 * The memory a wasm module imports, read from its import section:
 * `{ module, field, shared, initial, maximum }` in 64 KiB pages (maximum null
 * when it declares none), or null when it imports no memory. The compute
 * worker names the size a browser refused; scripts/check-shared-memory.mjs
 * checks the build with it.
 */
export function importedMemory(bytes) {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let at = 8; // magic + version
  const leb = () => {
    let result = 0;
    let shift = 0;
    let byte;
    do {
      byte = b[at++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  };
  const name = () => {
    const len = leb();
    const s = new TextDecoder().decode(b.subarray(at, at + len));
    at += len;
    return s;
  };
  while (at < b.length) {
    const id = b[at++];
    const size = leb();
    const end = at + size;
    if (id === 2) {
      for (let count = leb(); count > 0; count--) {
        const module = name();
        const field = name();
        const kind = b[at++];
        if (kind === 2) {
          const flags = b[at++];
          const initial = leb();
          const maximum = flags & 0x01 ? leb() : null;
          return { module, field, shared: (flags & 0x02) !== 0, initial, maximum };
        }
        // Skip the rest of any other import: func (type index), table, global, tag.
        if (kind === 0) leb();
        else if (kind === 1) {
          at++;
          const f = b[at++];
          leb();
          if (f & 1) leb();
        } else if (kind === 3) at += 2;
        else if (kind === 4) {
          at++;
          leb();
        }
      }
      return null;
    }
    at = end;
  }
  return null;
}

/** Bytes in one wasm page. */
export const WASM_PAGE = 65_536;

/** True for messages of this protocol. */
export function isOurs(data) {
  return data != null && typeof data.type === 'string' && data.type.startsWith('pp:');
}

export const initMessage = (pkg, threads) => ({ type: MSG.INIT, pkg, threads });
export const readyMessage = (info, timings) => ({ type: MSG.READY, info, timings });
export const runMessage = (id, request, what = 'run') => ({ type: MSG.RUN, id, request, what });
export const faultMessage = (id, fault) => ({ type: MSG.FAULT, id, fault });
export const resultMessage = (id, report, bufferBytes = 0) => ({ type: MSG.RESULT, id, report, buffer_bytes: bufferBytes });
/** An ErrorValue (see ERRORS) on the wire: `stage` only for a failed start. */
export const errorValue = (kind, message, detail = '', stage = '') => ({ kind, message: String(message), detail: String(detail ?? ''), ...(stage ? { stage } : {}) });
export const errorMessage = (id, error) => ({ type: MSG.ERROR, id, error });
export const stageMessage = (stage) => ({ type: MSG.STAGE, stage });
