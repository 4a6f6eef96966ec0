// The fault-injection panel of `?debug=faults` (see www/debug.js for what
// each button does): loaded on demand by debug.js's mountDebugPanel, never
// on a visitor's first view.
import { CancelledError } from './compute.js';
import { h } from './dom.js';

const FIB_25 = 75025;

const HANG_WATCHDOG_MS = 3000;

/** Adds the fault-injection panel at the end of `root`; returns it. */
export function mountFaultPanel(lab, root) {
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
