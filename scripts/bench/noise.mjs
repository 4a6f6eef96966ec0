// The machine may be shared (another person's tests, a build). Around every
// run the bench reads /proc: the CPU time the whole machine was busy, minus
// what this process and its descendants (Chromium, the CLI, the server) used,
// is what others took, in cores. A parallel run cannot reach its speedup when
// a neighbour holds a core, so every run records it and the output says how
// busy the machine was.
import { readdirSync, readFileSync } from 'node:fs';
import { platform } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { CORES } from './config.mjs';

/** A run is "quiet" when others used less than this many cores meanwhile. */
export const QUIET_CORES = 0.25;
/** Before each measurement, wait up to this long for others to go quiet... */
const WAIT_MS = 5_000;
/** ...and at most this long in all, so the bench stays within a few minutes. */
const WAIT_BUDGET_MS = 60_000;
/** A noisy wasm/native pair is measured again at most this often, within this budget. */
export const MAX_RETRIES = 1;
const RETRY_BUDGET_MS = 60_000;

/** The noise bookkeeping of one bench run, shared by every measurement. */
export function newNoise() {
  return { last: NaN, wait_ms_left: WAIT_BUDGET_MS, retry_ms_left: RETRY_BUDGET_MS, waited_ms: 0, waits: 0 };
}

/** Jiffies the machine was busy, in all, and used by this process and its descendants; null where /proc cannot tell. */
export function cpuSnapshot() {
  if (platform() !== 'linux') return null;
  try {
    const [, ...f] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = f;
    const busy = user + nice + system + irq + softirq + steal;
    const all = busy + idle + iowait;
    const procs = new Map();
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const st = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const x = st.slice(st.lastIndexOf(')') + 2).split(' ');
        // utime + stime + cutime + cstime: a reaped child's time moves to its parent.
        procs.set(Number(pid), { ppid: Number(x[1]), cpu: Number(x[11]) + Number(x[12]) + Number(x[13]) + Number(x[14]) });
      } catch {
        // gone meanwhile
      }
    }
    const mine = new Set([process.pid]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [pid, p] of procs) if (!mine.has(pid) && mine.has(p.ppid)) grew = mine.add(pid);
    }
    let own = 0;
    for (const pid of mine) own += procs.get(pid)?.cpu ?? 0;
    return { busy, all, own };
  } catch {
    return null;
  }
}

/** Cores' worth of CPU that other processes used between two snapshots. */
export function otherCores(a, b) {
  if (!a || !b || b.all <= a.all) return NaN;
  return Math.max(0, (b.busy - a.busy - (b.own - a.own)) / (b.all - a.all)) * CORES;
}

/** `fn()`'s result with `other_cores` added: what other processes used meanwhile. */
export async function measured(fn, noise) {
  await waitQuiet(noise);
  const before = cpuSnapshot();
  const out = await fn();
  const other_cores = otherCores(before, cpuSnapshot());
  noise.last = other_cores;
  return { ...out, other_cores };
}

/**
 * When the last measurement was noisy, waits (within the budget) until other
 * processes use under QUIET_CORES, probed over 300 ms windows.
 */
export async function waitQuiet(noise) {
  if (!(noise.last >= QUIET_CORES)) return;
  const t0 = performance.now();
  const limit = Math.min(WAIT_MS, noise.wait_ms_left);
  while (performance.now() - t0 < limit) {
    const a = cpuSnapshot();
    await sleep(300);
    noise.last = otherCores(a, cpuSnapshot());
    if (!(noise.last >= QUIET_CORES)) break;
  }
  const waited = performance.now() - t0;
  noise.wait_ms_left -= waited;
  noise.waited_ms += waited;
  noise.waits++;
}
