// End to end: the thread sweep measures every thread count, its charts and
// table hold the measured medians, the CSV export holds the same numbers,
// and a cancelled sweep leaves the page usable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer, launchBrowser, openPage, poolReady, runExperiment } from './harness.mjs';

let server, browser;
before(async () => {
  server = await startServer({ port: 8184 });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

function parseCsv(text) {
  const [header, ...lines] = text.trim().split('\n');
  const cols = header.split(',');
  // The user agent is quoted and holds commas: split on commas outside quotes.
  const split = (line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replaceAll('""', '"')).slice(0, cols.length);
  return lines.map((line) => Object.fromEntries(split(line).map((v, i) => [cols[i], v])));
}

test('a sweep over 1..4 threads fills both charts and the table with the measured medians, and exports the same numbers', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  const max = Number(await page.locator('#threads').getAttribute('max'));
  assert.ok(max >= 4, `slider reaches ${max}`);
  await page.selectOption('#sweep select[name=workload]', 'fib');
  await page.fill('#sweep input[name=n]', '27');
  await page.fill('#sweep input[name=cutoff]', '15');
  await page.click('#sweep button.run');
  await page.waitForSelector('#sweep[data-state=done]', { timeout: 120_000 });

  const rows = await page.$$eval('#sweep tbody tr', (trs) => trs.map((tr) => ({ threads: Number(tr.dataset.threads), seq: Number(tr.dataset.seq), par: Number(tr.dataset.par), speedup: Number(tr.dataset.speedup) })));
  assert.deepEqual(rows.map((r) => r.threads), Array.from({ length: max }, (_, i) => i + 1), 'one row per thread count');
  const dots = await page.$$eval('#sweep .time-chart g[data-series=par] circle', (cs) => cs.map((c) => [Number(c.dataset.x), Number(c.dataset.y)]));
  assert.deepEqual(dots, rows.map((r) => [r.threads, r.par]), 'the time chart plots the table’s parallel medians');
  const speedDots = await page.$$eval('#sweep .speedup-chart g[data-series=measured] circle', (cs) => cs.map((c) => Number(c.dataset.y)));
  assert.deepEqual(speedDots, rows.map((r) => r.speedup), 'the speed-up chart plots the table’s speed-ups');
  // Amdahl only from three or more thread counts within the cores, and never a cap past them.
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const amdahlText = await page.textContent('#sweep .amdahl');
  if (cores < 3) assert.match(amdahlText, /No Amdahl fit: it needs at least 3 thread counts up to the capacity/);
  else assert.match(amdahlText, new RegExp(`Amdahl fit, on this device up to ${cores} threads \\(${cores} logical cores reported; the claims panel measures the capacity\\): the work behaves as if about \\d+(\\.\\d)?% of it were serial`));
  assert.doesNotMatch(amdahlText, /runs in parallel|serial fraction/, 'a fit says "behaves as if", never that memory or overhead is serial code');
  assert.doesNotMatch(amdahlText, /however many/);
  // The Karp-Flatt share of every thread count from two up to the capacity (here the cores: no probe ran), from that row's speed-up; none past it.
  const kf = await page.$$eval('#sweep tbody tr', (trs) => trs.map((tr) => tr.querySelector('.karp-flatt').textContent));
  assert.equal(kf[0], '–');
  for (const [i, r] of rows.entries()) {
    if (r.threads > cores) assert.equal(kf[i], '–', `row ${r.threads}: threads past the capacity share cores, no serial share`);
    else if (r.threads > 1) assert.ok(Math.abs(Number(kf[i]) - (1 / r.speedup - 1 / r.threads) / (1 - 1 / r.threads)) < 0.001, `row ${r.threads}: ${kf[i]}`);
  }
  assert.match(await page.textContent('#sweep .conditions'), /cross-origin isolated, timer resolution 5 µs/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#sweep .export-csv')]);
  const csv = parseCsv(await readFile(await download.path(), 'utf8'));
  const par = csv.filter((r) => r.variant === 'par');
  assert.deepEqual(par.map((r) => [Number(r.threads), Number(r.median_ms)]), rows.map((r) => [r.threads, r.par]), 'CSV holds the table’s numbers');
  for (const r of csv) {
    assert.equal(r.value, '196418');
    assert.equal(r.correct, 'true');
    assert.equal(r.cross_origin_isolated, 'true');
    assert.equal(r.package, 'threads');
    assert.match(r.user_agent, /Chrome/);
  }
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#sweep .export-json')]);
  const json = JSON.parse(await readFile(await jsonDownload.path(), 'utf8'));
  assert.equal(json[0].points.length, max);
  assert.equal(json[0].conditions.hardware_concurrency, await page.evaluate(() => navigator.hardwareConcurrency));
  assert.deepEqual(problems, []);
  await page.close();
});

test('three jobs: the ideal line is bounded by the tasks, 1.5× on two threads', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  await page.selectOption('#sweep select[name=workload]', 'fib_three');
  await page.fill('#sweep input[name=n]', '20');
  await page.click('#sweep button.run');
  await page.waitForSelector('#sweep[data-state=done]', { timeout: 120_000 });
  const ideal = await page.$$eval('#sweep tbody tr', (trs) => trs.map((tr) => [Number(tr.dataset.threads), tr.querySelectorAll('td')[4].textContent]));
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  if (cores >= 2) assert.deepEqual(ideal.find(([k]) => k === 2), [2, '1.5×']);
  assert.deepEqual(ideal.find(([k]) => k === 1), [1, '1×']);
  assert.deepEqual(problems, []);
  await page.close();
});

test('cancelling a sweep stops it and the page stays usable', async (t) => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  await page.selectOption('#sweep select[name=workload]', 'fib');
  await page.fill('#sweep input[name=n]', '40'); // seconds per thread count: long enough to cancel mid-way
  await page.click('#sweep button.run');
  await page.waitForSelector('#sweep[data-state=running][data-threads="2"]', { timeout: 60_000 });
  const t0 = Date.now();
  await page.click('#sweep button.run');
  await page.waitForSelector('#sweep[data-state=cancelled]', { timeout: 30_000 });
  t.diagnostic(`sweep stopped ${Date.now() - t0} ms after Cancel`);
  await poolReady(page);
  const fib = await runExperiment(page, 'exp-fib', { n: 20, cutoff: 10 });
  assert.equal(fib.rows[0].value, '6765');
  assert.deepEqual(problems, []);
  await page.close();
});
