// "Share my results": a device's claim verdicts as a compact link whose
// results sit in the URL fragment (after #), which browsers never send to any
// server, and the checks that read such a link back for the class view.
// Pure: no DOM, tested with node --test.
//
// Format version 1, as JSON in base64url after `#r=`:
//   { v: 1, d: 'YYYY-MM-DD', b: browser engine, p: 'threads' | 'single',
//     c: reported logical cores, m: parallel capacity in whole cores' worth
//     (capacity.js; links before it hold the cores that ran in a short probe,
//     read the same way), or null,
//     k: [[claim id, verdict code, ratio, lo, hi], ...] }
// Verdict codes: h holds, f does not hold here, i inconclusive, u cannot be
// tested here, e failed to run, d a demonstration (measured, not judged;
// links made before demonstrations existed have none, and read the same).

export const SHARE_VERSION = 1;
const PREFIX = 'r=';
/** A link longer than this is not one of ours (and could be a way to make the class view slow). */
export const MAX_SHARE_CHARS = 4000;

export const VERDICT_CODES = Object.freeze({ holds: 'h', fails: 'f', inconclusive: 'i', untestable: 'u', error: 'e', demonstration: 'd' });
const CODE_VERDICTS = Object.fromEntries(Object.entries(VERDICT_CODES).map(([k, v]) => [v, k]));
const ENGINES = ['chromium', 'firefox', 'webkit', 'other'];

/** The engine family a user-agent string names (the class view groups by it). */
export function engineOf(userAgent = '') {
  if (/Firefox\//.test(userAgent)) return 'firefox';
  if (/Chrom(e|ium)\//.test(userAgent)) return 'chromium';
  if (/AppleWebKit\//.test(userAgent)) return 'webkit';
  return 'other';
}

const round3 = (x) => (Number.isFinite(x) ? Number(x.toPrecision(3)) : null);

function toBase64Url(text) {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const bin = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/**
 * The share record of one device's check.
 * @param {{ id: string, verdict: string, ratio?: number, lo?: number, hi?: number }[]} claims
 * @param {{ date: Date, userAgent: string, pkg: string, reportedCores: number, measuredCores: number | null }} device
 */
export function shareRecord(claims, { date, userAgent, pkg, reportedCores, measuredCores }) {
  return {
    v: SHARE_VERSION,
    d: date.toISOString().slice(0, 10),
    b: engineOf(userAgent),
    p: pkg,
    c: reportedCores,
    m: measuredCores ?? null,
    k: claims.filter((c) => VERDICT_CODES[c.verdict]).map((c) => [c.id, VERDICT_CODES[c.verdict], round3(c.ratio), round3(c.lo), round3(c.hi)]),
  };
}

/** The link: `base` (the page's address, without fragment) + `#r=...`. */
export function shareLink(base, record) {
  return `${base.split('#')[0]}#${PREFIX}${toBase64Url(JSON.stringify(record))}`;
}

/** Why a share link or record was refused, in words a teacher can act on. */
export class ShareError extends Error {}

const isCount = (x) => Number.isInteger(x) && x >= 1 && x <= 1024;
const isRatio = (x) => x === null || (typeof x === 'number' && Number.isFinite(x) && x >= 0 && x < 1e6);

/**
 * Reads a share link (or just its fragment, or the JSON record itself) back,
 * checking every field. `knownClaims`: the claim ids this page knows.
 * @returns the record, with verdicts spelled out
 * @throws {ShareError}
 */
export function readShare(text, knownClaims) {
  const input = String(text ?? '').trim();
  if (!input) throw new ShareError('empty line');
  if (input.length > MAX_SHARE_CHARS) throw new ShareError(`too long (${input.length} characters) to be a results link`);
  let record;
  if (input.startsWith('{')) {
    try {
      record = JSON.parse(input);
    } catch {
      throw new ShareError('not valid JSON');
    }
    // A file from the claims panel's "Export JSON": the same results, spelled out.
    if (record && typeof record === 'object' && record.conditions && Array.isArray(record.claims)) record = fromExport(record);
  } else {
    const at = input.indexOf(`#${PREFIX}`);
    const encoded = at >= 0 ? input.slice(at + 1 + PREFIX.length) : input.startsWith(PREFIX) ? input.slice(PREFIX.length) : null;
    if (encoded === null) throw new ShareError('not a results link (it has no #r= part)');
    try {
      record = JSON.parse(fromBase64Url(encoded));
    } catch {
      throw new ShareError('the #r= part is damaged (cut short or changed)');
    }
  }
  return checkRecord(record, knownClaims);
}

/** The share record of a claims export ({ conditions, claims }). */
function fromExport({ conditions, claims }) {
  const date = new Date(conditions.started);
  if (Number.isNaN(date.getTime())) throw new ShareError('the export has no valid start date');
  return shareRecord(claims.map((c) => ({ id: c.claim, verdict: c.verdict, ratio: c.ratio, lo: c.lo, hi: c.hi })), {
    date, userAgent: String(conditions.user_agent ?? ''), pkg: conditions.package, reportedCores: conditions.hardware_concurrency, measuredCores: conditions.capacity_cores ?? conditions.measured_cores ?? null,
  });
}

function checkRecord(r, knownClaims) {
  if (r === null || typeof r !== 'object' || Array.isArray(r)) throw new ShareError('not a results record');
  if (!Number.isInteger(r.v)) throw new ShareError('no format version');
  if (r.v > SHARE_VERSION) throw new ShareError(`made by a newer version of the playground (format ${r.v}; this page reads up to ${SHARE_VERSION}): open the class view of that version`);
  if (r.v < 1) throw new ShareError(`unknown format version ${r.v}`);
  if (typeof r.d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(r.d)) throw new ShareError('the date is missing or malformed');
  if (!ENGINES.includes(r.b)) throw new ShareError('the browser field is not one the playground writes');
  if (r.p !== 'threads' && r.p !== 'single') throw new ShareError('the package field is not one the playground writes');
  if (!isCount(r.c)) throw new ShareError('the core count is not a whole number from 1 to 1,024');
  if (r.m !== null && !isCount(r.m)) throw new ShareError('the measured core count is not a whole number from 1 to 1,024');
  if (!Array.isArray(r.k) || r.k.length === 0 || r.k.length > 100) throw new ShareError('no claim results');
  const seen = new Set();
  const claims = r.k.map((entry) => {
    if (!Array.isArray(entry) || entry.length !== 5) throw new ShareError('a claim result is malformed');
    const [id, code, ratio, lo, hi] = entry;
    if (!knownClaims.includes(id)) throw new ShareError(`unknown claim "${String(id).slice(0, 40)}"`);
    if (seen.has(id)) throw new ShareError(`claim ${id} appears twice`);
    seen.add(id);
    if (!CODE_VERDICTS[code]) throw new ShareError(`claim ${id} has an unknown verdict`);
    if (![ratio, lo, hi].every(isRatio)) throw new ShareError(`claim ${id} has a ratio that is not a number`);
    if (ratio !== null && lo !== null && hi !== null && !(lo <= ratio && ratio <= hi)) throw new ShareError(`claim ${id}: its ratio lies outside its own interval (changed by hand?)`);
    return { id, verdict: CODE_VERDICTS[code], ratio, lo, hi };
  });
  return { version: r.v, date: r.d, engine: r.b, pkg: r.p, reportedCores: r.c, measuredCores: r.m, cores: r.m ?? r.c, claims };
}

/**
 * The class's results per claim: devices per verdict, and the ratio by core
 * count (median, lowest, highest, devices), with outliers: devices whose
 * ratio lies beyond 1.5 interquartile ranges of the others with the same
 * core count (at least four devices there).
 */
export function aggregate(records, claimIds) {
  return claimIds.map((id) => {
    const rows = records.flatMap((r, device) => r.claims.filter((c) => c.id === id).map((c) => ({ ...c, cores: r.cores, device })));
    const verdicts = Object.fromEntries(Object.keys(VERDICT_CODES).map((v) => [v, rows.filter((c) => c.verdict === v).length]));
    const byCores = new Map();
    for (const c of rows) if (c.ratio !== null) byCores.set(c.cores, [...(byCores.get(c.cores) ?? []), c]);
    const points = [...byCores.entries()].sort(([a], [b]) => a - b).map(([cores, cs]) => {
      const ratios = cs.map((c) => c.ratio).sort((a, b) => a - b);
      return { cores, median: quantile(ratios, 0.5), lo: ratios[0], hi: ratios.at(-1), devices: cs.length };
    });
    const outliers = [];
    for (const cs of byCores.values()) {
      if (cs.length < 4) continue;
      const ratios = cs.map((c) => c.ratio).sort((a, b) => a - b);
      const q1 = quantile(ratios, 0.25), q3 = quantile(ratios, 0.75), fence = 1.5 * (q3 - q1);
      for (const c of cs) if (c.ratio < q1 - fence || c.ratio > q3 + fence) outliers.push({ device: c.device, cores: c.cores, ratio: c.ratio });
    }
    return { id, devices: rows.length, verdicts, points, outliers };
  });
}

function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at), hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}
