// Share links: what a device shares comes back exactly, and anything else
// (damaged, tampered, from a newer version, not ours) is refused with a reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareRecord, shareLink, readShare, aggregate, engineOf, ShareError, SHARE_VERSION, MAX_SHARE_CHARS } from '../../www/share.js';

const IDS = ['split-one-thread', 'split-many-cores', 'coordination'];
const device = { date: new Date('2026-11-27T10:00:00Z'), userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36', pkg: 'threads', reportedCores: 8, measuredCores: 6 };
const claims = [
  { id: 'split-one-thread', verdict: 'holds', ratio: 0.9871, lo: 0.95, hi: 1.0213 },
  { id: 'split-many-cores', verdict: 'inconclusive', ratio: 1.21, lo: 1.1, hi: 1.3 },
  { id: 'coordination', verdict: 'untestable' },
];

test('a shared link reads back to the same verdicts and numbers (to three digits)', () => {
  const link = shareLink('https://example.org/pp/class.html?x=1#old', shareRecord(claims, device));
  assert.match(link, /^https:\/\/example\.org\/pp\/class\.html\?x=1#r=[\w-]+$/);
  assert.ok(link.length < 400, `${link.length} characters`);
  const back = readShare(link, IDS);
  assert.deepEqual(back.claims, [
    { id: 'split-one-thread', verdict: 'holds', ratio: 0.987, lo: 0.95, hi: 1.02 },
    { id: 'split-many-cores', verdict: 'inconclusive', ratio: 1.21, lo: 1.1, hi: 1.3 },
    { id: 'coordination', verdict: 'untestable', ratio: null, lo: null, hi: null },
  ]);
  assert.deepEqual([back.engine, back.pkg, back.reportedCores, back.measuredCores, back.cores, back.date], ['chromium', 'threads', 8, 6, 6, '2026-11-27']);
});

test('engines are told apart by their user-agent strings', () => {
  assert.equal(engineOf('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0'), 'firefox');
  assert.equal(engineOf('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15'), 'webkit');
  assert.equal(engineOf(device.userAgent), 'chromium');
});

test('damaged, tampered, foreign and newer links are refused, each with its reason', () => {
  const record = shareRecord(claims, device);
  const enc = (r) => shareLink('https://x/class.html', r);
  const refused = (text) => {
    try {
      readShare(text, IDS);
    } catch (e) {
      assert.ok(e instanceof ShareError, e);
      return e.message;
    }
    assert.fail(`accepted: ${text}`);
  };
  assert.match(refused('https://x/class.html'), /no #r= part/);
  assert.match(refused(enc(record).slice(0, -7)), /damaged/);
  assert.match(refused(enc({ ...record, v: SHARE_VERSION + 1 })), /newer version of the playground/);
  assert.match(refused(enc({ ...record, c: 0 })), /core count/);
  assert.match(refused(enc({ ...record, c: 2.5 })), /core count/);
  assert.match(refused(enc({ ...record, k: [['rm -rf', 'h', 1, 1, 1]] })), /unknown claim/);
  assert.match(refused(enc({ ...record, k: [['coordination', 'x', 1, 1, 1]] })), /unknown verdict/);
  assert.match(refused(enc({ ...record, k: [['coordination', 'h', 5, 1, 2]] })), /outside its own interval/);
  assert.match(refused(enc({ ...record, k: [['coordination', 'h', 'NaN', 1, 2]] })), /not a number/);
  assert.match(refused(enc({ ...record, k: [record.k[0], record.k[0]] })), /appears twice/);
  assert.match(refused(enc({ ...record, b: '<script>' })), /browser field/);
  assert.match(refused('x'.repeat(MAX_SHARE_CHARS + 1)), /too long/);
  assert.match(refused('{"v":1'), /not valid JSON/);
});

test('an exported claims file reads like a link', () => {
  const exported = {
    conditions: { hardware_concurrency: 4, measured_cores: 4, cross_origin_isolated: true, package: 'threads', user_agent: device.userAgent, started: '2026-11-27T10:00:00.000Z' },
    claims: [{ claim: 'coordination', verdict: 'holds', ratio: 2.4, lo: 1.8, hi: 3.5 }],
  };
  const back = readShare(JSON.stringify(exported), IDS);
  assert.equal(back.cores, 4);
  assert.deepEqual(back.claims, [{ id: 'coordination', verdict: 'holds', ratio: 2.4, lo: 1.8, hi: 3.5 }]);
});

test('the class aggregate counts verdicts per claim and finds a device far from its peers', () => {
  const records = [];
  for (const [cores, ratio] of [[2, 1.8], [2, 1.85], [2, 1.75], [2, 1.9], [2, 0.4], [4, 3.1], [4, 3.3]]) {
    records.push(readShare(shareLink('https://x/c.html', shareRecord([{ id: 'split-many-cores', verdict: ratio > 1.2 ? 'holds' : 'fails', ratio, lo: ratio * 0.9, hi: ratio * 1.1 }], { ...device, reportedCores: cores, measuredCores: cores })), IDS));
  }
  const [, many] = aggregate(records, IDS);
  assert.equal(many.devices, 7);
  assert.deepEqual([many.verdicts.holds, many.verdicts.fails], [6, 1]);
  assert.deepEqual(many.points.map((p) => [p.cores, p.devices, p.median]), [[2, 5, 1.8], [4, 2, 3.2]]);
  assert.deepEqual(many.outliers, [{ device: 4, cores: 2, ratio: 0.4 }]);
});

test('a demonstration is shared as one, counted apart, and a link made before demonstrations existed reads the same', () => {
  const withDemo = readShare(shareLink('https://x/c.html', shareRecord([{ id: 'split-one-thread', verdict: 'demonstration', ratio: 1.0, lo: 0.97, hi: 1.03 }], device)), IDS);
  assert.deepEqual(withDemo.claims, [{ id: 'split-one-thread', verdict: 'demonstration', ratio: 1, lo: 0.97, hi: 1.03 }]);
  const [agg] = aggregate([withDemo], ['split-one-thread']);
  assert.deepEqual([agg.verdicts.demonstration, agg.verdicts.holds], [1, 0]);
  // A version-1 link from before: its "m" was the cores that ran in a probe; it is read as the capacity in cores' worth.
  const old = `https://x/c.html#r=${Buffer.from(JSON.stringify({ v: 1, d: '2026-11-20', b: 'chromium', p: 'threads', c: 4, m: 4, k: [['split-one-thread', 'h', 0.99, 0.95, 1.02]] })).toString('base64url')}`;
  const back = readShare(old, IDS);
  assert.deepEqual([back.claims[0].verdict, back.cores, back.reportedCores], ['holds', 4, 4]);
});
