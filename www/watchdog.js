// The time budgets of the engine's watchdogs, written once: the worker
// bridge (compute.js) starts and restarts pools within them, and the page's
// start (engine.js) decides on threads with them. Pure data, no imports.

/**
 * Time budgets of the watchdogs, in ms, where the engine gives none.
 * startMs: from creating the worker to its pool answering (70-200 ms seen),
 *   for every start once threads are known to work.
 * threadTriesMs: the starts of the threaded package when the page loads,
 *   each on a fresh worker, which decide whether this page gets threads. A
 *   healthy start takes 100-400 ms in Chromium, Firefox and WebKitGTK on a
 *   2-core machine (worker, wasm, shared memory, every pool thread
 *   answering); Firefox now and then never starts a pool thread (2 of 18
 *   cold loads once missed 1.2 s), and a fresh worker then starts at once.
 *   Past the last budget the page starts the one-thread package (at most
 *   4.2 s after the first try) and keeps trying in the background.
 * backgroundTriesMs: after such a fallback, the pauses before each further
 *   start in the background (only while nothing runs), about four minutes in all.
 * poolMs: once the wasm and its memory are up, how long its pool threads
 *   may take to answer (50-200 ms when they do) before the start is tried
 *   again with a fresh worker, up to poolTries starts in all (a start with
 *   a budget of poolMs or less, like the page's first starts, is not repeated).
 * askMs: an estimate, answered at once by an idle worker.
 * Panics never wait for a watchdog (they are reported at once); it only ends
 * hangs that say nothing.
 */
export const WATCHDOG = Object.freeze({
  startMs: 60_000, threadTriesMs: Object.freeze([1_200, 3_000]), backgroundTriesMs: Object.freeze([2_000, 5_000, 15_000, 30_000, 60_000, 120_000]),
  poolMs: 3_000, poolTries: 3, askMs: 10_000,
});
