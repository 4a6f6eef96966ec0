// The page in one real browser engine, end to end: what it runs and why,
// every experiment exact on every thread count it offers, every claim
// decided, a sweep and a timeline drawn, settings through the URL, the embed
// in a course page on another origin, and no console error. Defined once,
// run per engine by firefox.test.mjs and webkit.test.mjs (Chromium has the
// same and more in tests/e2e/). Durations are diagnostics, never asserted;
// every wait is for a condition.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, DIST } from '../../scripts/lib/paths.mjs';
import { startServer, freePort } from '../../scripts/lib/server.mjs';
import { launchEngine, engineMissing, recordingDist } from '../../scripts/lib/engines.mjs';
import { readDevice, pageReady, setThreads, listCards, runCard, checkAllClaims, startSmallSweep, SMALL, exactAnswer } from './actions.mjs';

/**
 * @param {string} name  'firefox' or 'webkit'
 * @param {object} expect  what this engine does on this machine (the README's browser table):
 *   threads: whether the top-level page with the headers runs threads;
 *   reason: for an engine without threads there, what the page must say.
 */
export function defineEngineTests(name, expect) {
  const missing = engineMissing(name);
  const opts = { skip: missing ? `${name} is not installed: ${missing}` : false };
  let engine, site, plain, parent, dist;

  before(async () => {
    if (missing) return;
    // WebKitGTK's driver can read no console: serve a copy of dist/ that records it in the page.
    dist = name === 'webkit' ? recordingDist(DIST) : null;
    const dir = dist?.dir ?? DIST;
    site = await startServer({ port: await freePort(), dir, config: join(DIST, 'serve.json') });
    plain = await startServer({ port: await freePort(), dir, config: join(ROOT, 'tests/serve-plain.json') });
    parent = await startServer({ port: await freePort(), dir: join(ROOT, 'examples'), config: join(ROOT, 'tests/serve-plain.json') });
    engine = await launchEngine(name);
  });
  after(async () => {
    await engine?.close();
    for (const s of [site, plain, parent]) s?.stop();
    dist?.remove();
  });

  const noProblems = async (target = engine) => assert.deepEqual(await target.problems(), [], 'no console error, no uncaught error');

  test(`${name}: the page loads, names the package it runs, and says why threads are off where they are`, opts, async (t) => {
    await engine.open(site.url);
    const device = await pageReady(engine);
    t.diagnostic(`${engine.version}; ${device.userAgent}; hardwareConcurrency ${device.cores}; crossOriginIsolated ${device.isolated}`);
    t.diagnostic(`engine: ${device.engine}; pool: ${device.pool}; decided ${Math.round(device.readyAtMs)} ms after navigation${device.note ? `; note: ${device.note}` : ''}`);
    assert.equal(device.state, 'ready');
    assert.equal(device.isolatedShown, device.isolated ? 'yes' : 'no');
    if (expect.threads) {
      assert.equal(device.engine, 'wasm with threads');
      assert.equal(device.note, '');
      assert.equal(device.slider.disabled, false);
      assert.ok(device.slider.max >= 2 * device.cores, `slider reaches ${device.slider.max}`);
      assert.deepEqual(device.threadIndices.split(',').map(Number), [...Array(device.slider.value).keys()], 'every pool thread answered');
    } else {
      assert.equal(device.engine, 'wasm, one thread');
      assert.match(device.note, expect.reason);
      assert.match(device.note, /Everything still runs, on one thread/);
      assert.equal(device.slider.disabled, true);
      assert.match(device.pool, /^1 thread ready in/);
    }
    await noProblems();
  });

  test(`${name}: every experiment is exact on 1 thread and on every thread count up to the cores`, opts, async (t) => {
    await engine.open(site.url);
    const device = await pageReady(engine);
    const counts = device.engine === 'wasm with threads' ? Array.from({ length: device.cores }, (_, i) => i + 1) : [1];
    const cards = await listCards(engine);
    assert.ok(cards.length >= 8, `${cards.length} experiment cards`);
    for (const k of counts) {
      if (device.engine === 'wasm with threads') await setThreads(engine, k);
      for (const card of cards) {
        // A card that measures its own pool sizes does the same on every slider position: once is enough.
        if (card.ownPools && k > 1) continue;
        const fields = Object.fromEntries(Object.entries(SMALL[card.workload] ?? {}).filter(([f]) => card.fields.includes(f)));
        const result = await runCard(engine, card.id, fields);
        assert.equal(result.state, 'done', `${card.id} on ${k}: ${result.error}`);
        if (card.ownPools) assert.ok(result.threads >= 1 && result.threads <= device.slider.max, `${card.id} ran on ${result.threads}`);
        else assert.equal(result.threads, k, `${card.id} ran on the pool of ${k}`);
        const measured = result.rows.filter((r) => !r.missing);
        assert.ok(measured.length >= 2, `${card.id}: ${measured.length} variants measured`);
        // A variant that needs a pool is left out on one thread, and says so.
        for (const row of result.rows.filter((r) => r.missing)) {
          assert.notEqual(device.engine, 'wasm with threads', `${card.id} ${row.variant} measured with threads`);
          assert.equal(row.said, 'needs threads', `${card.id} ${row.variant}`);
        }
        const exact = exactAnswer(card.workload, fields);
        for (const row of measured) {
          assert.equal(row.correct, 'true', `${card.id} ${row.variant} on ${k} threads: ${row.value}`);
          assert.equal(row.value, exact ?? measured[0].value, `${card.id} ${row.variant} on ${k} threads gives the exact answer`);
        }
      }
      t.diagnostic(`${cards.length} experiments exact on ${k} thread${k === 1 ? '' : 's'}`);
    }
    await noProblems();
  });

  test(`${name}: every claim reaches a verdict, none in error`, opts, async (t) => {
    await engine.open(site.url);
    const device = await pageReady(engine);
    await checkClaims(t, device);
    // PP_SCREENSHOT_DIR=docs: the README's picture of this engine (the device panel and the claims).
    if (process.env.PP_SCREENSHOT_DIR) {
      await engine.eval(() => document.querySelector('.machine').scrollIntoView());
      await engine.screenshot(join(process.env.PP_SCREENSHOT_DIR, `screenshot-${name}.png`));
    }
    await noProblems();
  });

  test(`${name}: on a page without isolation (what an embed in a foreign iframe gets) every claim reaches a verdict too`, opts, async (t) => {
    await engine.open(plain.url);
    const device = await pageReady(engine);
    assert.equal(device.isolated, false);
    assert.equal(device.engine, 'wasm, one thread');
    await checkClaims(t, device);
    await noProblems();
  });

  async function checkClaims(t, device) {
    const claims = await checkAllClaims(engine);
    t.diagnostic(`${engine.version}, ${device.isolated ? 'isolated' : 'not isolated'}, ${device.engine}: ${claims.summary}`);
    for (const c of claims.rows) t.diagnostic(`${c.id}: ${c.text} (${c.verdict}) | ${c.measured}${c.note ? ` | ${c.note}` : ''}`);
    assert.equal(claims.state, 'done');
    assert.ok(claims.rows.length >= 10, `${claims.rows.length} claims`);
    for (const c of claims.rows) {
      assert.ok(!['error', 'pending'].includes(c.verdict), `${c.id}: ${c.verdict} ${c.note}`);
      // A claim that cannot be tested here says why (threads off, one core, or cores busy with other programs just now).
      if (c.verdict === 'untestable') assert.match(c.note, /threads are off here|core/i, `${c.id} says why it cannot be tested`);
      if (device.engine !== 'wasm with threads' && c.verdict === 'untestable') assert.match(c.note, /threads are off here/, `${c.id}: without threads, that is why`);
    }
  }

  test(`${name}: a thread sweep and a task timeline render the measured numbers`, opts, async () => {
    await engine.open(site.url);
    const device = await pageReady(engine);
    await startSmallSweep(engine);
    await engine.waitFor(() => document.querySelector('#sweep').dataset.state === 'done', null, { timeout: 180_000, what: 'the sweep' });
    const sweep = await engine.eval(() => ({
      rows: [...document.querySelectorAll('#sweep tbody tr')].map((tr) => ({ threads: Number(tr.dataset.threads), par: Number(tr.dataset.par) })),
      dots: [...document.querySelectorAll('#sweep .time-chart g[data-series=par] circle')].map((c) => [Number(c.dataset.x), Number(c.dataset.y)]),
    }));
    const max = device.engine === 'wasm with threads' ? device.slider.max : 1;
    assert.deepEqual(sweep.rows.map((r) => r.threads), Array.from({ length: max }, (_, i) => i + 1), 'one row per thread count');
    assert.deepEqual(sweep.dots, sweep.rows.map((r) => [r.threads, r.par]), 'the chart plots the table');
    assert.ok(sweep.rows.every((r) => r.par > 0), 'every median measured');

    // The sweep gives the slider's pool back after it says done: wait for that pool, or Record would be cancelled by it.
    await engine.waitFor((k) => document.body.dataset.state === 'ready' && document.querySelector('#pool').dataset.threadIndices?.split(',').length === k, device.slider.value, { what: 'the slider\'s pool after the sweep' });
    await engine.eval(() => {
      const select = document.querySelector('#timeline select[name=workload]');
      select.value = 'fib';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      document.querySelector('#timeline button.run').click();
    });
    await engine.waitFor(() => ['done', 'error', 'cancelled'].includes(document.querySelector('#timeline').dataset.state), null, { timeout: 60_000, what: 'the timeline' });
    assert.equal(await engine.eval(() => document.querySelector('#timeline').dataset.state), 'done', await engine.eval(() => document.querySelector('#timeline .verdict').textContent));
    const timeline = await engine.eval(() => [...document.querySelectorAll('#timeline figure.timeline-variant')].map((f) => ({
      variant: f.dataset.variant,
      spans: Number(f.dataset.spans),
      bars: f.querySelectorAll('rect.span').length,
      lanes: f.querySelectorAll('rect.lane').length,
    })));
    assert.ok(timeline.length >= 2, 'every variant recorded');
    for (const v of timeline) {
      assert.ok(v.spans >= 1 && v.bars >= 1, `${v.variant}: ${v.spans} spans, ${v.bars} bars`);
      assert.ok(v.lanes >= 1, `${v.variant}: ${v.lanes} thread rows`);
    }
    await noProblems();
  });

  test(`${name}: settings round-trip through the URL, and Copy link restores them`, opts, async () => {
    const query = '?exp=mixed&jobs=4&wait_ms=30&n=22&threads=2&reps=2&theme=dark';
    await engine.open(`${site.url}${query}`);
    const device = await pageReady(engine);
    const k = device.engine === 'wasm with threads' ? 2 : 1;
    const read = () => engine.eval(() => ({
      fields: [...document.querySelectorAll('#exp-mixed form input')].map((i) => [i.name, i.value]),
      threads: document.querySelector('#threads').value,
      theme: document.documentElement.dataset.theme,
      notes: document.querySelector('#url-notes').hidden ? '' : document.querySelector('#url-notes').textContent,
    }));
    const first = await read();
    assert.deepEqual(first.fields, [['jobs', '4'], ['wait_ms', '30'], ['n', '22']]);
    assert.equal(first.threads, String(k));
    assert.equal(first.theme, 'dark');
    if (k === 1) assert.match(first.notes, /threads/, 'a note says the thread count was adjusted');
    const link = await engine.eval(() => {
      [...document.querySelectorAll('#exp-mixed .share-row button')].find((b) => b.textContent === 'Copy link').click();
      return document.querySelector('#exp-mixed .share-out').value;
    });
    assert.equal(link, `${site.url}?exp=mixed&jobs=4&wait_ms=30&n=22&threads=${k}&reps=2&theme=dark`);
    await engine.open(link);
    await pageReady(engine);
    const again = await read();
    assert.deepEqual([again.fields, again.threads, again.theme, again.notes], [first.fields, first.threads, first.theme, ''], 'the link restores every setting, with nothing left to adjust');

    // A malformed link: a note for each value, the page still works.
    await engine.open(`${site.url}?exp=fib&n=abc&cutoff=999&threads=-3`);
    await pageReady(engine);
    const bad = await read();
    assert.match(bad.notes, /n/);
    assert.match(bad.notes, /cutoff/);
    await noProblems();
  });

  test(`${name}: inside a course page on another origin the embed says why threads are off and links to a new tab, and messages flow both ways`, opts, async (t) => {
    await engine.open(`${parent.url}course-page.html?playground=${encodeURIComponent(site.url)}`);
    const frame = await engine.frame('iframe');
    await frame.waitFor(() => ['ready', 'error'].includes(document.body?.dataset.state) && document.querySelector('#pool')?.textContent.includes('ready in'), null, { what: 'the embed\'s pool' });
    const device = await readDevice(frame);
    t.diagnostic(`in a foreign iframe: crossOriginIsolated ${device.isolated}; ${device.engine}; ${device.note}`);
    assert.equal(device.state, 'ready');
    assert.equal(device.engine, 'wasm, one thread', `${name} does not isolate an iframe of a page without headers`);
    assert.equal(device.isolated, false);
    assert.match(device.note, /Threads are off here: inside this course page the browser does not isolate the playground/);
    assert.equal(device.newTab, 'Open the playground in a new tab to get threads');
    assert.doesNotMatch(device.newTabHref, /embed=1/);
    assert.match(device.newTabHref, /exp=fib/);
    assert.equal(await frame.eval(() => document.body.classList.contains('embed')), true);

    // The course page asks for a run; the embed answers with exact values.
    await engine.eval(() => document.querySelector('#ask').click());
    const result = await engine.waitFor(() => window.receivedFromPlayground.find((m) => m.type === 'parallel-playground:result'), null, { timeout: 60_000, what: 'the result message' });
    assert.equal(result.experiment, 'fib');
    assert.equal(result.threads, 1, 'asked for 2 threads, ran on the one it has');
    for (const v of result.variants) assert.deepEqual([v.value, v.correct], ['832040', true], `fib(30) ${v.name}`);
    assert.ok((await engine.eval(() => window.receivedFromPlayground.some((m) => m.type === 'parallel-playground:ready' && m.threads === 1))), 'the embed announced itself');
    // The course page is not ours: in WebKitGTK only the embed records its console.
    if (name === 'webkit') assert.deepEqual(await frame.eval(() => window.__ppProblems), [], 'no console error in the embed');
    else await noProblems();
  });

  return { engine: () => engine, site: () => site, plain: () => plain };
}
