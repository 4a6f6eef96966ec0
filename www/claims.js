// The claims panel: the lesson's claims (lesson/claims.js), each with its
// prediction, what result would have made it fail, what was measured here and
// a verdict (claim-judge.js), or for a demonstration the measured number
// alone. "Check all claims" first measures the device's parallel capacity
// (capacity.js) and shows it beside the reported logical cores, then measures
// the claims one after another (claim-runner.js: pools, settling, tries), can
// be cancelled, and the results can be exported or shared (claims-export.js).
import { CancelledError } from './errors.js';
import { RunControl } from './run-control.js';
import { copyField, copyText } from './copy.js';
import { h } from './dom.js';
import { plural } from './format.js';
import { LIKELY_CAUSES, OUTCOMES } from './verdict.js';
import { download } from './export.js';
import { Prediction } from './predict.js';
import { CLAIMS } from './lesson/claims.js';
import { judge, untestableReason, ruleWords, RULE_TEXT, VERDICT_WORDS, DEMONSTRATION_TEXT, STOPPING } from './claim-judge.js';
import { capacityWords } from './capacity.js';
import { ClaimRunner } from './claim-runner.js';
import { claimsCsv, claimsShareLink } from './claims-export.js';

// Where the claims' data and judging used to live; kept for the tests that import them from here.
export { CLAIMS, judge };

/** The summary after a check: the claims' verdicts, then the demonstrations, counted apart. */
export function summaryLine(counts) {
  const n = (k) => counts[k] ?? 0;
  const demos = n('demonstration');
  return `Done: ${n('holds')} hold, ${n('fails')} do not hold here, ${n('inconclusive')} inconclusive, ${n('untestable')} cannot be tested here${n('error') ? `, ${n('error')} failed to run` : ''}` +
    `${demos ? `; and ${demos} ${demos === 1 ? 'demonstration' : 'demonstrations'} measured, not judged` : ''}` +
    `${n('demonstration-untestable') ? `${demos ? ', ' : '; and '}${n('demonstration-untestable')} that cannot run here` : ''}.`;
}

export class ClaimsPanel {
  /**
   * @param {HTMLElement} root  the #claims section of index.html
   * @param {object} lab  the page's lab (run, usePool, cancel, cores, threaded, isolated, maxThreads)
   * @param {object} [options]
   * @param {(report: object, claim: object, attempt: number) => object} [options.perturb]  a fault knob (?debug=noise): changes the samples before they are judged
   * @param {string[]} [options.only]  the claims a course picked (claims=); all of them by default
   */
  constructor(root, lab, { perturb = null, only = null } = {}) {
    this.root = root;
    this.claims = only ? CLAIMS.filter((c) => only.includes(c.id)) : CLAIMS;
    this.lab = lab;
    this.runner = new ClaimRunner(lab, perturb);
    this.button = root.querySelector('button.check');
    this.progress = root.querySelector('progress');
    this.progressText = root.querySelector('.progress-text');
    this.error = h('p', { class: 'error', role: 'alert', hidden: true });
    this.control = new RunControl({ lab, root, button: this.button, idleLabel: 'Check all claims', text: this.progressText, bar: this.progress, error: this.error, cancelReason: 'Cancelled: you stopped the check.' });
    this.coresNote = h('p', { class: 'cores-note', hidden: true });
    this.progressText.closest('.claims-bar').after(this.error, h('p', { class: 'rule-note' }, RULE_TEXT, ' ', DEMONSTRATION_TEXT), this.coresNote);
    this.rows = new Map();
    this.results = new Map(); // claim id -> what the last check found
    this.conditions = null;
    const action = (label, cls, onClick) => {
      const b = h('button', { type: 'button', class: `secondary ${cls}`, disabled: true }, label);
      b.addEventListener('click', onClick);
      return b;
    };
    this.shareOut = copyField('Your results link, to paste into the course forum');
    this.actions = h('div', { class: 'claims-actions' },
      action('Export CSV', 'export-csv', () => download('parallel-playground-claims.csv', 'text/csv', claimsCsv(this.toJson()))),
      action('Export JSON', 'export-json', () => download('parallel-playground-claims.json', 'application/json', JSON.stringify(this.toJson(), null, 2))),
      action('Share my results', 'share', () => this.share()),
      this.shareOut);
    root.querySelector('.table-scroll').after(this.actions);
    const tbody = root.querySelector('tbody');
    this.predictions = new Map();
    for (const c of this.claims) {
      // Predict, then measure: the guess is locked while the claim is checked, then judged.
      const prediction = new Prediction({ question: `Before you check, predict: ${c.compare} will be`, name: `predict-claim-${c.id}`, live: false });
      this.predictions.set(c.id, prediction);
      const again = h('button', { type: 'button', class: 'secondary measure-again', hidden: true }, 'Measure again');
      again.addEventListener('click', () => this.checkOnly(c));
      const row = h('tr', { 'data-claim': c.id, 'data-verdict': 'pending', 'data-kind': c.demonstration ? 'demonstration' : 'claim' },
        h('th', { scope: 'row' }, c.claim, h('a', { class: 'claim-link', href: `#exp-${c.experiment}` }, 'experiment')),
        h('td', { class: 'prediction' }, c.prediction,
          h('span', { class: 'fails-if' }, `Would fail with: ${c.failsIf}.`),
          c.lesson ? h('span', { class: 'lesson-figure' }, `${c.lesson[0].toUpperCase()}${c.lesson.slice(1)}.`) : null,
          prediction.element),
        h('td', { class: 'measured' }, '–'),
        h('td', { class: 'verdict-cell' }, h('span', { class: 'badge' }, VERDICT_WORDS.pending), h('span', { class: 'verdict-note' }),
          h('details', { class: 'why', hidden: true }, h('summary', {}, 'Why, and what usually causes it'), h('ul', {}, ...LIKELY_CAUSES.map((t) => h('li', {}, t)))),
          again));
      this.rows.set(c.id, row);
      tbody.append(row);
    }
    this.button.addEventListener('click', () => this.control.toggle(() => this.checkAll()));
  }

  setVerdict(id, verdict, measured, note = '', numbers = {}) {
    const row = this.rows.get(id);
    if (verdict !== 'pending') this.results.set(id, { claim: id, text: CLAIMS.find((c) => c.id === id).claim, verdict, measured, note, ...numbers });
    row.dataset.verdict = verdict;
    row.querySelector('.measured').textContent = measured;
    row.querySelector('.badge').textContent = VERDICT_WORDS[verdict];
    row.querySelector('.verdict-note').textContent = note ? ` ${note}` : '';
    // A claim that does not hold, or cannot be told here, says what usually causes it and can be measured again.
    const doubtful = verdict === 'fails' || verdict === 'inconclusive';
    row.querySelector('.why').hidden = !doubtful;
    row.querySelector('.measure-again').hidden = !(doubtful || verdict === 'error');
  }

  /** Whether a check is in progress. */
  get running() {
    return this.control.running;
  }

  /** Measures the device's parallel capacity (through the run control's `step`), says so beside the reported cores, and returns the context every claim is judged in. */
  async context(step) {
    const { lab } = this;
    const capacity = await this.runner.probeCapacity(step);
    this.coresNote.hidden = false;
    this.coresNote.textContent = capacityWords(capacity);
    Object.assign(this.root.dataset, { capacity: String(capacity.speedup), capacityCores: String(capacity.cores) });
    // The sweep's ideal line, fit and Karp-Flatt column reach as far as this (stats.js).
    lab.capacity = capacity;
    this.conditions = {
      hardware_concurrency: capacity.reported, capacity: capacity.measured === false ? null : capacity.speedup, capacity_cores: capacity.measured === false ? null : capacity.cores,
      cross_origin_isolated: lab.isolated, package: lab.threaded ? 'threads' : 'single', user_agent: navigator.userAgent, started: new Date().toISOString(),
    };
    return this.runner.contextOf(capacity);
  }

  /** Measures `claim` (again while the stopping rule says so) and shows its verdict. */
  async check(claim, ctx, step) {
    const reason = untestableReason(claim, ctx);
    if (reason) {
      this.setVerdict(claim.id, 'untestable', '–', reason);
      return;
    }
    let verdict;
    let tries;
    try {
      ({ verdict, tries } = await this.runner.measure(claim, ctx, step, (v, n) => this.setVerdict(claim.id, 'pending', v.measured,
        `${v.outcome === OUTCOMES.fails ? 'does not hold' : 'inconclusive'} after ${plural(n, 'try')}: measuring again…`)));
    } catch (e) {
      if (e instanceof CancelledError) throw e;
      this.setVerdict(claim.id, 'error', '–', e.message);
      return;
    }
    const notes = [];
    if (claim.demonstration) {
      notes.push('(a demonstration: measured once, with an interval of at least 95%, not judged)');
    } else if (verdict.impossible) {
      notes.push(`Faster than parallelism can explain (at most ${Number(verdict.rule.bound.toPrecision(3))}× here): the processor likely changed speed during the run, so this measurement decides nothing.`);
    }
    if (!claim.demonstration) {
      notes.push(`(${ruleWords(verdict.rule)}${verdict.checks.length > 1 ? `; ${verdict.checks.slice(1).map((c) => `on ${c.label} above ${Number(c.rule.threshold.toPrecision(3))}×: ${VERDICT_WORDS[c.outcome] ?? c.outcome}`).join('; ')}` : ''})`);
      if (tries.length > 1) notes.push(`Measured ${tries.length} times (at most ${STOPPING.maxTries}), each try judged on its own.`);
    }
    this.predictions.get(claim.id).judge({ ratio: verdict.estimate.ratio, lesson: { expectation: claim.expectation }, ctx: { tasks: claim.tasks } });
    const row = this.rows.get(claim.id);
    Object.assign(row.dataset, { ratio: verdict.estimate.ratio, lo: verdict.estimate.lo, hi: verdict.estimate.hi, tries: tries.length, impossible: verdict.impossible });
    // A demonstration is judged by no rule: its export carries the measurement alone.
    const { direction = null, threshold = null, bound = null } = claim.demonstration ? {} : verdict.rule;
    this.setVerdict(claim.id, verdict.outcome, verdict.measured, notes.join(' '), {
      ratio: verdict.estimate.ratio, lo: verdict.estimate.lo, hi: verdict.estimate.hi, direction, threshold, bound: Number.isFinite(bound) ? bound : null,
      impossible: verdict.impossible, tries: tries.length,
      runs: tries.at(-1).map((r) => ({ threads: r.threads, workload: r.workload, variants: r.variants.map((v) => ({ name: v.name, median_ms: v.summary.median, q1_ms: v.summary.q1, q3_ms: v.summary.q3, samples: v.samples_ms.length })) })),
    });
  }

  /** Every claim's result with the conditions, as the JSON export and the message API give them. */
  toJson() {
    return { conditions: this.conditions, claims: this.claims.map((c) => this.results.get(c.id)).filter(Boolean) };
  }

  /** "Share my results": a link to the class view with the verdicts in its fragment. */
  share() {
    const link = claimsShareLink(this.toJson(), new URL('class.html', location.href).href);
    return copyText(link, { field: this.shareOut, announce: (words) => this.lab.announce(words),
      copied: 'Your results link is copied: paste it into the course forum.', selected: 'Your results link is selected: press Ctrl+C (or Cmd+C) to copy it.' });
  }

  async checkOnly(claim) {
    if (this.running) return;
    await this.runAll([claim]);
  }

  checkAll() {
    return this.runAll(this.claims);
  }

  /** Checks `claims` one after another through the run control; the pool goes back to the slider's count afterwards. */
  async runAll(claims) {
    const { lab } = this;
    for (const c of claims) this.setVerdict(c.id, 'pending', '–');
    for (const p of this.predictions.values()) p.disabled = true;
    let done = 0;
    const outcome = await this.control.run(async (step) => {
      step.progress(0, claims.length);
      step.say('Measuring how much parallel capacity this device gives…');
      const ctx = await this.context(step);
      for (const claim of claims) {
        step.check();
        step.say(`Checking ${done + 1} of ${claims.length}: ${claim.claim}`);
        await this.check(claim, ctx, step);
        done++;
        step.progress(done, claims.length);
      }
    }, {
      restoreThreads: lab.sliderThreads(),
      done: () => {
        // Demonstrations are counted apart, also those that could not run here.
        const key = (r) => (r.dataset.kind === 'demonstration' && r.dataset.verdict !== 'demonstration' ? `demonstration-${r.dataset.verdict}` : r.dataset.verdict);
        const counts = [...this.rows.values()].reduce((acc, r) => ({ ...acc, [key(r)]: (acc[key(r)] ?? 0) + 1 }), {});
        return summaryLine(counts);
      },
      cancelled: () => `Cancelled after ${done} of ${claims.length} claims; the verdicts so far are kept.`,
      failed: (error) => `The check stopped after ${done} of ${claims.length} claims: ${error.message}`,
    });
    for (const b of this.actions.querySelectorAll('button')) b.disabled = this.results.size === 0;
    if (this.results.size) lab.claimsChecked?.(this.toJson());
    for (const p of this.predictions.values()) p.disabled = false;
    return outcome;
  }
}
