// Fault injection, for tests and for trying the page's recovery by hand.
//
// Hidden unless the page's URL has `?debug=faults` (e.g.
// http://127.0.0.1:8080/?debug=faults). It then adds a panel "Fault injection
// (for tests)" at the end of <main> whose buttons send the compute worker
// fault messages (protocol.js FAULT), which only a test build of the wasm
// (PP_FAULTS=1 bash build.sh) can act on; a production build says so:
//   { kind: 'panic', where: 'caller' }    a Rust panic on the compute
//       worker's own thread: the wasm traps ("RuntimeError: unreachable"),
//       the worker is replaced, the error shows the panic's text;
//   { kind: 'panic', where: 'pool' }      a panic inside a pool
//       thread while the caller waits for it in rayon::join: the caller would
//       wait for ever; the panic is broadcast and the worker replaced;
//   { kind: 'panic', where: 'detached' }  a panic in a pool thread
//       from rayon::spawn while nothing waits: the call returns, the pool is
//       replaced in the background;
//   { kind: 'hang', ms }                  a pool thread sleeps for `ms`
//       without a word: only the time watchdog (here HANG_WATCHDOG_MS)
//       notices, then the worker is replaced.
// "Cancel" stops whatever runs; "Small check" runs fib(25) and says whether it
// was exact, which shows that the engine works again after a fault.
// The result line (.fault-result) carries data-state (running, done, error,
// cancelled) and data-ms (time from the click to the answer) for tests.
import { CancelledError } from './compute.js';
import { h } from './dom.js';

const FIB_25 = 75025;

/** The debug knobs the address asks for: ?debug=faults,noise or ?debug=faults&debug=noise. */
const debugWanted = (search) => new URLSearchParams(search).getAll('debug').flatMap((v) => v.split(','));
const HANG_WATCHDOG_MS = 3000;

/** Adds the fault-injection panel when the URL asks for it (`?debug=faults`); returns it, or null. */
export function mountDebugPanel(lab, { search = location.search, root = document.querySelector('main') } = {}) {
  if (!debugWanted(search).includes('faults') || !root) return null;

  const result = h('p', { class: 'fault-result', role: 'status', 'aria-live': 'polite', 'data-state': 'idle' }, 'No fault injected yet.');
  const show = (state, text, ms) => {
    result.dataset.state = state;
    result.dataset.ms = ms == null ? '' : String(Math.round(ms));
    result.textContent = text;
    lab.announce(text);
  };

  const inject = (label, call, describeOk) => async () => {
    const t0 = performance.now();
    show('running', `${label}…`);
    try {
      const report = await call();
      const ms = performance.now() - t0;
      show('done', describeOk ? describeOk(report, ms) : `${label}: returned after ${Math.round(ms)} ms.`, ms);
    } catch (e) {
      const ms = performance.now() - t0;
      if (e instanceof CancelledError) show('cancelled', `${label}: ${e.message}`, ms);
      else show('error', `${label}: ${e.message}${e.detail ? ` (${e.detail})` : ''} [after ${Math.round(ms)} ms]`, ms);
    }
  };

  const button = (text, action, name) => {
    const b = h('button', { type: 'button', 'data-fault': name }, text);
    b.addEventListener('click', action);
    return b;
  };

  const panel = h('section', { class: 'panel faults', id: 'faults', 'aria-labelledby': 'faults-h' },
    h('h2', { id: 'faults-h' }, 'Fault injection (for tests)'),
    h('p', {}, 'Shown because the address has ?debug=faults. Each button makes the engine fail on purpose, to check that the page says what happened and recovers; the next run should work again.'),
    h('div', { class: 'fault-buttons' },
      button('Panic on the calling thread', inject('Panic on the calling thread', () => lab.fault({ kind: 'panic', where: 'caller' })), 'caller'),
      button('Panic in a pool thread', inject('Panic in a pool thread', () => lab.fault({ kind: 'panic', where: 'pool' })), 'pool'),
      button('Panic in an idle pool thread', inject('Panic in an idle pool thread', () => lab.fault({ kind: 'panic', where: 'detached' }),
        (_r, ms) => `Panic in an idle pool thread: the call returned after ${Math.round(ms)} ms; the panic is reported on its own and the pool restarted in the background.`), 'detached'),
      button(`Hang a pool thread (watchdog ${HANG_WATCHDOG_MS / 1000} s)`, inject('Hang a pool thread', () => lab.fault({ kind: 'hang', ms: 3_600_000 }, HANG_WATCHDOG_MS)), 'hang'),
      button('Cancel', () => lab.cancel('Cancelled from the fault panel.'), 'cancel'),
      button('Small check (fib 25)', inject('Small check', () => lab.run({ workload: 'fib', n: 25, cutoff: 15, reps: 1, warmup: 0 }), (report, ms) => {
        const exact = report.variants.every((v) => v.correct && Number(v.value) === FIB_25);
        return `Small check: fib(25) ${exact ? 'exact' : 'WRONG'} on ${report.threads} thread${report.threads === 1 ? '' : 's'}, answered after ${Math.round(ms)} ms.`;
      }), 'check')),
    result);
  root.append(panel);
  return panel;
}

/**
 * A fault knob for the engine's start (`?debug=stall-threads`, or
 * `stall-threads-N`): the first N (default 1) starts of the threaded package
 * stop once their memory is up, as a pool whose threads never answer does,
 * so the page's retries and its switch to threads in the background can be
 * seen and tested (tests/browsers/threads.test.mjs). Returns N, 0 without the knob.
 */
export function startStalls(search = location.search) {
  for (const knob of debugWanted(search)) {
    const m = /^stall-threads(?:-(\d+))?$/.exec(knob);
    if (m) return Number(m[1] ?? 1);
  }
  return 0;
}

/**
 * A fault knob for the claims panel (`?debug=noise`): it changes measured
 * samples before they are judged, so the decision rule's other outcomes can
 * be seen and tested on a quiet machine.
 *   split-many-cores: each round's one-loop baseline is made the two halves'
 *     time times a random factor around the claim's 1.2x (from 0.27x to 5.4x
 *     that): the interval straddles the threshold in every try, so it is
 *     measured again and stays inconclusive;
 *   cpu-more-cores: the jobs in a row are 3 times slower throughout: a
 *     speed-up beyond what two threads can give three jobs (1.5x), flagged
 *     and never counted;
 *   mixed-one-thread: the jobs in a row take as long as the concurrent ones:
 *     no gain on one thread, and the claim does not hold.
 * Returns the `perturb(report, claim, attempt)` hook, or null without the knob.
 */
export function claimsKnob(search = location.search) {
  if (!debugWanted(search).includes('noise')) return null;
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  /** The report with its 'seq' samples replaced: `make(seqSample, i, report)`. */
  const baseline = (report, make) => ({
    ...report,
    variants: report.variants.map((v) => (v.name === 'seq' ? { ...v, samples_ms: v.samples_ms.map((s, i) => make(s, i, report)) } : v)),
  });
  const sample = (report, name, i) => report.variants.find((v) => v.name === name).samples_ms[i];
  return (report, claim) => {
    if (claim.id === 'split-many-cores') return baseline(report, (s, i, r) => sample(r, 'halves', i) * 1.2 * Math.exp(3 * (random() - 0.5)));
    if (claim.id === 'cpu-more-cores') return baseline(report, (s) => s * 3);
    if (claim.id === 'mixed-one-thread') return baseline(report, (s, i, r) => sample(r, 'concurrent', i));
    return report;
  };
}
