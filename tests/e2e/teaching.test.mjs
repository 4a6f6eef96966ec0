// End to end: the page teaches. Every card's Code view shows the functions
// the core compiles (compared with the Rust source itself) and its Go
// sketch; the time-slicing experiment is exact on pools of cores and cores + 1 threads
// and draws a timeline of each without moving the page; a prediction made
// with the keyboard is judged and nothing is stored; the lesson's matrix
// fills from this session's runs; glossary and word links resolve; a
// course's lesson title stays text; axe finds nothing serious in light or dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser, openPage, poolReady, runExperiment, setThreads, ROOT } from './harness.mjs';
import { startServer, freePort } from '../../scripts/lib/server.mjs';
import { goSource, workloadItems } from '../../scripts/gen-code.mjs';
import { EXPERIMENTS } from '../../www/catalog.js';
import { SWEEPS } from '../../www/lesson/index.js';
import { RUST } from '../../www/code.js';

function fib(n) {
  let [a, b] = [0n, 1n];
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
}

let server, browser, axeSource;
before(async () => {
  server = await startServer({ port: await freePort() });
  browser = await launchBrowser();
  axeSource = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
});
after(async () => {
  await browser?.close();
  server?.stop();
});

/** Serious and critical axe-core violations in the page as it is now. */
async function axe(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

test('every card’s Code view shows the Rust its variants run, as the core’s source has it, and its Go sketch', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  const items = workloadItems();
  for (const e of EXPERIMENTS) {
    await page.click(`#code-${e.id} > summary`);
    // The sources (code.js) load on the first open: wait for the view to say it is ready.
    await page.waitForSelector(`#code-${e.id}[data-state="ready"]`, { timeout: 10_000 });
    const shown = await page.$eval(`#code-${e.id}`, (el) => ({
      variants: [...el.querySelectorAll('.code-variant')].map((s) => s.dataset.variant),
      fns: [...el.querySelectorAll('figure.code-fn[data-fn]')].map((f) => [f.dataset.fn, f.querySelector('pre').textContent]),
      go: el.querySelector('pre.lang-go').textContent,
      focusable: [...el.querySelectorAll('pre')].every((p) => p.tabIndex === 0),
    }));
    assert.deepEqual(shown.variants, e.variants.map((v) => v.name), e.id);
    for (const [name, text] of shown.fns) assert.equal(text, items.get(name).source, `${e.id}: ${name} as compiled`);
    const want = new Set(e.variants.flatMap((v) => RUST[e.workload][v.name].functions));
    assert.deepEqual(new Set(shown.fns.map(([name]) => name)), want, `${e.id}: each function once`);
    assert.equal(shown.go, goSource(e.id));
    assert.ok(shown.focusable, 'code blocks can be scrolled with the keyboard');
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('time slicing: exact on pools of cores and cores + 1 threads, a timeline of each, and nothing moves when they arrive', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  const { cores, max } = await page.evaluate(() => ({ cores: navigator.hardwareConcurrency, max: Number(document.querySelector('#threads').max) }));
  const counts = SWEEPS.time_slicing(cores, 2, max);
  const card = '#exp-time_slicing';
  const chartHeights = () => page.$$eval(`${card} figure.timeline-variant`, (figs) => figs.map((f) => [f.dataset.threads, f.querySelector('.chart svg').getBoundingClientRect().height]));
  const before = await chartHeights();
  assert.deepEqual(before.map(([k]) => Number(k)), counts);
  // Every report the card shows, as it shows it: the verdict's pool size, then each row's answer.
  await page.evaluate((card) => {
    window.seen = [];
    const verdict = document.querySelector(`${card} .verdict`);
    new MutationObserver(() => window.seen.push({
      threads: Number(verdict.dataset.threads),
      rows: [...document.querySelectorAll(`${card} .result-table tbody tr`)].map((r) => [r.dataset.value, r.dataset.correct]),
    })).observe(verdict, { attributes: true, attributeFilter: ['data-threads'] });
  }, card);
  const r = await runExperiment(page, 'exp-time_slicing', { n: 22 });
  assert.equal(r.state, 'done', r.error);
  assert.equal(r.groups, counts.join(','));
  const want = (BigInt(cores + 1) * fib(22)).toString();
  const seen = await page.evaluate(() => window.seen);
  assert.deepEqual(seen.map((s) => s.threads), counts);
  for (const s of seen) assert.deepEqual(s.rows, [[want, 'true'], [want, 'true']], `pool of ${s.threads}`);
  const figs = await page.$$eval(`${card} figure.timeline-variant`, (els) => els.map((f) => ({
    k: Number(f.dataset.threads), state: f.dataset.state, spans: Number(f.dataset.spans), value: f.dataset.value, correct: f.dataset.correct,
    bars: [...f.querySelectorAll('rect.span.compute')].map((b) => Number(b.dataset.thread)),
    lanes: f.querySelectorAll('rect.lane').length,
  })));
  for (const f of figs) {
    assert.deepEqual([f.state, f.spans, f.value, f.correct], ['done', 3, want, 'true'], `timeline on ${f.k}`);
    assert.equal(f.bars.length, 3, 'one bar per job');
    assert.ok(f.bars.every((t) => t >= 0 && t < f.k), `jobs ran on the ${f.k} pool threads: ${f.bars}`);
    assert.equal(f.lanes, f.k + 1, 'a row per pool thread and the calling thread');
  }
  assert.deepEqual(await chartHeights(), before, 'the recorded timelines take the place the placeholders kept');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a prediction made with the keyboard is judged after the run, with the lesson’s line, and nothing is stored', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  await setThreads(page, 1);
  const card = page.locator('#exp-fib_three');
  assert.match(await card.locator('fieldset.predict legend').textContent(), /on 1 thread, “.+” against “.+” will be/);
  await card.locator('#predict-fib_three-faster').focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await card.locator('fieldset.predict input:checked').getAttribute('value'), 'same');
  assert.match(await card.locator('.predict-result').textContent(), /You expect about the same/);
  const r = await runExperiment(page, 'exp-fib_three', { n: 20 });
  assert.equal(r.state, 'done');
  const result = await card.locator('.predict-result').textContent();
  assert.match(result, /^Your prediction (held|did not hold): you expected about the same, and it was (about as fast \(\d+\.\d\d×\)|\d+\.\d\d× (as fast|slower)) on 1 thread\. In the lesson’s words: “.+” \(.+\)\./);
  assert.match(await card.locator('fieldset.predict').getAttribute('data-held'), /^(true|false)$/);
  assert.match(await page.locator('#status').textContent(), /prediction (held|did not hold)/, 'announced with the verdict');
  const stored = await page.evaluate(async () => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, dbs: (await indexedDB.databases()).length }));
  assert.deepEqual(stored, { local: 0, session: 0, cookie: '', dbs: 0 });
  assert.deepEqual(problems, []);
  await page.close();
});

test('the lesson’s matrix fills every cell this device can measure, each linked to the experiment behind it', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  const small = { 'exp-io': { jobs: 2, wait_ms: 10 }, 'exp-fib_three': { n: 20 }, 'exp-mixed': { jobs: 2, wait_ms: 5, n: 15 }, 'exp-contended': { n: 10_000 } };
  for (const [id, fields] of Object.entries(small)) for (const [name, v] of Object.entries(fields)) await page.fill(`#${id} input[name=${name}]`, String(v));
  const slider = await page.locator('#threads').inputValue();
  await page.click('#matrix button.run');
  await page.waitForSelector('#matrix[data-state=done]', { timeout: 180_000 });
  const cells = await page.$$eval('#matrix td.matrix-cell', (tds) => tds.map((td) => ({ state: td.dataset.state, col: td.dataset.col, href: td.querySelector('a').getAttribute('href'), text: td.textContent })));
  const threaded = await page.evaluate(() => !document.querySelector('#threads').disabled);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  assert.equal(cells.length, 8);
  for (const c of cells) {
    const measurable = c.col === 'one' || (threaded && cores >= 2);
    assert.ok(measurable ? ['agrees', 'differs'].includes(c.state) : c.state === 'untestable', `${c.col}: ${c.state}`);
    assert.ok(await page.$(c.href), `${c.href} exists`);
    if (measurable) assert.match(c.text, /Here: .*(as fast|slower) on \d+ threads?(agrees|differs) · /);
  }
  assert.equal(await page.locator('#matrix').getAttribute('data-failed'), '0');
  assert.match(await page.locator('#matrix .progress-text').textContent(), /^Done: every cell this device can measure is filled\./);
  assert.equal(await page.locator('#threads').inputValue(), slider, 'the slider is back where it was');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a card that fails inside the matrix leaves its cells empty and the matrix says so, never “every cell filled”', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  const small = { 'exp-io': { jobs: 2, wait_ms: 10 }, 'exp-fib_three': { n: 43 }, 'exp-mixed': { jobs: 2, wait_ms: 5, n: 15 }, 'exp-contended': { n: 10_000 } };
  for (const [id, fields] of Object.entries(small)) for (const [name, v] of Object.entries(fields)) await page.fill(`#${id} input[name=${name}]`, String(v));
  await page.click('#matrix button.run');
  await page.waitForFunction(() => ['done', 'error', 'cancelled'].includes(document.querySelector('#matrix').dataset.state), null, { timeout: 180_000 });
  const threaded = await page.evaluate(() => !document.querySelector('#threads').disabled);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const failing = threaded && cores >= 2 ? 2 : 1; // fib_three (n past its limit) behind the CPU row's measurable cells
  assert.equal(await page.getAttribute('#matrix', 'data-state'), 'error');
  assert.equal(await page.getAttribute('#matrix', 'data-failed'), String(failing));
  const cpu = await page.$$eval('#matrix tr[data-row=cpu] td.matrix-cell', (tds) => tds.map((td) => td.dataset.state));
  assert.ok(cpu.every((s) => s === 'empty' || s === 'untestable'), `CPU cells: ${cpu}`);
  assert.doesNotMatch(await page.locator('#matrix .progress-text').textContent(), /every cell/);
  assert.match(await page.locator('#matrix p.error').textContent(), new RegExp(`^${failing} of \\d+ failed: Three independent CPU-bound jobs: `));
  assert.equal(await page.getAttribute('#exp-fib_three', 'data-state'), 'error', 'the card says why in place');
  assert.ok(['agrees', 'differs'].includes(await page.getAttribute('#matrix tr[data-row=io] td[data-col=one]', 'data-state')), 'the other cells still fill');
  assert.deepEqual(problems, []);
  await page.close();
});

test('words, glossary and lesson: every link on a card resolves, and a course’s title is shown as text', async () => {
  const title = '<b>Week 3</b>: Concurrency';
  const { page, problems } = await openPage(browser.context, `${server.url}?lesson=${encodeURIComponent('https://course.example/w3?x=1')}&lesson_title=${encodeURIComponent(title)}`);
  await poolReady(page);
  assert.equal(await page.locator('#lesson-link').getAttribute('href'), 'https://course.example/w3?x=1');
  assert.equal(await page.locator('#lesson-title').textContent(), title);
  assert.equal(await page.locator('.masthead b').count(), 0, 'no markup from the URL');
  const missing = await page.$$eval('a[href^="#"]', (links) => links.map((a) => a.getAttribute('href')).filter((h) => h.length > 1 && !document.getElementById(h.slice(1))));
  assert.deepEqual(missing, []);
  for (const term of ['task', 'thread', 'core', 'speedup', 'quartile', 'isolation']) assert.ok(await page.$(`#term-${term} dfn`), term);
  for (const id of ['goroutine', 'wait', 'result', 'gomaxprocs', 'numcpu', 'blocked']) assert.ok(await page.$(`#glossary #go-${id}`), id);
  assert.ok((await page.$$('#exp-mixed .glossary-links a[href^="#go-"]')).length > 0);
  assert.match(await page.locator('#exp-mixed').textContent(), /coffee shop/);
  // The course's words reach the links the page makes.
  await page.click('#exp-fib .share-row button:first-child');
  assert.match(await page.locator('#exp-fib .share-out').inputValue(), /lesson=https%3A%2F%2Fcourse.example%2Fw3%3Fx%3D1&lesson_title=/);
  assert.deepEqual(problems, []);
  await page.close();

  const bad = await openPage(browser.context, `${server.url}?lesson=${encodeURIComponent('javascript:alert(1)')}`);
  await poolReady(bad.page);
  assert.equal(await bad.page.locator('#lesson-link').count(), 0);
  assert.match(await bad.page.locator('#url-notes').textContent(), /not an https address/);
  await bad.page.close();
});

test('where the timeline shows one thread, it explains run to completion', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  await setThreads(page, 1);
  await page.click('#timeline button.run');
  await page.waitForSelector('#timeline[data-state=done]', { timeout: 60_000 });
  assert.ok(await page.locator('#timeline .one-thread-note').isVisible());
  await setThreads(page, 2);
  await page.click('#timeline button.run');
  // The panel's own record of the run it drew: done, on the new pool of 2 (the first run's was 1).
  const ended = await page.waitForFunction(() => {
    const el = document.querySelector('#timeline');
    return el.dataset.state === 'error' ? 'error' : el.dataset.state === 'done' && el.dataset.threads === '2' && 'done';
  }, null, { timeout: 60_000 });
  assert.equal(await ended.jsonValue(), 'done');
  assert.ok(!(await page.locator('#timeline .one-thread-note').isVisible()));
  assert.deepEqual(problems, []);
  await page.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe finds nothing serious in the code view, a judged prediction, the matrix and the glossary (${scheme})`, async () => {
    const { page, problems } = await openPage(browser.context, `${server.url}?theme=${scheme}`);
    await poolReady(page);
    await page.check('#predict-io-faster');
    await runExperiment(page, 'exp-io', { jobs: 2, wait_ms: 5 });
    await page.click('#code-io > summary');
    await page.click('#code-time_slicing > summary');
    await page.waitForSelector('#code-io[data-state="ready"]');
    await page.waitForSelector('#code-time_slicing[data-state="ready"]');
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(problems, []);
    await page.close();
  });
}
