// Takes the README's screenshots from the real page, served from dist/ like
// `npm start`: the claims panel after "Check all claims" (light), and a
// thread sweep with the task timeline (dark).
// Usage: npm run build && node scripts/screenshot.mjs
import { ROOT } from './lib/paths.mjs';
import { startServer } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { openPage, poolReady } from './lib/page.mjs';
import { join } from 'node:path';

/** An element's top and bottom in page coordinates (not the scrolled viewport's). */
const box = (page, selector) => page.$eval(selector, (el) => {
  const r = el.getBoundingClientRect();
  return { top: r.top + scrollY, bottom: r.bottom + scrollY };
});

const server = await startServer({ port: 8190 });
const { context, close } = await launchBrowser();
try {
  const { page } = await openPage(context, `${server.url}?theme=light`);
  await poolReady(page);
  await page.click('#claims button.check');
  await page.waitForSelector('#claims[data-state=done]', { timeout: 180_000 });
  const claims = await box(page, '#claims');
  await page.screenshot({ path: join(ROOT, 'docs/screenshot.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: claims.bottom + 16 } });

  const { page: dark } = await openPage(context, `${server.url}?theme=dark`);
  await poolReady(dark);
  await dark.selectOption('#sweep select[name=workload]', 'fib');
  await dark.click('#sweep button.run');
  await dark.waitForSelector('#sweep[data-state=done]', { timeout: 180_000 });
  await dark.selectOption('#timeline select[name=workload]', 'mixed');
  await dark.click('#timeline button.run');
  await dark.waitForSelector('#timeline[data-state=done]', { timeout: 60_000 });
  const sweep = await box(dark, '#sweep');
  const timeline = await box(dark, '#timeline');
  await dark.screenshot({ path: join(ROOT, 'docs/screenshot-dark.png'), fullPage: true, clip: { x: 0, y: sweep.top - 12, width: 1280, height: timeline.bottom - sweep.top + 24 } });
  console.log('wrote docs/screenshot.png and docs/screenshot-dark.png');
} finally {
  await close();
  server.stop();
}
