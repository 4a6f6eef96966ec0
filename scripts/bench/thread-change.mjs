// A thread-count change on the bench page: the old worker terminated, a new
// one loaded and its pool started.
import { CORES, THREAD_CHANGES } from './config.mjs';
import { startPool } from './bench-page.mjs';
import { fmt, ms } from './format.mjs';
import { measured } from './noise.mjs';
import { median } from './stats.mjs';

export const THREAD_CHANGE_FIGURE = {
  id: 'thread_change_ms',
  label: `thread-count change to pool ready, worst of 1 to ${2 * CORES} threads`,
  target: { op: '<=', value: 120 },
  compute: (m) => {
    const t = m.threadChanges;
    const ks = [...new Set(t.map((s) => s.threads))].sort((a, b) => a - b);
    const byK = ks.map((k) => [k, median(t.filter((s) => s.threads === k).map((s) => s.total_ms))]);
    return {
      // Every pool size a visitor can pick must be quick: the worst median decides.
      value: Math.max(...byK.map(([, v]) => v)),
      unit: ' ms',
      digits: 0,
      detail: `median per pool size over ${t.length} restarts: ${byK.map(([k, v]) => `${k} → ${ms(v, 0)}`).join(', ')}; in the worker: load ${ms(median(t.map((s) => s.load_ms)), 0)}, initThreadPool ${ms(median(t.map((s) => s.pool_ms)), 0)}; others used ${fmt(median(t.map((s) => s.other_cores)), 2)} cores`,
    };
  },
};

/** THREAD_CHANGES restarts cycling through every pool size the slider offers (1 to 2 x cores), after one to warm up. */
export async function measureThreadChanges(m, page) {
  await startPool(page, CORES); // warm: the page's first pool
  const sizes = Array.from({ length: 2 * CORES }, (_, i) => i + 1);
  for (let i = 0; i < Math.max(THREAD_CHANGES, 2 * sizes.length); i++) {
    const k = sizes[i % sizes.length];
    const { info, wall_ms, other_cores } = await measured(() => startPool(page, k), m.noise);
    m.threadChanges.push({ threads: k, total_ms: info.timings.total_ms, load_ms: info.timings.load_ms, pool_ms: info.timings.pool_ms, wall_ms, other_cores });
  }
}
