// The class view (class.html): many students' shared results, read back one
// by one (a bad or tampered link is refused with its reason, the rest still
// count) and charted claim by claim. Nothing leaves the tab.
import { h } from './dom.js';
import { plural } from './format.js';
import { drawLineChart } from './chart.js';
import { CLAIMS } from './lesson/claims.js';
import { readShare, aggregate, ShareError } from './share.js';
import { THEMES } from './url-state.js';

const CLAIM_IDS = CLAIMS.map((c) => c.id);
// The page's light or dark theme, as ?theme= sets it on the playground.
const theme = new URLSearchParams(location.search).get('theme');
document.documentElement.dataset.theme = THEMES.includes(theme) ? theme : 'auto';
const VERDICT_WORDS = { holds: 'hold', fails: 'do not hold', inconclusive: 'inconclusive', untestable: 'cannot be tested', error: 'failed to run', demonstration: 'measured as a demonstration' };

const $ = (sel) => document.querySelector(sel);
const form = $('.class-input');
const summary = $('.class-summary');
const refused = $('.refused');

/** Reads every line and file; returns { records, refusals: [{ source, reason }] }. */
async function readAll() {
  const records = [];
  const refusals = [];
  const take = (text, source) => {
    try {
      records.push(readShare(text, CLAIM_IDS));
    } catch (e) {
      if (!(e instanceof ShareError)) throw e;
      refusals.push({ source, reason: e.message });
    }
  };
  const lines = form.elements.links.value.split('\n').map((l) => l.trim()).filter(Boolean);
  lines.forEach((line, i) => take(line, `line ${i + 1}`));
  for (const file of form.elements.files.files) take(await file.text(), file.name);
  return { records, refusals };
}

function show({ records, refusals }) {
  refused.hidden = refusals.length === 0;
  refused.open = refusals.length > 0;
  refused.querySelector('ul').replaceChildren(...refusals.map((r) => h('li', {}, `${r.source}: refused, ${r.reason}.`)));
  const cores = [...new Set(records.map((r) => r.cores))].sort((a, b) => a - b);
  summary.textContent = records.length
    ? `${plural(records.length, 'device')} (${cores.join(', ')} cores’ worth of parallel capacity)${refusals.length ? `; ${refusals.length} refused (see below)` : ''}.`
    : `No results read${refusals.length ? `; ${refusals.length} refused (see below)` : ''}.`;
  document.body.dataset.devices = String(records.length);
  document.body.dataset.refused = String(refusals.length);
  const out = $('#class-claims');
  out.replaceChildren(...aggregate(records, CLAIM_IDS).map((a) => claimSection(a, cores)));
  document.body.dataset.state = 'done';
}

function claimSection(a, cores) {
  const claim = CLAIMS.find((c) => c.id === a.id);
  const counts = Object.entries(a.verdicts).filter(([, n]) => n > 0).map(([v, n]) => `${n} ${VERDICT_WORDS[v]}`).join(', ');
  const chart = h('div', { class: 'chart' });
  const section = h('section', { class: 'class-claim', 'data-claim': a.id, 'data-devices': a.devices, 'data-holds': a.verdicts.holds },
    h('h3', {}, claim.claim),
    h('p', { class: 'verdict-counts' }, a.devices ? `${plural(a.devices, 'device')}: ${counts}.` : 'No device reported this claim.'),
    chart,
    h('table', { class: 'class-table' },
      h('caption', { class: 'visually-hidden' }, `${claim.claim}: ratio by core count`),
      h('thead', {}, h('tr', {}, ...['Cores', 'Devices', 'Median ratio', 'Lowest', 'Highest'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, ...a.points.map((p) => h('tr', { 'data-cores': p.cores, 'data-median': p.median },
        h('th', { scope: 'row' }, String(p.cores)), h('td', {}, String(p.devices)), h('td', {}, `${p.median.toPrecision(3)}×`), h('td', {}, `${p.lo}×`), h('td', {}, `${p.hi}×`))))),
    a.outliers.length ? h('p', { class: 'outliers' }, `Outliers: ${a.outliers.map((o) => `device ${o.device + 1} (${o.cores} cores, ${o.ratio}×)`).join('; ')}.`) : null);
  const xs = cores.length ? Array.from({ length: Math.max(...cores) }, (_, i) => i + 1) : [1];
  drawLineChart(chart, {
    title: `${claim.claim}: ratio against cores across the class`,
    xLabel: 'parallel capacity (cores’ worth)',
    yLabel: 'ratio (×), median',
    xs,
    yFormat: (v) => `${Number(v.toPrecision(3))}×`,
    series: [{ key: 'class', label: 'class median', cls: 'c-par', points: a.points.map((p) => ({ x: p.cores, y: p.median, lo: p.lo, hi: p.hi })) }],
    emptyText: 'No device measured this claim',
  });
  return section;
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  show(await readAll());
});
// Files dropped anywhere on the form count as chosen.
form.addEventListener('dragover', (e) => e.preventDefault());
form.addEventListener('drop', (e) => {
  e.preventDefault();
  form.elements.files.files = e.dataTransfer.files;
  form.requestSubmit();
});
// Opened from a student's link: show that result at once.
if (location.hash.startsWith('#r=')) {
  form.elements.links.value = location.href;
  form.requestSubmit();
}
