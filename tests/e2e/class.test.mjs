// End to end, in Debian's Chromium: the class view reads 24 students' shared
// links (2 to 16 cores, three engines) and a few bad ones, refuses the bad
// ones one by one with their reasons, and charts the rest claim by claim;
// a student's own link opens it with that one result.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openPage } from './harness.mjs';
import { shareRecord, shareLink, SHARE_VERSION } from '../../www/share.js';
import { CLAIMS } from '../../www/lesson/claims.js';

let server, browser;
before(async () => {
  server = await startServer({ port: 8198 });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const AGENTS = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15',
];

/** 24 devices: cores 2, 4, 8, 16; the two-core sum speeding up about min(2, cores) with some spread. */
function classLinks(base) {
  const links = [];
  for (let i = 0; i < 24; i++) {
    const cores = [2, 4, 8, 16][i % 4];
    const speedup = Number((Math.min(2, cores) * (0.8 + 0.01 * i)).toFixed(2));
    const claims = CLAIMS.map((c) => (c.id === 'split-many-cores'
      ? { id: c.id, verdict: speedup > 1.2 ? 'holds' : 'fails', ratio: speedup, lo: speedup * 0.95, hi: speedup * 1.05 }
      : { id: c.id, verdict: 'holds', ratio: 1, lo: 0.9, hi: 1.1 }));
    links.push(shareLink(base, shareRecord(claims, { date: new Date('2026-11-27'), userAgent: AGENTS[i % 3], pkg: 'threads', reportedCores: cores, measuredCores: cores })));
  }
  return links;
}

test('24 shared links and 4 bad ones: every good one counted, every bad one refused with its reason', async () => {
  const { page, problems } = await openPage(browser.context, `${server.url}class.html`);
  const base = `${server.url}class.html`;
  const good = classLinks(base);
  const newer = shareLink(base, { ...shareRecord([{ id: 'coordination', verdict: 'holds', ratio: 2, lo: 1.5, hi: 2.5 }], { date: new Date(), userAgent: AGENTS[0], pkg: 'threads', reportedCores: 2, measuredCores: 2 }), v: SHARE_VERSION + 1 });
  const bad = [good[0].slice(0, -9), 'https://example.org/not-a-results-link', newer, `${base}#r=${Buffer.from('{"v":1,"k":"<img src=x onerror=alert(1)>"}').toString('base64url')}`];
  await page.fill('#links', [...good, ...bad].join('\n'));
  await page.click('.class-input button[type=submit]');
  await page.waitForSelector('body[data-state=done]');
  assert.equal(await page.getAttribute('body', 'data-devices'), '24');
  assert.equal(await page.getAttribute('body', 'data-refused'), '4');
  const reasons = await page.$$eval('.refused li', (lis) => lis.map((li) => li.textContent));
  assert.equal(reasons.length, 4);
  assert.match(reasons[0], /^line 25: refused, the #r= part is damaged/);
  assert.match(reasons[1], /^line 26: refused, not a results link/);
  assert.match(reasons[2], /^line 27: refused, made by a newer version of the playground/);
  assert.match(reasons[3], /^line 28: refused, /);
  assert.equal(await page.locator('img').count(), 0, 'text from a link never becomes markup');
  // The two-core sum: devices by core count, each row's median from the links.
  const section = page.locator('.class-claim[data-claim=split-many-cores]');
  assert.equal(await section.getAttribute('data-devices'), '24');
  const rows = await section.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [Number(tr.dataset.cores), Number(tr.querySelector('td').textContent)]));
  assert.deepEqual(rows, [[2, 6], [4, 6], [8, 6], [16, 6]]);
  assert.equal(await section.locator('svg g[data-series=class] circle').count(), 4, 'one point per core count');
  assert.match(await page.textContent('.class-summary'), /^24 devices \(2, 4, 8, 16 cores’ worth of parallel capacity\); 4 refused/);
  assert.deepEqual(problems, []);
  await page.close();
});

test('a student’s own link opens the class view with that one result', async () => {
  const [link] = classLinks(`${server.url}class.html`);
  const { page, problems } = await openPage(browser.context, link);
  await page.waitForSelector('body[data-state=done]');
  assert.equal(await page.getAttribute('body', 'data-devices'), '1');
  assert.deepEqual(problems, []);
  await page.close();
});
