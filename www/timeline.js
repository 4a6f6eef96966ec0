// "Who ran what, when": records one run of each variant inside the wasm
// (each task's thread and its start and end on a clock all threads share)
// and draws every pool thread as a row of task bars. Recording happens only
// here, when asked: every timing elsewhere on the page runs unrecorded code.
import { RunControl } from './run-control.js';
import { drawTimeline } from './chart.js';
import { spanTable } from './span-table.js';
import { h } from './dom.js';
import { plural, fmtInt } from './format.js';
import { formatMs } from './scales.js';
import { t } from './l10n.js';
import { REGISTRY } from './registry.js';
import { fieldsOf, EXPERIMENTS } from './catalog.js';

/** The workloads the registry can record, each with the settings that draw a readable timeline. */
const CHOICES = Object.fromEntries(REGISTRY.workloads.filter((w) => w.timeline).map((w) => {
  const fields = fieldsOf(w.id, w.timeline_preset);
  const request = { workload: w.id, ...Object.fromEntries(fields.map((f) => [f.name, f.value])) };
  return [w.id, { label: w.title, settings: fields.map((f) => `${f.label} ${fmtInt(f.value)}`).join(', '), request }];
}));
/** Three jobs on the pool: the clearest first picture of tasks on threads. */
const FIRST = 'fib_three';

export class TimelinePanel {
  constructor(root, lab) {
    this.root = root;
    this.lab = lab;
    const select = h('select', { name: 'workload' }, ...Object.entries(CHOICES).map(([k, c]) => h('option', { value: k, selected: k === FIRST }, c.label)));
    this.button = h('button', { type: 'submit', class: 'run' }, t('timeline-record'));
    this.settingsNote = h('p', { class: 'hint timeline-settings' });
    const showSettings = () => (this.settingsNote.textContent = t('timeline-settings', { settings: CHOICES[select.value].settings }));
    select.addEventListener('change', showSettings);
    this.form = h('form', { class: 'controls' }, h('label', {}, t('timeline-experiment'), select), this.button);
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.control.toggle(() => this.record());
    });
    this.error = h('p', { class: 'error', role: 'alert', hidden: true });
    this.status = h('p', { class: 'verdict' }, t('timeline-idle'));
    this.control = new RunControl({ lab, root, button: this.button, idleLabel: t('timeline-record'), text: this.status, error: this.error, cancelReason: t('timeline-cancel-reason') });
    this.variants = h('div', { class: 'timeline-variants' });
    // Where the timeline shows one thread, it shows the difference from the lesson's one-core picture.
    this.oneThread = h('p', { class: 'one-thread-note', hidden: true },
      h('strong', {}, `${t('timeline-one-thread-title')} `),
      `${t('timeline-one-thread')} `,
      h('a', { href: '#exp-time_slicing' }, EXPERIMENTS.find((e) => e.id === 'time_slicing')?.title), t('timeline-one-thread-end'));
    root.append(
      h('p', { class: 'concept' }, t('timeline-concept')),
      h('h2', { id: 'timeline-h' }, t('timeline-heading')),
      h('p', {}, t('timeline-intro')),
      h('p', { class: 'hint' }, t('timeline-hint')),
      this.form, this.settingsNote, this.error, this.status, this.oneThread, this.variants);
    showSettings();
  }

  get running() {
    return this.control.running;
  }

  async record() {
    const choice = CHOICES[this.form.elements.workload.value];
    await this.control.run(async (step) => {
      step.say(t('timeline-recording', { threads: plural(this.lab.threads(), 'thread') }));
      this.show(await step.timeline(choice.request));
    }, { failed: () => t('timeline-failed') });
  }

  show(report) {
    this.root.dataset.threads = String(report.threads);
    // crates/core/src/record.rs: computing versions get one unrecorded warm-up call; waiting ones none (a timer has nothing to warm up).
    const waits = REGISTRY.workloads.find((w) => w.id === report.workload?.workload)?.waits;
    this.status.textContent = t(waits ? 'timeline-recorded-waits' : 'timeline-recorded', { threads: plural(report.threads, 'thread') });
    this.oneThread.hidden = report.threads !== 1;
    this.variants.replaceChildren(...report.variants.map((v) => {
      const chart = h('div', { class: 'chart' });
      const busy = new Set(v.spans.filter((s) => s.kind === 'compute').map((s) => s.thread));
      const box = h('figure', { class: 'timeline-variant chart-box', 'data-variant': v.name, 'data-busy-rows': busy.size, 'data-spans': v.spans.length },
        h('h3', {}, v.detail ? `${v.label} (${v.detail})` : v.label),
        h('p', { class: 'facts-line' }, t('timeline-facts', { total: formatMs(v.total_ms), spans: plural(v.spans.length, 'span'), rows: plural(busy.size, 'row'), answer: fmtInt(v.value), mark: v.correct ? '✓' : '✗' })),
        chart,
        spanTable(v.spans));
      drawTimeline(chart, { title: t('timeline-chart-title', { label: v.label }), threads: report.threads, totalMs: v.total_ms, spans: v.spans });
      return box;
    }));
    this.lab.announce(this.status.textContent);
  }
}
