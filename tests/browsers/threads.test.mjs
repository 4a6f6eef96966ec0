// Threads on every load, in Chromium and Firefox (the engines that run
// threads here): a threaded start that misses its deadline is tried again on
// a fresh pool before the page falls back, and after a fallback the page
// keeps trying in the background and switches to threads, saying so.
//   - a forced first failure (the fault knob ?debug=stall-threads, www/debug.js:
//     the first threaded start stops once its memory is up, as a pool whose
//     threads never answer does) ends threaded after the retry;
//   - every start at load forced to fail (?debug=stall-threads-2) ends on one
//     thread first, then threaded through the background try;
//   - cold loads, each in a fresh browser profile (empty cache): every one
//     ends threaded, also with every core kept busy by other processes.
// The number of cold loads: PP_COLD_LOADS (default 5) quiet and
// PP_COLD_LOADS_BUSY (default 2) busy, per engine; the full check is
// PP_COLD_LOADS=30 PP_COLD_LOADS_BUSY=10. How each load got its threads
// (first try, retry, background) and when are diagnostics.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { DIST } from '../../scripts/lib/paths.mjs';
import { startServer, freePort } from '../../scripts/lib/server.mjs';
import { launchEngine, engineMissing } from '../../scripts/lib/engines.mjs';
import { pageReady, runCard } from './actions.mjs';

const LOADS = Number(process.env.PP_COLD_LOADS ?? 5);
const BUSY_LOADS = Number(process.env.PP_COLD_LOADS_BUSY ?? 2);

let server;
before(async () => {
  server = await startServer({ port: await freePort(), dir: DIST });
});
after(() => server?.stop());

/** How the page's threads stand: the engine line, the note, how they came (body data), the slider. */
const threadsState = (engine) =>
  engine.eval(() => ({
    engine: document.querySelector('#engine').textContent,
    note: document.querySelector('#engine-note').hidden ? '' : document.querySelector('#engine-note').textContent,
    via: document.body.dataset.threadsVia ?? '',
    tries: Number(document.body.dataset.threadTries ?? 0),
    sliderDisabled: document.querySelector('#threads').disabled,
    sliderMax: Number(document.querySelector('#threads').max),
    decidedMs: performance.getEntriesByName('pp:engine-decided')[0]?.startTime ?? null,
    state: document.body.dataset.state,
    pool: document.querySelector('#pool').textContent,
    urlNotes: document.querySelector('#url-notes').hidden ? '' : document.querySelector('#url-notes').textContent,
    /** The lesson matrix's many-cores cells marked "cannot be measured" (threads off). */
    matrixUntestable: document.querySelectorAll('#matrix .matrix-cell[data-col="many"][data-state="untestable"]').length,
  }));

/** Waits until the page runs threads (a background switch included), within `timeout`; returns threadsState. */
async function endsThreaded(engine, timeout = 30_000) {
  await pageReady(engine);
  await engine.waitFor(() => document.querySelector('#engine').textContent === 'wasm with threads' && document.body.dataset.state === 'ready', null, { timeout, what: 'the page to run threads' });
  return threadsState(engine);
}

/** Runs the fib card on the page's 2-thread pool: it must finish, on 2 threads, exact. */
async function fibIsExactOnTwoThreads(engine) {
  const fib = await runCard(engine, 'exp-fib', { n: 25, cutoff: 12 });
  assert.equal(fib.state, 'done', fib.error);
  assert.equal(fib.threads, 2);
  for (const row of fib.rows) assert.deepEqual([row.value, row.correct], ['75025', 'true'], `fib ${row.variant}`);
}

/** Keeps every core busy with a spinning process each, for as long as `work()` runs. */
async function withBusyCores(work) {
  const spinners = Array.from({ length: availableParallelism() }, () => spawn(process.execPath, ['-e', 'for (;;);'], { stdio: 'ignore' }));
  try {
    return await work();
  } finally {
    for (const s of spinners) s.kill();
  }
}

/** `count` cold loads, each in a freshly launched browser (a new profile); returns each load's threadsState. */
async function coldLoads(name, count) {
  const loads = [];
  for (let i = 0; i < count; i++) {
    const engine = await launchEngine(name);
    try {
      await engine.open(`${server.url}?threads=2`);
      const s = await endsThreaded(engine);
      assert.deepEqual(await engine.problems(), [], `load ${i + 1}`);
      loads.push(s);
    } finally {
      await engine.close();
    }
  }
  return loads;
}

const summary = (loads) => {
  const by = (via) => loads.filter((l) => l.via === via).length;
  const ms = loads.map((l) => Math.round(l.decidedMs)).sort((a, b) => a - b);
  return `${loads.length} loads: ${by('first')} threaded at the first start, ${by('retry')} after a retry, ${by('background')} in the background; threads decided ${ms[0]}-${ms.at(-1)} ms after navigation (median ${ms[Math.floor(ms.length / 2)]})`;
};

for (const name of ['chromium', 'firefox']) {
  const missing = engineMissing(name);
  const opts = { skip: missing || false };

  test(`${name}: a first threaded start that never answers is tried again on a fresh pool, and the page runs threads`, opts, async (t) => {
    const engine = await launchEngine(name);
    try {
      await engine.open(`${server.url}?threads=2&debug=stall-threads`);
      const s = await endsThreaded(engine);
      t.diagnostic(`${engine.version}: threads after ${s.tries} starts, decided ${Math.round(s.decidedMs)} ms after navigation`);
      assert.equal(s.via, 'retry');
      assert.equal(s.tries, 2, 'one stalled start, then one that answered');
      assert.equal(s.note, '', 'nothing to explain: threads run');
      assert.equal(s.sliderDisabled, false);
      await fibIsExactOnTwoThreads(engine);
      assert.deepEqual(await engine.problems(), []);
    } finally {
      await engine.close();
    }
  });

  test(`${name}: when every start at load misses, the page runs one thread, says it keeps trying, then switches to threads and says so`, opts, async (t) => {
    const engine = await launchEngine(name);
    try {
      await engine.open(`${server.url}?threads=2&debug=stall-threads-2`);
      const first = await pageReady(engine);
      assert.equal(first.engine, 'wasm, one thread');
      assert.ok((await threadsState(engine)).matrixUntestable > 0, 'on one thread the matrix cannot fill its many-cores column');
      assert.match((await threadsState(engine)).urlNotes, /threads=2 is out of range \(1 to 1\)/);
      assert.match(first.note, /^Threads are off here: the threaded engine and its shared memory were ready, but its pool of worker threads did not answer in 2 starts on fresh pools, the last given 3 s \(a busy device can be slow to start threads\)\. The page keeps trying in the background and switches to threads, saying so, when a pool answers/);
      const s = await endsThreaded(engine);
      t.diagnostic(`${engine.version}: one thread first, threads after ${s.tries} starts in all`);
      assert.equal(s.via, 'background');
      // Two stalled starts at load, then background tries until one answers: one
      // usually, more where a pool that follows a terminated one misses its
      // deadline too (Firefox, now and then).
      assert.ok(s.tries >= 3, `${s.tries} starts: two stalled at load, then at least one in the background`);
      assert.match(s.note, /^Threads are on now: a pool of worker threads answered on a later try, so the slider offers 1 to \d+ threads\./);
      assert.equal(s.sliderDisabled, false);
      assert.ok(s.sliderMax >= 2);
      assert.match(s.pool, /^2 threads ready in/);
      assert.equal(s.urlNotes, '', 'threads=2 is in range now: the note that it was not is gone');
      assert.equal(s.matrixUntestable, 0, 'with threads on, the matrix can fill its many-cores column');
      await fibIsExactOnTwoThreads(engine);
      assert.deepEqual(await engine.problems(), []);
    } finally {
      await engine.close();
    }
  });

  test(`${name}: ${LOADS} cold loads, each in a fresh profile, all end threaded`, { ...opts, timeout: 60_000 * Math.max(1, LOADS) }, async (t) => {
    const loads = await coldLoads(name, LOADS);
    t.diagnostic(`${name}, quiet: ${summary(loads)}`);
    assert.equal(loads.length, LOADS);
  });

  test(`${name}: ${BUSY_LOADS} cold loads with every core kept busy, all end threaded`, { ...opts, timeout: 60_000 * Math.max(1, BUSY_LOADS) }, async (t) => {
    const loads = await withBusyCores(() => coldLoads(name, BUSY_LOADS));
    t.diagnostic(`${name}, ${availableParallelism()} cores busy: ${summary(loads)}`);
    assert.equal(loads.length, BUSY_LOADS);
  });
}
