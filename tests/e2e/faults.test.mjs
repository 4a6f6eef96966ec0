// End to end, in Debian's Chromium: every fault a visitor can meet is
// reported in words and recovered from. Faults are injected with the hidden
// panel of `?debug=faults` (www/debug.js): a panic on the compute worker's
// thread, a panic in a pool thread (the caller would wait for ever), a panic
// in an idle pool thread, a pool thread that hangs without a word; then a
// site with a file missing, a browser without wasm SIMD, and Cancel during a
// long run. Each panic logs errors on purpose: the panic hook writes the
// panic to the console (always), and a trapped pool thread may leave an
// uncaught "unreachable" (a race between threads). The tests assert the
// panic's line and allow only that race beside it; anything else logged fails.
// Durations are reported as diagnostics, never asserted (they belong to the
// bench); every wait is for a condition, never a fixed sleep.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, startServer, launchBrowser, openPage, poolReady, setThreads, runExperiment } from './harness.mjs';

const FIB_30 = '832040';
const DEBUG_URL = (server) => `${server.url}?debug=faults`;

let server, plainServer, brokenServer, brokenDir, browser;
before(async () => {
  server = await startServer({ port: 8186 });
  plainServer = await startServer({ port: 8187, config: '../tests/serve-plain.json' });
  // A copy of the site published without its wasm binaries. (Without only
  // the threaded one the page falls back to one thread: tests/browsers/fallback.test.mjs.)
  brokenDir = mkdtempSync(join(tmpdir(), 'pp-broken-dist-'));
  cpSync(DIST, brokenDir, { recursive: true });
  rmSync(join(brokenDir, 'www/pkg/threads/playground_wasm_bg.wasm'));
  rmSync(join(brokenDir, 'www/pkg/single/playground_wasm_bg.wasm'));
  brokenServer = await startServer({ port: 8188, dir: brokenDir });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
  plainServer?.stop();
  brokenServer?.stop();
  if (brokenDir) rmSync(brokenDir, { recursive: true, force: true });
});

/** Clicks a button of the fault panel and waits for its answer; returns { state, ms, text, wall_ms }. */
async function inject(page, fault, timeout = 60_000) {
  const t0 = Date.now();
  await page.locator(`#faults button[data-fault=${fault}]`).click();
  await page.waitForFunction(() => ['done', 'error', 'cancelled'].includes(document.querySelector('.fault-result').dataset.state), null, { timeout });
  const result = await page.locator('.fault-result').evaluate((el) => ({ state: el.dataset.state, ms: Number(el.dataset.ms), text: el.textContent }));
  return { ...result, wall_ms: Date.now() - t0 };
}

/** Asserts a run on the fib card is exact on `threads` threads again; returns its wall time in ms. */
async function assertFibExact(page, threads) {
  const t0 = Date.now();
  const fib = await runExperiment(page, 'exp-fib', { n: 30, cutoff: 20 });
  assert.equal(fib.state, 'done', fib.error);
  assert.equal(fib.threads, threads, 'the replaced pool has as many threads as before');
  for (const row of fib.rows) assert.deepEqual([row.value, row.correct], [FIB_30, 'true'], `fib ${row.variant} after recovery`);
  return Date.now() - t0;
}

/** The console line of the panic hook for the panic `words` (crates/wasm/src/panic.rs), and the trap a pool thread may leave. */
const PANIC_LOGGED = (words) => new RegExp(`^console: panicked at crates/wasm/src/faults\\.rs:\\d+:\\d+:\\n${words}`);
const TRAP = /^pageerror: unreachable$/;

/** Every problem logged matches one of `allowed`, and each of `expected` was logged. */
function assertProblems(problems, { expected = [], allowed = [] }) {
  for (const re of expected) assert.ok(problems.some((p) => re.test(p)), `expected a logged problem matching ${re}; got ${JSON.stringify(problems)}`);
  for (const p of problems) assert.ok([...expected, ...allowed].some((re) => re.test(p)), `unexpected problem: ${p}`);
}

const note = (t, text) => t.diagnostic(text);

test('the fault panel is hidden without ?debug=faults and shown with it', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  assert.equal(await page.locator('#faults').count(), 0);
  await page.goto(DEBUG_URL(server));
  await poolReady(page);
  assert.equal(await page.locator('main > #faults h2').textContent(), 'Fault injection (for tests)');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a panic on the calling thread shows the panic message, the worker is replaced, and the next run is exact', async (t) => {
  const { page, problems } = await openPage(browser.context, DEBUG_URL(server));
  await poolReady(page);
  await setThreads(page, 2);
  const r = await inject(page, 'caller');
  assert.equal(r.state, 'error');
  assert.match(r.text, /The computation crashed \(panic: debug panic on the calling thread \(fault injection\), at crates\/wasm\/src\/faults\.rs:\d+:\d+\)\. The engine was restarted; run again\./);
  assert.match(r.text, /RuntimeError: unreachable/);
  assertProblems(problems, { expected: [PANIC_LOGGED('debug panic on the calling thread \\(fault injection\\)')] });
  const again = await assertFibExact(page, 2);
  note(t, `caller panic: error shown ${r.ms} ms after the click; next fib(30) run exact ${again} ms after that`);
  await page.close();
});

test('a panic in a pool thread is detected at once (the caller would wait for ever), and the next run is exact', async (t) => {
  const { page, problems } = await openPage(browser.context, DEBUG_URL(server));
  await poolReady(page);
  await setThreads(page, 2);
  const r = await inject(page, 'pool');
  assert.equal(r.state, 'error');
  assert.match(r.text, /A pool thread crashed \(panic: debug panic in pool thread \d \(fault injection\), at crates\/wasm\/src\/faults\.rs:\d+:\d+\)\. The engine was restarted; run again\./);
  // Reported by the panic hook, not by the time watchdog: the message names the panic, not the clock.
  assert.doesNotMatch(r.text, /stopped answering/);
  assertProblems(problems, { expected: [PANIC_LOGGED('debug panic in pool thread \\d \\(fault injection\\)')], allowed: [TRAP] });
  const again = await assertFibExact(page, 2);
  // The replaced pool answers from both threads.
  const check = await inject(page, 'check');
  assert.equal(check.state, 'done');
  assert.match(check.text, /fib\(25\) exact on 2 threads/);
  note(t, `pool panic: error shown ${r.ms} ms after the click; next fib(30) run exact ${again} ms after that`);
  await page.close();
});

test('a panic in an idle pool thread replaces the pool in the background, and the next run is exact', async (t) => {
  const { page, problems } = await openPage(browser.context, DEBUG_URL(server));
  await poolReady(page);
  await setThreads(page, 2);
  const pools = await page.evaluate(() => Number(document.body.dataset.pools));
  const r = await inject(page, 'detached');
  // The call itself returns at once; whether its answer or the broadcast panic comes first is a race.
  assert.ok(['done', 'error'].includes(r.state), r.text);
  if (r.state === 'error') assert.match(r.text, /A pool thread crashed \(panic: debug panic in pool thread \d, detached/);
  // The broadcast panic replaces the pool in the background: wait for the new one.
  await page.waitForFunction((before) => Number(document.body.dataset.pools) > before && document.body.dataset.state === 'ready', pools, { timeout: 30_000 });
  assertProblems(problems, { expected: [PANIC_LOGGED('debug panic in pool thread \\d, detached \\(fault injection\\)')], allowed: [TRAP] });
  const again = await assertFibExact(page, 2);
  note(t, `detached pool panic: answered ${r.ms} ms after the click (${r.state}); next fib(30) run exact ${again} ms after that`);
  await page.close();
});

test('a pool thread that hangs without a word is stopped by the watchdog within its budget, and the next run is exact', async (t) => {
  const { page, problems } = await openPage(browser.context, DEBUG_URL(server));
  await poolReady(page);
  const r = await inject(page, 'hang');
  assert.equal(r.state, 'error');
  assert.match(r.text, /The engine stopped answering: no result after 3 s, so it was stopped and restarted\. Run again\./);
  // The panel's request sets a 3 s budget: the watchdog must not fire before it.
  assert.ok(r.ms >= 2_900, `watchdog fired after ${r.ms} ms, before its budget`);
  const k = await page.evaluate(() => Number(document.querySelector('#threads').value));
  const again = await assertFibExact(page, k);
  note(t, `hang: watchdog fired ${r.ms} ms after the click; next fib(30) run exact ${again} ms after that`);
  assertProblems(problems, {});
  await page.close();
});

test('without isolation (one-thread package) a "pool" panic traps the calling thread and is recovered from too', async () => {
  const { page, problems } = await openPage(browser.context, DEBUG_URL(plainServer));
  await poolReady(page);
  const r = await inject(page, 'pool');
  assert.equal(r.state, 'error');
  assert.match(r.text, /The computation crashed \(panic: debug panic in pool thread 0 \(fault injection\)/);
  assertProblems(problems, { expected: [PANIC_LOGGED('debug panic in pool thread 0 \\(fault injection\\)')] });
  await assertFibExact(page, 1);
  await page.close();
});

test('a wasm file missing on the server gets a message naming it, and the page stays usable', async () => {
  const { page, problems } = await openPage(browser.context, brokenServer.url);
  await page.waitForSelector('body[data-state=error]', { timeout: 30_000 });
  const expected = 'The compute engine could not start: the file /www/pkg/single/playground_wasm_bg.wasm is missing on the server (HTTP 404).';
  assert.ok((await page.locator('#status').textContent()).startsWith(expected), await page.locator('#status').textContent());
  assert.equal(await page.locator('#pool').textContent(), 'failed to start');
  // Every card says it too, instead of measuring nothing in silence.
  const card = await page.locator('#exp-fib .error');
  assert.equal(await card.isVisible(), true);
  assert.ok((await card.textContent()).startsWith(expected));
  // A new try says the same thing again rather than hanging.
  const fib = await runExperiment(page, 'exp-fib', { n: 20, cutoff: 10 });
  assert.equal(fib.state, 'error');
  assert.ok(fib.error.startsWith('The compute engine could not start: the file /www/pkg/single/playground_wasm_bg.wasm'), fib.error);
  // The threaded package was tried first (and is missing too): the page says why threads are off as well.
  assert.match(await page.locator('#engine-note').textContent(), /^Threads are off here: the threaded engine could not be loaded: the file \/www\/pkg\/threads\/playground_wasm_bg\.wasm is missing on the server \(HTTP 404\)/);
  assertProblems(problems, { allowed: [/^HTTP 404: .*\/www\/pkg\/(threads|single)\/playground_wasm_bg\.wasm$/, /^console: Failed to load resource: .*404/] });
  assert.ok(!problems.some((p) => p.startsWith('pageerror')), 'the page itself did not crash');
  await page.close();
});

test('a browser whose WebAssembly has no SIMD is told so, by name', async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A WebAssembly without SIMD refuses every module that uses a SIMD
  // instruction (opcode prefix 0xfd); nothing else is faked.
  await page.addInitScript(() => {
    const validate = WebAssembly.validate;
    WebAssembly.validate = (bytes) => (new Uint8Array(bytes).includes(0xfd) ? false : validate(bytes));
  });
  await page.goto(server.url);
  await page.waitForSelector('body[data-state=error]', { timeout: 30_000 });
  assert.match(await page.locator('#status').textContent(), /^This browser's WebAssembly has no SIMD \(fixed-width SIMD: Chrome 91, Firefox 89 and Safari 16\.4 and later have it\)/);
  assert.match(await page.locator('#exp-sum .error').textContent(), /has no SIMD/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Cancel stops a long run: the card is usable again, earlier results stay, and a new small run is exact', async (t) => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  await setThreads(page, 2);
  const sum = await runExperiment(page, 'exp-sum', { n: 1_000_000 });
  assert.equal(sum.state, 'done');
  const first = await runExperiment(page, 'exp-fib', { n: 30, cutoff: 20 });
  assert.equal(first.state, 'done');

  // fib(42) runs for seconds; cancel it while it computes.
  const card = page.locator('#exp-fib');
  await card.locator('input[name=n]').fill('42');
  await card.locator('button.run').click();
  // A run this long may first ask whether to go ahead (after a quick estimate): it may.
  const measuring = () => document.getElementById('exp-fib').dataset.state === 'running' && document.querySelector('#exp-fib .verdict').textContent.startsWith('Measuring');
  // Either the question (after a quick estimate) or the measurement itself.
  await page.waitForFunction(() => {
    const el = document.getElementById('exp-fib');
    return el.dataset.state === 'confirming' || (el.dataset.state === 'running' && el.querySelector('.verdict').textContent.startsWith('Measuring'));
  }, null, { timeout: 30_000 });
  if ((await card.getAttribute('data-state')) === 'confirming') await card.locator('.confirm-run').click();
  await page.waitForFunction(measuring, null, { timeout: 30_000 });
  const usableMs = await page.evaluate(() => new Promise((resolve, reject) => {
    const el = document.getElementById('exp-fib');
    const button = el.querySelector('button.run');
    if (!button.classList.contains('cancel')) reject(new Error('the run ended before it could be cancelled'));
    const t0 = performance.now();
    button.click();
    // A run that goes on after Cancel must fail the test, not hang it.
    const check = () => {
      if (el.dataset.state === 'idle' && button.textContent === 'Run' && !button.classList.contains('cancel')) resolve(performance.now() - t0);
      else if (performance.now() - t0 > 30_000) reject(new Error(`still ${el.dataset.state} 30 s after Cancel`));
      else setTimeout(check, 2);
    };
    check();
  }));

  assert.match(await card.locator('.verdict').textContent(), /Cancelled: you stopped the run\. Earlier results are kept\./);
  // The earlier results are still on the card and the other card.
  const rows = await card.evaluate((el) => [...el.querySelectorAll('tbody tr')].map((r) => r.dataset.value));
  assert.deepEqual(rows, first.rows.map((r) => r.value));
  assert.equal(await page.locator('#exp-sum tbody tr').first().getAttribute('data-value'), sum.rows[0].value);

  // A new small run right away is exact.
  const t0 = Date.now();
  const again = await runExperiment(page, 'exp-fib', { n: 30, cutoff: 20 });
  const againMs = Date.now() - t0;
  assert.equal(again.state, 'done', again.error);
  assert.equal(again.threads, 2);
  for (const row of again.rows) assert.deepEqual([row.value, row.correct], [FIB_30, 'true']);
  note(t, `cancel: card usable ${usableMs.toFixed(1)} ms after the click; fib(30) after it done in ${againMs} ms (pool restart included)`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a run waiting for a pool that is replaced before it is up is stopped, not left waiting for ever', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  await setThreads(page, 2);
  const card = page.locator('#exp-fib');
  await card.locator('input[name=n]').fill('25');
  // Restart the pool, press Run while it starts, and restart it again at once.
  await page.evaluate(async () => {
    const slider = document.querySelector('#threads');
    const change = (k) => {
      slider.value = String(k);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      slider.dispatchEvent(new Event('change', { bubbles: true }));
    };
    change(1);
    document.querySelector('#exp-fib button.run').click();
    // Restart again once the run is waiting for the 1-thread pool (before it is up).
    const button = document.querySelector('#exp-fib button.run');
    while (!button.classList.contains('cancel')) await new Promise((resolve) => requestAnimationFrame(resolve));
    change(2);
  });
  await page.waitForFunction(() => !document.querySelector('#exp-fib button.run').classList.contains('cancel'), null, { timeout: 10_000 });
  assert.ok(['idle', 'done'].includes(await card.getAttribute('data-state')), await card.locator('.verdict').textContent());
  await assertFibExact(page, 2);
  assert.deepEqual(problems, []);
  await page.close();
});

test('an isolated page in a browser whose WebAssembly has no threads runs the one-thread package and says why', async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A WebAssembly without threads refuses every module that uses an atomic
  // instruction (opcode prefix 0xfe); nothing else is faked.
  await page.addInitScript(() => {
    const validate = WebAssembly.validate;
    WebAssembly.validate = (bytes) => (new Uint8Array(bytes).includes(0xfe) ? false : validate(bytes));
  });
  await page.goto(server.url);
  await poolReady(page);
  assert.equal(await page.evaluate(() => crossOriginIsolated), true);
  assert.equal(await page.locator('#engine').textContent(), 'wasm, one thread');
  assert.match(await page.locator('#engine-note').textContent(), /^This browser's WebAssembly has no threads .* Everything still runs, on one thread/);
  assert.equal(await page.locator('#threads').isDisabled(), true);
  const fib = await runExperiment(page, 'exp-fib', { n: 30, cutoff: 20 });
  assert.equal(fib.threads, 1);
  for (const row of fib.rows) assert.deepEqual([row.value, row.correct], [FIB_30, 'true']);
  assert.deepEqual(errors, []);
  await page.close();
});
