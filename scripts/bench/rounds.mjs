// The interleaved schedule: in every round and for every workload one wasm run
// and one native run, their order alternating, so a noisy neighbour hits both
// sides alike. The timeline recordings and the cold loads are spread over the
// same rounds for the same reason.
import { COLD_LOADS, JOBS, THREADS, TIMELINE } from './config.mjs';
import { runWasm, startPool } from './bench-page.mjs';
import { coldLoad } from './cold-load.mjs';
import { log } from './log.mjs';
import { checkReport } from './measurements.mjs';
import { runNative } from './native.mjs';
import { MAX_RETRIES, QUIET_CORES, cpuSnapshot, measured, otherCores, waitQuiet } from './noise.mjs';
import { recordTimelines } from './timeline.mjs';

/** `rounds` rounds on the bench `page`, cold loads of `url` in `browser`; everything goes into `m`. */
export async function runRounds(m, { browser, page, url, rounds }) {
  // The compute rounds. Thread counts go up on even rounds and down on odd
  // ones; within a pool, wasm goes first on one job and native on the next,
  // swapped every round. One cold page load per round, between pools.
  for (let round = 0; round < rounds; round++) {
    const t0 = performance.now();
    const ks = round % 2 === 0 ? THREADS : [...THREADS].reverse();
    for (const k of ks) {
      const start = await startPool(page, k);
      m.poolStarts.push({ round, threads: k, total_ms: start.info.timings.total_ms, thread_indices: start.info.thread_indices });
      const jobs = Object.entries(JOBS).filter(([, j]) => j.threads.includes(k));
      for (const [j, [job, { request }]] of jobs.entries()) {
        const sides = (round + j) % 2 === 0 ? ['wasm', 'native'] : ['native', 'wasm'];
        // A wasm/native pair is measured again (once, within the retry
        // budget) when another process took a core during it.
        for (let attempt = 0; ; attempt++) {
          await waitQuiet(m.noise);
          const pairStart = performance.now();
          const pair = [];
          for (const side of sides) {
            const before = cpuSnapshot();
            const out = side === 'wasm' ? await runWasm(page, request, k) : await runNative(request, k);
            const other_cores = otherCores(before, cpuSnapshot());
            m.noise.last = other_cores;
            checkReport(out.report, `${side} ${job} at ${k} threads`);
            if (out.report.threads !== k) throw new Error(`${side} ${job}: asked for ${k} threads, the report says ${out.report.threads}`);
            pair.push({ round, side, job, threads: k, order: sides.indexOf(side), attempt, wall_ms: out.wall_ms, other_cores, report: out.report });
          }
          const noisy = pair.some((r) => r.other_cores >= QUIET_CORES);
          if (noisy && attempt < MAX_RETRIES && m.noise.retry_ms_left > 0) {
            m.noise.retry_ms_left -= performance.now() - pairStart;
            m.discarded.push(...pair);
            continue;
          }
          m.runs.push(...pair);
          break;
        }
      }
      if (k === TIMELINE.threads && !m.timelineUnavailable) await recordTimelines(m, page, round);
    }
    if (m.coldLoads.length < COLD_LOADS) m.coldLoads.push(await measured(() => coldLoad(browser, url), m.noise));
    log(`    round ${round + 1}/${rounds}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  while (m.coldLoads.length < COLD_LOADS) m.coldLoads.push(await measured(() => coldLoad(browser, url), m.noise));
}
