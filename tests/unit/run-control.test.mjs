// The run control (www/run-control.js) with a fake engine: the failure cases
// every panel shares are tested once, here. The fake lab records what was
// asked of it; its runs, estimates and pool starts settle when a test says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunControl, outcomeValue } from '../../www/run-control.js';
import { CancelledError, ComputeError } from '../../www/errors.js';
import { ERRORS } from '../../www/protocol.js';

/** A promise with its resolve and reject outside. */
function deferred() {
  let resolve, reject;
  const promise = new Promise((a, b) => ((resolve = a), (reject = b)));
  return { promise, resolve, reject };
}

/** What the control touches of an element: text, hidden, value/max, dataset and classList. */
function fakeElement() {
  const classes = new Set();
  return { textContent: '', hidden: true, value: 0, max: 1, dataset: {}, classList: { toggle: (c, on) => (on ? classes.add(c) : classes.delete(c)), contains: (c) => classes.has(c) } };
}

/**
 * A lab whose engine answers at once unless told otherwise:
 * `runs`: request -> a value, a thrown error, or a deferred to settle later;
 * `pools`: k -> same, for usePool(k); `estimate`: likewise for every estimate.
 */
function fakeLab({ runs = () => ({ ok: true }), pools = () => ({ threads: 1 }), estimate = () => ({ expected_ms: 10 }), cancel = () => Promise.resolve() } = {}) {
  const log = [];
  const answer = (what) => async (value) => {
    const out = what(value);
    if (out instanceof Error) throw out;
    return out && out.promise ? out.promise : out;
  };
  const lab = {
    threaded: true,
    log,
    announced: [],
    run: (r) => (log.push(['run', r]), answer(runs)(r)),
    timeline: (r) => (log.push(['timeline', r]), answer(runs)(r)),
    estimate: (r) => (log.push(['estimate', r]), answer(estimate)(r)),
    usePool: (k) => (log.push(['usePool', k]), answer(pools)(k)),
    freshPool: (k) => (log.push(['freshPool', k]), answer(pools)(k)),
    cancel: (reason) => (log.push(['cancel', reason]), cancel(reason)),
    announce: (t) => lab.announced.push(t),
  };
  return lab;
}

function control(lab) {
  const parts = { root: fakeElement(), button: fakeElement(), text: fakeElement(), bar: fakeElement(), error: fakeElement() };
  return { c: new RunControl({ lab, ...parts, idleLabel: 'Sweep', cancelReason: 'Cancelled: you stopped it.' }), ...parts };
}

const startFailed = () => new ComputeError('The compute engine did not start within 60 s (its thread pool never answered). Reload the page, or move the slider to try again.', { kind: ERRORS.start, stage: 'timeout', fatal: true });

test('a batch that runs through ends done, with every result, a full bar, the button back and the words announced', async () => {
  const lab = fakeLab({ runs: (r) => ({ threads: r.k }) });
  const { c, root, button, bar, text, error } = control(lab);
  const outcome = await c.batch([1, 2, 3], async (k, step) => {
    await step.usePool(k);
    assert.equal(button.textContent, 'Cancel', 'the button cancels while it runs');
    assert.equal(root.dataset.state, 'running');
    return step.run({ k });
  }, { label: (k, i, n) => `Measuring on ${k} (${i + 1} of ${n})…`, restoreThreads: 2, done: (n) => `Done: ${n} thread counts measured.` });
  assert.equal(outcome.state, 'done');
  assert.deepEqual(outcome.results, [{ threads: 1 }, { threads: 2 }, { threads: 3 }]);
  assert.deepEqual(outcome.failures, []);
  assert.deepEqual([bar.value, bar.max], [3, 3]);
  assert.equal(root.dataset.state, 'done');
  assert.equal(button.textContent, 'Sweep');
  assert.equal(button.classList.contains('cancel'), false);
  assert.equal(error.hidden, true);
  assert.equal(text.textContent, 'Done: 3 thread counts measured.');
  assert.deepEqual(lab.announced, ['Done: 3 thread counts measured.']);
  // The slider's pool is put back last, after the runs.
  assert.deepEqual(lab.log.at(-1), ['usePool', 2]);
  assert.equal(c.running, false);
});

test('a pool that fails to start ends the batch in error, with the engine\'s words, and nothing more is run', async () => {
  const lab = fakeLab({ pools: (k) => (k === 2 ? startFailed() : { threads: k }) });
  const { c, root, error, button } = control(lab);
  const outcome = await c.batch([1, 2, 3], async (k, step) => {
    await step.usePool(k);
    return step.run({ k });
  });
  assert.equal(outcome.state, 'error');
  assert.equal(outcome.error.kind, ERRORS.start);
  assert.match(outcome.error.message, /^The compute engine did not start within 60 s/);
  assert.equal(root.dataset.state, 'error');
  assert.equal(error.hidden, false);
  assert.match(error.textContent, /^The compute engine did not start within 60 s .* move the slider to try again\.$/);
  assert.deepEqual(lab.log.filter(([what]) => what === 'run').map(([, r]) => r.k), [1], 'nothing ran after the failed start');
  assert.deepEqual(outcome.results, [{ ok: true }]);
  assert.equal(button.textContent, 'Sweep');
});

test('a failed run inside a batch is counted and shown, and the batch never says done', async () => {
  const refused = new ComputeError('n must be at most 45: fib(46) would take minutes here.', { kind: ERRORS.refused });
  const lab = fakeLab({ runs: (r) => (r.k === 2 ? refused : { k: r.k }) });
  const { c, root, error, text } = control(lab);
  const outcome = await c.batch([1, 2, 3], (k, step) => step.run({ k }), { continueOnError: true, done: () => 'Done: every cell filled.' });
  assert.equal(outcome.state, 'error');
  assert.deepEqual(outcome.results.filter(Boolean), [{ k: 1 }, { k: 3 }], 'the batch went on after the failure');
  assert.deepEqual(outcome.failures.map((f) => [f.item, f.index, f.error.kind]), [[2, 1, ERRORS.refused]]);
  assert.equal(root.dataset.state, 'error');
  assert.equal(error.textContent, '1 of 3 failed: n must be at most 45: fib(46) would take minutes here.');
  assert.equal(text.textContent, 'Stopped: 2 of 3 finished.');
  assert.notEqual(text.textContent, 'Done: every cell filled.');
});

test('without continueOnError the first failed run stops the batch', async () => {
  const lab = fakeLab({ runs: (r) => (r.k === 1 ? new ComputeError('The computation crashed (panic: boom). The engine was restarted; run again.', { kind: ERRORS.crashed, fatal: true }) : { k: r.k }) });
  const { c } = control(lab);
  const outcome = await c.batch([1, 2], (k, step) => step.run({ k }));
  assert.equal(outcome.state, 'error');
  assert.equal(outcome.error.kind, ERRORS.crashed);
  assert.equal(lab.log.filter(([w]) => w === 'run').length, 1);
});

test('cancel during the estimate question stops the run at once, even while the engine has not answered, and nothing is measured', async () => {
  const question = deferred(); // the engine never answers the estimate on its own
  const lab = fakeLab({ estimate: () => question });
  const { c, root, text, button } = control(lab);
  const running = c.run(async (step) => {
    const e = await step.estimate({ workload: 'fib', n: 42 });
    return step.run({ workload: 'fib', n: 42, budget: e.expected_ms });
  }, { cancelled: (reason) => `${reason} Earlier results are kept.` });
  await Promise.resolve();
  assert.equal(c.running, true);
  c.toggle(() => assert.fail('a click while running cancels, it does not start another run'));
  const outcome = await running;
  assert.equal(outcome.state, 'cancelled');
  assert.equal(root.dataset.state, 'cancelled');
  assert.equal(text.textContent, 'Cancelled: you stopped it. Earlier results are kept.');
  assert.equal(button.textContent, 'Sweep');
  // The engine answers late: nothing is run on its answer.
  question.resolve({ expected_ms: 10 });
  await new Promise((r) => setTimeout(r, 0));
  assert.deepEqual(lab.log.map(([what]) => what), ['estimate', 'cancel']);
  assert.deepEqual(lab.log[1], ['cancel', 'Cancelled: you stopped it.']);
});

test('a cancel the engine reports itself (the pool was replaced under the estimate) ends cancelled, not in error', async () => {
  const lab = fakeLab({ estimate: () => new CancelledError('Stopped: the pool restarted with 2 threads.') });
  const { c, error } = control(lab);
  const outcome = await c.run(async (step) => step.run({ budget: (await step.estimate({})).expected_ms }));
  assert.equal(outcome.state, 'cancelled');
  assert.equal(error.hidden, true);
  assert.deepEqual(lab.log.map(([what]) => what), ['estimate']);
});

test('a pool restore that fails after the batch is shown, with the measurements kept', async () => {
  const lab = fakeLab({ pools: (k) => (k === 4 ? startFailed() : { threads: k }) });
  const { c, root, error } = control(lab);
  const outcome = await c.batch([1, 2], (k, step) => step.run({ k }), { restoreThreads: 4 });
  assert.equal(outcome.state, 'error');
  assert.equal(outcome.results.length, 2, 'the measurements are kept');
  assert.equal(root.dataset.state, 'error');
  assert.match(error.textContent, /^The measurements are kept, but the pool of 4 threads did not start again: The compute engine did not start within 60 s/);
});

test('a pool restart after Cancel that fails is shown, not swallowed', async () => {
  const hang = deferred();
  const lab = fakeLab({ runs: () => hang, cancel: () => Promise.reject(startFailed()) });
  const { c, error } = control(lab);
  const running = c.run((step) => step.run({}));
  await Promise.resolve();
  c.cancel();
  assert.equal((await running).state, 'cancelled');
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(error.hidden, false);
  assert.match(error.textContent, /^The run was cancelled, but the engine did not start again: The compute engine did not start within 60 s/);
  assert.ok(lab.announced.includes(error.textContent));
});

test('a fault of the page\'s own code is shown as such, with the browser\'s words as detail', async () => {
  const { c, error } = control(fakeLab());
  const outcome = await c.run(() => null.x);
  assert.equal(outcome.state, 'error');
  assert.equal(outcome.error.kind, ERRORS.page);
  assert.match(error.textContent, /^Something went wrong in the page itself, not in the measurement\. Reload the page; .* \(TypeError: /);
});

test('a second run while one is in progress is refused, and the control is usable after each end', async () => {
  const lab = fakeLab();
  const { c } = control(lab);
  const gate = deferred();
  const first = c.run((step) => step.wait(gate.promise));
  await assert.rejects(c.run(async () => 1), /already in progress/);
  gate.resolve(7);
  assert.deepEqual(await first, { state: 'done', value: 7, error: null });
  assert.equal((await c.run(async () => 8)).value, 8);
});

test('a batch whose items are other controls\' runs (the matrix running cards) counts a failed inner run as a failed item', async () => {
  const lab = fakeLab({ runs: (r) => (r.k === 2 ? new ComputeError('The computation crashed (panic: boom). The engine was restarted; run again.', { kind: ERRORS.crashed }) : { k: r.k }) });
  const outer = control(lab);
  const cards = [1, 2, 3].map(() => control(lab).c);
  const outcome = await outer.c.batch([1, 2, 3], async (k, step, i) => outcomeValue(await cards[i].run((inner) => inner.run({ k }))), { continueOnError: true });
  assert.equal(outcome.state, 'error');
  assert.deepEqual(outcome.failures.map((f) => [f.item, f.error.kind]), [[2, ERRORS.crashed]]);
  assert.match(outer.error.textContent, /^1 of 3 failed: The computation crashed \(panic: boom\)/);
  assert.deepEqual(outcome.results.filter(Boolean), [{ k: 1 }, { k: 3 }]);
});
