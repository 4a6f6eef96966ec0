// A static server exactly like `npm start` (serve + a config file), so the
// tests, the bench and the soak see the headers a visitor gets.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT, DIST } from './paths.mjs';

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

/** A port nobody listens on now, for a run that must not collide with a fixed one. */
export async function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}
