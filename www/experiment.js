// One experiment card: its explanation beside its controls, a result table
// with a row per variant, a verdict in words and a chart of every thread
// count measured so far. Drawn from an entry of catalog.js; talks to the
// compute worker only through the `lab` it is given, and runs through the
// page's one run control (run-control.js).
import { POLICY } from './catalog.js';
import { RunControl } from './run-control.js';
import { errorWords } from './errors.js';
import { copyField, copyText } from './copy.js';
import { SWEEPS } from './lesson/index.js';
import { tasksOf } from './lesson/tasks.js';
import { TimeSlicingTimelines } from './time-slicing.js';
import { h } from './dom.js';
import { plural, fmtInt, seconds } from './format.js';
import { CardResults } from './card-results.js';
import { Prediction } from './predict.js';
import { codeView } from './code-view.js';
import { glossaryLink } from './glossary.js';
import { t } from './l10n.js';

/**
 * How long a request will take on this device, in ms, from the engine's
 * estimate `e` of it (lab.estimate): exact for waits; for computing, the engine's cost model scaled
 * by a smaller probe run measured here (the model knows a typical laptop,
 * not this device).
 */
export async function estimateRun(lab, e) {
  if (e.exact || !e.probe) return { ms: e.expected_ms, exact: e.exact };
  const probe = await lab.run(e.probe); // lab: the page's lab, or a run control's step (cancellable)
  const measured = probe.variants.reduce((sum, v) => sum + v.summary.median, 0);
  return { ms: e.expected_ms * (measured / e.probe_round_ms), exact: false };
}

export class ExperimentCard {
  /**
   * @param {object} spec  an entry of EXPERIMENTS
   * @param {object} lab   { run(request), usePool(k), cancel(reason), threads(), cores, threaded }
   */
  constructor(spec, lab) {
    this.spec = spec;
    this.lab = lab;
    this.history = { key: '', byThreads: new Map() };
    this.reps = spec.reps;
    this.results = new CardResults(spec);
    this.element = this.render();
    this.results.draw(this.history.byThreads);
    this.control = new RunControl({ lab, root: this.element, button: this.button, idleLabel: t('rc-run'), text: this.verdict, error: this.error, cancelReason: t('rc-cancel-reason') });
  }

  /** Whether a run is in progress. */
  get running() {
    return this.control.running;
  }

  render() {
    const { spec } = this;
    this.form = h('form', { class: 'controls', novalidate: true },
      ...spec.fields.map((f) => h('label', {}, f.label,
        h('input', { type: 'number', name: f.name, min: f.min, max: f.max, step: 1, value: f.value, inputmode: 'numeric', required: true }))),
      (this.button = h('button', { type: 'submit', class: 'run' }, t('rc-run'))));
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (this.resolveConfirm) this.resolveConfirm(false);
      else this.control.toggle(() => this.run());
    });
    this.sweepNote = spec.sweep ? h('p', { class: 'sweep-note' }) : null;
    this.shareOut = copyField();
    const shareButton = (label, make) => {
      const b = h('button', { type: 'button', class: 'secondary' }, label);
      b.addEventListener('click', () => this.share(make()));
      return b;
    };
    this.shareRow = h('div', { class: 'share-row' },
      shareButton(t('copy-link'), () => this.lab.linkFor(this)),
      shareButton(t('copy-embed'), () => this.lab.embedFor(this)),
      this.shareOut);
    this.error = h('p', { class: 'error', role: 'alert', hidden: true });
    this.confirmText = h('span');
    this.confirmBox = h('div', { class: 'confirm', role: 'alertdialog', 'aria-label': t('exp-long-run'), hidden: true }, this.confirmText,
      h('button', { type: 'button', class: 'secondary confirm-run' }, t('exp-run-anyway')),
      h('button', { type: 'button', class: 'secondary confirm-skip' }, t('exp-not-now')));
    this.verdict = h('p', { class: 'verdict' }, t('exp-idle'));
    this.prediction = new Prediction({ question: t('exp-question'), name: `predict-${spec.id}`, live: false });
    this.timelines = spec.timelines ? new TimeSlicingTimelines(spec, this.lab, () => this.mainLabel(), this.form) : null;
    return h('article', { class: 'panel experiment', id: `exp-${spec.id}`, 'data-workload': spec.workload, 'data-state': 'idle', 'aria-labelledby': `h-${spec.id}` },
      h('div', { class: 'explain' },
        h('p', { class: 'concept' }, spec.concept),
        h('h2', { id: `h-${spec.id}` }, spec.title),
        h('section', { class: 'step step-idea', 'aria-label': t('exp-step-idea') },
          h('h3', { class: 'step-h' }, h('span', { class: 'step-n', 'aria-hidden': 'true' }, '1'), t('exp-step-idea')),
          h('blockquote', { class: 'lesson-quote' }, h('p', {}, t('exp-quote', { line: spec.idea.line })), h('footer', {}, `${t('exp-the-lesson')} `, h('cite', {}, spec.idea.section))),
          h('p', { class: 'glossary-links' }, `${t('exp-in-go-and-rust')} `, ...spec.glossary.flatMap((id, i) => [i ? ', ' : '', glossaryLink(id)]), ' (', h('a', { href: '#glossary' }, t('exp-glossary')), ')')),
        h('section', { class: 'step step-experiment', 'aria-label': t('exp-step-experiment') },
          h('h3', { class: 'step-h' }, h('span', { class: 'step-n', 'aria-hidden': 'true' }, '2'), t('exp-step-experiment')),
          ...spec.text.map((para) => h('p', {}, para)),
          this.prediction.element,
          this.form,
          this.sweepNote,
          h('details', { class: 'expect' }, h('summary', {}, t('exp-expect')), h('p', {}, spec.expect)),
          this.shareRow)),
      h('section', { class: 'results step step-verdict', 'aria-label': t('exp-step-verdict') },
        h('h3', { class: 'step-h' }, h('span', { class: 'step-n', 'aria-hidden': 'true' }, '3'), t('exp-step-verdict')),
        this.error,
        this.confirmBox,
        this.results.answer,
        this.results.table,
        this.verdict,
        this.results.figure,
        this.prediction.result),
      this.timelines?.element,
      codeView(spec));
  }

  /** The values of this card's fields, as numbers (NaN where a field is not a number). */
  fieldValues() {
    return Object.fromEntries(this.spec.fields.map((f) => [f.name, Number(this.form.elements[f.name].value)]));
  }

  /** Sets the fields (already validated) and the repetitions. */
  applySettings(fields, reps) {
    for (const [name, value] of Object.entries(fields)) if (this.form.elements[name]) this.form.elements[name].value = String(value);
    if (reps) this.reps = reps;
  }

  /** Shows `text` selected in a field and copies it when the browser allows. */
  share(text) {
    return copyText(text, { field: this.shareOut, announce: (words) => this.lab.announce(words) });
  }

  /** The thread counts this card runs at: the current pool, or its sweep. */
  threadCounts() {
    if (!this.spec.sweep) return [this.lab.threads()];
    return SWEEPS[this.spec.sweep](this.lab.cores, this.lab.sliderThreads(), this.lab.maxThreads());
  }

  /** The label of the variant the verdict is about, on this page (with or without threads). */
  mainLabel() {
    const main = this.lab.threaded ? this.spec.main : this.spec.mainSingle;
    return this.spec.variants.find((v) => v.name === main)?.label ?? main;
  }

  /**
   * What the prediction compares: on a card that measures several pools, its
   * main version on the largest pool against the one before; otherwise the
   * main version against sequential on one pool.
   */
  comparison(counts) {
    const seq = this.spec.variants[0].label;
    if (counts.length >= 2) {
      const [from, threads] = counts.slice(-2);
      return { from, threads, words: t('exp-compare-pools', { main: this.mainLabel(), threads: plural(threads, 'thread'), from: plural(from, 'thread') }), measured: t('exp-measured-pools', { threads: plural(threads, 'thread'), from: plural(from, 'thread') }) };
    }
    return { from: null, threads: counts[0], words: t('exp-compare-seq', { threads: plural(counts[0], 'thread'), main: this.mainLabel(), seq }), measured: t('exp-measured-on', { threads: plural(counts[0], 'thread') }) };
  }

  /** Refreshes what depends on the device and the slider (the sweep's thread counts, the question). */
  refresh() {
    const counts = this.lab.threaded ? (this.spec.sweep ? this.threadCounts() : [this.lab.sliderThreads()]) : [1];
    if (this.sweepNote) {
      this.sweepNote.textContent = this.lab.threaded
        ? t('exp-sweep-note', { counts: counts.join(', ') })
        : t('exp-sweep-off');
    }
    if (!this.running) this.prediction.setQuestion(t('exp-predict', { words: this.comparison(counts).words }));
    this.timelines?.prepare(counts);
  }

  /** Says whether the prediction held, from the runs at `counts`; returns the words. */
  judgePrediction(counts) {
    const { from, threads, measured } = this.comparison(counts);
    const main = (k) => this.history.byThreads.get(k)?.variants.find((v) => v.name === this.history.byThreads.get(k).main);
    const ratio = from === null ? this.history.byThreads.get(threads)?.speedup : main(from)?.summary.median / main(threads)?.summary.median;
    if (!Number.isFinite(ratio)) return '';
    const report = this.history.byThreads.get(threads);
    const ctx = { threads, from, cores: this.lab.cores, tasks: tasksOf(this.spec.workload, report.workload, report.main) };
    return this.prediction.judge({ ratio, measured, lesson: this.spec.lesson(ctx), ctx }).text;
  }

  request() {
    const req = { workload: this.spec.workload, reps: this.reps };
    for (const f of this.spec.fields) {
      const raw = this.form.elements[f.name].value.trim();
      req[f.name] = raw === '' ? null : Number(raw);
    }
    return req;
  }

  /** Estimates the run (through the run control's `step`, so Cancel stops it); resolves true when it is short or the person agrees. */
  async confirmLong(request, counts, step) {
    const first = await step.estimate(request);
    if (!first.ask && !first.probe) return true;
    if (first.probe) step.say(t('exp-estimating'));
    const { ms, exact } = await estimateRun(step, first);
    const estimate = ms * counts.length;
    if (estimate < POLICY.confirm_above_ms) return true;
    const how = t(exact ? 'exp-how-exact' : 'exp-how-estimated');
    this.element.dataset.estimateMs = String(Math.round(estimate));
    this.confirmText.textContent = `${t('exp-long', { time: seconds(estimate), how })} `;
    this.confirmBox.hidden = false;
    this.element.dataset.state = 'confirming';
    this.confirmBox.querySelector('.confirm-run').focus();
    const yes = await new Promise((resolve) => {
      this.resolveConfirm = resolve;
      this.confirmBox.querySelector('.confirm-run').onclick = () => resolve(true);
      this.confirmBox.querySelector('.confirm-skip').onclick = () => resolve(false);
    }).finally(() => {
      this.resolveConfirm = null;
      this.confirmBox.hidden = true;
    });
    this.element.dataset.state = 'running';
    return yes;
  }

  /**
   * Measures the card's request at its thread counts and shows the results,
   * through the run control: Cancel stops at once, a failure is shown on the
   * card (never thrown). Resolves to the control's outcome
   * `{ state: 'done' | 'cancelled' | 'error', value, error }`; value
   * 'skipped' when the person chose not to run a long request.
   */
  async run() {
    const request = this.request();
    this.lab.started(this);
    this.prediction.disabled = true;
    let judged = '';
    const outcome = await this.control.run(async (step) => {
      const counts = this.lab.threaded ? this.threadCounts() : [1];
      if (!(await this.confirmLong(request, counts, step))) return 'skipped';
      this.timelines?.clear();
      for (const [i, k] of counts.entries()) {
        if (this.spec.sweep) {
          step.say(t('exp-starting', { threads: plural(k, 'thread'), i: i + 1, n: counts.length }));
          await step.usePool(k);
        }
        step.say(t(counts.length > 1 ? 'exp-measuring-of' : 'exp-measuring', { threads: plural(this.lab.threads(), 'thread'), i: i + 1, n: counts.length }));
        this.show(await step.run(request));
        if (this.timelines) {
          step.say(t('exp-recording', { threads: plural(this.lab.threads(), 'thread') }));
          this.timelines.show(k, await step.timeline(request));
        }
      }
      judged = this.judgePrediction(this.spec.sweep ? counts : [this.lab.threads()]);
      return 'measured';
    }, {
      done: (value) => (value === 'skipped' ? t('exp-skipped') : this.describe(this.lastReport)),
      cancelled: (reason) => t('exp-cancelled', { reason }),
      failed: () => t('exp-nothing'),
    });
    this.prediction.disabled = false;
    // A run that did not happen leaves the card as it was: ready to run.
    if (outcome.state === 'cancelled' || outcome.value === 'skipped') this.element.dataset.state = 'idle';
    else if (outcome.state === 'done') this.lab.announce(`${this.spec.title}: ${this.verdict.textContent} ${judged}`);
    return outcome;
  }

  /** Shows why a run asked for by the embedding page waits for a click. */
  awaitClick(bytes) {
    this.element.dataset.state = 'waiting';
    this.verdict.textContent = t('exp-await-click', { mb: fmtInt(Math.round(bytes / 1e6)) });
    this.lab.announce(this.verdict.textContent);
  }

  /** Shows a failure that happened outside a run (the engine did not start). */
  fail(e) {
    this.element.dataset.state = 'error';
    this.control.showError(errorWords(e));
    this.verdict.textContent = t('exp-nothing');
  }

  show(report) {
    this.results.show(report);
    const key = JSON.stringify(report.workload);
    if (this.history.key !== key) this.history = { key, byThreads: new Map() };
    this.history.byThreads.set(report.threads, report);
    this.lastReport = report;
    this.verdict.textContent = this.describe(report);
    Object.assign(this.verdict.dataset, { speedup: report.speedup, threads: report.threads });
    this.results.draw(this.history.byThreads);
    this.lab.announce(`${this.spec.title}: ${this.verdict.textContent}`);
    this.lab.finished(this, report);
  }

  /** The verdict in words, over every thread count measured with these settings. */
  describe(report) {
    return this.results.describe(report, this.history.byThreads);
  }
}
