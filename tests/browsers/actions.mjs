// What the browser tests do on the page, as a person would (set the slider,
// fill a card, press Run, press "Check all claims"), written once for every
// engine of scripts/lib/engines.mjs. Each page-side function is sent as its
// source, so it uses nothing from this module's scope.

/** The device facts the page shows, and what the browser says. */
export const readDevice = (engine) =>
  engine.eval(() => ({
    state: document.body.dataset.state,
    engine: document.querySelector('#engine').textContent,
    isolatedShown: document.querySelector('#isolated').textContent,
    note: document.querySelector('#engine-note').hidden ? '' : document.querySelector('#engine-note').textContent,
    newTab: document.querySelector('#engine-note a.new-tab')?.textContent ?? '',
    newTabHref: document.querySelector('#engine-note a.new-tab')?.href ?? '',
    pool: document.querySelector('#pool').textContent,
    threadIndices: document.querySelector('#pool').dataset.threadIndices ?? '',
    slider: { max: Number(document.querySelector('#threads').max), value: Number(document.querySelector('#threads').value), disabled: document.querySelector('#threads').disabled },
    isolated: globalThis.crossOriginIsolated === true,
    cores: navigator.hardwareConcurrency,
    userAgent: navigator.userAgent,
    readyAtMs: performance.getEntriesByName('pp:engine-decided')[0]?.startTime ?? null,
  }));

/** Waits until the page's pool is up (or the page says it failed); returns readDevice(). */
export async function pageReady(engine, timeout = 30_000) {
  await engine.waitFor(() => ['ready', 'error'].includes(document.body?.dataset.state) && document.querySelector('#pool')?.textContent.includes('ready in'), null, { timeout, what: 'the pool to be ready' });
  return readDevice(engine);
}

/** Moves the slider to k (as a released thumb does) and waits for a pool of k threads. */
export async function setThreads(engine, k) {
  await engine.eval((k) => {
    const slider = document.querySelector('#threads');
    slider.value = String(k);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    slider.dispatchEvent(new Event('change', { bubbles: true }));
  }, k);
  await engine.waitFor((k) => document.querySelector('#pool').dataset.threadIndices?.split(',').length === k && document.body.dataset.state === 'ready', k, { what: `a pool of ${k} threads` });
}

/** The experiment cards on the page: { id, workload, fields }. */
export const listCards = (engine) =>
  engine.eval(() => [...document.querySelectorAll('#experiments article.experiment')].map((a) => ({
    id: a.id,
    workload: a.dataset.workload,
    fields: [...a.querySelectorAll('input[name]')].map((i) => i.name),
    // A card with a note of its own pool sizes (more threads than cores, one or many) measures those, not the slider's.
    ownPools: Boolean(a.querySelector('.sweep-note')),
  })));

/** Fills card `id`'s fields, presses Run, answers "Run anyway" if asked, and returns its result rows. */
export async function runCard(engine, id, fields, timeout = 120_000) {
  await engine.eval((id, fields) => {
    const card = document.getElementById(id);
    for (const [name, value] of Object.entries(fields)) {
      const input = card.querySelector(`input[name=${name}]`);
      input.value = String(value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
    card.querySelector('button.run').click();
  }, id, fields);
  await engine.waitFor((id) => {
    const card = document.getElementById(id);
    if (card.dataset.state === 'confirming') card.querySelector('.confirm-run')?.click();
    return ['done', 'error'].includes(card.dataset.state) && !card.querySelector('button.run.cancel');
  }, id, { timeout, what: `${id} to finish` });
  return engine.eval((id) => {
    const el = document.getElementById(id);
    return {
      state: el.dataset.state,
      error: el.querySelector('.error').hidden ? '' : el.querySelector('.error').textContent,
      threads: Number(el.querySelector('.verdict').dataset.threads),
      verdict: el.querySelector('.verdict').textContent,
      rows: [...el.querySelectorAll('table.result-table tbody tr[data-variant]')].map((r) => ({ variant: r.dataset.variant, value: r.dataset.value, correct: r.dataset.correct, median: Number(r.dataset.median), missing: r.dataset.missing === 'true', said: r.cells[1]?.textContent ?? '' })),
    };
  }, id);
}

/** Presses "Check all claims", waits until every claim has a verdict, and returns the rows. */
/** Starts a small thread sweep (fib(24), cutoff 12) in `target` (a page or a frame with eval); the caller waits for it. */
export const startSmallSweep = (target) =>
  target.eval(() => {
    const set = (sel, value) => {
      const el = document.querySelector(sel);
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    };
    set('#sweep select[name=workload]', 'fib');
    set('#sweep input[name=n]', '24');
    set('#sweep input[name=cutoff]', '12');
    document.querySelector('#sweep button.run').click();
  });

export async function checkAllClaims(engine, timeout = 420_000) {
  await engine.eval(() => document.querySelector('#claims button.check').click());
  await engine.waitFor(() => ['done', 'cancelled'].includes(document.querySelector('#claims').dataset.state), null, { timeout, what: 'every claim to be checked' });
  return engine.eval(() => ({
    state: document.querySelector('#claims').dataset.state,
    summary: document.querySelector('#claims .progress-text')?.textContent ?? '',
    rows: [...document.querySelectorAll('#claims tbody tr[data-claim]')].map((r) => ({
      id: r.dataset.claim,
      verdict: r.dataset.verdict,
      text: r.querySelector('.badge')?.textContent.trim() ?? '',
      measured: r.querySelector('.measured')?.textContent.trim() ?? '',
      note: r.querySelector('.verdict-note')?.textContent.trim() ?? '',
    })),
  }));
}

/** Small sizes for each field of each workload, so every run is quick in every engine; other fields keep their defaults. */
export const SMALL = {
  sum: { n: 1_000_001, tasks: 7 },
  sum64: { n: 1_000_001 },
  fib: { n: 24, cutoff: 12 },
  fib_three: { n: 20 },
  io: { jobs: 2, wait_ms: 20 },
  mixed: { jobs: 2, n: 18, wait_ms: 10 },
  contended: { n: 20_000 },
  many_tasks: { jobs: 200, n: 15 },
  equal_jobs: { n: 22 },
};

const fib = (n) => {
  let [a, b] = [0n, 1n];
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
};

/** The exact answer of a small run, worked out here independently of the engine; null where the engine's own check is all there is. */
export function exactAnswer(workload, fields) {
  if (workload === 'sum' || workload === 'sum64') return ((BigInt(fields.n) * BigInt(fields.n - 1)) / 2n).toString();
  if (workload === 'fib') return fib(fields.n).toString();
  if (workload === 'many_tasks') return (BigInt(fields.jobs) * fib(fields.n)).toString();
  return null;
}
