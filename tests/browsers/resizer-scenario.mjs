// www/embed-resizer.js in a course page on another origin, written once for
// every engine of scripts/lib/engines.mjs (run by tests/e2e/resizer.test.mjs
// in Chromium and tests/browsers/resizer-firefox.test.mjs in Firefox):
// examples/resizer-course.html (three embeds pasted as "Copy embed code"
// gives them, no script of its own) and examples/resizer-strict.html (the
// same under a strict Content-Security-Policy that allows only the
// playground's host, cross-origin isolated). Each iframe must end exactly as
// tall as its content, also after the content grows; iframes added later are
// fitted too; and no message from another origin, from the page itself, or
// of another shape changes any height. Every wait is for a condition.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, extname, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT, DIST } from '../../scripts/lib/paths.mjs';
import { startServer, freePort } from '../../scripts/lib/server.mjs';
import { launchEngine, engineMissing } from '../../scripts/lib/engines.mjs';
import { startSmallSweep } from './actions.mjs';

const EXAMPLES = join(ROOT, 'examples');
/** The playground's address the example pages are written for (`npm start`); the course server replaces it. */
const WRITTEN_FOR = 'http://127.0.0.1:8080';
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };
/** The three embeds of both course pages, in page order. */
const EMBEDS = ['main > iframe:nth-of-type(1)', 'main > iframe:nth-of-type(2)', 'main > iframe:nth-of-type(3)'];

/**
 * Serves examples/ as a course site would: with the headers examples/serve.json
 * gives each page, and the playground's real address put where the pages say
 * http://127.0.0.1:8080 (markup and headers alike).
 */
async function startCourseSite(port, playground) {
  const config = JSON.parse(await readFile(join(EXAMPLES, 'serve.json'), 'utf8'));
  const put = (text) => text.replaceAll(WRITTEN_FOR, playground);
  // The book's own copy of the resizer (resizer-book.html), set up as the README says.
  const copy = (await readFile(join(ROOT, 'www/embed-resizer.js'), 'utf8')).replace('const PLAYGROUND_ORIGINS = [];', `const PLAYGROUND_ORIGINS = ['${playground}'];`);
  assert.ok(copy.includes(`['${playground}']`), 'the copy names the playground\'s origin');
  const server = createServer(async (req, res) => {
    const name = basename(new URL(req.url, 'http://x').pathname);
    try {
      const body = name === 'embed-resizer.js' ? copy : await readFile(join(EXAMPLES, name), 'utf8');
      const rules = config.headers.filter((h) => h.source === name).flatMap((h) => h.headers);
      res.writeHead(200, { 'Content-Type': TYPES[extname(name)] ?? 'application/octet-stream', 'X-Content-Type-Options': 'nosniff', ...Object.fromEntries(rules.map((h) => [h.key, put(h.value)])) });
      res.end(put(body));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.close() };
}

/** Polls `check()` (async) until it returns something truthy; throws with `what` and the last value. */
async function until(check, what, timeout = 30_000) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await check();
    if (last?.ok) return last;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits for `fn` to hold in `frame`; an evaluation cut off by the frame's own navigation counts as not yet. */
const frameReached = (frame, fn, what) => until(async () => ({ ok: await frame.eval(fn).catch(() => false) }), what);

/** The height of an iframe's content box on the course page (what its document sees as the viewport). */
const boxOf = (engine, selector) => engine.eval((s) => {
  const f = document.querySelector(s);
  const st = getComputedStyle(f);
  return f.clientHeight - parseFloat(st.paddingTop) - parseFloat(st.paddingBottom);
}, selector);

/** Inside an embed: its content's height, its scroll height and its viewport's height. */
const insideOf = (frame) => frame.eval(() => ({
  content: Math.ceil(document.documentElement.getBoundingClientRect().height),
  scroll: document.documentElement.scrollHeight,
  viewport: document.documentElement.clientHeight,
  state: document.body?.dataset.state,
}));

/** Waits until the embed at `selector` is up and its iframe exactly as tall as its content; returns the height. */
async function fitted(engine, frame, selector, what) {
  const r = await until(async () => {
    const inside = await insideOf(frame).catch(() => null);
    const box = await boxOf(engine, selector);
    const ok = inside?.state === 'ready' && inside.content > 0 && box === inside.content && inside.scroll === inside.content && inside.viewport === inside.content;
    return { ok, box, ...inside };
  }, `${what}: the iframe as tall as its content`);
  return r.box;
}

/** Every height and the resizer's count of heights it set, on the course page. */
const snapshot = (engine) => engine.eval(() => ({
  heights: [...document.querySelectorAll('iframe')].map((f) => `${f.id || f.title}: ${f.getBoundingClientRect().height}`),
  resized: window.parallelPlaygroundResizer?.resized,
}));

/** Records on the course page every sentinel message, after the resizer's own listener. */
const recordSentinels = (engine) => engine.eval(() => {
  window.__sentinels = [];
  window.addEventListener('message', (e) => {
    if (e.data?.type === 'test:sentinel') window.__sentinels.push(e.data.id);
  });
});

/** Waits until the page has received sentinel `id`: every message posted before it by the same window was handled. */
const sentinelSeen = (engine, id) => engine.waitFor((id) => window.__sentinels.includes(id), id, { what: `sentinel ${id}` });

/**
 * Posts, from whatever window it runs in, messages that must change nothing: the
 * resize message in other shapes and forms, then a sentinel. Sent as source, so it
 * builds values JSON cannot carry (NaN, Infinity) itself.
 */
function postFakes(target, id, valid) {
  const to = target === 'self' ? window : window.parent;
  const T = 'parallel-playground:resize';
  const fakes = valid ? [{ type: T, version: 1, height: 321 }] : [
    { type: T, version: 2, height: 321 },
    { type: T, version: '1', height: 321 },
    { type: T, height: 321 },
    { type: T, version: 1, height: '321' },
    { type: T, version: 1, height: -321 },
    { type: T, version: 1, height: 0 },
    { type: T, version: 1, height: NaN },
    { type: T, version: 1, height: Infinity },
    { type: T, version: 1, height: 1e9 },
    { type: T, version: 1 },
    { type: 'parallel-playground:resized', version: 1, height: 321 },
    { type: 'parallel-playground:ready', version: 1, height: 321 },
    JSON.stringify({ type: T, version: 1, height: 321 }),
    JSON.stringify({ subject: 'lti.frameResize', height: 321 }),
    [T, 1, 321],
    null,
    321,
  ];
  for (const m of fakes) to.postMessage(m, '*');
  to.postMessage({ type: 'test:sentinel', id }, '*');
  return fakes.length;
}

/** Posts fakes from `from` (an engine or a frame of it) and asserts no height and no count changed. */
async function changesNothing(engine, from, target, id, what) {
  const before = await snapshot(engine);
  const sent = await from.eval(postFakes, target, id, false);
  await sentinelSeen(engine, id);
  assert.deepEqual(await snapshot(engine), before, `${sent} fakes ${what} changed nothing`);
}

/**
 * @param {string} name  'chromium' or 'firefox'
 */
export function defineResizerTests(name) {
  const missing = engineMissing(name);
  const opts = { skip: missing ? `${name} is not installed: ${missing}` : false };
  let engine, playground, course, third;

  before(async () => {
    if (missing) return;
    playground = await startServer({ port: await freePort(), dir: DIST, config: join(DIST, 'serve.json') });
    const origin = new URL(playground.url).origin;
    course = await startCourseSite(await freePort(), origin);
    third = await startServer({ port: await freePort(), dir: EXAMPLES, config: join(ROOT, 'tests/serve-plain.json') });
    engine = await launchEngine(name);
  });
  after(async () => {
    await engine?.close();
    for (const s of [playground, course, third]) s?.stop();
  });

  const noProblems = async () => assert.deepEqual(await engine.problems(), [], 'no console error, no uncaught error, no failed request');

  /** Opens each embed of the page in turn and waits until it is fitted; returns the frames and heights. */
  async function fitAll(t) {
    const frames = [];
    const heights = [];
    for (const [i, selector] of EMBEDS.entries()) {
      // The embeds load lazily: bring each near the viewport, as a reader scrolling down would.
      await engine.eval((s) => document.querySelector(s).scrollIntoView(), selector);
      const frame = await engine.frame(selector);
      const h = await fitted(engine, frame, selector, `embed ${i + 1}`);
      const fixed = await engine.eval((s) => Number(document.querySelector(s).getAttribute('height')), selector);
      assert.notEqual(h, fixed, `embed ${i + 1}: its content is not the snippet's fixed ${fixed} px, so the resizer set it`);
      frames.push(frame);
      heights.push(h);
    }
    t.diagnostic(`fitted heights: ${heights.join(', ')} px`);
    return { frames, heights };
  }

  test(`${name}: Copy embed code gives the iframe and the resizer's script line, served so that any course page may load it`, opts, async () => {
    await engine.open(`${playground.url}?exp=fib&n=30&cutoff=20`);
    await engine.waitFor(() => document.body?.dataset.state === 'ready', null, { what: 'the playground' });
    const codes = await engine.eval(() => {
      const copy = (row) => {
        [...row.querySelectorAll('button')].find((b) => b.textContent === 'Copy embed code').click();
        return row.querySelector('.share-out').value;
      };
      return { fib: copy(document.querySelector('#exp-fib .share-row')), sweep: copy(document.querySelector('#sweep .panel-share')) };
    });
    const line = `<script src="${playground.url}www/embed-resizer.js" async></script>`;
    for (const [what, code] of Object.entries(codes)) {
      // The field shows one line (an input drops the line break the clipboard gets).
      assert.match(code, /^<iframe src="[^"]*embed=1" [^>]*><\/iframe>\n?<script /, `${what}: the iframe first`);
      assert.ok(code.endsWith(line), `${what}: then ${line}`);
    }
    const res = await fetch(`${playground.url}www/embed-resizer.js`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /javascript/);
    assert.equal(res.headers.get('cross-origin-resource-policy'), 'cross-origin', 'a course page with COEP require-corp may load it');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    await noProblems();
  });

  test(`${name}: a course page on another origin with three pasted embeds fits each iframe to its content, also after the content grows`, opts, async (t) => {
    await engine.open(`${course.url}resizer-course.html`);
    await recordSentinels(engine);
    const { frames, heights } = await fitAll(t);
    assert.equal(await engine.eval(() => document.querySelectorAll('script').length), 3, 'three pasted script lines');
    assert.deepEqual(await engine.eval(() => [...window.parallelPlaygroundResizer.origins]), [new URL(playground.url).origin], 'three copies, one resizer, for the playground\'s origin');

    // The sweep embed grows when a sweep has run: a table and charts appear.
    const sweep = frames[2];
    await startSmallSweep(sweep);
    await sweep.waitFor(() => document.querySelector('#sweep').dataset.state === 'done' && document.body.dataset.state === 'ready', null, { timeout: 180_000, what: 'the sweep' });
    // Chromium renders a cross-origin iframe out of view only when it comes into view (so
    // its ResizeObserver, and the height it posts, wait till then): look at it, as its reader does.
    await engine.eval((s) => document.querySelector(s).scrollIntoView(), EMBEDS[2]);
    const grown = await fitted(engine, sweep, EMBEDS[2], 'the sweep embed after its run');
    t.diagnostic(`sweep embed: ${heights[2]} px before the run, ${grown} px after`);
    assert.ok(grown > heights[2], `the sweep's content grew (${heights[2]} -> ${grown} px) and the iframe followed`);
    for (const [i, frame] of frames.slice(0, 2).entries()) assert.equal(await fitted(engine, frame, EMBEDS[i], `embed ${i + 1}`), heights[i], `embed ${i + 1} kept its own height`);
    await noProblems();
  });

  test(`${name}: the course page with three fitted embeds, whole, as a picture`, opts, async (t) => {
    // A window tall enough for the whole page, so one screenshot shows all three embeds.
    const TALL = 4200;
    const tall = await launchEngine(name, { width: 1000, height: TALL });
    const saved = engine;
    engine = tall;
    try {
      await engine.open(`${course.url}resizer-course.html`);
      const { heights } = await fitAll(t);
      const page = await engine.eval(() => Math.ceil(document.body.getBoundingClientRect().bottom));
      assert.ok(page <= TALL, `the page (${page} px) fits the ${TALL} px window`);
      const shot = join(process.env.PP_SCREENSHOT_DIR ?? tmpdir(), `resizer-course-${name}.png`);
      await engine.screenshot(shot);
      t.diagnostic(`screenshot of the ${page} px page with embeds of ${heights.join(', ')} px: ${shot}`);
      await noProblems();
    } finally {
      engine = saved;
      await tall.close();
    }
  });

  test(`${name}: no message from the page itself, from a third origin, from a frame that left the playground, or of another shape changes a height`, opts, async (t) => {
    await engine.open(`${course.url}resizer-course.html`);
    await recordSentinels(engine);
    // Every embed up and fitted first, so that no true resize message falls among the fakes.
    const { frames: [frame], heights: [height] } = await fitAll(t);
    await engine.eval(() => window.scrollTo(0, 0));

    // From the course page itself: no iframe sent it.
    await changesNothing(engine, engine, 'self', 'page', 'posted by the course page to itself');
    // From the playground's own frame and origin, every other shape.
    await changesNothing(engine, frame, 'parent', 'shapes', 'of other shapes from the playground\'s frame');

    // From a third origin's frame: even our exact message, even with embed=1 in its address.
    await engine.eval((src) => {
      const f = Object.assign(document.createElement('iframe'), { id: 'third', src, height: 150, title: 'another site' });
      document.querySelector('main').append(f);
    }, `${third.url}resizer-other.html?embed=1`);
    const other = await engine.frame('#third');
    await frameReached(other, () => document.readyState === 'complete' && location.pathname.endsWith('resizer-other.html'), 'the third origin\'s frame');
    const before = await snapshot(engine);
    await other.eval(postFakes, 'parent', 'third-valid', true);
    await sentinelSeen(engine, 'third-valid');
    assert.deepEqual(await snapshot(engine), before, 'a well-formed resize message from a third origin changed nothing');
    await changesNothing(engine, other, 'parent', 'third', 'from a third origin');

    // A playground iframe added later is fitted too; once it has navigated to another origin,
    // its src still names the playground but its messages no longer count.
    await engine.eval((src) => {
      const f = Object.assign(document.createElement('iframe'), { id: 'later', src, width: 800, height: 200, title: 'added later' });
      f.allow = 'cross-origin-isolated';
      document.querySelector('main').append(f);
      f.scrollIntoView();
    }, `${playground.url}?exp=sum&embed=1`);
    const later = await engine.frame('#later');
    await fitted(engine, later, '#later', 'the iframe added later');
    await later.eval((url) => { location.href = url; }, `${third.url}resizer-other.html`);
    await frameReached(later, () => document.readyState === 'complete' && location.pathname.endsWith('resizer-other.html'), 'the navigated frame');
    const moved = await snapshot(engine);
    await later.eval(postFakes, 'parent', 'moved-valid', true);
    await sentinelSeen(engine, 'moved-valid');
    assert.deepEqual(await snapshot(engine), moved, 'a frame whose src names the playground but which now shows a third origin cannot resize itself');

    // And the control: the same message from the playground's frame does resize it,
    // so the checks above could have failed.
    const counted = (await snapshot(engine)).resized;
    await frame.eval(postFakes, 'parent', 'control', true);
    await sentinelSeen(engine, 'control');
    assert.equal(await boxOf(engine, EMBEDS[0]), 321);
    assert.equal((await snapshot(engine)).resized, counted + 1);
    // The embed's true height back, as it posts it.
    await frame.eval(() => parent.postMessage({ type: 'parallel-playground:resize', version: 1, height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*'));
    assert.equal(await fitted(engine, frame, EMBEDS[0], 'embed 1 again'), height);
    await noProblems();
  });

  test(`${name}: a book that loads its own copy of the resizer at the end of each page (mdBook's additional-js), naming the playground's origin, fits its embeds`, opts, async (t) => {
    await engine.open(`${course.url}resizer-book.html`);
    const heights = [];
    for (const [i, selector] of EMBEDS.slice(0, 2).entries()) {
      await engine.eval((s) => document.querySelector(s).scrollIntoView(), selector);
      heights.push(await fitted(engine, await engine.frame(selector), selector, `embed ${i + 1}`));
      const fixed = await engine.eval((s) => Number(document.querySelector(s).getAttribute('height')), selector);
      assert.notEqual(heights[i], fixed, `embed ${i + 1}: fitted, not left at ${fixed} px`);
    }
    t.diagnostic(`fitted heights: ${heights.join(', ')} px`);
    assert.deepEqual(await engine.eval(() => [...window.parallelPlaygroundResizer.origins].sort()), [new URL(course.url).origin, new URL(playground.url).origin].sort(), 'the book\'s origin (where the copy lies) and the playground\'s, named in the copy');
    await noProblems();
  });

  test(`${name}: under a strict Content-Security-Policy that allows only the playground's host, on a cross-origin isolated course page, every embed is fitted`, opts, async (t) => {
    const url = `${course.url}resizer-strict.html`;
    const origin = new URL(playground.url).origin;
    const res = await fetch(url);
    const csp = res.headers.get('content-security-policy');
    assert.match(csp, /^default-src 'none'; /, 'nothing is allowed unless named');
    assert.match(csp, new RegExp(`script-src ${origin};`), 'scripts: the playground\'s host only (no inline, no eval)');
    assert.match(csp, new RegExp(`frame-src ${origin};`));
    assert.match(csp, /style-src 'self';/, 'no inline style');
    assert.equal(res.headers.get('cross-origin-embedder-policy'), 'require-corp');

    await engine.open(url);
    await recordSentinels(engine);
    assert.equal(await engine.eval(() => globalThis.crossOriginIsolated), true, 'the course page is isolated, and still loads the resizer (CORP cross-origin)');
    const { frames } = await fitAll(t);
    assert.equal(await engine.eval(() => getComputedStyle(document.querySelector('iframe')).boxSizing), 'border-box', 'the theme sizes iframes border-box');

    const later = await engine.eval((src) => {
      const f = Object.assign(document.createElement('iframe'), { id: 'later', src, width: 800, height: 200, title: 'added later' });
      f.allow = 'cross-origin-isolated';
      document.querySelector('main').append(f);
      f.scrollIntoView();
      return f.id;
    }, `${playground.url}?view=timeline&embed=1`);
    await fitted(engine, await engine.frame(`#${later}`), `#${later}`, 'the iframe added later');

    await changesNothing(engine, engine, 'self', 'strict-page', 'posted by the course page to itself');
    await changesNothing(engine, frames[1], 'parent', 'strict-shapes', 'of other shapes from the playground\'s frame');
    await noProblems();
  });
}
