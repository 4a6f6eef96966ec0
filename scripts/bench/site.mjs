// The site the bench loads: a private copy of dist/ (so a rebuild by someone
// else mid-run changes nothing under our feet), with the bench page added as
// /bench/, served with serve.json's headers like `npm start`.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, DIST } from '../lib/paths.mjs';
import { freePort, startServer } from '../lib/server.mjs';

/** { dir, url, stop }: stop() ends the server and removes the copy (of `dist`, dist/ unless given). */
export async function serveSite(dist = DIST) {
  const dir = mkdtempSync(join(tmpdir(), 'pp-bench-site-'));
  cpSync(dist, dir, { recursive: true });
  cpSync(join(ROOT, 'bench'), join(dir, 'bench'), { recursive: true });
  const server = await startServer({ port: await freePort(), dir });
  return {
    dir,
    url: server.url,
    stop() {
      server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
