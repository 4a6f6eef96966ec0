// Measuring the claims on this device: how many cores really run in parallel
// (a probe), pools started and left to settle before they are measured, and
// the tries of one claim until the stopping rule (claim-judge.js) says stop.
// Talks to the engine only through the page's `lab`; no DOM.
import { coresFromProbe } from './verdict.js';
import { judge, poolTries, stopAfter } from './claim-judge.js';

/** Samples per variant for every claim: enough rounds for a bootstrap interval. */
const CLAIM_REPS = 9;
/** A pool that was just started is given at most this long to settle (settle()). */
const SETTLE_BUDGET_MS = 2_000;

const variant = (report, name) => report.variants.find((v) => v.name === name);

/** A claim's request with the samples a verdict needs. */
const withReps = (request) => ({ ...request, reps: CLAIM_REPS });

export class ClaimRunner {
  /**
   * @param {object} lab  the page's lab (run, usePool, freshPool, threads, maxThreads, cores, threaded, isolated, threadsOff)
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
  async settle() {
    const started = performance.now();
    let last = Infinity;
    while (performance.now() - started < SETTLE_BUDGET_MS) {
      const r = await this.lab.run({ workload: 'fib', n: 27, cutoff: 18, reps: 3, warmup: 0, min_total_ms: 0 });
      const t = variant(r, 'par').summary.median;
      if (Math.abs(t - last) <= 0.1 * Math.min(t, last)) return;
      last = t;
    }
  }

  /**
   * The cores that really run in parallel: fib on twice the reported cores
   * (so a browser that reports too few cannot hide the rest).
   * @returns {Promise<{ reported: number, measured: number|null, used: number }>}
   */
  async probeCores() {
    const { lab } = this;
    const reported = lab.cores;
    if (!lab.threaded) return { reported, measured: null, used: reported };
    await lab.usePool(lab.maxThreads());
    await this.settle();
    const r = await lab.run({ workload: 'fib', n: 30, cutoff: 16 });
    return coresFromProbe(reported, variant(r, 'par').speedup);
  }

  /** What every claim is judged in, from the probe `cores`. */
  contextOf(cores) {
    const { lab } = this;
    return { cores: cores.used, reportedCores: cores.reported, measuredCores: cores.measured, threaded: lab.threaded, isolated: lab.isolated, threadsOff: lab.threadsOff ?? '', maxThreads: lab.maxThreads() };
  }

  /**
   * Measures `claim` in `ctx`, again while the stopping rule says so, pooling
   * the tries. `onRetry(verdict, tries)` is told each look that does not stop.
   * @returns {Promise<{ verdict: object, tries: object[][] }>}  throws CancelledError when cancelled
   */
  async measure(claim, ctx, onRetry = () => {}) {
    const tries = [];
    const started = performance.now();
    for (;;) {
      const reports = [];
      // Another try runs on fresh pools: a pool that ran badly (seen here: a
      // 2-thread pool running like one thread for a whole claim, then fine
      // once replaced) must not decide the verdict twice.
      if (tries.length > 0 && this.lab.threaded) {
        await this.lab.freshPool(this.lab.threads());
        await this.settle();
      }
      for (const { threads, request } of claim.runs(ctx)) {
        if (this.lab.threads() !== threads) {
          await this.lab.usePool(threads);
          await this.settle();
        }
        const report = await this.lab.run(withReps(request));
        if (report.variants.some((v) => !v.correct)) throw new Error('a result was wrong, so the timing is meaningless');
        reports.push(this.perturb ? this.perturb(report, claim, tries.length) : report);
      }
      tries.push(reports);
      const verdict = judge(claim, poolTries(tries), ctx);
      if (stopAfter(verdict.outcome, tries.length, performance.now() - started)) return { verdict, tries };
      onRetry(verdict, tries.length);
    }
  }
}
