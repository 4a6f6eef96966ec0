// A focused A/B of fib's variants on a pool of `threads`, in one Chromium
// launched with extra V8 flags, V8's own output captured: how the issue's
// 1-thread gap was traced (see the README's Performance section).
//   node scripts/bench/probe.mjs [--dist DIR] [--timeline] [--threads 1] [--rounds 5] [--n 38] [--cutoff 20] [--js-flags "..."] [--log FILE]
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../lib/browser.mjs';
import { freePort } from '../lib/server.mjs';
import { openBenchPage, runTimeline, runWasm, startPool } from './bench-page.mjs';
import { serveSite } from './site.mjs';
import { readFileSync } from 'node:fs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
};
const threads = Number(arg('threads', 1));
const rounds = Number(arg('rounds', 5));
const request = { workload: 'fib', n: Number(arg('n', 38)), cutoff: Number(arg('cutoff', 20)), reps: Number(arg('reps', 5)), min_total_ms: 0 };
const jsFlags = arg('js-flags', '');
const log = createWriteStream(arg('log', '/dev/null'));

// Chromium started by hand (not by Playwright) so that V8's stdout, where
// the renderer's and the workers' --trace flags print, lands in the log.
const profile = mkdtempSync(join(tmpdir(), 'pp-probe-'));
const port = await freePort();
const args = [...CHROMIUM_ARGS, '--headless', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`];
if (jsFlags) args.push(`--js-flags=${jsFlags}`);
const proc = spawn(CHROMIUM, [...args, 'about:blank'], { stdio: ['ignore', 'pipe', 'pipe'] });
proc.stdout.pipe(log);
proc.stderr.on('data', () => {});
let browser;
for (let i = 0; i < 50 && !browser; i++) {
  await new Promise((r) => setTimeout(r, 200));
  browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`).catch(() => undefined);
}
const site = await serveSite(arg('dist', undefined));
try {
  const { page } = await openBenchPage(browser, site.url);
  await startPool(page, threads);
  const rows = [];
  for (let r = 0; r < rounds; r++) {
    const { report } = await runWasm(page, request, threads);
    const t = Object.fromEntries(report.variants.map((v) => [v.name, v.summary.median]));
    if (process.argv.includes('--timeline')) {
      // One recorded call of each variant against the unrecorded medians above.
      const rec = (await runTimeline(page, request, threads)).report.variants;
      const at = (name) => rec.find((v) => v.name === name);
      t.rec_par = at('par').total_ms;
      t.rec_seq = at('seq').total_ms;
      t.spans = at('par').span_count;
    }
    rows.push(t);
    console.log(`round ${r + 1}: seq ${t.seq?.toFixed?.(1)} ms, par ${t.par?.toFixed?.(1)} ms, par/seq ${(t.par / t.seq).toFixed(3)}` +
      (t.rec_par ? `; recorded: par ${t.rec_par.toFixed(1)} ms (${t.spans} spans, ${((t.rec_par / t.par - 1) * 100).toFixed(1)} %), seq ${t.rec_seq.toFixed(1)} ms` : ''));
  }
  const med = (k) => rows.map((x) => x[k]).sort((a, b) => a - b)[rows.length >> 1];
  console.log(`median: seq ${med('seq').toFixed(1)}, par ${med('par').toFixed(1)}, par/seq ${(med('par') / med('seq')).toFixed(3)}; js-flags "${jsFlags}"; loadavg ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
} finally {
  await browser.close().catch(() => {});
  proc.kill();
  site.stop();
  // Chromium may still be writing its profile as it exits.
  setTimeout(() => rmSync(profile, { recursive: true, force: true, maxRetries: 5 }), 1000);
}
