// The bench page (bench/, served at /bench/): the threaded wasm package on the
// same compute worker the playground page uses, driven through the functions
// it puts on window.

/** Opens the bench page in its own context; throws unless it is cross-origin isolated (no threads without it). */
export async function openBenchPage(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
  await page.goto(`${url}bench/index.html`);
  await page.waitForSelector('body[data-state=ready], body[data-state=error]', { timeout: 30_000 });
  const info = await page.evaluate(() => window.benchInfo());
  if (!info.crossOriginIsolated) throw new Error(`the bench page is not cross-origin isolated (${problems.join('; ')})`);
  return { context, page, info, problems };
}

/** A new pool of `threads` on the page's compute worker: { info, wall_ms }, info.timings from the worker. */
export const startPool = (page, threads) => page.evaluate((k) => window.startPool(k), threads);

/** One wasm run of `request` on a pool of `threads`: { report, wall_ms }. */
export const runWasm = (page, request, threads) => page.evaluate(([r, k]) => window.bench(r, k), [request, threads]);

/** One run of `request` recorded as a task timeline on a pool of `threads`: { report }. */
export const runTimeline = (page, request, threads) => page.evaluate(([r, k]) => window.benchTimeline(r, k), [request, threads]);
