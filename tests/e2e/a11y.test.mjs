// End to end: accessibility and comfort. axe-core (from npm, evaluated in
// the page) finds no serious or critical violation in light or dark, full or
// embedded; the slider announces its value; the strict CSP is sent and
// nothing violates it; a phone-sized screen has no horizontal overflow.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer, launchBrowser, openPage, poolReady, runExperiment, ROOT } from './harness.mjs';

let server, browser, axeSource;
before(async () => {
  server = await startServer({ port: 8194 });
  browser = await launchBrowser();
  axeSource = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
});
after(async () => {
  await browser?.close();
  server?.stop();
});

/** Runs axe-core in the page; returns the serious and critical violations. */
async function axe(page) {
  // Evaluated through the DevTools protocol, so the page's CSP (rightly) never sees an inline script.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

for (const scheme of ['light', 'dark']) {
  test(`axe finds no serious or critical violation (${scheme}, with results on screen)`, async () => {
    const { page, problems } = await openPage(browser.context, `${server.url}?theme=${scheme}`);
    await poolReady(page);
    await runExperiment(page, 'exp-fib', { n: 25, cutoff: 15 });
    await page.selectOption('#sweep select[name=workload]', 'fib');
    await page.fill('#sweep input[name=n]', '22');
    await page.click('#sweep button.run');
    await page.waitForSelector('#sweep[data-state=done]', { timeout: 60_000 });
    await page.click('#timeline button.run');
    await page.waitForSelector('#timeline[data-state=done]', { timeout: 60_000 });
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('the embed passes axe too, and the slider names its value in words', async () => {
  const { page, problems } = await openPage(browser.context, `${server.url}?exp=io&embed=1&threads=3`);
  await poolReady(page);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const text = await page.locator('#threads').getAttribute('aria-valuetext');
  assert.equal(text, cores >= 3 ? `3 threads, ${cores} cores available` : `3 threads, more than the ${cores} cores`);
  await page.focus('#threads');
  await page.keyboard.press('ArrowLeft');
  assert.match(await page.locator('#threads').getAttribute('aria-valuetext'), /^2 threads/);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the strict Content-Security-Policy is sent and the page runs under it', async () => {
  const res = await fetch(server.url);
  const csp = res.headers.get('content-security-policy');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  const { page, problems } = await openPage(browser.context, server.url);
  const violations = [];
  await page.exposeFunction('reportViolation', (v) => violations.push(v));
  await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  await poolReady(page);
  await runExperiment(page, 'exp-mixed', { jobs: 2, wait_ms: 5, n: 15 });
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, [], 'a CSP violation would show here as a console error');
  await page.close();
});

for (const scheme of ['light', 'dark']) {
  test(`a 375 px wide screen has no horizontal overflow (${scheme})`, async () => {
    const { page, problems } = await openPage(browser.context, `${server.url}?theme=${scheme}`);
    await page.setViewportSize({ width: 375, height: 800 });
    await poolReady(page);
    await runExperiment(page, 'exp-sum', { n: 1_000_000 });
    const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await page.screenshot({ path: join(ROOT, `test-results/phone-${scheme}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('printing gives a handout: the results and the device facts with the date, no controls', async () => {
  const { page, problems } = await openPage(browser.context, server.url);
  await poolReady(page);
  const fib = await runExperiment(page, 'exp-fib', { n: 22, cutoff: 15 });
  assert.equal(fib.state, 'done');
  await page.emulateMedia({ media: 'print' });
  const visible = (sel) => page.locator(sel).first().isVisible();
  assert.equal(await visible('.printed-on'), true, 'the date line');
  assert.match(await page.textContent('.printed-on'), /printed .* results measured in this browser session on \d+ logical cores?/);
  assert.equal(await visible('#exp-fib .result-table'), true, 'the measured experiment’s table');
  assert.equal(await visible('#exp-sum'), false, 'experiments never run are left out');
  for (const sel of ['#exp-fib button.run', '#threads', '#claims button.check', '#sweep form']) assert.equal(await visible(sel), false, `${sel} is a control`);
  // Black and white: the page's ink is black on white.
  const [ink, bg] = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
  assert.deepEqual([ink, bg], ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  assert.deepEqual(problems, []);
  await page.close();
});
