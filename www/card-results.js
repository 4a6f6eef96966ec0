// An experiment card's results: a table with a row per variant (its answer
// checked against the exact value, its median and quartiles, its speed-up in
// words), the verdict in words over every thread count measured, and a chart
// of median times per version and thread count. Kept apart from the card's
// run and its lesson so each can change alone.
import { drawGroupedBars } from './chart.js';
import { formatMs } from './scales.js';
import { h } from './dom.js';
import { plural, fmtInt, comparedWith, speedWords } from './format.js';
import { t } from './l10n.js';

export class CardResults {
  /** @param {object} spec  an entry of EXPERIMENTS */
  constructor(spec) {
    this.spec = spec;
    const termLink = (id, text) => h('a', { href: `#term-${id}`, class: 'term-link' }, text);
    this.rows = new Map(spec.variants.map((v, i) => [v.name, h('tr', { 'data-variant': v.name },
      h('th', { scope: 'row' }, h('span', { class: `swatch series-${i}`, 'aria-hidden': 'true' }), v.label, h('span', { class: 'detail' })),
      h('td', { class: 'value' }, '–'), h('td', { class: 'median' }, h('span', { class: 'm' }, '–'), h('span', { class: 'iqr' }, '\u00a0')), h('td', { class: 'speedup' }, '–'))]));
    this.answer = h('p', { class: 'answer' }, t('card-exact', { value: '–' }));
    this.table = h('div', { class: 'table-scroll' }, h('table', { class: 'result-table' },
      h('caption', { class: 'visually-hidden' }, t('card-caption', { title: spec.title })),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('card-col-version')), h('th', { scope: 'col' }, t('card-col-result')),
        h('th', { scope: 'col' }, `${t('card-col-median')} (`, termLink('quartile', t('card-col-quartiles')), ')'), h('th', { scope: 'col' }, termLink('speedup', t('card-col-speedup'))))),
      h('tbody', {}, ...this.rows.values())));
    this.chart = h('div', { class: 'chart' });
    this.figure = h('figure', { class: 'chart-box' },
      h('ul', { class: 'legend' }, ...spec.variants.map((v, i) => h('li', {}, h('span', { class: `swatch series-${i}`, 'aria-hidden': 'true' }), v.label))),
      this.chart,
      h('figcaption', { class: 'chart-caption' }, t('card-chart-caption')));
  }

  /** Fills the table from `report`. */
  show(report) {
    const byName = new Map(report.variants.map((v) => [v.name, v]));
    for (const [name, row] of this.rows) {
      const v = byName.get(name);
      const cells = row.querySelectorAll('td');
      if (!v) {
        const needs = this.spec.variants.find((s) => s.name === name)?.needsThreads;
        cells[0].textContent = needs ? t('card-needs-threads') : '–';
        cells[1].querySelector('.m').textContent = '–';
        cells[1].querySelector('.iqr').textContent = '\u00a0';
        cells[2].textContent = '';
        row.dataset.missing = 'true';
        continue;
      }
      row.querySelector('.detail').textContent = v.detail;
      cells[0].textContent = v.correct ? '✓ exact' : `✗ got ${fmtInt(v.value)}`;
      cells[0].classList.toggle('wrong', !v.correct);
      cells[1].querySelector('.m').textContent = formatMs(v.summary.median);
      cells[1].querySelector('.iqr').textContent = `${formatMs(v.summary.q1)} – ${formatMs(v.summary.q3)}`;
      cells[2].textContent = name === this.spec.variants[0].name ? t('card-baseline') : speedWords(v.speedup);
      Object.assign(row.dataset, { median: v.summary.median, value: v.value, correct: v.correct, missing: '' });
    }
    this.answer.textContent = t('card-exact', { value: fmtInt(report.variants[0].expected) });
  }

  /** The verdict in words: the main variant of `report` against sequential, at every thread count of `byThreads` (threads -> report). */
  describe(report, byThreads) {
    const main = this.spec.variants.find((v) => v.name === report.main);
    const label = main ? main.label : report.main;
    const runs = [...byThreads.values()].sort((a, b) => a.threads - b.threads);
    // The baseline is the first variant: sequential for most cards, one task per job for the fintech ones.
    const base = this.spec.variants[0].name === 'seq' ? t('card-base-sequential') : t('card-base-variant', { label: this.spec.variants[0].label });
    let text = runs.length > 1
      ? t('card-verdict-runs', { label, base, runs: runs.map((r) => t('card-verdict-run', { threads: plural(r.threads, 'thread'), speed: speedWords(r.speedup) })).join('; ') })
      : t('card-verdict', { label, base, compared: comparedWith(report.speedup), threads: plural(report.threads, 'thread') });
    if (report.variants.some((v) => v.summary.noisy)) {
      text += ` ${t('card-noisy')}`;
    }
    return text;
  }

  /** Draws the median times of every run in `byThreads` (threads -> report). */
  draw(byThreads) {
    const series = this.spec.variants.map((v) => ({ key: v.name, label: v.label }));
    const groups = [...byThreads.entries()]
      .sort(([a], [b]) => a - b)
      .map(([threads, report]) => ({ label: plural(threads, 'thread'), threads, values: Object.fromEntries(report.variants.map((v) => [v.name, v.summary])) }));
    drawGroupedBars(this.chart, { series, groups, title: t('card-chart-title', { title: this.spec.title }) });
    this.chart.dataset.groups = groups.map((g) => g.threads).join(',');
  }
}
