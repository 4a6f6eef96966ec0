// The one run control of the page: run, cancel, progress, error, done and
// the pool restore after a batch, for every panel that measures something
// (experiment cards, claims, sweep, timeline, matrix). A panel says WHAT to
// run; this module owns HOW a run starts, reports, stops and ends, so every
// panel behaves the same and no failure is lost on the way:
//   - Cancel is immediate: the control stops waiting at once (whatever the
//     engine still does), then asks the lab to replace the pool;
//   - a failed run inside a batch is counted and shown, never reported as done;
//   - an error is shown in words a person can act on (errors.js errorWords);
//   - the pool restore after a batch is awaited and its failure shown.
//
// Usage (a panel with a Run/Cancel button, progress words and an error line):
//
//   this.control = new RunControl({ lab, root, button, idleLabel: 'Sweep',
//     text: progressText, bar: progressElement, error: errorLine,
//     cancelReason: 'Cancelled: you stopped the sweep.' });
//   form.onsubmit = () => this.control.toggle(() => this.sweep());
//
//   async sweep() {
//     const outcome = await this.control.batch(counts, async (k, step) => {
//       await step.usePool(k);
//       return step.run(request);          // the value lands in outcome.results
//     }, { restoreThreads: before, label: (k, i, n) => `Measuring on ${k} threads (${i + 1} of ${n})…` });
//     // outcome: { state: 'done' | 'cancelled' | 'error', results, failures, error }
//   }
//
// `step` (given to a job) waits on the lab through the control, so a cancel
// ends the wait at once: step.run(request), step.timeline(request),
// step.estimate(request), step.usePool(k), step.freshPool(k), step.wait(promise),
// step.say(words) for progress words, step.progress(done, total) for the bar,
// step.check() (throws the CancelledError once cancelled), step.cancelled.
//
// A batch that runs another panel's run (the matrix runs experiment cards,
// each with its own control) passes the inner outcome on with outcomeValue:
//   await this.control.batch(cells, async (cell) => outcomeValue(await card.run()), { continueOnError: true });
// so a failed card counts as a failed item and a cancelled one cancels the batch.
//
// The lab (app.js) gives: run, timeline, estimate, usePool, freshPool,
// cancel(reason) -> Promise of the replaced pool, announce(text), threaded.
// Elements are optional except `root`; the control only sets their
// textContent, hidden, value/max, dataset and classList, so a test can pass
// plain objects (tests/unit/run-control.test.mjs). Its words come from the
// locale files (l10n.js; English in Node).
import { CancelledError, ComputeError, errorValue, errorWords } from './errors.js';
import { plural } from './format.js';
import { t } from './l10n.js';

/**
 * The value of a finished run's outcome (RunControl.run), or its failure
 * thrown again: a CancelledError for 'cancelled', a ComputeError of the same
 * kind, words and detail for 'error'. For a batch whose items are other runs.
 */
export function outcomeValue(outcome) {
  if (outcome.state === 'cancelled') throw new CancelledError(t('rc-cancelled'));
  if (outcome.state === 'error') throw new ComputeError(outcome.error.message, { kind: outcome.error.kind, detail: outcome.error.detail });
  return outcome.value;
}

export class RunControl {
  /**
   * @param {object} o
   * @param {object} o.lab            the page's lab (see the file comment)
   * @param {object} o.root           gets data-state: idle, running, done, cancelled, error
   * @param {object} [o.button]       the Run button: shows 'Cancel' while running
   * @param {string|(() => string)} [o.idleLabel]  the button's words when idle
   * @param {object} [o.text]         the progress words (aria-live)
   * @param {object} [o.bar]          a <progress> element
   * @param {object} [o.error]        the error line (role=alert), hidden when there is none
   * @param {string} [o.cancelReason] what a cancel says
   */
  constructor({ lab, root, button = null, idleLabel = t('rc-run'), text = null, bar = null, error = null, cancelReason = t('rc-cancel-reason') }) {
    Object.assign(this, { lab, root, button, idleLabel, text, bar, error, cancelReason });
    this.current = null; // { cancelled, cancel: (error) => void } of the run in progress
  }

  get running() {
    return this.current !== null;
  }

  /** The button's click: cancels a run in progress, else calls `start()` (which runs through this control). */
  toggle(start) {
    if (this.running) this.cancel();
    else start();
  }

  /**
   * Stops the run in progress: its waits end at once with a CancelledError,
   * and the lab replaces the pool (which stops whatever the engine computes).
   * A replaced pool that fails to start is shown by the lab (app.js) and here.
   */
  cancel(reason = this.cancelReason) {
    const current = this.current;
    if (!current || current.cancelled) return;
    current.cancelled = true;
    current.reason = reason;
    current.cancel(new CancelledError(reason));
    Promise.resolve(this.lab.cancel(reason)).catch((e) => {
      if (e instanceof CancelledError) return; // replaced again in the meantime
      this.showError(t('rc-restart-failed', { why: errorWords(e) }));
      this.lab.announce(this.error?.textContent ?? e.message);
    });
  }

  /**
   * Runs `job(step)` (see the file comment) and ends in one of three states:
   * done, cancelled or error; returns `{ state, value, error }` (error an
   * ErrorValue). With `restoreThreads`, the pool goes back to that many
   * threads afterwards (unless cancelled), and a restore that fails makes the
   * outcome an error that says the measurements are kept. The words shown at
   * the end: `done(value)`, `cancelled(reason)`, `failed(error)` ('' keeps the
   * last words); they (or the error) are announced to screen readers.
   */
  async run(job, { restoreThreads = null, done = () => '', cancelled = (reason) => reason, failed = () => '' } = {}) {
    if (this.running) throw new Error('RunControl.run: a run is already in progress');
    let cancel;
    const stopped = new Promise((_, reject) => (cancel = reject));
    stopped.catch(() => {});
    const current = { cancelled: false, reason: '', cancel };
    this.current = current;
    this.setRunning(true);
    /** Throws the CancelledError once cancelled: nothing new starts after a cancel. */
    const check = () => {
      if (current.cancelled) throw new CancelledError(current.reason);
    };
    /** `promise`, or the CancelledError as soon as the run is cancelled, whichever comes first. */
    const wait = (promise) => {
      check();
      return Promise.race([Promise.resolve(promise), stopped]);
    };
    const { lab } = this;
    const ask = (method) => (arg) => {
      check();
      return wait(lab[method](arg));
    };
    const step = {
      get cancelled() {
        return current.cancelled;
      },
      wait,
      check,
      run: ask('run'),
      timeline: ask('timeline'),
      estimate: ask('estimate'),
      usePool: ask('usePool'),
      freshPool: ask('freshPool'),
      say: (words) => this.say(words),
      progress: (n, total) => this.setProgress(n, total),
    };
    let outcome;
    let words = '';
    try {
      const value = await job(step);
      check();
      outcome = { state: 'done', value, error: null };
      if (restoreThreads != null) await this.restore(restoreThreads, wait);
      words = done(value);
    } catch (e) {
      if (e instanceof CancelledError || current.cancelled) {
        outcome = { state: 'cancelled', value: undefined, error: null };
        words = cancelled(e instanceof CancelledError ? e.message : this.cancelReason);
      } else {
        outcome = { state: 'error', value: outcome?.value, error: errorValue(e) };
        this.showError(errorWords(e));
        words = failed(outcome.error);
      }
    } finally {
      this.current = null;
      this.setRunning(false);
    }
    this.say(words);
    this.root.dataset.state = outcome.state;
    const heard = outcome.state === 'error' ? this.error?.textContent || outcome.error.message : words;
    if (heard) lab.announce?.(heard);
    return outcome;
  }

  /**
   * Runs `each(item, step, i)` for every item, one after another, with the
   * progress bar and `label(item, i, n)` as progress words. A failed item is
   * recorded and, with `continueOnError`, the batch goes on; the batch then
   * ends in 'error' (never 'done'), saying how many failed and the first
   * one's words. Returns `{ state, results, failures, error }`: results[i]
   * is item i's value, failures `[{ item, index, error }]` (error an ErrorValue).
   */
  async batch(items, each, {
    label = (_item, i, n) => t('rc-running', { i: i + 1, n }),
    continueOnError = false,
    restoreThreads = null,
    done = (n) => t('rc-done', { runs: plural(n, 'run') }),
    cancelled = (finished, total, reason) => t('rc-batch-cancelled', { reason, finished, total }),
  } = {}) {
    const results = [];
    const failures = [];
    let count = 0;
    const finished = () => count;
    const outcome = await this.run(async (step) => {
      step.progress(0, items.length);
      for (const [i, item] of items.entries()) {
        step.check();
        step.say(label(item, i, items.length));
        try {
          results[i] = await each(item, step, i);
          count += 1;
        } catch (e) {
          if (e instanceof CancelledError || step.cancelled || !continueOnError) throw e;
          failures.push({ item, index: i, error: errorValue(e) });
        }
        step.progress(i + 1, items.length);
      }
      if (failures.length) {
        const [first] = failures;
        const others = failures.length > 1 ? ` ${t('rc-others-failed', { others: plural(failures.length - 1, 'other run') })}` : '';
        throw new ComputeError(`${t('rc-failed', { failed: failures.length, total: items.length, why: first.error.message })}${others}`, { kind: first.error.kind, detail: first.error.detail });
      }
      return results;
    }, {
      restoreThreads,
      done: () => done(items.length),
      cancelled: (reason) => cancelled(finished(), items.length, reason),
      failed: () => t('rc-stopped', { finished: finished(), total: items.length }),
    });
    return { ...outcome, results, failures };
  }

  /** Puts the pool back to `k` threads; a failure is thrown in words that say the measurements are kept. */
  async restore(k, wait) {
    if (!this.lab.threaded) return;
    try {
      await wait(this.lab.usePool(k));
    } catch (e) {
      if (e instanceof CancelledError) throw e;
      const { kind, message, detail } = errorValue(e);
      throw new ComputeError(t('rc-pool-not-restarted', { threads: plural(k, 'thread'), why: message }), { kind, detail });
    }
  }

  say(words) {
    if (words && this.text) this.text.textContent = words;
  }

  setProgress(n, total) {
    if (!this.bar) return;
    this.bar.max = Math.max(1, total);
    this.bar.value = n;
  }

  showError(words) {
    if (!this.error) return;
    this.error.hidden = false;
    this.error.textContent = words;
  }

  setRunning(running) {
    if (running) {
      this.root.dataset.state = 'running';
      if (this.error) this.error.hidden = true;
    }
    if (this.button) {
      this.button.textContent = running ? t('rc-cancel') : typeof this.idleLabel === 'function' ? this.idleLabel() : this.idleLabel;
      this.button.classList.toggle('cancel', running);
    }
  }

}
