// What this browser offers, in words (www/capabilities.js): each missing
// piece is named, and each way a threaded start can fail gets a reason that
// says what would turn threads on. Browsers are faked by the globals they
// lack; Node's own WebAssembly and MessageChannel stand for a browser that has it all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingFeature, probeSharedMemory, threadsOffReason, notIsolatedWords, threadsOnNow } from '../../www/capabilities.js';
import { ComputeError } from '../../www/errors.js';
import { ERRORS, PACKAGES, STAGES } from '../../www/protocol.js';

/** Globals of a browser with everything, as far as missingFeature asks: Node's WebAssembly and a Worker that reads `type`. */
const fullBrowser = () => ({
  WebAssembly,
  Worker: class {
    constructor(_url, options) {
      void options.type; // a browser with module workers reads it
      throw new SyntaxError('invalid URL');
    }
  },
});

test('a browser with WebAssembly, module workers, SIMD and threads misses nothing', () => {
  assert.equal(missingFeature(PACKAGES.threads, fullBrowser()), '');
  assert.equal(missingFeature(PACKAGES.single, fullBrowser()), '');
});

test('each missing piece is named, first the one everything needs', () => {
  assert.match(missingFeature(PACKAGES.single, { ...fullBrowser(), WebAssembly: undefined }), /^This browser has no WebAssembly/);
  assert.match(missingFeature(PACKAGES.single, { ...fullBrowser(), Worker: undefined }), /^This browser has no Web Workers/);
  const classicOnly = { ...fullBrowser(), Worker: class { constructor() { throw new SyntaxError('invalid URL'); } } };
  assert.match(missingFeature(PACKAGES.single, classicOnly), /^This browser cannot start module workers/);
  const noSimd = { ...fullBrowser(), WebAssembly: { ...WebAssembly, validate: (b) => !new Uint8Array(b).includes(0xfd) && WebAssembly.validate(b) } };
  assert.match(missingFeature(PACKAGES.single, noSimd), /^This browser's WebAssembly has no SIMD/);
  const noThreads = { ...fullBrowser(), WebAssembly: { ...WebAssembly, validate: (b) => !new Uint8Array(b).includes(0xfe) && WebAssembly.validate(b) } };
  assert.equal(missingFeature(PACKAGES.single, noThreads), '', 'the one-thread package needs no threads');
  assert.match(missingFeature(PACKAGES.threads, noThreads), /^This browser's WebAssembly has no threads/);
});

test('shared memory that can be posted passes the probe; one that cannot says why, as the browser said it', () => {
  assert.equal(probeSharedMemory(), '', 'Node can post a shared WebAssembly.Memory');
  // WebKitGTK 2.50: says it is isolated, has no SharedArrayBuffer, and refuses to clone the memory.
  const webkit = {
    WebAssembly,
    SharedArrayBuffer: undefined,
    MessageChannel: class {
      constructor() {
        const port = { postMessage: () => { throw Object.assign(new Error('The object can not be cloned.'), { name: 'DataCloneError' }); }, close() {} };
        this.port1 = port;
        this.port2 = port;
      }
    },
  };
  assert.equal(probeSharedMemory(webkit), 'SharedArrayBuffer is not defined, and DataCloneError: The object can not be cloned.');
});

const startError = (stage, cause, extra = {}) => new ComputeError(`The compute engine could not start: ${cause}.`, { kind: ERRORS.start, stage, cause, ...extra });

test('why threads are off names the stage that failed, with the worker\'s own words, and what would turn them on', () => {
  assert.match(threadsOffReason('DataCloneError: x', { isolated: true }), /^Threads are off here: this browser says the page is cross-origin isolated, but it cannot share WebAssembly memory with a worker \(DataCloneError: x\)/);
  assert.match(threadsOffReason('DataCloneError: x', { isolated: false }), /Serve it with the Cross-Origin-Opener-Policy and Cross-Origin-Embedder-Policy headers/);
  assert.equal(threadsOffReason(startError(STAGES.feature, 'This browser has no threads.')), 'This browser has no threads.');
  assert.equal(threadsOffReason(startError(STAGES.memory, 'this browser refused to reserve 1,024 MiB of shared memory for the threaded engine (RangeError: no)')),
    'Threads are off here: this browser refused to reserve 1,024 MiB of shared memory for the threaded engine (RangeError: no). Close other tabs or apps and reload the page to try again, or use a device with more memory, to get threads.');
  assert.equal(threadsOffReason(startError(STAGES.load, 'the file /www/pkg/threads/playground_wasm_bg.wasm is missing on the server (HTTP 404)')),
    'Threads are off here: the threaded engine could not be loaded: the file /www/pkg/threads/playground_wasm_bg.wasm is missing on the server (HTTP 404).');
  // The page's own sentence around the worker's words never reaches the reason.
  assert.doesNotMatch(threadsOffReason(startError(STAGES.pool, 'RangeError: x')), /could not start: /);
});

test('a start that timed out says how long it was given, and after retries that the page keeps trying', () => {
  const once = threadsOffReason(startError('timeout', 'no answer within 1.2 s', { reached: STAGES.memory }), { budgetMs: 1_200 });
  assert.match(once, /its pool of worker threads did not answer within 1\.2 s \(a busy device can be slow to start threads\)\. Reload the page to try again;/);
  const retried = threadsOffReason(startError('timeout', 'no answer within 3 s', { reached: STAGES.load }), { budgetMs: 3_000, tries: 2, background: true });
  assert.match(retried, /^Threads are off here: the threaded engine did not answer in 2 starts on fresh pools, the last given 3 s .*\. The page keeps trying in the background and switches to threads, saying so, when a pool answers/);
});

test('the words of a page without isolation, and of threads that came on later', () => {
  assert.match(notIsolatedWords(true).link, /new tab/);
  assert.match(notIsolatedWords(false).why, /does not send the Cross-Origin-Opener-Policy/);
  assert.match(threadsOnNow(4), /^Threads are on now: .* the slider offers 1 to 4 threads\./);
});
