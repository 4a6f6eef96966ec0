// Threads are decided by trying, in Chromium and Firefox (the engines that
// run threads here): when the threaded package cannot start, for any reason,
// the page runs the one-thread package, names the reason and what would turn
// threads on, and every run is still exact. Each fault is real code failing
// in a copy of the built site:
//   - the browser refuses the shared memory (what Mobile Safari does with a
//     large maximum): the threaded package's memory allocation throws the
//     RangeError a browser throws;
//   - a pool that never answers: the pool threads' start-up script never
//     says it is ready (wasm-bindgen-rayon then waits for ever);
//   - the threaded wasm is missing on the server.
// How long each took to reach the one-thread page is a diagnostic (the
// budgets are WATCHDOG.threadTriesMs in www/watchdog.js), never asserted. A
// start that missed its deadline is retried first, and the page keeps trying
// in the background: tests/browsers/threads.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from '../../scripts/lib/paths.mjs';
import { startServer, freePort } from '../../scripts/lib/server.mjs';
import { launchEngine, engineMissing } from '../../scripts/lib/engines.mjs';
import { pageReady, runCard } from './actions.mjs';

/** A copy of dist/ changed by `change(dir)`, served with the real headers. */
async function brokenSite(change) {
  const dir = mkdtempSync(join(tmpdir(), 'pp-fallback-'));
  cpSync(DIST, dir, { recursive: true });
  change(dir);
  const server = await startServer({ port: await freePort(), dir, config: join(DIST, 'serve.json') });
  return { url: server.url, stop: () => (server.stop(), rmSync(dir, { recursive: true, force: true })) };
}

const edit = (file, from, to) => {
  const source = readFileSync(file, 'utf8');
  const changed = source.replace(from, to);
  assert.notEqual(changed, source, `${file} has ${from}`);
  writeFileSync(file, changed);
};

const FAULTS = {
  'the browser refuses the shared memory': {
    change: (dir) => edit(join(dir, 'www/pkg/threads/playground_wasm.js'), /new WebAssembly\.Memory\(\{[^}]*shared:true\}\)/, "(() => { throw new RangeError('WebAssembly.Memory(): could not allocate memory'); })()"),
    reason: /^Threads are off here: this browser refused to reserve 1,024 MiB of shared memory for the threaded engine \(RangeError: WebAssembly\.Memory\(\): could not allocate memory\)\. Close other tabs or apps and reload the page to try again, or use a device with more memory, to get threads\./,
  },
  'the pool threads never answer': {
    change: (dir) => {
      const snippets = join(dir, 'www/pkg/threads/snippets');
      const [folder] = readdirSync(snippets);
      edit(join(snippets, folder, 'src/workerHelpers.no-bundler.js'), "postMessage({ type: 'wasm_bindgen_worker_ready' });", '');
    },
    reason: /^Threads are off here: the threaded engine and its shared memory were ready, but its pool of worker threads did not answer in 2 starts on fresh pools, the last given 3 s \(a busy device can be slow to start threads\)\. The page keeps trying in the background and switches to threads, saying so, when a pool answers/,
  },
  'the threaded wasm is missing on the server': {
    change: (dir) => rmSync(join(dir, 'www/pkg/threads/playground_wasm_bg.wasm')),
    reason: /^Threads are off here: the threaded engine could not be loaded: the file \/www\/pkg\/threads\/playground_wasm_bg\.wasm is missing on the server \(HTTP 404\)\. The site was published without part of its build/,
    allowed: [/^HTTP 404: .*\/www\/pkg\/threads\/playground_wasm_bg\.wasm$/, /404/],
  },
};

for (const name of ['chromium', 'firefox']) {
  const missing = engineMissing(name);
  let engine;
  const sites = {};
  before(async () => {
    if (missing) return;
    engine = await launchEngine(name);
    for (const [fault, { change }] of Object.entries(FAULTS)) sites[fault] = await brokenSite(change);
  });
  after(async () => {
    await engine?.close();
    for (const site of Object.values(sites)) site.stop();
  });

  for (const [fault, { reason, allowed = [] }] of Object.entries(FAULTS)) {
    test(`${name}: when ${fault}, the page runs on one thread, says why and what would turn threads on, and stays exact`, { skip: missing || false }, async (t) => {
      await engine.open(`${sites[fault].url}?threads=2`);
      const device = await pageReady(engine);
      const poolMs = Number(/ready in ([\d.]+) ms/.exec(device.pool)?.[1] ?? /ready in ([\d.]+) s/.exec(device.pool)?.[1] * 1000);
      t.diagnostic(`${engine.version}: threads given up ${Math.round(device.readyAtMs)} ms after navigation, one-thread pool up ${Math.round(device.readyAtMs + poolMs)} ms after it; ${device.note}`);
      assert.equal(device.state, 'ready');
      assert.equal(device.isolated, true, 'the page is isolated: only the try tells');
      assert.equal(device.engine, 'wasm, one thread');
      assert.match(device.note, reason);
      assert.match(device.note, /Everything still runs, on one thread/);
      assert.equal(device.slider.disabled, true);
      assert.match(device.pool, /^1 thread ready in/);
      const fib = await runCard(engine, 'exp-fib', { n: 25, cutoff: 12 });
      assert.equal(fib.state, 'done', fib.error);
      assert.equal(fib.threads, 1);
      for (const row of fib.rows) assert.deepEqual([row.value, row.correct], ['75025', 'true'], `fib ${row.variant}`);
      const problems = await engine.problems();
      for (const p of problems) assert.ok(allowed.some((re) => re.test(p)), `unexpected problem: ${p}`);
    });
  }
}
