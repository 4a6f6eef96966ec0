// End to end: the task timeline, recorded inside the wasm, shows a
// sequential run on one row and a 2-thread run on two busy rows, with exact
// answers and one span per task.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openPage, poolReady, setThreads } from './harness.mjs';

let server, browser;
before(async () => {
  server = await startServer({ port: 8185 });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

async function record(page, workload) {
  await page.selectOption('#timeline select[name=workload]', workload);
  await page.click('#timeline button.run');
  // The click starts the recording at once (the panel says 'running' before it returns), so 'done' is this recording's.
  assert.equal(await page.locator('#timeline').getAttribute('data-state'), 'running');
  await page.waitForSelector('#timeline:is([data-state=done], [data-state=error])', { timeout: 60_000 });
  assert.equal(await page.locator('#timeline').getAttribute('data-state'), 'done', await page.locator('#timeline .error').textContent());
  return page.$$eval('#timeline figure.timeline-variant', (figs) => Object.fromEntries(figs.map((f) => [f.dataset.variant, {
    busy: Number(f.dataset.busyRows),
    spans: Number(f.dataset.spans),
    bars: [...f.querySelectorAll('rect.span')].map((r) => ({ thread: Number(r.dataset.thread), kind: r.dataset.kind })),
    rows: f.querySelectorAll('rect.lane').length,
    text: f.querySelector('.facts-line').textContent,
  }])));
}

test('a 2-thread run keeps two rows busy; the sequential run keeps one', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  await setThreads(page, 2);
  let v;
  // Two busy rows need the second thread to wake before the first has taken every chunk:
  // near-certain, but a loaded machine can delay it, so a run gets three chances.
  for (let attempt = 0; attempt < 3; attempt++) {
    v = await record(page, 'sum');
    if (v.chunks.busy === 2) break;
  }
  assert.equal(v.seq.spans, 1);
  assert.equal(v.seq.busy, 1);
  assert.equal(v.halves.spans, 2);
  assert.equal(v.chunks.spans, 8, 'one span per task');
  assert.equal(v.chunks.busy, 2, 'both pool threads ran chunks');
  assert.equal(v.chunks.rows, 2 + 1, 'a row per pool thread plus the calling thread');
  for (const variant of Object.values(v)) assert.match(variant.text, /199,999,990,000,000 ✓/);
  assert.ok(v.chunks.bars.every((b) => b.thread === 0 || b.thread === 1));
  assert.deepEqual(problems, []);
  await page.close();
});

test('concurrent waiting on one thread records overlapping waits on the calling thread', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  await setThreads(page, 1);
  const v = await record(page, 'mixed');
  assert.equal(v.concurrent.spans, 9, 'two waits and one computation for each of three jobs');
  assert.ok(v.concurrent.bars.every((b) => b.thread === -1), 'all on the calling thread');
  assert.equal(v.parallel.bars.filter((b) => b.kind === 'compute').every((b) => b.thread === 0), true, 'computing on the one pool thread');
  assert.deepEqual(problems, []);
  await page.close();
});
