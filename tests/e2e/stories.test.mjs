// End to end: the lesson's stories measured (issue 21). The fintech cards
// (a thousand tasks against one per thread, then tiny tasks) give exact
// answers on one thread and on two and judge the prediction; the
// time-slicing card runs one job more than the cores on one thread per core
// and one per job, with a timeline of each; the cards that quote Trap 3 and
// the I/O card say what the lesson's words leave out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openPage, poolReady, setThreads, runExperiment } from './harness.mjs';
import { SWEEPS } from '../../www/lesson/index.js';

function fib(n) {
  let [a, b] = [0n, 1n];
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
}

let server, browser;
before(async () => {
  server = await startServer({ port: 8263 });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

test('the fintech cards: one task per job and one per thread give jobs × fib(n) on 1 and 2 threads, and the prediction is judged', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  const defaults = await page.$$eval('#exp-many_tasks form.controls input, #exp-many_small form.controls input', (inputs) => inputs.map((i) => [i.closest('article').id, i.name, Number(i.value)]));
  // The story's sizes: 1000 jobs of fib(28), about 1 ms each; 20,000 of fib(21), about 20 us each.
  assert.deepEqual(defaults, [['exp-many_tasks', 'jobs', 1000], ['exp-many_tasks', 'n', 28], ['exp-many_small', 'jobs', 20000], ['exp-many_small', 'n', 21]]);
  for (const k of [1, 2]) {
    await setThreads(page, k);
    for (const [id, fields] of [['exp-many_tasks', { jobs: 300, n: 18 }], ['exp-many_small', { jobs: 2000, n: 9 }]]) {
      await page.check(`#predict-${id.slice(4)}-same`);
      const r = await runExperiment(page, id, fields);
      assert.equal(r.state, 'done', `${id} on ${k}: ${r.error}`);
      assert.equal(r.threads, k);
      const want = (BigInt(fields.jobs) * fib(fields.n)).toString();
      assert.deepEqual(r.rows.map((row) => [row.variant, row.value, row.correct]), [['many', want, 'true'], ['per_thread', want, 'true']], `${id} on ${k}`);
      const judged = await page.$eval(`#${id}`, (el) => ({ held: el.querySelector('.predict').dataset.held, text: el.querySelector('.predict-result').textContent }));
      assert.match(judged.held, /^(true|false)$/, `${id}: the prediction is judged`);
      assert.match(judged.text, /GOMAXPROCS controls how many OS threads can execute Go code simultaneously/);
    }
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('time slicing on any machine: one job more than the cores, on one thread per core and on one per job, a timeline of each', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  const { cores, max } = await page.evaluate(() => ({ cores: navigator.hardwareConcurrency, max: Number(document.querySelector('#threads').max) }));
  const counts = SWEEPS.time_slicing(cores, 2, max);
  const jobs = cores + 1;
  assert.equal(Number(await page.inputValue('#exp-time_slicing input[name=jobs]')), jobs, 'the job count follows the cores');
  const r = await runExperiment(page, 'exp-time_slicing', { n: 22 });
  assert.equal(r.state, 'done', r.error);
  assert.equal(r.groups, counts.join(','));
  const want = (BigInt(jobs) * fib(22)).toString();
  const rows = r.rows.filter((row) => row.variant);
  assert.deepEqual(rows.map((row) => row.variant), ['seq', 'par']);
  for (const row of rows) assert.deepEqual([row.value, row.correct], [want, 'true'], row.variant);
  const figs = await page.$$eval('#exp-time_slicing figure.timeline-variant', (fs) => fs.map((f) => ({ threads: Number(f.dataset.threads), state: f.dataset.state, spans: Number(f.dataset.spans), busy: Number(f.dataset.busyRows), title: f.querySelector('h4').textContent })));
  assert.deepEqual(figs.map((f) => f.threads), counts);
  for (const f of figs) {
    assert.equal(f.state, 'done');
    assert.equal(f.spans, jobs, `a bar per job on ${f.threads} threads`);
    assert.ok(f.busy >= 1 && f.busy <= f.threads, `${f.busy} busy rows of ${f.threads}`);
  }
  if (counts[0] < jobs) assert.match(figs[0].title, new RegExp(`for ${jobs} jobs: each job runs to completion`));
  // A job count the visitor chose stays when the slider moves.
  await page.fill('#exp-time_slicing input[name=jobs]', '2');
  await setThreads(page, 1);
  assert.equal(await page.inputValue('#exp-time_slicing input[name=jobs]'), '2');
  assert.deepEqual(problems, []);
  await page.close();
});

test('the page says what the lesson leaves out: threads executing Go code, and why timers stand in for I/O', async () => {
  const { page } = await openPage(browser.context, server.url);
  const over = await page.textContent('#exp-oversubscribe .step-experiment');
  assert.match(over, /limits the threads running Go code; goroutines are not threads/);
  assert.match(over, /A thousand tasks on a few threads/);
  const io = await page.textContent('#exp-io .step-experiment');
  assert.match(io, /Why a timer stands in for I\/O/);
  assert.match(io, /hands that thread’s P/);
  await page.close();
});
