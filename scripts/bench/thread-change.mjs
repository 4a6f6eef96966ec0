// A thread-count change on the bench page: the old worker terminated, a new
// one loaded and its pool started.
import { CORES, THREAD_CHANGES } from './config.mjs';
import { startPool } from './bench-page.mjs';
import { fmt, ms } from './format.mjs';
import { measured } from './noise.mjs';
import { median } from './stats.mjs';

export const THREAD_CHANGE_FIGURE = {
  id: 'thread_change_ms',
  label: 'thread-count change to pool ready',
  target: { op: '<=', value: 120 },
  compute: (m) => {
    const t = m.threadChanges;
    return {
      value: median(t.map((s) => s.total_ms)),
      unit: ' ms',
      digits: 0,
      detail: `median of ${t.length} restarts alternating ${[...new Set(t.map((s) => s.threads))].join('↔')} threads; in the worker: load ${ms(median(t.map((s) => s.load_ms)), 0)}, initThreadPool ${ms(median(t.map((s) => s.pool_ms)), 0)}; others used ${fmt(median(t.map((s) => s.other_cores)), 2)} cores`,
    };
  },
};

/** THREAD_CHANGES restarts alternating 1 and 2 threads (1 on a 1-core machine), after one to warm up. */
export async function measureThreadChanges(m, page) {
  await startPool(page, CORES); // warm: the page's first pool
  for (let i = 0; i < THREAD_CHANGES; i++) {
    const k = i % 2 === 0 ? 1 : Math.min(2, CORES);
    const { info, wall_ms, other_cores } = await measured(() => startPool(page, k), m.noise);
    m.threadChanges.push({ threads: k, total_ms: info.timings.total_ms, load_ms: info.timings.load_ms, pool_ms: info.timings.pool_ms, wall_ms, other_cores });
  }
}
