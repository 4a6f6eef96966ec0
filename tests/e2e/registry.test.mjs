// End to end, in Debian's Chromium: what the page takes from the core's
// registry and its estimates. A ten-minute I/O run is asked about with its
// exact length (and its watchdog outlasts it); a large buffer is given back
// once the engine is idle; a course page cannot start a memory-hungry run
// without a click in the embed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, launchBrowser, openPage, poolReady, runExperiment, ROOT } from './harness.mjs';
import { REGISTRY } from '../../www/registry.js';

let server, parent, browser;
before(async () => {
  server = await startServer({ port: 8196 });
  parent = await startServer({ port: 8197, dir: join(ROOT, 'examples'), config: '../tests/serve-plain.json' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
  parent?.stop();
});

const LONG_IO = { jobs: 20, wait_ms: 2000, reps: 15 };

test('a ten-minute I/O run is asked about with its exact length, and "Not now" runs nothing', async () => {
  const { page, problems } = await openPage(browser.context, `${server.url}?exp=io&jobs=${LONG_IO.jobs}&wait_ms=${LONG_IO.wait_ms}&reps=${LONG_IO.reps}`);
  await poolReady(page);
  const card = page.locator('#exp-io');
  await card.locator('button.run').click();
  await page.waitForSelector('#exp-io[data-state=confirming]', { timeout: 10_000 });
  // Each round waits once per job in a row and once for all of them at once.
  const exact = LONG_IO.reps * (LONG_IO.jobs + 1) * LONG_IO.wait_ms;
  assert.equal(Number(await card.getAttribute('data-estimate-ms')), exact);
  assert.match(await card.locator('.confirm').textContent(), /about 11 min \(its waits add up to that\)/);
  await card.locator('.confirm-skip').click();
  await page.waitForSelector('#exp-io[data-state=idle]');
  assert.match(await card.locator('.verdict').textContent(), /^Not run\./);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the watchdog of every run is the engine\'s estimate for that request, and it outlasts a ten-minute run', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  const seen = await page.evaluate(async (long) => {
    const { ComputeWorker } = await import('/www/compute.js');
    const c = new ComputeWorker('threads');
    await c.start(1);
    const request = { workload: 'io', jobs: 2, wait_ms: 5, reps: 1 };
    const estimate = await c.estimate(request);
    // The watchdog is a timer of the run's budget: the timers set while the
    // run is in flight are observed through the platform's setTimeout, not
    // through the engine bridge's internals.
    const delays = [];
    const real = globalThis.setTimeout;
    globalThis.setTimeout = (f, ms, ...rest) => {
      delays.push(ms);
      return real(f, ms, ...rest);
    };
    let report;
    try {
      report = await c.run(request);
    } finally {
      globalThis.setTimeout = real;
    }
    const longEstimate = await c.estimate({ workload: 'io', ...long });
    c.stopWorker(new Error('done'));
    return { delays, estimate, longEstimate, correct: report.variants.every((v) => v.correct) };
  }, LONG_IO);
  assert.ok(seen.correct);
  assert.ok(seen.delays.includes(seen.estimate.watchdog_ms), `a watchdog of exactly the estimate's ${seen.estimate.watchdog_ms} ms among the timers ${seen.delays}`);
  assert.equal(seen.longEstimate.exact, true);
  assert.ok(seen.longEstimate.watchdog_ms > seen.longEstimate.expected_ms, JSON.stringify(seen.longEstimate));
  assert.deepEqual(problems, []);
  await page.close();
});

test('a large value buffer is given back: the idle engine is replaced and its memory is small again', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  const threshold = REGISTRY.policy.release_above_bytes;
  const n = Math.ceil((threshold * 1.2) / 4); // u32 values: a buffer just past the threshold
  const seen = await page.evaluate(async (n) => {
    const { ComputeWorker } = await import('/www/compute.js');
    const infos = [];
    // The replacement announces itself like any start: its second ready info.
    let replaced;
    const second = new Promise((resolve) => (replaced = resolve));
    const c = new ComputeWorker('threads', { releaseAfterIdleMs: 200, onReady: (info) => infos.push(info) === 2 && replaced() });
    await c.start(1);
    const report = await c.run({ workload: 'sum', n, reps: 1, warmup: 0, min_total_ms: 0 });
    const bound = 30_000;
    const timedOut = await Promise.race([second.then(() => false), new Promise((resolve) => setTimeout(() => resolve(true), bound))]);
    c.stopWorker(new Error('done'));
    return { correct: report.variants.every((v) => v.correct), memory: infos.map((i) => i.memory_bytes), timedOut, releases: c.releases, bound };
  }, n);
  assert.equal(seen.timedOut, false, `the idle engine was not replaced within ${seen.bound} ms (releases: ${seen.releases})`);
  assert.ok(seen.correct);
  assert.equal(seen.memory.length, 2, 'one start, one replacement');
  assert.ok(seen.memory[1] < 4 * n, `memory after release ${seen.memory[1]} bytes, buffer was ${4 * n}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a course page cannot start a memory-hungry run without a click in the embed; a small one runs', async () => {
  const { page } = await openPage(browser.context, `${parent.url}course-page.html?playground=${encodeURIComponent(`${server.url}?exp=sum&embed=1`)}`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('body[data-state=ready]', { timeout: 30_000 });
  const big = Math.ceil((REGISTRY.policy.embed_click_above_bytes * 1.5) / 4);
  const ask = (n) => page.evaluate((n) => document.querySelector('iframe').contentWindow.postMessage({ type: 'parallel-playground:run', version: 1, experiment: 'sum', parameters: { n } }, '*'), n);
  await ask(big);
  await frame.waitForSelector('#exp-sum[data-state=waiting]', { timeout: 10_000 });
  assert.match(await frame.locator('#exp-sum .verdict').textContent(), /asked for a run that keeps about [\d,]+ MB .* Press Run to start it\./);
  assert.equal(await frame.locator('#exp-sum tbody tr').first().getAttribute('data-value'), null, 'nothing ran');
  await ask(1000);
  await frame.waitForSelector('#exp-sum[data-state=done]', { timeout: 30_000 });
  assert.equal(await frame.locator('#exp-sum tbody tr').first().getAttribute('data-value'), '499500');
  await page.close();
});
