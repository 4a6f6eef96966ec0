// Screenshots of the lesson's stories measured (issue 21): the fintech card,
// the tiny-task card and the time-slicing card after a run, light and dark,
// and the figures each run measured (printed as JSON).
// Usage: npm run build && node scripts/screenshot-stories.mjs [OUT_DIR]
import { startServer } from './lib/server.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { openPage, poolReady, runExperiment } from './lib/page.mjs';
import { join, resolve } from 'node:path';

const out = resolve(process.argv[2] ?? 'docs');
const server = await startServer({ port: 8264 });
const { context, close } = await launchBrowser();
try {
  for (const scheme of ['light', 'dark']) {
    const { page } = await openPage(context, `${server.url}?theme=${scheme}`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await poolReady(page);
    for (const [id, fields] of [['many_tasks', {}], ['many_small', {}], ['time_slicing', scheme === 'light' ? { n: 30 } : {}]]) {
      const r = await runExperiment(page, `exp-${id}`, fields);
      console.log(JSON.stringify({ scheme, id, fields, threads: r.threads, verdict: r.verdict, rows: r.rows.filter((x) => x.variant) }));
      const card = page.locator(`#exp-${id}`);
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: join(out, `stories-${id}-${scheme}.png`) });
    }
    await page.close();
  }
} finally {
  await close();
  server.stop();
}
