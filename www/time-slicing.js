// The time-slicing card's timelines: one recorded run of the card's main
// version per pool size (one thread per core, then one per job), drawn on one
// time scale so rayon's run to completion and the operating system's time
// slicing can be compared bar by bar. Placeholders as tall as the recorded
// charts keep the page from moving when they arrive. It also keeps the card's
// job count at the lesson's `jobsFor(cores)` (one more job than cores) until
// the visitor or a link sets another. Used by ExperimentCard for a spec with
// `timelines: true` (lesson/time_slicing.js).
import { drawTimeline } from './chart.js';
import { formatMs } from './scales.js';
import { h } from './dom.js';
import { plural, fmtInt } from './format.js';
import { spanTable } from './span-table.js';

export class TimeSlicingTimelines {
  /**
   * @param {object} spec  the card's entry of EXPERIMENTS
   * @param {object} lab   the page's lab (cores)
   * @param {() => string} mainLabel  the label of the version the card is about
   * @param {HTMLFormElement} [form]  the card's controls: its `jobs` field follows the cores
   */
  constructor(spec, lab, mainLabel, form) {
    this.spec = spec;
    this.lab = lab;
    this.mainLabel = mainLabel;
    this.jobsField = form?.elements.jobs ?? null;
    // The value this module last wrote: a field that still holds it was not set by anyone else.
    this.jobsWritten = this.jobsField?.value ?? null;
    this.counts = '';
    this.figures = new Map();
    this.recorded = new Map();
    this.element = h('div', { class: 'card-timelines' });
  }

  /** Placeholders for the pools `counts` (nothing happens when they are those shown already). */
  prepare(counts) {
    this.followCores();
    if (this.counts === counts.join()) return;
    this.counts = counts.join();
    this.figures = new Map(counts.map((k) => {
      const chart = h('div', { class: 'chart' });
      const fig = h('figure', { class: 'timeline-variant chart-box', 'data-threads': k, 'data-state': 'empty' },
        h('h4', {}, this.title(k)),
        h('p', { class: 'facts-line' }, 'Recorded after the measurement at this pool size.'),
        chart,
        spanTable([], { kinds: false, task: 'job' }));
      drawTimeline(chart, { title: `${this.spec.title}, ${plural(k, 'thread')}: not recorded yet`, threads: k, totalMs: 0, spans: [] });
      return [k, fig];
    }));
    this.element.replaceChildren(
      h('h3', { class: 'step-h' }, 'Who ran what, when'),
      h('p', { class: 'hint' }, `One recorded run of “${this.mainLabel()}” at each pool size, on the same time scale: every bar is a job, from its start to its end, on the row of the thread that ran it.`),
      h('div', { class: 'timeline-pair' }, ...this.figures.values()));
  }

  /** Sets the job count to the lesson's for this device's cores, unless someone chose another. */
  followCores() {
    if (!this.jobsField || !this.spec.jobsFor || this.jobsField.value !== this.jobsWritten) return;
    this.jobsField.value = this.jobsWritten = String(Math.min(Number(this.jobsField.max), this.spec.jobsFor(this.lab.cores)));
  }

  /** The jobs the card runs now. */
  jobs() {
    return Number(this.jobsField?.value) || this.spec.jobsFor?.(this.lab.cores) || 0;
  }

  /** Forgets the recorded runs (a new run of the card begins). */
  clear() {
    this.recorded = new Map();
  }

  title(k) {
    const { cores } = this.lab;
    const jobs = this.jobs();
    if (k < jobs) return `${plural(k, 'thread')} for ${jobs} jobs: each job runs to completion, the ${k === jobs - 1 ? 'last waits' : 'others wait'} for a free thread`;
    if (k > cores) return `${plural(k, 'thread')} on ${plural(cores, 'core')}: the operating system time-slices them`;
    return `${plural(k, 'thread')} on ${plural(cores, 'core')}: each job on a core of its own`;
  }

  /** Draws the recorded run of the main version on a pool of `k` threads, on the time scale of every pool recorded in this run. */
  show(k, report) {
    const fig = this.figures.get(k);
    const v = report.variants.find((x) => x.name === this.spec.main);
    if (!fig || !v) return;
    this.recorded.set(k, { report, v });
    const totalMs = Math.max(...[...this.recorded.values()].map((r) => r.v.total_ms));
    const chartTitle = (threads) => `${this.spec.title}: jobs per thread over time on ${plural(threads, 'thread')}`;
    for (const [other, r] of this.recorded) {
      if (other !== k) drawTimeline(this.figures.get(other).querySelector('.chart'), { title: chartTitle(r.report.threads), threads: r.report.threads, totalMs, spans: r.v.spans });
    }
    const compute = v.spans.filter((s) => s.kind === 'compute');
    const busy = new Set(compute.map((s) => s.thread));
    Object.assign(fig.dataset, { state: 'done', busyRows: busy.size, spans: v.spans.length, value: v.value, correct: v.correct });
    fig.querySelector('.facts-line').textContent = `${formatMs(v.total_ms)} in all; ${plural(compute.length, 'job')} on ${plural(busy.size, 'thread')}; each job took ${compute.map((s) => formatMs(s.end_ms - s.start_ms)).join(', ')}; answer ${fmtInt(v.value)} ${v.correct ? '✓' : '✗'}`;
    drawTimeline(fig.querySelector('.chart'), { title: chartTitle(report.threads), threads: report.threads, totalMs, spans: v.spans });
    const before = fig.querySelector('details');
    const table = spanTable(compute, { kinds: false, task: 'job' });
    table.open = before.open; // a reader who opened the data keeps it open
    before.replaceWith(table);
  }
}
