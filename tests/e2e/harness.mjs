// Set-up for the end-to-end tests. The server, the browser and the page
// helpers live in scripts/lib/ (the bench and the soak use them too) and are
// re-exported here, so the tests import everything from './harness.mjs'.
export { ROOT, DIST } from '../../scripts/lib/paths.mjs';
export { startServer } from '../../scripts/lib/server.mjs';
export { CHROMIUM, launchBrowser } from '../../scripts/lib/browser.mjs';
export { openPage, poolReady, runExperiment } from '../../scripts/lib/page.mjs';

/** Sets the thread slider with the keyboard, as a person would, and waits for the new pool. */
export async function setThreads(page, k) {
  const slider = page.locator('#threads');
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 1; i < k; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction((k) => document.querySelector('#pool')?.dataset.threadIndices?.split(',').length === k && document.body.dataset.state === 'ready', k, { timeout: 30_000 });
}
