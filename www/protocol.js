// The page <-> compute worker protocol, written down once and imported by
// both sides. Every type carries the "pp:" prefix so stray postMessage
// traffic (wasm-bindgen-rayon's own, an extension's) is never taken for ours.

export const MSG = Object.freeze({
  /** page -> worker: load a wasm package and start a pool of `threads`. */
  INIT: 'pp:init',
  /** worker -> page: the pool is up; carries poolInfo() and start-up timings. */
  READY: 'pp:ready',
  /** page -> worker: measure one workload (`what` 'run'), record its task timeline ('timeline') or estimate it ('estimate'); carries `id` and `request`. */
  RUN: 'pp:run',
  /** page -> worker: inject a fault (test builds only): `fault` is `{ kind: 'panic', where }` or `{ kind: 'hang', ms }`. */
  FAULT: 'pp:fault',
  /** worker -> page: the report of run `id`, and the bytes the value buffer holds after it. */
  RESULT: 'pp:result',
  /** worker -> page: run `id` (or start-up, id null) failed; carries `message`. */
  ERROR: 'pp:error',
});

/** The wasm packages build.sh makes, by folder name under www/pkg/. */
export const PACKAGES = Object.freeze({ threads: 'threads', single: 'single' });

/** True for messages of this protocol. */
export function isOurs(data) {
  return data != null && typeof data.type === 'string' && data.type.startsWith('pp:');
}

export const initMessage = (pkg, threads) => ({ type: MSG.INIT, pkg, threads });
export const readyMessage = (info, timings) => ({ type: MSG.READY, info, timings });
export const runMessage = (id, request, what = 'run') => ({ type: MSG.RUN, id, request, what });
export const faultMessage = (id, fault) => ({ type: MSG.FAULT, id, fault });
export const resultMessage = (id, report, bufferBytes = 0) => ({ type: MSG.RESULT, id, report, buffer_bytes: bufferBytes });
export const errorMessage = (id, message, detail = '') => ({ type: MSG.ERROR, id, message, detail });
