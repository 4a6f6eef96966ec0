// Measuring the claims on this device: the parallel capacity it gives (a
// probe, capacity.js), pools started and left to settle before they are
// measured, and the tries of one claim until the stopping rule (stopping.js)
// says stop. Asks the engine through a run control's `step` (run-control.js:
// run, usePool, freshPool), so a cancel ends every wait at once; reads the
// device's facts from the page's `lab`. No DOM.
import { capacityFromProbe, singleThreadCapacity, secondProbeThreads, betterCapacity, CAPACITY_PROBE } from './capacity.js';
import { STOPPING, stoppingRule } from './stopping.js';
import { judge } from './claim-judge.js';

/** A pool that was just started is given at most this long to settle (settle()). */
const SETTLE_BUDGET_MS = 2_000;

const variant = (report, name) => report.variants.find((v) => v.name === name);

/** A claim's request with the rounds the stopping rule is stated for. */
const withReps = (request) => ({ ...request, reps: STOPPING.rounds });

export class ClaimRunner {
  /**
   * @param {object} lab  the page's lab, for its facts (threads, maxThreads, cores, threaded, isolated, threadsOff)
   * @param {(report: object, claim: object, attempt: number) => object} [perturb]  a fault knob (?debug=noise): changes the samples before they are judged
   */
  constructor(lab, perturb = null) {
    this.lab = lab;
    this.perturb = perturb;
  }

  /**
   * Lets a freshly started pool settle before it is measured: the workers it
   * replaced are torn down by the browser on the same cores for a while after
   * (seen here: a 2-thread fib right after a 4-thread pool took 19-27 ms
   * instead of 15). Runs a short parallel job until two runs in a row agree
   * within 10%, at most 2 s.
   */
  async settle(step) {
    const started = performance.now();
    let last = Infinity;
    while (performance.now() - started < SETTLE_BUDGET_MS) {
      const r = await step.run({ workload: 'fib', n: 27, cutoff: 18, reps: 3, warmup: 0, min_total_ms: 0 });
      const t = variant(r, 'par').summary.median;
      if (Math.abs(t - last) <= 0.1 * Math.min(t, last)) return;
      last = t;
    }
  }

  /**
   * The parallel capacity this device gives now: the probe (capacity.js) on
   * a pool of as many threads as the browser reports, and a second one on
   * fewer when the first gave less than its threads (secondProbeThreads).
   * @returns {Promise<object>}  capacityFromProbe's answer, or one thread's when threads are off
   */
  async probeCapacity(step) {
    const { lab } = this;
    const reported = lab.cores;
    if (!lab.threaded) return singleThreadCapacity(reported);
    const probe = async (threads) => {
      await step.usePool(threads);
      await this.settle(step);
      const r = await step.run(CAPACITY_PROBE);
      return capacityFromProbe({ reported, threads, seq: variant(r, 'seq').samples_ms, par: variant(r, 'par').samples_ms });
    };
    const first = await probe(Math.min(reported, lab.maxThreads()));
    const again = secondProbeThreads(first);
    return again ? betterCapacity(first, await probe(again)) : first;
  }

  /** What every claim is judged in, from the probe's `capacity`: claims use its whole cores' worth. */
  contextOf(capacity) {
    const { lab } = this;
    return { capacity, cores: capacity.cores, reportedCores: capacity.reported, threaded: lab.threaded, isolated: lab.isolated, threadsOff: lab.threadsOff ?? '', maxThreads: lab.maxThreads() };
  }

  /**
   * Measures `claim` in `ctx`, one try after another while the stopping rule
   * says so; each try is judged on its own (never pooled). A demonstration is
   * measured once. `onRetry(verdict, tries)` is told each try that does not stop.
   * @returns {Promise<{ verdict: object, tries: object[][] }>}  verdict: the last try's, with the rule's outcome; throws CancelledError when cancelled
   */
  async measure(claim, ctx, step, onRetry = () => {}) {
    const tries = [];
    const judged = [];
    const started = performance.now();
    for (;;) {
      const reports = [];
      // Another try runs on fresh pools: a pool that ran badly (seen here: a
      // 2-thread pool running like one thread for a whole claim, then fine
      // once replaced) must not decide the verdict twice.
      if (tries.length > 0 && this.lab.threaded) {
        await step.freshPool(this.lab.threads());
        await this.settle(step);
      }
      for (const { threads, request } of claim.runs(ctx)) {
        if (this.lab.threads() !== threads) {
          await step.usePool(threads);
          await this.settle(step);
        }
        const report = await step.run(withReps(request));
        if (report.variants.some((v) => !v.correct)) throw new Error('a result was wrong, so the timing is meaningless');
        reports.push(this.perturb ? this.perturb(report, claim, tries.length) : report);
      }
      tries.push(reports);
      const verdict = judge(claim, reports, ctx);
      judged.push(verdict);
      if (claim.demonstration) return { verdict, tries };
      const rule = stoppingRule(judged, { budgetSpent: performance.now() - started >= STOPPING.budgetMs });
      if (rule.outcome !== 'continue') return { verdict: { ...verdict, outcome: rule.outcome }, tries };
      onRetry(verdict, tries.length);
    }
  }
}
