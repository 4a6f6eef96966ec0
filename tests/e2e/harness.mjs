// Shared set-up for the end-to-end tests: a static server exactly like
// `npm start` (serve + a config file), and Debian's Chromium driven by
// playwright-core (which never downloads a browser of its own).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Serves `dir` on 127.0.0.1:`port` with the headers of `config` (a path
 * relative to `dir`, as serve reads it). Resolves once it answers.
 */
export async function startServer({ port, dir = DIST, config = 'serve.json' }) {
  const child = spawn(join(ROOT, 'node_modules/.bin/serve'), [dir, '-c', config, '-l', `tcp://127.0.0.1:${port}`, '--no-port-switching', '--no-clipboard',
    // Loopback: gzip on the fly costs CPU and saves nothing (static hosts serve precompressed files).
    '--no-compression'], {
    env: { ...process.env, NO_UPDATE_CHECK: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`serve exited: ${output}`);
    try {
      const res = await fetch(url);
      // Any answer means it is up (a folder without index.html answers 404 at /).
      if (res.status < 500) return { url, stop: () => child.kill(), output: () => output };
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  child.kill();
  throw new Error(`serve did not answer on ${url}: ${output}`);
}

/** Launches headless Chromium with a fresh profile. */
export async function launchBrowser(extraArgs = []) {
  const profile = mkdtempSync(join(tmpdir(), 'pp-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...extraArgs,
    ],
    viewport: { width: 1280, height: 900 },
  });
  const close = async () => {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context: browser, close };
}

/**
 * Opens `url` in a new page and records every console error and page error,
 * so a test can assert there were none.
 */
export async function openPage(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(url);
  return { page, problems };
}

/** Waits until the pool reports ready (body[data-state=ready]). */
export async function poolReady(page, timeout = 30_000) {
  await page.waitForSelector('body[data-state=ready]', { timeout });
}

/** Sets the thread slider with the keyboard, as a person would, and waits for the new pool. */
export async function setThreads(page, k) {
  const slider = page.locator('#threads');
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 1; i < k; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction((k) => document.querySelector('#pool')?.dataset.threadIndices?.split(',').length === k && document.body.dataset.state === 'ready', k, { timeout: 30_000 });
}

/** Fills the experiment's form, presses Run and returns the result table's rows. */
export async function runExperiment(page, id, fields) {
  const card = page.locator(`#${id}`);
  for (const [name, value] of Object.entries(fields)) await card.locator(`input[name=${name}]`).fill(String(value));
  await card.locator('button.run').click();
  await page.waitForFunction((id) => ['done', 'error'].includes(document.getElementById(id).dataset.state) && !document.getElementById(id).querySelector('button.run.cancel'), id, { timeout: 120_000 });
  return card.evaluate((el) => ({
    state: el.dataset.state,
    error: el.querySelector('.error').hidden ? '' : el.querySelector('.error').textContent,
    threads: Number(el.querySelector('.verdict').dataset.threads),
    verdict: el.querySelector('.verdict').textContent,
    rows: [...el.querySelectorAll('tbody tr')].map((r) => ({ variant: r.dataset.variant, value: r.dataset.value, correct: r.dataset.correct, median: Number(r.dataset.median) })),
    chart: [...el.querySelectorAll('.chart rect.bar[data-median]')].map((b) => Number(b.dataset.median)),
    groups: el.querySelector('.chart').dataset.groups,
  }));
}
