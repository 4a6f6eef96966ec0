// The parallel capacity this device gave just now: how many cores' worth of
// computing ran at once, measured, shown beside the logical cores the browser
// reports. Pure: the claims panel runs the probe and passes its samples here.
//
// Why not the reported count: a browser reports logical cores. On a laptop
// with SMT two logical cores share one physical core (together about 1.2-1.3
// cores' worth of fib); a hybrid processor's efficiency cores run at about
// half the speed of its performance cores; other programs take their share.
// A 4-core laptop with SMT reports 8 and gives about 5x; a 16-core machine
// measured 8.2x in wasm (12.6x natively). None of that is a fault, and none
// of it makes a claim untestable: the claims use the capacity instead.
//
// The probe: fib(36) split with rayon::join down to fib(26) (about 150 tasks
// of 0.2-0.4 ms, about 50 ms of work), timed sequentially and on a pool of as
// many threads as the browser reports, in the same rounds. Tasks much longer
// than a thread's wake-up (tens of microseconds) and many more tasks than
// threads (about 9 each on 16 threads), so the speed-up measures cores, not
// start-up or one thread finishing last; short enough that warm-up and 6
// rounds take well under a second on two cores. (The old probe, fib(30) on
// twice the threads, was 3 ms of work: on 32 threads it measured waking them.)

import { ratioInterval } from './verdict.js';
import { plural } from './format.js';

/** The probe's request for lab.run, on a pool of `reported` threads. */
export const CAPACITY_PROBE = Object.freeze({ workload: 'fib', n: 36, cutoff: 26, reps: 6, min_total_ms: 0 });

/**
 * A thread counts as a core's worth once the speed-up passes 0.7 of it: a
 * two-thread claim needs a capacity of 1.7 to show its effect.
 */
export const CORE_SHARE = 0.7;

/** Cores' worth of capacity from a speed-up: 1.7 -> 2, 4.9 -> 5, never more than the threads that ran. */
export const coresWorth = (speedup, threads) => Math.max(1, Math.min(threads, Math.floor(speedup + 1 - CORE_SHARE + 1e-9)));

/** The least capacity (a speed-up) at which a claim on `threads` threads can show its effect. */
export const capacityNeeded = (threads) => threads - 1 + CORE_SHARE;

/**
 * The capacity from the probe's samples (paired: both variants timed in the same rounds).
 * @param {{ reported: number, threads: number, seq: number[], par: number[] }} probe
 * @returns {{ reported: number, threads: number, speedup: number, lo: number, hi: number, cores: number }}
 *   speedup with its interval (coverage: at least 95%); cores: whole cores' worth, what bounds and claims use
 */
export function capacityFromProbe({ reported, threads, seq, par }) {
  if (!(Number.isInteger(reported) && reported >= 1)) throw new Error(`The reported core count must be a whole number from 1 up, not ${reported}.`);
  if (!(Number.isInteger(threads) && threads >= 1)) throw new Error(`The probe's thread count must be a whole number from 1 up, not ${threads}.`);
  const e = ratioInterval(seq, par, { paired: true });
  return { reported, threads, speedup: e.ratio, lo: e.lo, hi: e.hi, coverage: e.coverage, cores: coresWorth(e.ratio, threads) };
}

/**
 * The thread count of a second probe, or null when none is needed. A pool of
 * many more threads than cores can measure less than the cores give: idle
 * rayon workers spin before they sleep, and on a browser that reports more
 * logical cores than run (a virtual machine; WebKitGTK reports 4 here on 2)
 * they take turns with the busy ones (16 threads on this 2-core machine
 * measured 1.3x, 2 threads 1.9x). So when the first probe gives fewer cores'
 * worth than it had threads, a second one runs on one thread more than that,
 * and the better of the two is the capacity.
 */
export function secondProbeThreads(first) {
  if (first.measured === false || first.cores >= first.threads) return null;
  const threads = Math.min(first.threads - 1, first.cores + 1);
  // One thread has nothing to compare: a probe on it would only measure noise.
  return threads >= 2 ? threads : null;
}

/** The better of two probes' capacities (the device gave at least that much). */
export const betterCapacity = (a, b) => (b && b.speedup > a.speedup ? b : a);

/**
 * The capacity of a device whose threads are off: one thread, nothing to
 * measure (the claims that need threads say why they cannot run).
 */
export const singleThreadCapacity = (reported) => ({ reported, threads: 1, speedup: 1, lo: 1, hi: 1, cores: 1, measured: false });

/** Why a device can give less than one core's worth per logical core, in words (none of them a fault). */
export const CAPACITY_REASONS = [
  'two logical cores sharing one physical core (SMT, also called hyper-threading) give together little more than one',
  'efficiency cores run slower than performance cores',
  'other programs or browser tabs may be using the processor',
  'a virtual machine may get fewer cores than it shows',
];

const times = (x) => `${Number(x.toPrecision(3))}×`;
const worth = (n) => (n === 1 ? 'one core’s worth' : `${n} cores’ worth`);

/**
 * What the capacity is, in words for the page: the measured speed-up with its
 * interval, the reported logical cores beside it, and the usual reasons when
 * they differ. Never tells the visitor to close programs: nothing here knows
 * whether any run.
 */
export function capacityWords(c) {
  if (c.measured === false) return `This browser reports ${plural(c.reported, 'logical core')}; threads are off here, so the page runs on one.`;
  const got = `In a short probe (fib on ${plural(c.threads, 'thread')}), this device gave ${times(c.speedup)} (${Math.floor((c.coverage ?? 0.95) * 1000) / 10}% interval ${times(c.lo)}–${times(c.hi)}): about ${worth(c.cores)} of parallel capacity. This browser reports ${plural(c.reported, 'logical core')}.`;
  const use = ` Bounds and claims use ${plural(c.cores, 'thread')}.`;
  if (c.cores >= c.reported) return got + use;
  return `${got} Fewer than reported is usual: ${CAPACITY_REASONS.join('; ')}.${use}`;
}

/**
 * Why a claim cannot be tested with this capacity, or null when it can.
 * @param {{ threads?: boolean, parallelThreads?: number }} needs  threads: needs wasm threads;
 *   parallelThreads: the claim compares this many threads running at once (2 for a two-thread claim)
 * @param {{ threaded: boolean, isolated: boolean, threadsOff?: string, capacity: object }} device
 */
export function untestableReason(needs, { threaded, isolated, threadsOff = '', capacity }) {
  if (needs.threads && !threaded) {
    // The engine's own words for why threads are off (engine.js tried them), where it has them.
    if (threadsOff) return `threads are off here: ${threadsOff.replace(/^Threads are off here:\s*/i, '').replace(/\.$/, '')}`;
    return isolated ? 'threads are off here (they did not start in this browser)' : 'threads are off here (the page is not cross-origin isolated)';
  }
  const k = needs.parallelThreads ?? 1;
  if (k > 1 && capacity.speedup < capacityNeeded(k)) {
    return `it needs ${times(capacityNeeded(k))} or more of parallel capacity to show its effect on ${plural(k, 'thread')} (about ${worth(k)}), and this device gave ${times(capacity.speedup)} just now`;
  }
  return null;
}
