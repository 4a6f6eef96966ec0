// The lesson's claims, checked on this device: each claim names the
// experiment that tests it, what it predicts, what was measured here and a
// verdict. "Check all claims" runs them one after another (restarting the
// pool where a claim needs another thread count) and can be cancelled.
import { CancelledError } from './compute.js';
import { h } from './dom.js';
import { plural, speedWords } from './format.js';
import { formatMs } from './scales.js';

const variant = (report, name) => report.variants.find((v) => v.name === name);
const median = (report, name) => variant(report, name).summary.median;

/**
 * Each claim: `runs(cores)` lists { threads, request }; `judge(reports, ctx)`
 * returns { measured, holds }. `needs`: threads (a cross-origin isolated
 * page) and minCores, without which the claim cannot be tested here.
 */
export const CLAIMS = [
  {
    id: 'split-one-thread',
    claim: 'Cutting a sum into two tasks does not make it faster on one thread.',
    experiment: 'sum',
    prediction: 'Two halves take about as long as one loop, or longer.',
    needs: {},
    runs: () => [{ threads: 1, request: { workload: 'sum', tasks: 2 } }],
    judge: ([r]) => ({
      measured: `two halves ${formatMs(median(r, 'halves'))}, one loop ${formatMs(median(r, 'seq'))}: ${speedWords(variant(r, 'halves').speedup)}`,
      holds: variant(r, 'halves').speedup <= 1.1,
    }),
  },
  {
    id: 'split-many-cores',
    claim: 'On two or more cores the same two-task sum is faster.',
    experiment: 'sum',
    prediction: 'Two halves beat one loop by more than 1.2×.',
    needs: { threads: true, minCores: 2 },
    runs: (cores) => [{ threads: Math.min(cores, 2), request: { workload: 'sum', tasks: 2 } }],
    judge: ([r]) => ({
      measured: `on ${plural(r.threads, 'thread')}: two halves ${formatMs(median(r, 'halves'))}, one loop ${formatMs(median(r, 'seq'))}, ${speedWords(variant(r, 'halves').speedup)}`,
      holds: variant(r, 'halves').speedup > 1.2,
    }),
  },
  {
    id: 'cpu-one-thread',
    claim: 'Computing jobs gain nothing from concurrency on one thread.',
    experiment: 'fib_three',
    prediction: 'Three concurrent fib tasks take as long as three in a row (within 10%), or longer.',
    needs: {},
    runs: () => [{ threads: 1, request: { workload: 'fib_three', n: 30 } }],
    judge: ([r]) => ({
      measured: `three tasks ${formatMs(median(r, 'par'))}, in a row ${formatMs(median(r, 'seq'))}: ${speedWords(variant(r, 'par').speedup)}`,
      holds: variant(r, 'par').speedup <= 1.1,
    }),
  },
  {
    id: 'cpu-more-cores',
    claim: 'Computing jobs do gain from more cores, up to one core per job.',
    experiment: 'fib_three',
    prediction: 'On two or more threads the three tasks beat three in a row by more than 1.3×.',
    needs: { threads: true, minCores: 2 },
    runs: (cores) => [{ threads: Math.min(3, cores), request: { workload: 'fib_three', n: 32 } }],
    judge: ([r]) => ({
      measured: `on ${plural(r.threads, 'thread')}: three tasks ${formatMs(median(r, 'par'))}, in a row ${formatMs(median(r, 'seq'))}, ${speedWords(variant(r, 'par').speedup)}`,
      holds: variant(r, 'par').speedup > 1.3,
    }),
  },
  {
    id: 'io-one-thread',
    claim: 'Waiting gains from concurrency even on one thread.',
    experiment: 'io',
    prediction: 'Three concurrent 100 ms waits take well under two waits; three in a row take three.',
    needs: {},
    runs: () => [{ threads: 1, request: { workload: 'io', jobs: 3, wait_ms: 100 } }],
    judge: ([r]) => ({
      measured: `concurrent ${formatMs(median(r, 'concurrent'))}, in a row ${formatMs(median(r, 'seq'))}`,
      holds: median(r, 'concurrent') < 200 && median(r, 'seq') >= 299,
    }),
  },
  {
    id: 'mixed-one-thread',
    claim: 'Mixed waiting and computing gains from concurrency on one thread: the waits overlap.',
    experiment: 'mixed',
    prediction: 'Concurrent jobs on one thread beat jobs in a row by more than 1.2×.',
    needs: {},
    runs: () => [{ threads: 1, request: { workload: 'mixed', jobs: 3, wait_ms: 50, n: 30 } }],
    judge: ([r]) => ({
      measured: `concurrent ${formatMs(median(r, 'concurrent'))}, in a row ${formatMs(median(r, 'seq'))}: ${speedWords(variant(r, 'concurrent').speedup)}`,
      holds: variant(r, 'concurrent').speedup > 1.2,
    }),
  },
  {
    id: 'mixed-more-cores',
    claim: 'With more cores, mixed work also overlaps its computing.',
    experiment: 'mixed',
    prediction: 'Computing on the pool beats computing on the waiting thread by more than 1.1×.',
    needs: { threads: true, minCores: 2 },
    runs: (cores) => [{ threads: cores, request: { workload: 'mixed', jobs: 3, wait_ms: 20, n: 35 } }],
    judge: ([r]) => ({
      measured: `on ${plural(r.threads, 'thread')}: on the pool ${formatMs(median(r, 'parallel'))}, on the waiting thread ${formatMs(median(r, 'concurrent'))}`,
      holds: median(r, 'concurrent') / median(r, 'parallel') > 1.1,
    }),
  },
  {
    id: 'coordination',
    claim: 'Work that coordinates at every step gets slower in parallel.',
    experiment: 'contended',
    prediction: 'Adding every number through one shared lock is slower than the plain loop.',
    needs: {},
    runs: (cores, threaded) => [{ threads: threaded ? cores : 1, request: { workload: 'contended' } }],
    judge: ([r]) => ({
      measured: `on ${plural(r.threads, 'thread')}: one Mutex ${formatMs(median(r, 'lock'))}, plain loop ${formatMs(median(r, 'seq'))}, ${speedWords(variant(r, 'lock').speedup)}`,
      holds: variant(r, 'lock').speedup < 1,
    }),
  },
  {
    id: 'oversubscription',
    claim: 'More threads than cores does not help.',
    experiment: 'oversubscribe',
    prediction: 'fib on twice as many threads as cores is not more than 10% faster than on one per core.',
    needs: { threads: true },
    runs: (cores) => [cores, 2 * cores].map((threads) => ({ threads, request: { workload: 'fib', n: 32, cutoff: 20 } })),
    judge: ([atCores, over]) => ({
      measured: `${plural(atCores.threads, 'thread')} ${formatMs(median(atCores, 'par'))}, ${plural(over.threads, 'thread')} ${formatMs(median(over, 'par'))}`,
      holds: median(atCores, 'par') / median(over, 'par') <= 1.1,
    }),
  },
  {
    id: 'unsplit',
    claim: 'A job that is not split cannot use extra threads.',
    experiment: 'sum',
    prediction: 'The sum as one single task is no faster on every core than the plain loop.',
    needs: { threads: true, minCores: 2 },
    runs: (cores) => [{ threads: cores, request: { workload: 'sum', tasks: 1 } }],
    judge: ([r]) => ({
      measured: `on ${plural(r.threads, 'thread')}: one task ${formatMs(median(r, 'chunks'))}, plain loop ${formatMs(median(r, 'seq'))}`,
      holds: variant(r, 'chunks').speedup <= 1.1,
    }),
  },
  {
    id: 'tiny-tasks',
    claim: 'Very many tiny tasks cost more than they save.',
    experiment: 'sum',
    prediction: '100,000 tasks of 20 numbers take longer than letting rayon split the sum.',
    needs: {},
    runs: (cores, threaded) => [{ threads: threaded ? cores : 1, request: { workload: 'sum', n: 2_000_000, tasks: 100_000 } }],
    judge: ([r]) => ({
      measured: `100,000 tasks ${formatMs(median(r, 'chunks'))}, rayon's split ${formatMs(median(r, 'par'))}`,
      holds: median(r, 'chunks') > 1.2 * median(r, 'par'),
    }),
  },
];

/** Why a claim cannot be tested on this device, or null when it can. */
export function untestableReason(claim, { cores, threaded, isolated }) {
  if (claim.needs.threads && !threaded) {
    return isolated ? 'threads are off here (this browser’s WebAssembly has no threads)' : 'threads are off here (the page is not cross-origin isolated)';
  }
  if (claim.needs.minCores && cores < claim.needs.minCores) return `this device reports ${plural(cores, 'core')}`;
  return null;
}

export class ClaimsPanel {
  constructor(root, lab) {
    this.root = root;
    this.lab = lab;
    this.running = false;
    this.cancelled = false;
    this.button = root.querySelector('button.check');
    this.progress = root.querySelector('progress');
    this.progressText = root.querySelector('.progress-text');
    this.rows = new Map();
    const tbody = root.querySelector('tbody');
    for (const c of CLAIMS) {
      const row = h('tr', { 'data-claim': c.id, 'data-verdict': 'pending' },
        h('th', { scope: 'row' }, c.claim, h('a', { class: 'claim-link', href: `#exp-${c.experiment}` }, 'experiment')),
        h('td', { class: 'prediction' }, c.prediction),
        h('td', { class: 'measured' }, '–'),
        h('td', { class: 'verdict-cell' }, h('span', { class: 'badge' }, 'not checked yet')));
      this.rows.set(c.id, row);
      tbody.append(row);
    }
    this.button.addEventListener('click', () => (this.running ? this.cancel() : this.checkAll()));
  }

  setVerdict(id, verdict, measured, note = '') {
    const row = this.rows.get(id);
    row.dataset.verdict = verdict;
    row.querySelector('.measured').textContent = measured;
    const text = { holds: 'holds', fails: 'does not hold here', untestable: 'cannot be tested here', pending: 'not checked yet', error: 'failed to run' }[verdict];
    row.querySelector('.badge').textContent = note ? `${text}: ${note}` : text;
  }

  cancel() {
    this.cancelled = true;
    this.lab.cancel('Cancelled: you stopped the check.');
  }

  async checkAll() {
    const { lab } = this;
    const ctx = { cores: lab.cores, threaded: lab.threaded, isolated: lab.isolated };
    const before = lab.sliderThreads();
    this.running = true;
    this.cancelled = false;
    this.root.dataset.state = 'running';
    this.button.textContent = 'Cancel';
    this.button.classList.add('cancel');
    for (const c of CLAIMS) this.setVerdict(c.id, 'pending', '–');
    this.progress.max = CLAIMS.length;
    let done = 0;
    try {
      for (const claim of CLAIMS) {
        if (this.cancelled) break;
        this.progress.value = done;
        this.progressText.textContent = `Checking ${done + 1} of ${CLAIMS.length}: ${claim.claim}`;
        const reason = untestableReason(claim, ctx);
        if (reason) {
          this.setVerdict(claim.id, 'untestable', '–', reason);
        } else {
          try {
            const reports = [];
            for (const { threads, request } of claim.runs(ctx.cores, ctx.threaded)) {
              await lab.usePool(threads);
              reports.push(await lab.run(request));
            }
            if (reports.some((r) => r.variants.some((v) => !v.correct))) throw new Error('a result was wrong, so the timing is meaningless');
            const { measured, holds } = claim.judge(reports, ctx);
            this.setVerdict(claim.id, holds ? 'holds' : 'fails', measured);
          } catch (e) {
            if (e instanceof CancelledError) break;
            this.setVerdict(claim.id, 'error', '–', e.message);
          }
        }
        done++;
      }
      this.progress.value = done;
      const counts = [...this.rows.values()].reduce((acc, r) => ({ ...acc, [r.dataset.verdict]: (acc[r.dataset.verdict] ?? 0) + 1 }), {});
      this.progressText.textContent = this.cancelled
        ? `Cancelled after ${done} of ${CLAIMS.length} claims; the verdicts so far are kept.`
        : `Done: ${counts.holds ?? 0} hold, ${counts.fails ?? 0} do not hold here, ${counts.untestable ?? 0} cannot be tested here${counts.error ? `, ${counts.error} failed to run` : ''}.`;
      lab.announce(this.progressText.textContent);
      if (!this.cancelled && lab.threaded) await lab.usePool(before).catch(() => {});
    } finally {
      this.running = false;
      this.root.dataset.state = this.cancelled ? 'cancelled' : 'done';
      this.button.textContent = 'Check all claims';
      this.button.classList.remove('cancel');
    }
  }
}
