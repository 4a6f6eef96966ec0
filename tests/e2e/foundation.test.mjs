// End to end, in Debian's Chromium: the page served exactly as `npm start`
// serves it runs both workloads exactly on real worker threads, and the page
// served without isolation headers falls back to one thread and says so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openPage, poolReady, setThreads, runExperiment } from './harness.mjs';

const FIB_35 = '9227465';
const sumOf = (n) => ((BigInt(n) * BigInt(n - 1)) / 2n).toString();

let isolatedServer, plainServer, browser;
before(async () => {
  isolatedServer = await startServer({ port: 8181 });
  plainServer = await startServer({ port: 8182, config: '../tests/serve-plain.json' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  isolatedServer?.stop();
  plainServer?.stop();
});

test('the page loads cross-origin isolated, picks the threaded package and logs no error', async () => {
  const { page, problems } = await openPage(browser.context, isolatedServer.url);
  await poolReady(page);
  assert.equal(await page.evaluate(() => crossOriginIsolated), true);
  assert.equal(await page.locator('#engine').textContent(), 'wasm with threads');
  assert.equal(await page.locator('#engine-note').isHidden(), true);
  const slider = await page.locator('#threads').evaluate((s) => ({ min: s.min, max: Number(s.max), disabled: s.disabled }));
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  assert.equal(slider.min, '1');
  assert.ok(slider.max >= 2 * cores, `slider max ${slider.max} must reach 2 x ${cores} cores`);
  assert.equal(slider.disabled, false);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the pool really runs k threads and both workloads are exact for k = 1, 2, 3', async () => {
  const { page, problems } = await openPage(browser.context, isolatedServer.url);
  await poolReady(page);
  for (const k of [1, 2, 3]) {
    await setThreads(page, k);
    const indices = await page.locator('#pool').getAttribute('data-thread-indices');
    assert.deepEqual(indices.split(',').map(Number), [...Array(k).keys()], `pool of ${k} threads answered from distinct indices`);

    const fib = await runExperiment(page, 'exp-fib', { n: 35, cutoff: 20 });
    assert.equal(fib.state, 'done', fib.error);
    assert.equal(fib.threads, k, 'the run used the pool the slider asked for');
    for (const row of fib.rows) assert.deepEqual([row.value, row.correct], [FIB_35, 'true'], `fib ${row.variant} on ${k}`);

    const n = 10_000_001;
    const sum = await runExperiment(page, 'exp-sum', { n });
    assert.equal(sum.state, 'done', sum.error);
    assert.equal(sum.threads, k);
    for (const row of sum.rows) assert.deepEqual([row.value, row.correct], [sumOf(n), 'true'], `sum ${row.variant} on ${k}`);

    // The chart holds exactly the medians that were measured, one group per thread count so far.
    assert.equal(sum.groups, [1, 2, 3].slice(0, k).join(','));
    for (const row of sum.rows) assert.ok(sum.chart.includes(row.median), `chart shows ${row.variant} median ${row.median}`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('a value out of range gets a message saying what to change, and the next run works', async () => {
  const { page, problems } = await openPage(browser.context, isolatedServer.url);
  await poolReady(page);
  const bad = await runExperiment(page, 'exp-sum', { n: 300_000_000 });
  assert.equal(bad.state, 'error');
  assert.match(bad.error, /choose n from 0 to 200,000,000/);
  const good = await runExperiment(page, 'exp-sum', { n: 1000 });
  assert.equal(good.state, 'done');
  assert.equal(good.rows[0].value, sumOf(1000));
  assert.deepEqual(problems, []);
  await page.close();
});

test('without isolation headers the page runs the single-threaded package, says why, and stays exact', async () => {
  const { page, problems } = await openPage(browser.context, plainServer.url);
  await poolReady(page);
  assert.equal(await page.evaluate(() => crossOriginIsolated), false);
  assert.equal(await page.locator('#engine').textContent(), 'wasm, one thread');
  const note = await page.locator('#engine-note');
  assert.equal(await note.isVisible(), true);
  assert.match(await note.textContent(), /Threads are off here.*cross-origin isolated.*Cross-Origin-Opener-Policy/s);
  assert.equal(await page.locator('#threads').isDisabled(), true);
  const fib = await runExperiment(page, 'exp-fib', { n: 35, cutoff: 20 });
  assert.equal(fib.threads, 1);
  for (const row of fib.rows) assert.deepEqual([row.value, row.correct], [FIB_35, 'true']);
  const sum = await runExperiment(page, 'exp-sum', { n: 2_000_000 });
  for (const row of sum.rows) assert.deepEqual([row.value, row.correct], [sumOf(2_000_000), 'true']);
  // Waiting needs no threads: three concurrent waits take about one, even here.
  const io = await runExperiment(page, 'exp-io', { jobs: 3, wait_ms: 100 });
  const median = Object.fromEntries(io.rows.map((r) => [r.variant, r.median]));
  assert.ok(median.concurrent < 200 && median.seq >= 299, JSON.stringify(median));
  assert.deepEqual(problems, []);
  await page.close();
});
