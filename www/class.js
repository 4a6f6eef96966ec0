// The class view (class.html): many students' shared results, read back one
// by one (a bad or tampered link is refused with its reason, the rest still
// count) and charted claim by claim. Nothing leaves the tab.
import { h } from './dom.js';
import { plural } from './format.js';
import { drawLineChart } from './chart.js';
import { CLAIMS } from './lesson/claims.js';
import { readShare, aggregate, ShareError } from './share.js';
import { THEMES, noteText } from './url-state.js';
import { t, fmtNumber, LOCALES, PSEUDO_LOCALE, DEFAULT_LOCALE, negotiate } from './l10n.js';
import { loadLocale } from './l10n-load.js';

// lang= as on the playground: a locale the page has (else a note and English); without it, the browser's languages.
const asked = new URLSearchParams(location.search).get('lang');
const known = asked?.trim() ? [...LOCALES, PSEUDO_LOCALE].find((l) => l.toLowerCase() === asked.trim().toLowerCase()) : negotiate(navigator.languages);
await loadLocale(known ?? DEFAULT_LOCALE);
if (!known) {
  const box = document.getElementById('url-notes');
  box.hidden = false;
  box.textContent = noteText({ id: 'url-bad-lang', args: { value: asked.length > 40 ? `${asked.slice(0, 37)}…` : asked, choices: LOCALES } });
}

const CLAIM_IDS = CLAIMS.map((c) => c.id);
// The page's light or dark theme, as ?theme= sets it on the playground.
const theme = new URLSearchParams(location.search).get('theme');
document.documentElement.dataset.theme = THEMES.includes(theme) ? theme : 'auto';
/** 2.345 -> "2.35×" / "2,35×" (the median's three digits). */
const times = (v) => `${fmtNumber(Number(v.toPrecision(3)), { maximumSignificantDigits: 3, useGrouping: false })}×`;
/** A ratio as the share record has it, in the locale's digits. */
const asIs = (v) => `${fmtNumber(v, { maximumFractionDigits: 20, useGrouping: false })}×`;

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
  lines.forEach((line, i) => take(line, t('class-line', { n: i + 1 })));
  for (const file of form.elements.files.files) take(await file.text(), file.name);
  return { records, refusals };
}

function show({ records, refusals }) {
  refused.hidden = refusals.length === 0;
  refused.open = refusals.length > 0;
  refused.querySelector('ul').replaceChildren(...refusals.map((r) => h('li', {}, t('class-refused-line', { source: r.source, reason: r.reason }))));
  const cores = [...new Set(records.map((r) => r.cores))].sort((a, b) => a - b);
  summary.textContent = records.length
    ? t('class-summary', { devices: plural(records.length, 'device'), cores: cores.map((c) => fmtNumber(c)).join(', '), refused: refusals.length })
    : t('class-summary-none', { refused: refusals.length });
  document.body.dataset.devices = String(records.length);
  document.body.dataset.refused = String(refusals.length);
  const out = $('#class-claims');
  out.replaceChildren(...aggregate(records, CLAIM_IDS).map((a) => claimSection(a, cores)));
  document.body.dataset.state = 'done';
}

function claimSection(a, cores) {
  const claim = CLAIMS.find((c) => c.id === a.id);
  const counts = Object.entries(a.verdicts).filter(([, n]) => n > 0).map(([v, n]) => t(`class-verdict-${v}`, { n })).join(', ');
  const chart = h('div', { class: 'chart' });
  const section = h('section', { class: 'class-claim', 'data-claim': a.id, 'data-devices': a.devices, 'data-holds': a.verdicts.holds },
    h('h3', {}, claim.claim),
    h('p', { class: 'verdict-counts' }, a.devices ? t('class-counts', { devices: plural(a.devices, 'device'), counts }) : t('class-no-device')),
    chart,
    h('table', { class: 'class-table' },
      h('caption', { class: 'visually-hidden' }, t('class-table-caption', { claim: claim.claim })),
      h('thead', {}, h('tr', {}, ...['cores', 'devices', 'median', 'lowest', 'highest'].map((col) => h('th', { scope: 'col' }, t(`class-col-${col}`))))),
      h('tbody', {}, ...a.points.map((p) => h('tr', { 'data-cores': p.cores, 'data-median': p.median },
        h('th', { scope: 'row' }, String(p.cores)), h('td', {}, String(p.devices)), h('td', {}, times(p.median)), h('td', {}, asIs(p.lo)), h('td', {}, asIs(p.hi)))))),
    a.outliers.length ? h('p', { class: 'outliers' }, t('class-outliers', { list: a.outliers.map((o) => t('class-outlier', { device: o.device + 1, cores: o.cores, ratio: asIs(o.ratio) })).join('; ') })) : null);
  const xs = cores.length ? Array.from({ length: Math.max(...cores) }, (_, i) => i + 1) : [1];
  drawLineChart(chart, {
    title: t('class-chart-title', { claim: claim.claim }),
    xLabel: t('class-x-label'),
    yLabel: t('class-y-label'),
    xs,
    yFormat: times,
    series: [{ key: 'class', label: t('class-median'), cls: 'c-par', points: a.points.map((p) => ({ x: p.cores, y: p.median, lo: p.lo, hi: p.hi })) }],
    emptyText: t('class-no-measure'),
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
