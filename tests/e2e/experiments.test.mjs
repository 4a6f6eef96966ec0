// End to end: every experiment card of the lesson runs in Chromium with
// exact answers, the I/O experiment shows concurrency paying off on one
// thread, and the claims panel reaches a verdict for every claim.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServer, launchBrowser, openPage, poolReady, setThreads, runExperiment } from './harness.mjs';
import { readShare } from '../../www/share.js';
import { CLAIMS } from '../../www/claims.js';

const sumOf = (n) => (n === 0 ? 0n : (BigInt(n) * BigInt(n - 1)) / 2n);
function fib(n) {
  let [a, b] = [0n, 1n];
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
}

// Small sizes: these tests check answers and behaviour, not speed.
const CASES = [
  { id: 'sum', fields: { n: 1_000_003, tasks: 7 }, want: sumOf(1_000_003), variants: 4 },
  { id: 'sum', fields: { n: 5, tasks: 100_000 }, want: sumOf(5), variants: 4 },
  { id: 'fib', fields: { n: 1, cutoff: 0 }, want: fib(1), variants: 2 },
  { id: 'fib', fields: { n: 27, cutoff: 0 }, want: fib(27), variants: 2 },
  { id: 'fib_three', fields: { n: 25 }, want: 3n * fib(25), variants: 2 },
  { id: 'io', fields: { jobs: 2, wait_ms: 20 }, want: 2n, variants: 2 },
  { id: 'mixed', fields: { jobs: 2, wait_ms: 10, n: 20 }, want: 2n * fib(20), variants: 3 },
  { id: 'contended', fields: { n: 100_001 }, want: sumOf(100_001), variants: 3 },
];

let server, browser;
before(async () => {
  server = await startServer({ port: 8183 });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

test('every experiment shows exact answers for every variant on 1 and 2 threads', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  for (const k of [1, 2]) {
    await setThreads(page, k);
    for (const c of CASES) {
      const r = await runExperiment(page, `exp-${c.id}`, c.fields);
      assert.equal(r.state, 'done', `${c.id} ${JSON.stringify(c.fields)}: ${r.error}`);
      assert.equal(r.threads, k);
      const measured = r.rows.filter((row) => row.value);
      assert.equal(measured.length, c.variants, `${c.id} variants on ${k}`);
      for (const row of measured) assert.deepEqual([row.value, row.correct], [c.want.toString(), 'true'], `${c.id} ${row.variant} on ${k}`);
    }
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('on one thread, concurrent waits take about one wait and sequential waits take three', async () => {
  const { page } = await openPage(browser.context, server.url);
  await poolReady(page);
  await setThreads(page, 1);
  const wait = 150;
  const r = await runExperiment(page, 'exp-io', { jobs: 3, wait_ms: wait });
  const median = Object.fromEntries(r.rows.map((row) => [row.variant, row.median]));
  // Relative to the sequential run of the same page, never an absolute duration.
  assert.ok(median.concurrent < median.seq / 2, `concurrent ${median.concurrent} ms, sequential ${median.seq} ms`);
  assert.ok(median.seq >= 3 * wait - 1, `sequential ${median.seq} ms`);
  await page.close();
});

test('the sweep cards measure at each of their thread counts, restarting the pool', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const r = await runExperiment(page, 'exp-oversubscribe', { n: 22, cutoff: 10 });
  assert.equal(r.groups, [...new Set([1, cores, 2 * cores])].join(','));
  for (const row of r.rows) assert.equal(row.value, fib(22).toString());
  assert.deepEqual(problems, []);
  await page.close();
});

test('the claims panel reaches a verdict for every claim, none says "does not hold" on this machine, and it can be cancelled', async (t) => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  // Predict, then measure: a guess made with the keyboard before the check is judged after it.
  await page.focus('#predict-claim-io-one-thread-slower');
  await page.keyboard.press('Space');
  await page.click('#claims button.check');
  assert.equal(await page.isDisabled('#predict-claim-io-one-thread-faster'), true, 'no guessing once the numbers come');
  await page.waitForSelector('#claims[data-state=done]', { timeout: 420_000 });
  t.diagnostic(await page.textContent('#claims .cores-note'));
  assert.match(await page.textContent('#claims tr[data-claim=io-one-thread] .predict-result'), /^Your prediction did not hold: you expected slower, and it was \d+\.\d+× as fast/);
  const verdicts = await page.$$eval('#claims tbody tr', (rows) => rows.map((r) => ({ id: r.dataset.claim, verdict: r.dataset.verdict, measured: r.querySelector('.measured').textContent, note: r.querySelector('.verdict-note').textContent })));
  assert.ok(verdicts.length >= 10);
  for (const v of verdicts) t.diagnostic(`${v.id}: ${v.verdict} (${v.measured})${v.note}`);
  for (const v of verdicts) {
    // On this machine the lesson's claims are true: a claim may come out too
    // noisy to tell (a busy moment), never "does not hold", never an error;
    // except oversubscription, which the lesson says hurts and which rayon's
    // work stealing does not show here (2 and 4 threads 29 ms each, 0.99x):
    // the page says so with the numbers.
    const allowed = ['holds', 'inconclusive', 'untestable', 'demonstration', ...(v.id === 'oversubscription' ? ['fails'] : [])];
    assert.ok(allowed.includes(v.verdict), `${v.id}: ${v.verdict}${v.note}`);
    assert.equal(v.verdict === 'demonstration', Boolean(CLAIMS.find((c) => c.id === v.id).demonstration), `${v.id}: demonstrations are measured, never judged`);
    if (v.verdict !== 'untestable') assert.match(v.measured, /\d.*\d% interval/, `${v.id} shows a measurement with its interval`);
  }
  // Every claim can be tested unless the measured capacity cannot show its
  // effect (a core busy with something else at that moment): then the claims
  // that need two threads at once say so, with the capacity measured.
  const capacity = Number(await page.getAttribute('#claims', 'data-capacity'));
  for (const v of verdicts.filter((x) => x.verdict === 'untestable')) {
    assert.ok(capacity < 1.7, `${v.id} untestable with a capacity of ${capacity}`);
    assert.match(v.note, /needs 1\.7× or more of parallel capacity/, v.id);
  }
  assert.match(await page.textContent('#claims .cores-note'), new RegExp(`reports ${cores} logical cores?`));
  assert.match(await page.textContent('#claims .progress-text'), /; and 5 demonstrations measured, not judged\.$/);
  t.diagnostic(`cores: reported ${cores}, capacity ${capacity}`);

  // The export holds the verdicts on the page, with the conditions; the share link reads back to them.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#claims .export-json')]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(exported.claims.map((c) => [c.claim, c.verdict]), verdicts.map((v) => [v.id, v.verdict]));
  assert.equal(exported.conditions.hardware_concurrency, cores);
  assert.equal(exported.conditions.cross_origin_isolated, true);
  for (const c of exported.claims.filter((x) => x.verdict === 'holds')) assert.ok(c.lo <= c.ratio && c.ratio <= c.hi, c.claim);
  await page.click('#claims .share');
  const link = await page.inputValue('#claims .share-out');
  const shared = readShare(link, CLAIMS.map((c) => c.id));
  assert.deepEqual(shared.claims.map((c) => [c.id, c.verdict]), verdicts.map((v) => [v.id, v.verdict]));

  // Cancel a second check at once: the panel stops, keeps what it had, and the page still runs.
  await page.click('#claims button.check');
  await page.click('#claims button.check');
  await page.waitForSelector('#claims[data-state=cancelled]', { timeout: 30_000 });
  await poolReady(page);
  const after = await runExperiment(page, 'exp-fib', { n: 20, cutoff: 10 });
  assert.equal(after.rows[0].value, fib(20).toString());
  assert.deepEqual(problems, []);
  await page.close();
});

test('with the noise knob, a claim comes out inconclusive after being measured again, a speed-up past its bound is flagged, not counted, and a claim can fail', async (t) => {
  // The knob (www/debug.js claimsKnob) perturbs split-many-cores, cpu-more-cores and mixed-one-thread.
  const { page, problems } = await openPage(browser.context, `${server.url}?debug=noise`);
  await poolReady(page);
  await page.click('#claims button.check');
  const row = (id) => page.locator(`#claims tr[data-claim=${id}]`);
  const decided = (id) => page.waitForFunction((id) => !['pending'].includes(document.querySelector(`#claims tr[data-claim=${id}]`).dataset.verdict), id, { timeout: 120_000 });
  await decided('split-one-thread');
  assert.equal(await row('split-one-thread').getAttribute('data-verdict'), 'demonstration');
  // The two-thread claims need the capacity the probe measures; a busy moment of this shared
  // machine can leave it under 1.7x, and then they say so instead (checked, not skipped).
  const capacity = Number(await page.getAttribute('#claims', 'data-capacity'));
  await decided('split-many-cores');
  if (capacity < 1.7) {
    t.diagnostic(`capacity ${capacity}: the two-thread outcomes could not be shown this time`);
    for (const id of ['split-many-cores', 'cpu-more-cores']) {
      await decided(id);
      assert.equal(await row(id).getAttribute('data-verdict'), 'untestable');
      assert.match(await row(id).locator('.verdict-note').textContent(), /needs 1\.7× or more of parallel capacity/);
    }
  } else {
    assert.equal(await row('split-many-cores').getAttribute('data-verdict'), 'inconclusive');
    assert.equal(Number(await row('split-many-cores').getAttribute('data-tries')), 3, 'measured again, up to the rule\'s three tries');
    assert.match(await row('split-many-cores').locator('.verdict-note').textContent(), /Measured 3 times \(at most 3\), each try judged on its own/);
    assert.equal(await row('split-many-cores').locator('.why').isVisible(), true, 'says what usually causes it');
    assert.equal(await row('split-many-cores').locator('.measure-again').isVisible(), true);
    await decided('cpu-more-cores');
    assert.equal(await row('cpu-more-cores').getAttribute('data-verdict'), 'inconclusive');
    assert.equal(await row('cpu-more-cores').getAttribute('data-impossible'), 'true');
    assert.match(await row('cpu-more-cores').locator('.verdict-note').textContent(), /Faster than parallelism can explain \(at most 1\.5× here\)/);
  }
  // A claim that loses on the samples says so: it can fail.
  await decided('mixed-one-thread');
  assert.equal(await row('mixed-one-thread').getAttribute('data-verdict'), 'fails');
  assert.equal(await row('mixed-one-thread').locator('.badge').textContent(), 'does not hold here');
  await page.click('#claims button.check'); // cancel the rest
  await page.waitForSelector('#claims[data-state=cancelled]', { timeout: 30_000 });
  assert.deepEqual(problems, []);
  await page.close();
});
