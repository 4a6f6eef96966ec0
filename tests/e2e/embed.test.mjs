// End to end: the built dist/ works from any static host given the generated
// header config; the embed works inside a course page on another origin
// (threads with Document-Isolation-Policy, the explained fallback without);
// settings round-trip through the URL; the message API works both ways; and
// nothing is requested from any other origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, extname, normalize } from 'node:path';
import { startServer, launchBrowser, openPage, poolReady, runExperiment, ROOT, DIST } from './harness.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** A bare static server that knows nothing but dist/_headers: what a Netlify-like host does. */
async function startHeadersFileServer(port) {
  const rules = (await readFile(join(DIST, '_headers'), 'utf8')).split('\n').filter((l) => /^\s+\S+:/.test(l)).map((l) => l.trim().split(/:\s(.*)/s).slice(0, 2));
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...Object.fromEntries(rules) });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.close() };
}

let withDip, noDip, parent, headersHost, browser;
before(async () => {
  withDip = await startServer({ port: 8191 });
  noDip = await startServer({ port: 8192, config: '../tests/serve-no-dip.json' });
  parent = await startServer({ port: 8193, dir: join(ROOT, 'examples'), config: '../tests/serve-plain.json' });
  headersHost = await startHeadersFileServer(8194);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  for (const s of [withDip, noDip, parent, headersHost]) s?.stop();
});

test('dist/ on a plain static host with the generated _headers runs threads', async () => {
  const { page, problems } = await openPage(browser.context, `${headersHost.url}?threads=2`);
  await poolReady(page);
  assert.equal(await page.evaluate(() => crossOriginIsolated), true);
  assert.equal(await page.locator('#pool').getAttribute('data-thread-indices'), '0,1');
  assert.deepEqual(problems, []);
  await page.close();
});

async function embedFrame(page, playground) {
  await page.goto(`${parent.url}course-page.html?playground=${encodeURIComponent(playground)}`);
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  await frame.waitForSelector('body[data-state=ready]', { timeout: 30_000 });
  return frame;
}

test('inside a course page on another origin, Document-Isolation-Policy gives the embed threads, and messages flow both ways', async () => {
  const page = await browser.context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const frame = await embedFrame(page, withDip.url);
  assert.equal(await page.evaluate(() => crossOriginIsolated), false, 'the course page itself is not isolated');
  assert.equal(await frame.evaluate(() => crossOriginIsolated), true, 'the embed is');
  assert.equal(await frame.locator('#pool').getAttribute('data-thread-indices'), '0,1', 'two pool threads from ?threads=2');
  assert.equal(await frame.locator('body.embed').count(), 1);
  assert.equal(await frame.locator('#exp-fib').isVisible(), true);
  assert.equal(await frame.locator('#exp-sum').isVisible(), false, 'only the preselected experiment');
  assert.match(await frame.locator('#open-full').getAttribute('href'), /exp=fib.*threads=2/);
  assert.doesNotMatch(await frame.locator('#open-full').getAttribute('href'), /embed=1/);

  // The course page asks for a run; the embed runs it and posts the result back.
  await page.click('#ask');
  await page.waitForFunction(() => window.receivedFromPlayground.some((m) => m.type === 'parallel-playground:result'), null, { timeout: 60_000 });
  const result = await page.evaluate(() => window.receivedFromPlayground.find((m) => m.type === 'parallel-playground:result'));
  assert.equal(result.version, 1);
  assert.equal(result.experiment, 'fib');
  assert.deepEqual(result.parameters, { workload: 'fib', n: 30, cutoff: 20 });
  assert.equal(result.threads, 2);
  assert.ok(result.variants.every((v) => v.value === '832040' && v.correct && v.median_ms > 0));
  assert.ok(await page.evaluate(() => window.receivedFromPlayground.some((m) => m.type === 'parallel-playground:ready')));

  // A run the visitor starts inside the embed is reported too.
  const before = await page.evaluate(() => window.receivedFromPlayground.length);
  await frame.fill('#exp-fib input[name=n]', '25');
  await frame.click('#exp-fib button.run');
  await page.waitForFunction((n) => window.receivedFromPlayground.length > n, before, { timeout: 60_000 });

  const origins = new Set(requests.map((u) => new URL(u).origin));
  assert.deepEqual([...origins].sort(), [new URL(parent.url).origin, new URL(withDip.url).origin].sort(), 'no request leaves the two local origins');
  assert.deepEqual(problems, []);
  await page.close();
});

test('without Document-Isolation-Policy the embed runs the fallback, says why, and links to a new tab', async () => {
  const page = await browser.context.newPage();
  const frame = await embedFrame(page, noDip.url);
  assert.equal(await frame.evaluate(() => crossOriginIsolated), false);
  assert.equal(await frame.locator('#engine').textContent(), 'wasm, one thread');
  const note = frame.locator('#engine-note');
  assert.equal(await note.isVisible(), true);
  assert.match(await note.textContent(), /inside this course page the browser does not isolate the playground/);
  const link = note.locator('a.new-tab');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.match(await link.textContent(), /Open the playground in a new tab/);
  const fib = await runExperiment(frame, 'exp-fib', { n: 25, cutoff: 10 });
  assert.equal(fib.rows[0].value, '75025');
  await page.close();
});

test('settings round-trip through the URL, and Copy link restores them', async () => {
  const { page, problems } = await openPage(browser.context, `${withDip.url}?exp=mixed&jobs=4&wait_ms=30&n=22&threads=3&reps=2&theme=dark`);
  await poolReady(page);
  assert.deepEqual(await page.$$eval('#exp-mixed form input', (ins) => ins.map((i) => [i.name, i.value])), [['jobs', '4'], ['wait_ms', '30'], ['n', '22']]);
  assert.equal(await page.locator('#threads').inputValue(), '3');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await page.click('#exp-mixed .share-row button:text("Copy link")');
  const link = await page.locator('#exp-mixed .share-out').inputValue();
  assert.equal(link, `${withDip.url}?exp=mixed&jobs=4&wait_ms=30&n=22&threads=3&reps=2&theme=dark`);
  await page.click('#exp-mixed .share-row button:text("Copy embed code")');
  const code = await page.locator('#exp-mixed .share-out').inputValue();
  assert.match(code, /^<iframe src="[^"]*embed=1" width="800" height="500" title="Parallel Playground: Waiting and computing" loading="lazy" allow="cross-origin-isolated"/);

  const { page: again } = await openPage(browser.context, link);
  await poolReady(again);
  assert.deepEqual(await again.$$eval('#exp-mixed form input', (ins) => ins.map((i) => i.value)), ['4', '30', '22']);
  assert.equal(await again.locator('#threads').inputValue(), '3');
  assert.deepEqual(problems, []);
  await page.close();
  await again.close();
});

test('malformed parameters are replaced with a visible note and no page error', async () => {
  const { page, problems } = await openPage(browser.context, `${withDip.url}?threads=-3&n=abc&exp=mandelbrot&cutoff=1e30`);
  await poolReady(page);
  const notes = await page.locator('#url-notes').textContent();
  assert.match(notes, /no experiment called "mandelbrot"/);
  assert.match(notes, /threads=-3 is out of range/);
  assert.match(notes, /n=abc is not a number/);
  assert.equal(await page.locator('#threads').inputValue(), '1');
  const sum = await runExperiment(page, 'exp-sum', {});
  assert.equal(sum.state, 'done');
  assert.deepEqual(problems, []);
  await page.close();
});

test('on a host that sends no headers, the opt-in coi-serviceworker isolates the page after one reload', async (t) => {
  const { execFileSync } = await import('node:child_process');
  const { cpSync, mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'pp-coi-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(DIST, dir, { recursive: true });
  execFileSync('bash', [join(ROOT, 'scripts/add-coi-serviceworker.sh'), dir]);
  writeFileSync(join(dir, 'plain.json'), await readFile(join(ROOT, 'tests/serve-plain.json')));
  const host = await startServer({ port: 8195, dir, config: 'plain.json' });
  t.after(() => host.stop());
  const page = await browser.context.newPage();
  await page.goto(host.url);
  // First load: no headers, so the service worker installs and reloads the page once.
  await page.waitForFunction(() => crossOriginIsolated && document.body.dataset.state === 'ready', null, { timeout: 30_000 });
  assert.equal(await page.locator('#engine').textContent(), 'wasm with threads');
  assert.match(await page.locator('#pool').getAttribute('data-thread-indices'), /^0(,\d+)*$/);
  await page.close();
});

test('every view inside a course page on another origin: the right panel, and each iframe fitted to the height the embed posts', async () => {
  const { page, problems } = await openPage(browser.context, `${parent.url}views.html?playground=${encodeURIComponent(withDip.url)}`);
  const heights = [];
  for (const view of ['experiment', 'claims', 'sweep', 'timeline']) {
    const handle = await page.waitForSelector(`iframe[data-view=${view}]`);
    const frame = await handle.contentFrame();
    await frame.waitForSelector('body[data-state=ready]', { timeout: 30_000 });
    await page.waitForFunction((v) => Number(document.querySelector(`iframe[data-view=${v}]`).dataset.resized) > 0, view, { timeout: 10_000 });
    const shown = await frame.evaluate(() => [...document.querySelectorAll('.panel, .experiment')].filter((el) => el.offsetParent !== null).map((el) => el.id).filter(Boolean));
    const want = { experiment: 'exp-fib', claims: 'claims', sweep: 'sweep', timeline: 'timeline' }[view];
    assert.ok(shown.includes(want), `${view}: shows ${shown}`);
    for (const other of ['claims', 'sweep', 'timeline', 'exp-fib'].filter((x) => x !== want)) assert.ok(!shown.includes(other), `${view}: ${other} hidden`);
    // The parent's iframe is as tall as the embed's content says it is.
    const rendered = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await page.waitForFunction(([v, h]) => Number(document.querySelector(`iframe[data-view=${v}]`).height) === h, [view, rendered], { timeout: 10_000 });
    heights.push(`${view} ${rendered}px`);
  }
  // The claims view shows the course's subset only.
  const claimsFrame = await (await page.$('iframe[data-view=claims]')).contentFrame();
  assert.deepEqual(await claimsFrame.$$eval('#claims tbody tr', (trs) => trs.map((tr) => tr.dataset.claim)), ['split-one-thread', 'split-many-cores', 'io-one-thread']);
  console.log(`fitted heights: ${heights.join(', ')}`);
  assert.deepEqual(problems, []);
  await page.close();
});
