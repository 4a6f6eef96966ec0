// Takes the README's screenshots from the real page: builds nothing, serves
// dist/ like `npm start`, runs fib and the sum at 1 and 2 threads, and saves
// docs/screenshot.png (light) and docs/screenshot-dark.png (dark).
// Usage: npm run build && node scripts/screenshot.mjs
import { startServer, launchBrowser, openPage, poolReady, setThreads, runExperiment, ROOT } from '../tests/e2e/harness.mjs';
import { join } from 'node:path';

const server = await startServer({ port: 8190 });
const { context, close } = await launchBrowser();
try {
  for (const scheme of ['light', 'dark']) {
    const { page } = await openPage(context, server.url);
    await page.emulateMedia({ colorScheme: scheme });
    await poolReady(page);
    for (const k of [1, 2]) {
      await setThreads(page, k);
      await runExperiment(page, 'exp-sum', { n: 50_000_000 });
      await runExperiment(page, 'exp-fib', { n: 35, cutoff: 20 });
    }
    const file = join(ROOT, 'docs', scheme === 'light' ? 'screenshot.png' : 'screenshot-dark.png');
    await page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await close();
  server.stop();
}
