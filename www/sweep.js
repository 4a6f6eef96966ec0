// The thread sweep: one click measures a workload on a fresh pool of 1, 2,
// ... up to the slider's maximum threads, then charts time and speed-up
// against threads (with the ideal line and a fitted Amdahl curve), lists the
// numbers in a table, keeps every sweep of the session for comparison, and
// exports them as CSV or JSON with the conditions they were measured under.
import { RunControl } from './run-control.js';
import { drawLineChart } from './chart.js';
import { h } from './dom.js';
import { plural, fmtInt } from './format.js';
import { t, fmtNumber } from './l10n.js';
import { formatMs } from './scales.js';
import { ideal, amdahlAt, fitAmdahl, amdahlWords, serialShare } from './stats.js';
import { REGISTRY } from './registry.js';
import { fieldsOf } from './catalog.js';
import { toCsv, download } from './export.js';

/** What the sweep can measure (the registry says which), with its sweep settings: a second or two per pool. */
/** 2.1 -> "2.10" / "2,10"; `times(v, 3)`: three significant digits and ×. */
const fixed = (v, digits) => fmtNumber(v, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
const times = (v, digits) => `${fmtNumber(Number(v.toPrecision(digits)), { maximumSignificantDigits: digits, useGrouping: false })}×`;

const WORKLOADS = Object.fromEntries(REGISTRY.workloads.filter((w) => w.sweep).map((w) => [w.id, { title: w.title, fields: fieldsOf(w.id, w.sweep_preset) }]));

const CSV_COLUMNS = ['sweep', 'workload', 'parameters', 'threads', 'variant', 'label', 'median_ms', 'q1_ms', 'q3_ms', 'min_ms', 'max_ms', 'samples', 'speedup', 'value', 'correct',
  'hardware_concurrency', 'cross_origin_isolated', 'timer_resolution_ms', 'package', 'user_agent', 'started'];

/** Every variant at every thread count of `sweep`, one row each, all recorded fields. */
export function sweepToCsv(sweeps) {
  const rows = [];
  for (const sw of sweeps) {
    for (const { threads, report } of sw.points) {
      for (const v of report.variants) {
        const row = {
          sweep: sw.id, workload: sw.request.workload, parameters: JSON.stringify(report.workload), threads, variant: v.name, label: v.label,
          median_ms: v.summary.median, q1_ms: v.summary.q1, q3_ms: v.summary.q3, min_ms: v.summary.min, max_ms: v.summary.max, samples: v.summary.count,
          speedup: v.speedup, value: v.value, correct: v.correct, ...sw.conditions, timer_resolution_ms: report.resolution_ms, started: sw.started,
        };
        rows.push(row);
      }
    }
  }
  return toCsv(CSV_COLUMNS, rows);
}

export class SweepPanel {
  /** @param {object} lab  the page's lab; `lab.pkg` is the wasm package that runs now (it changes when threads come on later) */
  constructor(root, lab) {
    this.root = root;
    this.lab = lab;
    this.sweeps = [];
    this.current = null;
    this.render();
    this.draw();
  }

  render() {
    const select = h('select', { name: 'workload' }, ...Object.entries(WORKLOADS).map(([k, w]) => h('option', { value: k }, w.title)));
    // Every parameter any sweepable workload takes; those of the chosen one are shown.
    const names = [...new Set(Object.values(WORKLOADS).flatMap((w) => w.fields.map((f) => f.name)))];
    this.fields = {};
    this.fieldLabels = {};
    for (const name of names) {
      const spec = Object.values(WORKLOADS).flatMap((w) => w.fields).find((f) => f.name === name);
      this.fields[name] = h('input', { type: 'number', name, step: 1, inputmode: 'numeric' });
      this.fieldLabels[name] = h('label', {}, spec.label, this.fields[name]);
    }
    this.button = h('button', { type: 'submit', class: 'run' }, t('sweep-button'));
    this.form = h('form', { class: 'controls' }, h('label', {}, t('sweep-workload'), select), ...Object.values(this.fieldLabels), this.button);
    select.addEventListener('change', () => this.applyDefaults());
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.control.toggle(() => this.sweep());
    });
    this.progress = h('progress', { value: 0, max: 1, 'aria-label': t('sweep-progress-label') });
    this.progressText = h('p', { class: 'progress-text', 'aria-live': 'polite' }, t('sweep-progress-idle'));
    this.error = h('p', { class: 'error', role: 'alert', hidden: true });
    this.conditions = h('p', { class: 'conditions' });
    this.control = new RunControl({
      lab: this.lab, root: this.root, button: this.button, idleLabel: () => this.idleLabel(), text: this.progressText, bar: this.progress, error: this.error,
      cancelReason: t('sweep-cancel-reason'),
    });
    this.timeChart = h('div', { class: 'chart time-chart' });
    this.speedChart = h('div', { class: 'chart speedup-chart' });
    this.amdahlText = h('p', { class: 'amdahl' });
    this.tbody = h('tbody');
    this.overlay = h('select', { name: 'overlay' }, h('option', { value: '' }, t('sweep-overlay-none')));
    this.overlay.addEventListener('change', () => this.draw());
    const legend = (items) => h('ul', { class: 'legend' }, ...items.map(([cls, label, dashed]) => h('li', {}, h('span', { class: `key ${cls}${dashed ? ' dashed' : ''}`, 'aria-hidden': 'true' }), label)));
    this.root.append(
      h('p', { class: 'concept' }, t('sweep-concept')),
      h('h2', { id: 'sweep-h' }, t('sweep-heading')),
      h('p', {}, t('sweep-intro')),
      this.form,
      h('div', { class: 'progress-row' }, this.progress, this.progressText),
      this.error,
      this.conditions,
      h('div', { class: 'chart-pair' },
        h('figure', { class: 'chart-box' }, legend([['c-seq', t('sweep-sequential')], ['c-par', t('sweep-parallel-quartiles')], ['c-overlay', t('sweep-compared')]]), this.timeChart,
          h('figcaption', { class: 'chart-caption' }, t('sweep-time-caption'))),
        h('figure', { class: 'chart-box' }, legend([['c-par', t('sweep-measured')], ['c-ideal', t('sweep-ideal'), true], ['c-amdahl', t('sweep-amdahl-fit'), true], ['c-overlay', t('sweep-compared')]]), this.speedChart,
          h('figcaption', { class: 'chart-caption' }, t('sweep-speedup-caption')))),
      this.amdahlText,
      h('div', { class: 'table-scroll' }, h('table', { class: 'sweep-table' },
        h('caption', { class: 'visually-hidden' }, t('sweep-table-caption')),
        h('thead', {}, h('tr', {}, ...['threads', 'sequential', 'parallel', 'speedup', 'efficiency', 'ideal', 'karp-flatt', 'amdahl'].map((col) => h('th', { scope: 'col' }, t(`sweep-col-${col}`))))),
        this.tbody)),
      h('div', { class: 'sweep-actions' },
        h('button', { type: 'button', class: 'secondary export-csv' }, t('sweep-export-csv')),
        h('button', { type: 'button', class: 'secondary export-json' }, t('sweep-export-json')),
        h('label', {}, `${t('sweep-compare-with')} `, this.overlay)),
    );
    this.root.querySelector('.export-csv').addEventListener('click', () => download('parallel-playground-sweeps.csv', 'text/csv', sweepToCsv(this.sweeps)));
    this.root.querySelector('.export-json').addEventListener('click', () => download('parallel-playground-sweeps.json', 'application/json', JSON.stringify(this.sweeps, null, 2)));
    this.applyDefaults();
  }

  applyDefaults() {
    const w = WORKLOADS[this.form.elements.workload.value];
    for (const [name, input] of Object.entries(this.fields)) {
      const f = w.fields.find((x) => x.name === name);
      this.fieldLabels[name].hidden = !f;
      if (!f) continue;
      Object.assign(input, { min: f.min, max: f.max, value: f.value });
    }
  }

  get running() {
    return this.control.running;
  }

  idleLabel() {
    return this.lab.threaded ? t('sweep-idle', { max: this.lab.maxThreads() }) : t('sweep-idle-single');
  }

  /** Refreshes what depends on the slider's range. */
  refresh() {
    if (!this.running) this.button.textContent = this.idleLabel();
  }

  request() {
    const workload = this.form.elements.workload.value;
    const num = (input) => (input.value.trim() === '' ? null : Number(input.value));
    const req = { workload };
    for (const f of WORKLOADS[workload].fields) req[f.name] = num(this.fields[f.name]);
    return req;
  }

  async sweep() {
    const request = this.request();
    const counts = this.lab.threaded ? Array.from({ length: this.lab.maxThreads() }, (_, i) => i + 1) : [1];
    const before = this.lab.sliderThreads();
    const sw = {
      id: this.sweeps.length + 1,
      started: new Date().toISOString(),
      request,
      conditions: { hardware_concurrency: this.lab.cores, cross_origin_isolated: this.lab.isolated, package: this.lab.pkg, user_agent: navigator.userAgent },
      points: [],
    };
    this.current = sw;
    this.sweeps.push(sw);
    await this.control.batch(counts, async (k, step) => {
      this.root.dataset.threads = String(k);
      await step.usePool(k);
      const report = await step.run(request);
      sw.label = `#${sw.id}: ${this.describeWorkload(report.workload)}`;
      sw.points.push({ threads: report.threads, report });
      this.draw();
      return report;
    }, {
      label: (k, i, n) => t('sweep-measuring', { threads: plural(k, 'thread'), i: i + 1, n }),
      // The slider's pool back last, so that "done" means the page is ready for the next thing.
      restoreThreads: before,
      done: (n) => t('sweep-done', { counts: plural(n, 'thread count') }),
      cancelled: () => t('sweep-cancelled', { counts: plural(sw.points.length, 'thread count') }),
    });
    if (sw.points.length === 0) this.sweeps.pop();
    this.updateOverlayChoices();
    this.draw();
  }

  describeWorkload(w) {
    const n = fmtInt(w.n);
    switch (w.workload) {
      case 'fib': return t('sweep-w-fib', { n: w.n, cutoff: w.cutoff });
      case 'sum': return t('sweep-w-sum', { n });
      case 'fib_three': return t('sweep-w-fib-three', { n: w.n });
      case 'contended': return t('sweep-w-contended', { n });
      default: return w.workload;
    }
  }

  updateOverlayChoices() {
    const keep = this.overlay.value;
    this.overlay.replaceChildren(h('option', { value: '' }, t('sweep-overlay-none')), ...this.sweeps.filter((s) => s !== this.current).map((s) => h('option', { value: s.id }, s.label)));
    this.overlay.value = [...this.overlay.options].some((o) => o.value === keep) ? keep : '';
  }

  draw() {
    const cores = this.lab.cores;
    const max = this.lab.threaded ? this.lab.maxThreads() : 1;
    const xs = Array.from({ length: max }, (_, i) => i + 1);
    const sw = this.current;
    const points = sw ? sw.points : [];
    const main = (report) => report.variants.find((v) => v.name === report.main);
    const seq = (report) => report.variants.find((v) => v.name === 'seq');
    const overlay = this.sweeps.find((s) => String(s.id) === this.overlay.value);
    const speedups = points.map(({ threads, report }) => ({ threads, speedup: report.speedup }));
    // A fixed number of independent tasks bounds the ideal too (three jobs on two threads: 1.5x).
    const tasks = sw ? (REGISTRY.workloads.find((w) => w.id === sw.request.workload)?.tasks ?? Infinity) : Infinity;
    // Ideal, fit and Karp-Flatt reach only as far as the measured capacity (capacity.js), never the reported count.
    const device = { capacity: this.lab.capacity?.cores ?? cores, tasks, measured: Boolean(this.lab.capacity) };
    const fit = fitAmdahl(speedups, device);
    const best = (k) => ideal(k, device.capacity, tasks);
    const markers = this.lab.threaded && cores < max ? [{ x: cores, label: `${plural(cores, 'core')}` }] : [];

    const timeSeries = [
      { key: 'seq', label: t('sweep-sequential'), cls: 'c-seq', points: points.map(({ threads, report }) => ({ x: threads, y: seq(report).summary.median })) },
      { key: 'par', label: t('sweep-parallel'), cls: 'c-par', points: points.map(({ threads, report }) => ({ x: threads, y: main(report).summary.median, lo: main(report).summary.q1, hi: main(report).summary.q3 })) },
    ];
    const speedSeries = [
      { key: 'ideal', label: t('sweep-ideal'), cls: 'c-ideal', dashed: true, noDots: true, points: xs.map((k) => ({ x: k, y: best(k) })) },
      { key: 'measured', label: t('sweep-measured'), cls: 'c-par', points: points.map(({ threads, report }) => ({ x: threads, y: report.speedup })) },
    ];
    if (fit) speedSeries.push({ key: 'amdahl', label: t('sweep-amdahl-fit'), cls: 'c-amdahl', dashed: true, noDots: true, points: xs.map((k) => ({ x: k, y: amdahlAt(fit.p, k, device) })) });
    if (overlay) {
      timeSeries.push({ key: 'overlay', label: overlay.label, cls: 'c-overlay', points: overlay.points.map(({ threads, report }) => ({ x: threads, y: main(report).summary.median, lo: main(report).summary.q1, hi: main(report).summary.q3 })) });
      speedSeries.push({ key: 'overlay', label: overlay.label, cls: 'c-overlay', points: overlay.points.map(({ threads, report }) => ({ x: threads, y: report.speedup })) });
    }
    const label = sw?.label ?? t('sweep-none-yet');
    drawLineChart(this.timeChart, { title: t('sweep-time-title', { label }), xLabel: t('sweep-x-label'), yLabel: t('sweep-time-y'), xs, yFormat: formatMs, series: timeSeries, markers });
    drawLineChart(this.speedChart, { title: t('sweep-speedup-title', { label }), xLabel: t('sweep-x-label'), yLabel: t('sweep-speedup-y'), xs, yFormat: (v) => times(v, 3), series: speedSeries, markers });
    this.amdahlText.textContent = points.length ? amdahlWords(fit, speedups, device) : '';
    this.amdahlText.dataset.p = fit ? String(fit.p) : '';

    this.tbody.replaceChildren(...points.map(({ threads, report }) => {
      const m = main(report), s = seq(report);
      return h('tr', { 'data-threads': threads, 'data-seq': s.summary.median, 'data-par': m.summary.median, 'data-speedup': report.speedup },
        h('th', { scope: 'row' }, String(threads)),
        h('td', {}, formatMs(s.summary.median)),
        h('td', {}, `${formatMs(m.summary.median)} (${formatMs(m.summary.q1)} – ${formatMs(m.summary.q3)})`),
        h('td', {}, `${fixed(report.speedup, 2)}×`),
        h('td', {}, fmtNumber(report.speedup / best(threads), { style: 'percent' })),
        h('td', {}, times(best(threads), 3)),
        h('td', { class: 'karp-flatt' }, Number.isFinite(serialShare(report.speedup, threads, device)) ? fixed(serialShare(report.speedup, threads, device), 3) : '–'),
        h('td', {}, fit ? `${fixed(amdahlAt(fit.p, threads, device), 2)}×` : '–'));
    }));
    if (sw) {
      const res = points[0]?.report.resolution_ms;
      this.conditions.textContent = t('sweep-conditions', {
        label: sw.label, package: t(sw.conditions.package === 'threads' ? 'sweep-package-threads' : 'sweep-package-single'), cores: plural(cores, 'logical core'),
        isolated: t(this.lab.isolated ? 'sweep-isolated' : 'sweep-not-isolated'), resolution: res ? `${fmtNumber(res * 1000)} µs` : '–', coarse: res === 0.1 ? 'yes' : 'no', reps: points[0]?.report.reps,
      });
    }
  }
}
