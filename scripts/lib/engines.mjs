// One small interface over the three browser engines the tests drive, so a
// scenario is written once and run in each:
//   chromium  Debian's Chromium, playwright-core (scripts/lib/browser.mjs)
//   firefox   Debian's firefox-esr, puppeteer-core over WebDriver BiDi
//   webkit    WebKitGTK's MiniBrowser, selenium-webdriver + WebKitWebDriver
//             (scripts/lib/webkit.mjs)
// Every engine gets: open(url), eval(fn, ...args) (fn runs in the page; a
// promise it returns is awaited), waitFor(fn, arg, { timeout, what }) (polls
// a condition, never a fixed sleep), frame(selector) (the same interface
// inside an iframe), screenshot(path), problems() (console errors and
// uncaught errors since open) and close().
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';
import { launchBrowser, CHROMIUM } from './browser.mjs';
import { launchWebKit, webkitMissing } from './webkit.mjs';
import { DIST } from './paths.mjs';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** What is missing to drive `engine` here, in words; '' when nothing. */
export function engineMissing(engine) {
  if (engine === 'chromium') return existsSync(CHROMIUM) ? '' : `${CHROMIUM} is missing: apt-get install chromium`;
  if (engine === 'firefox') return existsSync(FIREFOX) ? '' : `${FIREFOX} is missing: apt-get install firefox-esr (scripts/ensure-tools.sh test does it)`;
  if (engine === 'webkit') return webkitMissing();
  return `unknown engine ${engine}`;
}

/** The source of a function call for a page: `(fn)(...args)`, arguments as JSON. */
const callSource = (fn, args) => `(${fn})(${args.map((a) => JSON.stringify(a) ?? 'undefined').join(', ')})`;

/** Polls `check()` until it returns something truthy; throws after `timeout` ms with `what` and the last value. */
async function poll(check, { timeout = 30_000, what = 'a condition', interval = 100 } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await check();
    if (last) return last;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
    await sleep(interval);
  }
}

/**
 * A copy of dist/ whose index.html loads /test-console.js first: a classic
 * script that records console errors, uncaught errors and unhandled
 * rejections of the page in `window.__ppProblems`. For WebKitGTK, whose
 * driver can read no console (no log command, no BiDi); the page under test
 * is otherwise the built one. Returns { dir, remove }.
 */
export function recordingDist(source = DIST) {
  const dir = mkdtempSync(join(tmpdir(), 'pp-dist-recording-'));
  cpSync(source, dir, { recursive: true });
  writeFileSync(join(dir, 'test-console.js'), `// Test only: records what a person would see in the console.
(() => {
  const problems = (window.__ppProblems = []);
  const error = console.error.bind(console);
  console.error = (...args) => { problems.push('console: ' + args.map(String).join(' ')); error(...args); };
  addEventListener('error', (e) => problems.push('pageerror: ' + (e.message || e.target?.src || e.target?.href || 'an error event')), true);
  addEventListener('unhandledrejection', (e) => problems.push('unhandledrejection: ' + (e.reason?.message ?? e.reason)));
})();
`);
  const index = join(dir, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<head>', '<head>\n  <script src="test-console.js"></script>'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// --- Firefox ---------------------------------------------------------------

async function launchFirefox({ width, height }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width, height },
    // A fresh profile every launch (puppeteer's own temporary one).
    extraPrefsFirefox: { 'browser.shell.checkDefaultBrowser': false, 'datareporting.policy.dataSubmissionEnabled': false },
  });
  const page = await browser.newPage();
  let problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  const scoped = (target) => ({
    eval: (fn, ...args) => target.evaluate(callSource(fn, args)),
    waitFor: (fn, arg, { timeout = 30_000, what } = {}) => poll(() => target.evaluate(callSource(fn, [arg])), { timeout, what }),
  });
  return {
    name: 'firefox',
    version: `Firefox ${(await browser.version()).replace(/^firefox\//, '')}`,
    async open(url) {
      problems = [];
      await page.goto(url);
    },
    ...scoped(page),
    async frame(selector) {
      const handle = await page.waitForSelector(selector);
      return scoped(await handle.contentFrame());
    },
    screenshot: (path) => page.screenshot({ path }),
    problems: async () => [...problems],
    close: () => browser.close(),
  };
}

// --- WebKitGTK -------------------------------------------------------------

async function launchWebKitEngine({ width, height }) {
  const { driver, version, close } = await launchWebKit({ width, height });
  // WebKitWebDriver runs a script's returned promise to completion.
  const run = (fn, args) => driver.executeScript(`return ${callSource(fn, args)};`);
  const scoped = (enter) => ({
    eval: async (fn, ...args) => {
      await enter();
      return run(fn, args);
    },
    waitFor: async (fn, arg, { timeout = 30_000, what } = {}) => {
      await enter();
      return poll(() => run(fn, [arg]), { timeout, what });
    },
  });
  const top = () => driver.switchTo().defaultContent();
  return {
    name: 'webkit',
    version: `WebKitGTK ${version.replace(/^MiniBrowser /, '')}`,
    async open(url) {
      await top();
      await driver.get(url);
    },
    ...scoped(top),
    async frame(selector) {
      await top();
      await poll(() => run((s) => Boolean(document.querySelector(s)), [selector]), { what: selector });
      const enter = async () => {
        await top();
        await driver.switchTo().frame(await driver.findElement({ css: selector }));
      };
      return scoped(enter);
    },
    async screenshot(path) {
      await top();
      writeFileSync(path, Buffer.from(await driver.takeScreenshot(), 'base64'));
    },
    // The recorder of recordingDist(); a page without it reports nothing.
    problems: async () => {
      await top();
      return (await run(() => window.__ppProblems ?? null, [])) ?? ['(this page does not record its console: serve recordingDist())'];
    },
    close,
  };
}

// --- Chromium --------------------------------------------------------------

async function launchChromiumEngine({ width, height }) {
  const { context, close } = await launchBrowser();
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  let problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  const scoped = (target) => ({
    eval: (fn, ...args) => target.evaluate(callSource(fn, args)),
    waitFor: (fn, arg, { timeout = 30_000, what } = {}) => poll(() => target.evaluate(callSource(fn, [arg])), { timeout, what }),
  });
  return {
    name: 'chromium',
    version: `Chromium ${context.browser()?.version() ?? ''}`.trim(),
    async open(url) {
      problems = [];
      await page.goto(url);
    },
    ...scoped(page),
    async frame(selector) {
      const handle = await page.waitForSelector(selector);
      return scoped(await handle.contentFrame());
    },
    screenshot: (path) => page.screenshot({ path }),
    problems: async () => [...problems],
    close,
  };
}

/** Launches `engine` ('chromium', 'firefox' or 'webkit') with a fresh profile and one page. */
export async function launchEngine(engine, { width = 1280, height = 900 } = {}) {
  const missing = engineMissing(engine);
  if (missing) throw new Error(missing);
  if (engine === 'firefox') return launchFirefox({ width, height });
  if (engine === 'webkit') return launchWebKitEngine({ width, height });
  return launchChromiumEngine({ width, height });
}
