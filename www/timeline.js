// "Who ran what, when": records one run of each variant inside the wasm
// (each task's thread and its start and end on a clock all threads share)
// and draws every pool thread as a row of task bars. Recording happens only
// here, when asked: every timing elsewhere on the page runs unrecorded code.
import { RunControl } from './run-control.js';
import { drawTimeline } from './chart.js';
import { spanTable } from './span-table.js';
import { h } from './dom.js';
import { plural } from './format.js';
import { formatMs } from './scales.js';

import { REGISTRY } from './registry.js';
import { fieldsOf } from './catalog.js';

/** The workloads the registry can record, each with the settings that draw a readable timeline. */
const CHOICES = Object.fromEntries(REGISTRY.workloads.filter((w) => w.timeline).map((w) => {
  const fields = fieldsOf(w.id, w.timeline_preset);
  const request = { workload: w.id, ...Object.fromEntries(fields.map((f) => [f.name, f.value])) };
  return [w.id, { label: w.title, settings: fields.map((f) => `${f.label} ${f.value.toLocaleString('en-US')}`).join(', '), request }];
}));
/** Three jobs on the pool: the clearest first picture of tasks on threads. */
const FIRST = 'fib_three';

export class TimelinePanel {
  constructor(root, lab) {
    this.root = root;
    this.lab = lab;
    const select = h('select', { name: 'workload' }, ...Object.entries(CHOICES).map(([k, c]) => h('option', { value: k, selected: k === FIRST }, c.label)));
    this.button = h('button', { type: 'submit', class: 'run' }, 'Record');
    this.settingsNote = h('p', { class: 'hint timeline-settings' });
    const showSettings = () => (this.settingsNote.textContent = `Records it with ${CHOICES[select.value].settings}: few enough tasks to see each one.`);
    select.addEventListener('change', showSettings);
    this.form = h('form', { class: 'controls' }, h('label', {}, 'experiment', select), this.button);
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.control.toggle(() => this.record());
    });
    this.error = h('p', { class: 'error', role: 'alert', hidden: true });
    this.status = h('p', { class: 'verdict' }, 'Press Record to see every task of one run on the threads that ran it.');
    this.control = new RunControl({ lab, root, button: this.button, idleLabel: 'Record', text: this.status, error: this.error, cancelReason: 'Cancelled: you stopped the recording.' });
    this.variants = h('div', { class: 'timeline-variants' });
    // Where the timeline shows one thread, it shows the difference from the lesson's one-core picture.
    this.oneThread = h('p', { class: 'one-thread-note', hidden: true },
      h('strong', {}, 'One thread: run to completion. '),
      'The lesson’s one-core picture switches between tasks A and B every few milliseconds, because Go’s scheduler pauses goroutines. A rayon task is never preempted: it yields only at join or scope (where its thread may run other tasks), and these tasks never join, so on one pool thread each runs from start to end, then the next one starts, and the bars never interleave. Only the operating system time-slices, and it slices threads, not tasks: see ',
      h('a', { href: '#exp-time_slicing' }, 'Run to completion or time slicing'), '.');
    root.append(
      h('p', { class: 'concept' }, 'execution, made visible'),
      h('h2', { id: 'timeline-h' }, 'Who ran what, when'),
      h('p', {}, 'One run of each version, recorded inside the WebAssembly: every bar is a task, from its start to its end, on the row of the thread that ran it. A sequential run keeps one row busy; a parallel one keeps several busy at the same moment; concurrent waiting on one thread shows waits (thin lines) overlapping while only one computation runs at a time. Gaps are threads sitting idle.'),
      h('p', { class: 'hint' }, 'Recording reads a clock at the start and end of each task, so it runs only here: every other measurement on the page uses the same code with recording compiled out.'),
      this.form, this.settingsNote, this.error, this.status, this.oneThread, this.variants);
    showSettings();
  }

  get running() {
    return this.control.running;
  }

  async record() {
    const choice = CHOICES[this.form.elements.workload.value];
    await this.control.run(async (step) => {
      step.say(`Recording on ${plural(this.lab.threads(), 'thread')}…`);
      this.show(await step.timeline(choice.request));
    }, { failed: () => 'Nothing was recorded.' });
  }

  show(report) {
    this.root.dataset.threads = String(report.threads);
    // crates/core/src/record.rs: computing versions get one unrecorded warm-up call; waiting ones none (a timer has nothing to warm up).
    const waits = REGISTRY.workloads.find((w) => w.id === report.workload?.workload)?.waits;
    this.status.textContent = waits
      ? `Recorded on a pool of ${plural(report.threads, 'thread')}, each version’s first run (waiting needs no warm-up).`
      : `Recorded on a pool of ${plural(report.threads, 'thread')}, after one unrecorded warm-up run of each version.`;
    this.oneThread.hidden = report.threads !== 1;
    this.variants.replaceChildren(...report.variants.map((v) => {
      const chart = h('div', { class: 'chart' });
      const busy = new Set(v.spans.filter((s) => s.kind === 'compute').map((s) => s.thread));
      const box = h('figure', { class: 'timeline-variant chart-box', 'data-variant': v.name, 'data-busy-rows': busy.size, 'data-spans': v.spans.length },
        h('h3', {}, v.detail ? `${v.label} (${v.detail})` : v.label),
        h('p', { class: 'facts-line' }, `${formatMs(v.total_ms)} in all; ${plural(v.spans.length, 'span')}; ${plural(busy.size, 'row')} computing; answer ${Number(v.value).toLocaleString('en-US')} ${v.correct ? '✓' : '✗'}`),
        chart,
        spanTable(v.spans));
      drawTimeline(chart, { title: `${v.label}: tasks per thread over time`, threads: report.threads, totalMs: v.total_ms, spans: v.spans });
      return box;
    }));
    this.lab.announce(this.status.textContent);
  }
}
