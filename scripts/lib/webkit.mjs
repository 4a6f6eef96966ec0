// WebKitGTK (Debian's webkit2gtk-driver: WebKitWebDriver and MiniBrowser)
// driven by selenium-webdriver, which downloads nothing when it is given a
// driver to talk to. WebKitGTK needs a display: under `xvfb-run -a` (as
// tests/run.sh runs it) it uses that one; without any display it starts its
// own Xvfb. WebKitGTK is the engine of Safari, not Safari: what it reports
// (cores, isolation, features) is its own.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Builder } from 'selenium-webdriver';
import { freePort } from './server.mjs';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.WEBKIT_MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** What is missing to run WebKitGTK here, in words; '' when nothing. */
export function webkitMissing() {
  if (!existsSync(WEBKIT_DRIVER)) return `${WEBKIT_DRIVER} is missing: on Debian, apt-get install webkit2gtk-driver (scripts/ensure-tools.sh test does it)`;
  if (!existsSync(MINIBROWSER)) return `${MINIBROWSER} is missing: it comes with Debian's webkit2gtk-driver`;
  if (!process.env.DISPLAY && !existsSync('/usr/bin/Xvfb')) return 'no display and no Xvfb: run under xvfb-run -a, or apt-get install xvfb';
  return '';
}

/** A display for WebKitGTK: the one we are given, or a fresh Xvfb. */
async function display() {
  if (process.env.DISPLAY) return { env: {}, stop: () => {} };
  // -displayfd: Xvfb picks a free display number itself and writes it once it is ready.
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const number = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(out.trim());
    });
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready`)));
  });
  return { env: { DISPLAY: `:${number}` }, stop: () => xvfb.kill() };
}

/**
 * Starts WebKitWebDriver and a MiniBrowser session on it. Resolves with
 * { driver, version, close }; `driver` is a selenium WebDriver.
 */
export async function launchWebKit({ width = 1280, height = 900 } = {}) {
  const screen = await display();
  const port = await freePort();
  const server = spawn(WEBKIT_DRIVER, [`--port=${port}`], { env: { ...process.env, ...screen.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
  const stopAll = () => {
    server.kill();
    screen.stop();
  };
  // The driver answers /status once it listens.
  for (let i = 0; ; i++) {
    if (server.exitCode !== null) {
      screen.stop();
      throw new Error(`WebKitWebDriver exited: ${log}`);
    }
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 200) {
      stopAll();
      throw new Error(`WebKitWebDriver did not answer on port ${port}: ${log}`);
    }
    await sleep(50);
  }
  let driver;
  try {
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      })
      .build();
    await driver.manage().window().setRect({ width, height });
  } catch (e) {
    stopAll();
    throw e;
  }
  const caps = await driver.getCapabilities();
  const close = async () => {
    await driver.quit().catch(() => {});
    stopAll();
  };
  return { driver, version: `${caps.get('browserName')} ${caps.get('browserVersion')}`, close };
}
