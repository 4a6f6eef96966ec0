// The claims panel on the machines students own, as this 2-core machine can
// show them (notes/machines.md): Chromium told to report 4, 8 and 16 logical
// cores (the DevTools protocol's Emulation.setHardwareConcurrencyOverride,
// while 2 still run), and the page with one core kept busy by another
// process. Whatever the device, no claim is called untestable for a reason
// that is not true, the page never tells the visitor to close programs, and
// the capacity it measured is shown beside the reported logical cores.
// PP_SHOTS=<folder> also saves the panel's screenshots there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startServer, launchBrowser, poolReady } from './harness.mjs';

let server;
let browser;
before(async () => {
  server = await startServer({ port: 8241 });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

/** The claims checked here: one on two threads, one on every thread count, one on the capacity, and (reported cores permitting) oversubscription. */
const CLAIMS = ['split-many-cores', 'cpu-more-cores', 'mixed-more-cores', 'unsplit'];

/** Opens the page reporting `cores` logical cores (or the machine's own count), checks the claims, and returns what the panel says. */
async function checkClaims(cores, { claims = CLAIMS, shot = null } = {}) {
  const page = await browser.context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
  if (cores) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setHardwareConcurrencyOverride', { hardwareConcurrency: cores });
  }
  await page.goto(`${server.url}?claims=${claims.join(',')}`);
  await poolReady(page, 60_000);
  const reported = await page.evaluate(() => navigator.hardwareConcurrency);
  await page.click('#claims button.check');
  await page.waitForSelector('#claims[data-state=done]', { timeout: 300_000 });
  const said = await page.evaluate(() => ({
    note: document.querySelector('#claims .cores-note').textContent,
    summary: document.querySelector('#claims .progress-text').textContent,
    capacity: Number(document.querySelector('#claims').dataset.capacity),
    capacityCores: Number(document.querySelector('#claims').dataset.capacityCores),
    rows: [...document.querySelectorAll('#claims tbody tr')].map((r) => ({ id: r.dataset.claim, verdict: r.dataset.verdict, note: r.querySelector('.verdict-note').textContent, measured: r.querySelector('.measured').textContent })),
  }));
  if (shot) await page.locator('#claims').screenshot({ path: shot });
  await page.close();
  return { reported, problems, ...said };
}

/** What must be true on every device. */
function assertTruthful(t, r, reported) {
  t.diagnostic(r.note);
  for (const row of r.rows) t.diagnostic(`${row.id}: ${row.verdict} ${row.measured}${row.note}`);
  assert.equal(r.reported, reported, 'the page sees the reported count');
  assert.match(r.note, new RegExp(`This browser reports ${reported} logical cores`));
  assert.match(r.note, /this device gave \d+(\.\d+)?× \(9\d(\.\d)?% interval/);
  assert.doesNotMatch(`${r.note} ${r.summary} ${r.rows.map((x) => x.note).join(' ')}`, /close (other )?programs|ran in parallel just now/i);
  if (r.capacityCores < reported) assert.match(r.note, /SMT.*efficiency cores.*other programs/s, 'the usual reasons, in words');
  for (const row of r.rows) {
    assert.notEqual(row.verdict, 'error', `${row.id}: ${row.note}`);
    // Untestable only when the capacity measured cannot show a two-thread effect, and then it says so.
    if (row.verdict === 'untestable') {
      assert.ok(r.capacity < 1.7, `${row.id} untestable with a capacity of ${r.capacity}`);
      assert.match(row.note, new RegExp(`this device gave ${Number(r.capacity.toPrecision(3))}× just now`));
    }
  }
  assert.match(r.summary, /^Done: \d+ hold, \d+ do not hold here, \d+ inconclusive, \d+ cannot be tested here; and 1 demonstration measured, not judged\.$/);
  assert.deepEqual(r.problems, []);
}

for (const reported of [4, 8, 16]) {
  test(`Chromium told to report ${reported} logical cores on this machine's 2: the capacity is shown beside them and every claim is tested on it`, async (t) => {
    const shot = process.env.PP_SHOTS && reported === 8 ? join(process.env.PP_SHOTS, 'claims-8-on-2.png') : null;
    const r = await checkClaims(reported, { claims: reported <= 8 ? [...CLAIMS, 'oversubscription'] : CLAIMS, shot });
    assertTruthful(t, r, reported);
    // Two cores run here: about two cores' worth, far from the reported count, and nothing is untestable for it.
    if (r.capacity >= 1.7) assert.deepEqual(r.rows.filter((x) => x.verdict === 'untestable').map((x) => x.id), []);
    assert.ok(r.capacityCores <= 2, `${r.capacityCores} cores' worth on 2 cores`);
    // Claims run on the capacity, not on the reported count; oversubscription on the reported logical cores.
    const mixed = r.rows.find((x) => x.id === 'mixed-more-cores');
    if (mixed.verdict !== 'untestable') assert.match(mixed.measured, new RegExp(`^on ${r.capacityCores} thread`));
    const over = r.rows.find((x) => x.id === 'oversubscription');
    if (over && over.verdict !== 'untestable') assert.match(over.measured, new RegExp(`^${reported} threads .*, ${2 * reported} threads`));
  });
}

test('one core kept busy by another process: the capacity says so, and only the claims that need two cores at once are untestable, for that reason', async (t) => {
  // The probe runs on the 2 reported threads only: a second one on 1 thread would compare nothing.
  // A busy loop in another process, ended by its pid below.
  const busy = spawn('sh', ['-c', 'while :; do :; done'], { stdio: 'ignore' });
  try {
    const shot = process.env.PP_SHOTS ? join(process.env.PP_SHOTS, 'claims-busy-core.png') : null;
    const r = await checkClaims(null, { shot });
    assertTruthful(t, r, 2);
    // With a core busy the capacity falls well short of two: the probe measured it.
    assert.ok(r.capacity < 1.7, `capacity ${r.capacity} with a core busy`);
    assert.match(r.note, /fib on 2 threads/);
    const untestable = r.rows.filter((x) => x.verdict === 'untestable').map((x) => x.id).sort();
    assert.deepEqual(untestable, ['cpu-more-cores', 'mixed-more-cores', 'split-many-cores']);
    assert.equal(r.rows.find((x) => x.id === 'unsplit').verdict, 'demonstration');
  } finally {
    busy.kill('SIGKILL');
  }
});
