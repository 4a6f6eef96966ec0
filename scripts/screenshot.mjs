// Takes the README's screenshots from the real page, served from dist/ like
// `npm start`: the claims panel after "Check all claims" (light), and a
// thread sweep with the task timeline (dark).
// Usage: npm run build && node scripts/screenshot.mjs
import { startServer, launchBrowser, openPage, poolReady, ROOT } from '../tests/e2e/harness.mjs';
import { join } from 'node:path';

const server = await startServer({ port: 8190 });
const { context, close } = await launchBrowser();
try {
  const { page } = await openPage(context, `${server.url}?theme=light`);
  await poolReady(page);
  await page.click('#claims button.check');
  await page.waitForSelector('#claims[data-state=done]', { timeout: 180_000 });
  const claims = await page.locator('#claims').boundingBox();
  await page.screenshot({ path: join(ROOT, 'docs/screenshot.png'), clip: { x: 0, y: 0, width: 1280, height: claims.y + claims.height + 16 } });

  const { page: dark } = await openPage(context, `${server.url}?theme=dark`);
  await poolReady(dark);
  await dark.selectOption('#sweep select[name=workload]', 'fib');
  await dark.click('#sweep button.run');
  await dark.waitForSelector('#sweep[data-state=done]', { timeout: 180_000 });
  await dark.selectOption('#timeline select[name=workload]', 'mixed');
  await dark.click('#timeline button.run');
  await dark.waitForSelector('#timeline[data-state=done]', { timeout: 60_000 });
  const sweep = await dark.locator('#sweep').boundingBox();
  const timeline = await dark.locator('#timeline').boundingBox();
  await dark.screenshot({ path: join(ROOT, 'docs/screenshot-dark.png'), fullPage: true, clip: { x: 0, y: sweep.y - 12, width: 1280, height: timeline.y + timeline.height - sweep.y + 24 } });
  console.log('wrote docs/screenshot.png and docs/screenshot-dark.png');
} finally {
  await close();
  server.stop();
}
