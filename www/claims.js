// The lesson's claims, checked on this device: each claim names the
// experiment that tests it, what it predicts, what result would have made it
// fail, what was measured here and a verdict decided by one stated rule
// (verdict.js). "Check all claims" runs them one after another (restarting
// the pool where a claim needs another thread count), measures an
// inconclusive claim again within a time budget, and can be cancelled.
import { CancelledError } from './compute.js';
import { h } from './dom.js';
import { plural } from './format.js';
import { formatMs } from './scales.js';
import { ratioOfMedians, decide, speedupBound, coresFromProbe, beyondBound, OUTCOMES, LIKELY_CAUSES } from './verdict.js';
import { toCsv, download } from './export.js';
import { shareRecord, shareLink } from './share.js';
import { Prediction } from './predict.js';

/** The columns of the claims' CSV export: each claim's verdict and numbers, then the conditions, as the sweep's export has them. */
export const CLAIMS_CSV_COLUMNS = ['claim', 'text', 'verdict', 'ratio', 'lo', 'hi', 'direction', 'threshold', 'bound', 'impossible', 'tries', 'measured', 'note',
  'hardware_concurrency', 'measured_cores', 'cross_origin_isolated', 'package', 'user_agent', 'started'];

const variant = (report, name) => report.variants.find((v) => v.name === name);
const samples = (report, name) => variant(report, name).samples_ms;
const median = (report, name) => variant(report, name).summary.median;
const times = (x) => `${Number(x.toPrecision(3))}×`;
const interval = (e) => `${times(e.ratio)} (95% interval ${times(e.lo)}–${times(e.hi)})`;

/**
 * The sum claims add 4,000,000 numbers (16 MB): enough work per call that
 * waking a second thread costs little, and little enough to stay in a
 * processor's cache, so adding (what the lesson is about) is the limit rather
 * than memory speed. At 20,000,000 numbers (80 MB) a two-core virtual machine
 * here read memory no faster with two threads than with one.
 */
const SUM_N = 4_000_000;

/** Samples per variant for every claim: enough rounds for a bootstrap interval. */
const CLAIM_REPS = 9;
/** Re-measuring an inconclusive claim stops after this many tries, or this long. */
const MAX_TRIES = 3;
/** A pool that was just started is given at most this long to settle (settle()). */
const SETTLE_BUDGET_MS = 2_000;
const RETRY_BUDGET_MS = 20_000;

/**
 * Each claim of the lesson, as a test that could fail. A claim of parallel
 * gain carries a `bound` (the most parallelism allows here): a speed-up past
 * it is flagged, never counted. A claim of no gain has none: the lesson says
 * nothing makes that code faster, so a real speed-up, whatever its cause,
 * makes it fail.
 *   runs(ctx)        the measurements: [{ threads, request }]
 *   ratio(reports)   the ratio the claim is about, with its interval (verdict.js)
 *   rule(ctx, reports)  { direction: 'above' | 'below', threshold, bound? }
 *   measured(reports, estimate)  what was measured, in words
 *   failsIf          the result that would have made it fail
 *   lesson           the lesson's own figure, where it gives one
 *   compare          what a student predicts about ("two halves, against one loop, on one thread,")
 *   speedupOf(reports, estimate)  that comparison as a speed-up, where it is not the ratio itself
 * `needs`: threads (an isolated page with wasm threads) and minCores.
 * Every request asks for CLAIM_REPS samples (see withReps).
 */
export const CLAIMS = [
  {
    id: 'split-one-thread',
    claim: 'Cutting a sum into two tasks does not make it faster on one thread.',
    experiment: 'sum',
    prediction: 'On one thread, two halves are no more than 10% faster than one loop.',
    compare: 'two halves, against one loop, on one thread,',
    failsIf: 'two halves more than 10% faster than one loop, on one thread',
    lesson: 'the lesson: 100 ms in one loop, about 105 ms as two goroutines on one core',
    needs: {},
    runs: () => [{ threads: 1, request: { workload: 'sum', n: SUM_N, tasks: 2 } }],
    ratio: ([r]) => ratioOfMedians(samples(r, 'seq'), samples(r, 'halves')),
    rule: () => ({ direction: 'below', threshold: 1.1 }),
    measured: ([r], e) => `two halves ${formatMs(median(r, 'halves'))}, one loop ${formatMs(median(r, 'seq'))}: speed-up ${interval(e)}`,
  },
  {
    id: 'split-many-cores',
    claim: 'On two or more cores the same two-task sum is faster.',
    experiment: 'sum',
    prediction: 'On two threads, two halves beat one loop by more than 1.2×.',
    compare: 'two halves, against one loop, on two threads,',
    failsIf: 'a speed-up of 1.2× or less with two threads on two cores',
    lesson: 'the lesson: about 55 ms on two cores against 100 ms, 1.8×',
    needs: { threads: true, minCores: 2 },
    runs: (ctx) => [{ threads: Math.min(ctx.cores, 2), request: { workload: 'sum', n: SUM_N, tasks: 2 } }],
    ratio: ([r]) => ratioOfMedians(samples(r, 'seq'), samples(r, 'halves')),
    rule: (ctx, [r]) => ({ direction: 'above', threshold: 1.2, bound: speedupBound({ threads: r.threads, cores: ctx.cores, tasks: 2 }) }),
    measured: ([r], e) => `on ${plural(r.threads, 'thread')}: two halves ${formatMs(median(r, 'halves'))}, one loop ${formatMs(median(r, 'seq'))}: speed-up ${interval(e)}`,
  },
  {
    id: 'cpu-one-thread',
    claim: 'Computing jobs gain nothing from concurrency on one thread.',
    experiment: 'fib_three',
    prediction: 'On one thread, three concurrent fib tasks are no more than 10% faster than three in a row.',
    compare: 'three concurrent tasks, against three in a row, on one thread,',
    failsIf: 'the three tasks more than 10% faster than three in a row, on one thread',
    lesson: 'the lesson: three 1 s computations take 3 s or more, concurrent or not, on one core',
    needs: {},
    runs: () => [{ threads: 1, request: { workload: 'fib_three', n: 30 } }],
    ratio: ([r]) => ratioOfMedians(samples(r, 'seq'), samples(r, 'par')),
    rule: () => ({ direction: 'below', threshold: 1.1 }),
    measured: ([r], e) => `three tasks ${formatMs(median(r, 'par'))}, in a row ${formatMs(median(r, 'seq'))}: speed-up ${interval(e)}`,
  },
  {
    id: 'cpu-more-cores',
    claim: 'Computing jobs do gain from more cores, up to one core per job.',
    experiment: 'fib_three',
    prediction: 'Three jobs on one, two, three and four threads: faster with each core, never faster than min(threads, cores, 3) allows, and more than 1.3× on two cores.',
    compare: 'three tasks on as many threads as cores, against three in a row,',
    failsIf: 'a speed-up of 1.3× or less with as many threads as cores (up to three)',
    lesson: 'rayon runs each task to completion, so three equal jobs on two threads take two rounds: 1.5× at most; Go’s scheduler slices goroutines, and three OS threads on two cores get close to 2×',
    needs: { threads: true, minCores: 2 },
    runs: (ctx) => [1, 2, 3, 4].filter((k) => k <= ctx.maxThreads).map((threads) => ({ threads, request: { workload: 'fib_three', n: 30 } })),
    /** The pool with as many threads as cores (up to three jobs' worth) decides. */
    decisive: (ctx, reports) => reports.find((r) => r.threads === Math.min(3, ctx.cores)) ?? reports[reports.length - 1],
    ratio(reports, ctx) {
      const r = this.decisive(ctx, reports);
      return ratioOfMedians(samples(r, 'seq'), samples(r, 'par'));
    },
    rule(ctx, reports) {
      const r = this.decisive(ctx, reports);
      return { direction: 'above', threshold: 1.3, bound: speedupBound({ threads: r.threads, cores: ctx.cores, tasks: 3 }) };
    },
    /** Every other pool size is checked against its bound too. */
    extraBounds: (ctx, reports) => reports.map((r) => ({ estimate: ratioOfMedians(samples(r, 'seq'), samples(r, 'par')), bound: speedupBound({ threads: r.threads, cores: ctx.cores, tasks: 3 }), threads: r.threads })),
    measured: (reports, e, ctx) => reports.map((r) => `${plural(r.threads, 'thread')} ${times(variant(r, 'par').speedup)} (at most ${times(speedupBound({ threads: r.threads, cores: ctx.cores, tasks: 3 }))})`).join('; ') + `; deciding: ${interval(e)}`,
  },
  {
    id: 'io-one-thread',
    claim: 'Waiting gains from concurrency even on one thread.',
    experiment: 'io',
    prediction: 'On one thread, three concurrent 100 ms waits take less than 1.3 waits; three in a row take at least three.',
    compare: 'three waits at once, against three in a row, on one thread,',
    speedupOf: ([r]) => median(r, 'seq') / median(r, 'concurrent'),
    failsIf: 'three concurrent waits taking 1.3 waits or more',
    lesson: 'the lesson: three 1 s requests take 3 s in a row, about 1 s concurrently, even on one core',
    needs: {},
    runs: () => [{ threads: 1, request: { workload: 'io', jobs: 3, wait_ms: 100 } }],
    ratio: ([r]) => ratioOfMedians(samples(r, 'concurrent'), [r.workload.wait_ms]),
    rule: () => ({ direction: 'below', threshold: 1.3 }),
    measured: ([r], e) => `concurrent ${formatMs(median(r, 'concurrent'))} (${interval(e)} one wait), in a row ${formatMs(median(r, 'seq'))} (${times(median(r, 'seq') / r.workload.wait_ms)} one wait)`,
  },
  {
    id: 'mixed-one-thread',
    claim: 'Mixed waiting and computing gains from concurrency on one thread, but only somewhat: the waits overlap, the computing does not.',
    experiment: 'mixed',
    prediction: 'On one thread, three jobs that each wait 2 × 50 ms and compute fib(35) run more than 1.2× faster concurrently: the waits overlap, the computing stays in a row.',
    compare: 'three mixed jobs at once, against in a row, on one thread,',
    failsIf: 'a speed-up of 1.2× or less',
    lesson: 'the lesson’s table: mixed I/O and CPU work is “somewhat faster” with concurrency on one core',
    needs: {},
    runs: () => [{ threads: 1, request: { workload: 'mixed', jobs: 3, wait_ms: 50, n: 35 } }],
    ratio: ([r]) => ratioOfMedians(samples(r, 'seq'), samples(r, 'concurrent')),
    rule: () => ({ direction: 'above', threshold: 1.2 }),
    measured: ([r], e) => `concurrent ${formatMs(median(r, 'concurrent'))}, in a row ${formatMs(median(r, 'seq'))}: speed-up ${interval(e)}, where three overlapped waits alone would give 3×`,
  },
  {
    id: 'mixed-more-cores',
    claim: 'With more cores, mixed work also overlaps its computing.',
    experiment: 'mixed',
    prediction: 'Computing on the pool beats computing on the waiting thread by more than 1.1×.',
    compare: 'computing on the pool, against computing on the waiting thread,',
    failsIf: 'computing on the pool 1.1× faster or less than on the waiting thread',
    lesson: 'the lesson’s table: mixed work is “much faster” with parallelism',
    needs: { threads: true, minCores: 2 },
    runs: (ctx) => [{ threads: ctx.cores, request: { workload: 'mixed', jobs: 3, wait_ms: 20, n: 35 } }],
    ratio: ([r]) => ratioOfMedians(samples(r, 'concurrent'), samples(r, 'parallel')),
    rule: (ctx, [r]) => ({ direction: 'above', threshold: 1.1, bound: speedupBound({ threads: r.threads, cores: ctx.cores, tasks: 3 }) }),
    measured: ([r], e) => `on ${plural(r.threads, 'thread')}: on the pool ${formatMs(median(r, 'parallel'))}, on the waiting thread ${formatMs(median(r, 'concurrent'))}: speed-up ${interval(e)}`,
  },
  {
    id: 'coordination',
    claim: 'Work that coordinates at every step gets slower in parallel.',
    experiment: 'contended',
    prediction: 'The same sum through one shared lock takes longer on every core than on one thread.',
    compare: 'the locked sum on every core, against on one thread,',
    speedupOf: (reports, e) => 1 / e.ratio,
    failsIf: 'the locked sum no slower (or faster) on every core than on one thread',
    lesson: 'the lesson: for tightly coupled work, sequential execution can be faster',
    needs: { threads: true, minCores: 2 },
    runs: (ctx) => [1, ctx.cores].map((threads) => ({ threads, request: { workload: 'contended' } })),
    // Slow-down: time on every core over time on one thread, same work, same code.
    ratio: ([one, all]) => ratioOfMedians(samples(all, 'lock'), samples(one, 'lock')),
    rule: () => ({ direction: 'above', threshold: 1 }),
    measured: ([one, all], e) => `one Mutex on ${plural(all.threads, 'thread')} ${formatMs(median(all, 'lock'))}, on 1 thread ${formatMs(median(one, 'lock'))}: ${interval(e)} the time`,
  },
  {
    id: 'oversubscription',
    claim: 'More threads than cores does not help.',
    experiment: 'oversubscribe',
    prediction: 'fib on twice as many threads as cores is no more than 10% faster than on one thread per core.',
    compare: 'fib on twice as many threads as cores, against one thread per core,',
    failsIf: 'twice the threads more than 10% faster than one thread per core',
    lesson: 'the lesson: GOMAXPROCS above the core count usually hurts',
    needs: { threads: true },
    // fib(36): a run long enough (tens of ms) that threads falling asleep and
    // waking between tasks is a small part of it; with fib(32) (5 ms on two
    // threads) the 2-thread pool's idle moments let the 4-thread pool win by
    // 1.19x here, which measured the pool's wake-ups, not the cores.
    runs: (ctx) => [ctx.cores, 2 * ctx.cores].map((threads) => ({ threads, request: { workload: 'fib', n: 36, cutoff: 20 } })),
    ratio: ([atCores, over]) => ratioOfMedians(samples(atCores, 'par'), samples(over, 'par')),
    rule: () => ({ direction: 'below', threshold: 1.1 }),
    measured: ([atCores, over], e) => `${plural(atCores.threads, 'thread')} ${formatMs(median(atCores, 'par'))}, ${plural(over.threads, 'thread')} ${formatMs(median(over, 'par'))}: speed-up ${interval(e)}`,
  },
  {
    id: 'unsplit',
    claim: 'A job that is not split cannot use extra threads.',
    experiment: 'sum',
    prediction: 'The sum as one single task on every core is no more than 10% faster than the plain loop.',
    compare: 'the sum as one task on every core, against the plain loop,',
    failsIf: 'one task more than 10% faster than the plain loop',
    lesson: 'the lesson: parallelism needs a problem that decomposes into independent parts',
    needs: { threads: true, minCores: 2 },
    runs: (ctx) => [{ threads: ctx.cores, request: { workload: 'sum', n: SUM_N, tasks: 1 } }],
    ratio: ([r]) => ratioOfMedians(samples(r, 'seq'), samples(r, 'chunks')),
    rule: () => ({ direction: 'below', threshold: 1.1 }),
    measured: ([r], e) => `on ${plural(r.threads, 'thread')}: one task ${formatMs(median(r, 'chunks'))}, plain loop ${formatMs(median(r, 'seq'))}: speed-up ${interval(e)}`,
  },
  {
    id: 'tiny-tasks',
    claim: 'Very many tiny tasks cost more than they save.',
    experiment: 'sum',
    prediction: '100,000 tasks of 20 numbers each take longer than the plain sequential loop, even on every core.',
    compare: '100,000 tiny tasks, against the plain loop,',
    speedupOf: (reports, e) => 1 / e.ratio,
    failsIf: 'the 100,000 tasks as fast as the plain loop, or faster',
    lesson: 'the lesson: parallel execution pays only when the work per task exceeds the overhead',
    needs: {},
    runs: (ctx) => [{ threads: ctx.threaded ? ctx.cores : 1, request: { workload: 'sum', n: 2_000_000, tasks: 100_000 } }],
    // Slow-down against the sequential loop, the trap the lesson names.
    ratio: ([r]) => ratioOfMedians(samples(r, 'chunks'), samples(r, 'seq')),
    rule: () => ({ direction: 'above', threshold: 1 }),
    measured: ([r], e) => `on ${plural(r.threads, 'thread')}: 100,000 tasks ${formatMs(median(r, 'chunks'))}, plain loop ${formatMs(median(r, 'seq'))}: ${interval(e)} the time`,
  },
];

/** A claim's request with the samples a verdict needs. */
const withReps = (request) => ({ ...request, reps: CLAIM_REPS });

/** Joins the samples of several tries of one claim, run by run and variant by variant. */
export function poolTries(tries) {
  return tries[0].map((first, j) => ({
    ...first,
    variants: first.variants.map((v) => ({ ...v, samples_ms: tries.flatMap((t) => t[j].variants.find((x) => x.name === v.name).samples_ms) })),
  }));
}

/**
 * The verdict of `claim` on `reports` (pooled over tries) in context `ctx`:
 * { outcome, impossible, estimate, rule, measured }.
 */
export function judge(claim, reports, ctx) {
  const estimate = claim.ratio(reports, ctx);
  const rule = claim.rule(ctx, reports);
  let { outcome, impossible } = decide(estimate, rule);
  for (const extra of claim.extraBounds?.(ctx, reports) ?? []) {
    if (beyondBound(extra.estimate, extra.bound)) {
      impossible = true;
      outcome = OUTCOMES.inconclusive;
    }
  }
  return { outcome, impossible, estimate, rule, measured: claim.measured(reports, estimate, ctx) };
}

/** Why a claim cannot be tested on this device, or null when it can. */
export function untestableReason(claim, { cores, threaded, isolated, threadsOff, reportedCores, measuredCores }) {
  if (claim.needs.threads && !threaded) {
    // The engine's own words for why threads are off (engine.js tried them), where it has them.
    if (threadsOff) return `threads are off here: ${threadsOff.replace(/^Threads are off here:\s*/i, '').replace(/\.$/, '')}`;
    return isolated ? 'threads are off here (they did not start in this browser)' : 'threads are off here (the page is not cross-origin isolated)';
  }
  // Fewer cores ran in parallel than the device has: something else holds the
  // others right now, and any comparison of thread counts would measure that.
  if (claim.needs.threads && measuredCores && measuredCores < reportedCores) {
    return `only ${plural(measuredCores, 'core')} of ${reportedCores} ran in parallel just now; close other programs and check again`;
  }
  if (claim.needs.minCores && cores < claim.needs.minCores) return `${plural(cores, 'core')} ran in parallel here`;
  return null;
}

const VERDICT_WORDS = {
  holds: 'holds',
  fails: 'does not hold here',
  inconclusive: 'inconclusive: too noisy here',
  untestable: 'cannot be tested here',
  pending: 'not checked yet',
  error: 'failed to run',
};

/** The rule a verdict followed, in a few words (the panel explains the rule once, above the table). */
function ruleWords({ direction, threshold }) {
  return `the interval must lie ${direction} ${threshold}×`;
}

/** The rule of every verdict, said once. */
const RULE_TEXT = 'How each verdict is decided: every version is timed several times, round after round, and a bootstrap over the rounds gives a 95% interval for the ratio the claim is about. The claim holds when the whole interval lies on its side of the threshold, does not hold when the whole interval lies on the other side, and is inconclusive (measured again, up to three times) when the interval straddles it. A speed-up larger than the threads, cores and tasks allow is flagged and never counts.';

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
    this.perturb = perturb;
    this.running = false;
    this.cancelled = false;
    this.button = root.querySelector('button.check');
    this.progress = root.querySelector('progress');
    this.progressText = root.querySelector('.progress-text');
    this.coresNote = h('p', { class: 'cores-note', hidden: true });
    this.progressText.closest('.claims-bar').after(h('p', { class: 'rule-note' }, RULE_TEXT), this.coresNote);
    this.rows = new Map();
    this.results = new Map(); // claim id -> what the last check found
    this.conditions = null;
    const action = (label, cls, onClick) => {
      const b = h('button', { type: 'button', class: `secondary ${cls}`, disabled: true }, label);
      b.addEventListener('click', onClick);
      return b;
    };
    this.shareOut = h('input', { class: 'share-out', type: 'text', readonly: true, 'aria-label': 'Your results link, to paste into the course forum', hidden: true });
    this.actions = h('div', { class: 'claims-actions' },
      action('Export CSV', 'export-csv', () => download('parallel-playground-claims.csv', 'text/csv', this.toCsv())),
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
      const row = h('tr', { 'data-claim': c.id, 'data-verdict': 'pending' },
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
    this.button.addEventListener('click', () => (this.running ? this.cancel() : this.checkAll()));
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

  cancel() {
    this.cancelled = true;
    this.lab.cancel('Cancelled: you stopped the check.');
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
   */
  async probeCores() {
    const { lab } = this;
    const reported = lab.cores;
    if (!lab.threaded) return { reported, measured: null, used: reported };
    await lab.usePool(lab.maxThreads());
    await this.settle();
    const r = await lab.run({ workload: 'fib', n: 30, cutoff: 16 });
    const found = coresFromProbe(reported, variant(r, 'par').speedup);
    this.coresNote.hidden = found.measured === reported;
    this.coresNote.textContent = found.measured < reported
      ? `This browser reports ${plural(reported, 'core')}, but only ${plural(found.measured, 'core')} ran in parallel in a short probe: something else is probably using the others (close other programs and tabs, then check again). Bounds and claims use ${found.used}.`
      : `This browser reports ${plural(reported, 'core')}; ${plural(found.measured, 'core')} ran in parallel in a short probe. Bounds and claims use ${found.used}.`;
    this.root.dataset.measuredCores = String(found.measured);
    return found;
  }

  async context() {
    const { lab } = this;
    const cores = await this.probeCores();
    this.conditions = {
      hardware_concurrency: cores.reported, measured_cores: cores.measured, cross_origin_isolated: lab.isolated,
      package: lab.threaded ? 'threads' : 'single', user_agent: navigator.userAgent, started: new Date().toISOString(),
    };
    return { cores: cores.used, reportedCores: cores.reported, measuredCores: cores.measured, threaded: lab.threaded, isolated: lab.isolated, threadsOff: lab.threadsOff ?? '', maxThreads: lab.maxThreads() };
  }

  /** Measures `claim` (again while inconclusive, within a budget) and shows its verdict. */
  async check(claim, ctx) {
    const reason = untestableReason(claim, ctx);
    if (reason) {
      this.setVerdict(claim.id, 'untestable', '–', reason);
      return;
    }
    const tries = [];
    const started = performance.now();
    let verdict;
    try {
      do {
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
        verdict = judge(claim, poolTries(tries), ctx);
        // A finding must be earned: "does not hold" only once a second,
        // independent try agrees (pooled), so one disturbed run cannot decide it.
        if (verdict.outcome === OUTCOMES.holds || (verdict.outcome === OUTCOMES.fails && tries.length >= 2)) break;
        this.setVerdict(claim.id, 'pending', verdict.measured, `${verdict.outcome === OUTCOMES.fails ? 'does not hold' : 'inconclusive'} after ${plural(tries.length, 'try')}: measuring again…`);
      } while (tries.length < MAX_TRIES && performance.now() - started < RETRY_BUDGET_MS);
    } catch (e) {
      if (e instanceof CancelledError) throw e;
      this.setVerdict(claim.id, 'error', '–', e.message);
      return;
    }
    const notes = [];
    if (verdict.impossible) {
      notes.push(`Faster than parallelism can explain (at most ${Number(verdict.rule.bound.toPrecision(3))}× here): the processor likely changed speed during the run, so this measurement decides nothing.`);
    }
    notes.push(`(${ruleWords(verdict.rule)})`);
    if (tries.length > 1) notes.push(`Measured ${tries.length} times, samples pooled.`);
    const speedup = claim.speedupOf ? claim.speedupOf(tries.at(-1), verdict.estimate) : verdict.estimate.ratio;
    this.predictions.get(claim.id).judge({ ratio: speedup });
    const row = this.rows.get(claim.id);
    Object.assign(row.dataset, { ratio: verdict.estimate.ratio, lo: verdict.estimate.lo, hi: verdict.estimate.hi, tries: tries.length, impossible: verdict.impossible });
    const { direction, threshold, bound = null } = verdict.rule;
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

  toCsv() {
    const { conditions, claims } = this.toJson();
    return toCsv(CLAIMS_CSV_COLUMNS, claims.map((c) => ({ ...c, claim: c.claim, ...conditions })));
  }

  /** "Share my results": a link with the verdicts in its fragment, which no server ever sees. */
  async share() {
    const { conditions, claims } = this.toJson();
    const record = shareRecord(claims.map((c) => ({ id: c.claim, verdict: c.verdict, ratio: c.ratio, lo: c.lo, hi: c.hi })), {
      date: new Date(conditions.started), userAgent: conditions.user_agent, pkg: conditions.package, reportedCores: conditions.hardware_concurrency, measuredCores: conditions.measured_cores,
    });
    // The link opens the class view (class.html beside this page) with these results in it.
    const link = shareLink(new URL('class.html', location.href).href, record);
    this.shareOut.hidden = false;
    this.shareOut.value = link;
    this.shareOut.select();
    try {
      await navigator.clipboard.writeText(link);
      this.lab.announce('Your results link is copied: paste it into the course forum.');
    } catch {
      this.lab.announce('Your results link is selected: press Ctrl+C (or Cmd+C) to copy it.');
    }
  }

  async checkOnly(claim) {
    if (this.running) return;
    await this.runAll([claim]);
  }

  checkAll() {
    return this.runAll(this.claims);
  }

  async runAll(claims) {
    const { lab } = this;
    const before = lab.sliderThreads();
    this.running = true;
    this.cancelled = false;
    this.root.dataset.state = 'running';
    this.button.textContent = 'Cancel';
    this.button.classList.add('cancel');
    for (const c of claims) this.setVerdict(c.id, 'pending', '–');
    for (const p of this.predictions.values()) p.disabled = true;
    this.progress.max = claims.length;
    let done = 0;
    try {
      this.progressText.textContent = 'Finding how many cores really run in parallel…';
      const ctx = await this.context();
      for (const claim of claims) {
        if (this.cancelled) break;
        this.progress.value = done;
        this.progressText.textContent = `Checking ${done + 1} of ${claims.length}: ${claim.claim}`;
        await this.check(claim, ctx);
        done++;
      }
    } catch (e) {
      if (!(e instanceof CancelledError)) this.progressText.textContent = `The check stopped: ${e.message}`;
    } finally {
      this.progress.value = done;
      const counts = [...this.rows.values()].reduce((acc, r) => ({ ...acc, [r.dataset.verdict]: (acc[r.dataset.verdict] ?? 0) + 1 }), {});
      if (this.cancelled) this.progressText.textContent = `Cancelled after ${done} of ${claims.length} claims; the verdicts so far are kept.`;
      else if (done === claims.length) {
        this.progressText.textContent = `Done: ${counts.holds ?? 0} hold, ${counts.fails ?? 0} do not hold here, ${counts.inconclusive ?? 0} inconclusive, ${counts.untestable ?? 0} cannot be tested here${counts.error ? `, ${counts.error} failed to run` : ''}.`;
      }
      lab.announce(this.progressText.textContent);
      for (const b of this.actions.querySelectorAll('button')) b.disabled = this.results.size === 0;
      if (this.results.size) lab.claimsChecked?.(this.toJson());
      if (!this.cancelled && lab.threaded) await lab.usePool(before).catch(() => {});
      this.running = false;
      for (const p of this.predictions.values()) p.disabled = false;
      this.root.dataset.state = this.cancelled ? 'cancelled' : 'done';
      this.button.textContent = 'Check all claims';
      this.button.classList.remove('cancel');
    }
  }
}
