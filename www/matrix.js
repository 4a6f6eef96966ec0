// The lesson's decision matrix ("When does concurrency help?") as a grid
// whose cells are filled from this session's measurements: every finished run
// of an experiment card lands in the cell of its kind of workload and pool
// size, with the lesson's expectation beside it and a link to the card that
// measured it. Nothing is stored; a reload starts empty.
import { h } from './dom.js';
import { plural, speedWords } from './format.js';
import { RunControl, outcomeValue } from './run-control.js';
import { ComputeError } from './errors.js';
import { met, expectWords } from './lesson/expectations.js';
import { tasksOf } from './lesson/tasks.js';
import { t } from './l10n.js';

/**
 * The lesson's rows (their words: matrix-<id>-label, -why, -one-lesson and
 * -many-lesson in www/locales/*.ftl). `workloads`: which of the core's workloads measure it;
 * `card`: the experiment a cell links to and measures when asked;
 * per column, the variant whose speed-up against sequential fills the cell,
 * and the expectation (lesson/expectations.js) a
 * measurement must meet to agree: the same one the card behind it judges by.
 */
export const ROWS = [
  {
    id: 'io', workloads: ['io'], card: 'io',
    one: { variant: 'concurrent', expectation: 'overlap' },
    many: { variant: 'concurrent', expectation: 'overlap' },
  },
  {
    id: 'cpu', workloads: ['fib_three', 'fib'], card: 'fib_three',
    one: { variant: 'par', expectation: 'noGain' },
    many: { variant: 'par', expectation: 'cpuParallel' },
  },
  {
    id: 'mixed', workloads: ['mixed'], card: 'mixed',
    one: { variant: 'concurrent', expectation: 'mixedOne' },
    many: { variant: 'parallel', expectation: 'mixedParallel' },
  },
  {
    id: 'coordination', workloads: ['contended'], card: 'contended',
    one: { variant: 'lock', expectation: 'slower' },
    many: { variant: 'lock', expectation: 'slower' },
  },
];

/** Whether speed-up `speedup` of `row`'s `col` agrees with the lesson, in `ctx` ({ threads, cores, tasks }). */
export const agrees = (row, col, speedup, ctx) => met(row[col].expectation, speedup, ctx);

/** The column a run belongs to: 'one' for a pool of one thread, 'many' for two or more. */
export const columnOf = (threads) => (threads === 1 ? 'one' : 'many');

export class MatrixPanel {
  /**
   * @param {HTMLElement} root
   * @param {object} lab    the page's lab (cores, threaded, usePool, sliderThreads, cancel, announce)
   * @param {Map<string, object>} cards  experiment cards by id
   */
  constructor(root, lab, cards) {
    this.root = root;
    this.lab = lab;
    this.cards = cards;
    this.cells = new Map();
    const head = h('tr', {}, h('th', { scope: 'col' }, t('matrix-col-workload')),
      h('th', { scope: 'col' }, t('matrix-col-one'), h('span', { class: 'col-note' }, t('matrix-col-one-note'))),
      h('th', { scope: 'col' }, t('matrix-col-many'), h('span', { class: 'col-note' }, t('matrix-col-many-note', { cores: plural(lab.cores, 'core') }))),
      h('th', { scope: 'col' }, t('matrix-col-why')));
    const body = ROWS.map((row) => h('tr', { 'data-row': row.id },
      h('th', { scope: 'row' }, t(`matrix-${row.id}-label`)),
      this.#cell(row, 'one'),
      this.#cell(row, 'many'),
      h('td', { class: 'why' }, t(`matrix-${row.id}-why`))));
    this.button = h('button', { type: 'button', class: 'run' }, t('matrix-button'));
    this.progress = h('p', { class: 'progress-text', 'aria-live': 'polite' }, t('matrix-progress-idle'));
    this.error = h('p', { class: 'error', role: 'alert', hidden: true });
    this.control = new RunControl({ lab, root, button: this.button, idleLabel: t('matrix-button'), text: this.progress, error: this.error, cancelReason: t('matrix-cancel-reason') });
    this.button.addEventListener('click', () => this.control.toggle(() => this.fill()));
    root.append(
      h('p', { class: 'concept' }, t('matrix-concept')),
      h('h2', { id: 'matrix-h' }, t('matrix-heading')),
      h('p', {}, t('matrix-intro')),
      h('div', { class: 'matrix-bar' }, this.button, this.progress),
      this.error,
      h('div', { class: 'table-scroll' }, h('table', { class: 'matrix-table' },
        h('caption', { class: 'visually-hidden' }, t('matrix-caption')),
        h('thead', {}, head), h('tbody', {}, ...body))));
  }

  #cell(row, col) {
    const spec = row[col];
    const measured = h('span', { class: 'cell-measured' }, h('span', { class: 'cell-label' }, `${t('matrix-here')} `), t('matrix-not-measured'));
    const verdict = h('strong', { class: 'cell-verdict' });
    const link = h('a', { href: `#exp-${row.card}`, class: 'cell-link' }, t('matrix-run-link'));
    // The lesson's cut-off, shown: the same number the card and the claims judge by (with the card's default task count until it runs).
    const expect = h('span', { class: 'cell-label cell-expect' }, ` (${expectWords(spec.expectation, { tasks: tasksOf(row.workloads[0], {}, spec.variant) })})`);
    const td = h('td', { class: 'matrix-cell', 'data-col': col, 'data-state': 'empty' },
      h('span', { class: 'cell-lesson' }, h('span', { class: 'cell-label' }, `${t('matrix-lesson')} `), t(`matrix-${row.id}-${col}-lesson`), expect),
      measured, h('span', { class: 'cell-foot' }, verdict, link));
    const cell = { td, measured, verdict, link, expect, row, col, untestable: false };
    this.cells.set(`${row.id}:${col}`, cell);
    this.#markTestable(cell);
    return td;
  }

  /** Marks whether `cell` can be measured on this page now (the many-cores column needs threads and two cores). */
  #markTestable(cell) {
    const untestable = cell.col === 'many' && (!this.lab.threaded || this.lab.cores < 2);
    if (untestable) {
      cell.td.dataset.state = 'untestable';
      cell.measured.replaceChildren(h('span', { class: 'cell-label' }, `${t('matrix-here')} `), t(this.lab.threaded ? 'matrix-untestable-one-core' : 'matrix-untestable-no-threads'));
    } else if (cell.untestable) {
      // Threads came on after the page was built: the cell can be filled now.
      cell.td.dataset.state = 'empty';
      cell.measured.replaceChildren(h('span', { class: 'cell-label' }, `${t('matrix-here')} `), t('matrix-not-measured'));
    }
    cell.untestable = untestable;
  }

  /** Threads came on later (the engine kept trying after a fallback): cells that needed them can be measured now. */
  refreshTestable() {
    for (const cell of this.cells.values()) this.#markTestable(cell);
  }

  /** Takes a finished run of experiment card `card`: fills the cell of its row and pool size. */
  record(card, report) {
    const row = ROWS.find((r) => r.workloads.includes(card.spec.workload));
    if (!row) return;
    const col = columnOf(report.threads);
    const cell = this.cells.get(`${row.id}:${col}`);
    if (cell.untestable) return;
    const v = report.variants.find((x) => x.name === row[col].variant);
    if (!v || !v.correct) return;
    const ctx = { threads: report.threads, cores: this.lab.cores, tasks: tasksOf(card.spec.workload, report.workload, v.name) };
    const ok = agrees(row, col, v.speedup, ctx);
    cell.expect.textContent = ` (${expectWords(row[col].expectation, ctx)})`;
    cell.td.dataset.state = ok ? 'agrees' : 'differs';
    cell.td.dataset.speedup = String(v.speedup);
    cell.td.dataset.experiment = card.spec.id;
    cell.measured.replaceChildren(h('span', { class: 'cell-label' }, `${t('matrix-here')} `), t('matrix-measured', { speed: speedWords(v.speedup), threads: plural(report.threads, 'thread') }));
    cell.verdict.textContent = `${t(ok ? 'matrix-agrees' : 'matrix-differs')} · `;
    cell.link.textContent = card.spec.title;
    cell.link.href = `#exp-${card.spec.id}`;
  }

  /** Whether the matrix is filling its cells. */
  get running() {
    return this.control.running;
  }

  /**
   * Runs the experiment behind every empty cell, one after another, on its
   * column's pool size, through the run control: a pool that does not start
   * stops the fill with its reason; a card whose run fails shows why on the
   * card, and the fill ends in error saying how many cells stayed empty
   * instead of calling every cell filled.
   * @returns {Promise<object>}  the control's batch outcome
   */
  async fill() {
    const { lab } = this;
    const before = lab.sliderThreads();
    const todo = [...this.cells.values()].filter((c) => c.td.dataset.state === 'empty');
    const poolOf = (cell) => (cell.col === 'one' ? 1 : Math.max(2, Math.min(lab.cores, lab.maxThreads())));
    const outcome = await this.control.batch(todo, async (cell, step) => {
      const card = this.cards.get(cell.row.card);
      await step.usePool(poolOf(cell));
      return cardValue(card, await step.wait(card.run()));
    }, {
      continueOnError: true,
      restoreThreads: before,
      label: (cell, i, n) => t('matrix-measuring', { i: i + 1, n, experiment: this.cards.get(cell.row.card).spec.title, threads: plural(poolOf(cell), 'thread') }),
      done: () => t('matrix-done'),
      cancelled: () => t('matrix-cancelled'),
    });
    this.root.dataset.failed = String(outcome.failures.length);
    return outcome;
  }
}

/**
 * The value of experiment card `card`'s run outcome (run-control.js
 * outcomeValue), its failure thrown again so the batch counts it: a cancelled
 * card cancels the fill; a failed one, named, leaves its cell empty and says
 * why; a long run the person chose not to start counts as not filled.
 */
function cardValue(card, outcome) {
  if (outcome.state === 'done' && outcome.value === 'skipped') throw new ComputeError(t('matrix-skipped', { experiment: card.spec.title }));
  if (outcome.state === 'error') return outcomeValue({ ...outcome, error: { ...outcome.error, message: `${card.spec.title}: ${outcome.error.message}` } });
  return outcomeValue(outcome);
}
