// Screenshots of what the page teaches, from the real page served from dist/
// like `npm start`, in light and dark: a card's Code view, the Go-to-Rust
// glossary, the lesson's matrix filled from this session's runs, and the
// time-slicing card with a timeline per pool size.
// Usage: npm run build && node scripts/gen-teaching-screenshots.mjs
//   writes docs/teaching-{code,glossary,matrix,time-slicing}-{light,dark}.png
import { join } from 'node:path';
import { ROOT } from './lib/paths.mjs';
import { startServer, freePort } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { openPage, poolReady } from './lib/page.mjs';

const server = await startServer({ port: await freePort() });
const { context, close } = await launchBrowser();
/** Runs a card and waits for its result, answering the long-run question (a busy machine can estimate past it). */
async function run(page, id) {
  await page.click(`#${id} button.run`);
  const state = () => page.$eval(`#${id}`, (el) => el.dataset.state);
  await page.waitForFunction((id) => ['done', 'error', 'confirming'].includes(document.getElementById(id).dataset.state), id, { timeout: 120_000 });
  if ((await state()) === 'confirming') {
    await page.click(`#${id} .confirm-run`);
    await page.waitForFunction((id) => ['done', 'error'].includes(document.getElementById(id).dataset.state), id, { timeout: 300_000 });
  }
  if ((await state()) !== 'done') throw new Error(`${id}: ${await page.$eval(`#${id} .error`, (e) => e.textContent)}`);
}
const shot = (page, selector, name, scheme) => page.locator(selector).screenshot({ path: join(ROOT, `docs/teaching-${name}-${scheme}.png`) });
try {
  for (const scheme of ['light', 'dark']) {
    const { page, problems } = await openPage(context, `${server.url}?theme=${scheme}`);
    await poolReady(page);

    // The matrix: every cell this device can measure, with small settings so it takes seconds.
    const small = { 'exp-io': { jobs: 3, wait_ms: 50 }, 'exp-fib_three': { n: 30 }, 'exp-mixed': { jobs: 3, wait_ms: 20, n: 28 }, 'exp-contended': { n: 200_000 } };
    for (const [id, fields] of Object.entries(small)) for (const [name, v] of Object.entries(fields)) await page.fill(`#${id} input[name=${name}]`, String(v));
    await page.click('#matrix button.run');
    await page.waitForSelector('#matrix[data-state=done]', { timeout: 300_000 });
    await shot(page, '#matrix', 'matrix', scheme);

    // Time slicing, with a prediction made first.
    await page.check('#predict-time_slicing-faster');
    await run(page, 'exp-time_slicing');
    await shot(page, '#exp-time_slicing', 'time-slicing', scheme);

    // A card's Code view: the three independent jobs (its run is on screen above the code).
    await page.click('#code-fib_three > summary');
    await shot(page, '#exp-fib_three', 'code', scheme);

    await shot(page, '#glossary', 'glossary', scheme);
    if (problems.length) throw new Error(problems.join('\n'));
    await page.close();
  }
  console.log('wrote docs/teaching-*-{light,dark}.png');
} finally {
  await close();
  server.stop();
}
