// Cold start: navigation to pool ready in a fresh context (empty cache), split
// into page start-up and pool start-up.
import { fmt, ms } from './format.mjs';
import { median } from './stats.mjs';

export const COLD_LOAD_FIGURE = {
  id: 'cold_load_ms',
  label: 'navigation to pool ready, cold, localhost',
  target: { op: '<=', value: 300 },
  compute: (m) => {
    const c = m.coldLoads;
    return {
      value: median(c.map((s) => s.ready_ms)),
      unit: ' ms',
      digits: 0,
      detail:
        `median of ${c.length} fresh contexts (min ${fmt(Math.min(...c.map((s) => s.ready_ms)), 0)}, max ${fmt(Math.max(...c.map((s) => s.ready_ms)), 0)}); ` +
        `navigation to \`new Worker\` ${ms(median(c.map((s) => s.worker_created_ms)), 0)} (HTML ${ms(median(c.map((s) => s.response_end_ms)), 0)}, DOMContentLoaded ${ms(median(c.map((s) => s.dom_content_loaded_ms)), 0)}), ` +
        `then pool start ${ms(median(c.map((s) => s.pool_total_ms)), 0)} (page's #pool; in the worker: load JS + wasm ${ms(median(c.map((s) => s.worker_load_ms)), 0)}, initThreadPool ${ms(median(c.map((s) => s.worker_pool_ms)), 0)}); ` +
        `main-thread long tasks ${ms(median(c.map((s) => s.long_task_ms_before_worker)), 0)} before and ${ms(median(c.map((s) => s.long_task_ms_after_worker)), 0)} after \`new Worker\`; ` +
        `others used ${fmt(median(c.map((s) => s.other_cores)), 2)} cores`,
    };
  },
};

/** One cold load: a fresh context (empty cache), navigation start to body[data-state=ready]. */
export async function coldLoad(browser, url) {
  const context = await browser.newContext();
  // Stamps the moment the page sets data-state=ready (a MutationObserver
  // callback runs as a microtask right after the change), so the figure does
  // not include Playwright's polling.
  // It also stamps the first `new Worker` (the compute worker), splitting the
  // figure into page start-up (HTML, modules, app) and pool start-up.
  await context.addInitScript(() => {
    const PageWorker = window.Worker;
    window.Worker = class extends PageWorker {
      constructor(...args) {
        if (window.__benchWorkerAt === undefined) window.__benchWorkerAt = performance.now();
        super(...args);
        // The worker's own split of the pool start: load_ms (JS + wasm fetched
        // and compiled), pool_ms (initThreadPool); see www/worker.js.
        this.addEventListener('message', ({ data }) => {
          if (data?.type === 'pp:ready' && window.__benchPoolTimings === undefined) window.__benchPoolTimings = data.timings;
        });
      }
    };
    // Main-thread tasks over 50 ms: what keeps the page from starting the pool sooner.
    window.__benchLongTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__benchLongTasks.push({ start_ms: e.startTime, duration_ms: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // no Long Tasks API
    }
    new MutationObserver(() => {
      if (window.__benchReadyAt === undefined && document.body?.dataset.state === 'ready') window.__benchReadyAt = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-state=ready]', { timeout: 60_000 });
  const polled = await page.evaluate(() => performance.now());
  const sample = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      ready_ms: window.__benchReadyAt,
      worker_created_ms: window.__benchWorkerAt,
      long_tasks: window.__benchLongTasks,
      worker_load_ms: window.__benchPoolTimings?.load_ms,
      worker_pool_ms: window.__benchPoolTimings?.pool_ms,
      resources: performance.getEntriesByType('resource').map((e) => ({ path: new URL(e.name).pathname, start_ms: e.startTime, end_ms: e.responseEnd })),
      response_end_ms: nav?.responseEnd,
      dom_content_loaded_ms: nav?.domContentLoadedEventEnd,
      pool_text: document.querySelector('#pool')?.textContent ?? '',
      crossOriginIsolated: self.crossOriginIsolated,
    };
  });
  await context.close();
  if (!sample.crossOriginIsolated) throw new Error('the page is not cross-origin isolated: serve.json headers missing?');
  const m = /ready in ([\d.]+)\s*(ms|s)/.exec(sample.pool_text);
  const pool_total_ms = m ? Number(m[1]) * (m[2] === 's' ? 1000 : 1) : NaN;
  const ready_ms = sample.ready_ms ?? polled;
  // Long-task time that overlaps [from, to): the task that calls `new Worker` may run on long after it.
  const busy = (from, to) => sample.long_tasks.reduce((sum, t) => sum + Math.max(0, Math.min(to, t.start_ms + t.duration_ms) - Math.max(from, t.start_ms)), 0);
  return {
    ...sample,
    ready_ms,
    polled_ms: polled,
    pool_total_ms,
    // Main-thread time in long tasks (> 50 ms) before and after `new Worker`.
    long_task_ms_before_worker: busy(0, sample.worker_created_ms ?? ready_ms),
    long_task_ms_after_worker: busy(sample.worker_created_ms ?? ready_ms, ready_ms),
  };
}
