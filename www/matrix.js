// The lesson's decision matrix ("When does concurrency help?") as a grid
// whose cells are filled from this session's measurements: every finished run
// of an experiment card lands in the cell of its kind of workload and pool
// size, with the lesson's expectation beside it and a link to the card that
// measured it. Nothing is stored; a reload starts empty.
import { h } from './dom.js';
import { plural, speedWords } from './format.js';
import { CancelledError } from './compute.js';
import { met } from './lesson/expectations.js';
import { tasksOf } from './lesson/tasks.js';

/**
 * The lesson's rows. `workloads`: which of the core's workloads measure it;
 * `card`: the experiment a cell links to and measures when asked;
 * per column, the variant whose speed-up against sequential fills the cell,
 * the lesson's symbol, and the expectation (lesson/expectations.js) a
 * measurement must meet to agree: the same one the card behind it judges by.
 */
export const ROWS = [
  {
    id: 'io', label: 'I/O-bound (network, disk)', workloads: ['io'], card: 'io',
    one: { variant: 'concurrent', lesson: '✓ Much faster', expectation: 'overlap' },
    many: { variant: 'concurrent', lesson: '✓ Much faster', expectation: 'overlap' },
    why: 'Overlap wait times',
  },
  {
    id: 'cpu', label: 'CPU-bound (computation)', workloads: ['fib_three', 'fib'], card: 'fib_three',
    one: { variant: 'par', lesson: '✗ Same or slower', expectation: 'noGain' },
    many: { variant: 'par', lesson: '✓ Faster', expectation: 'cpuParallel' },
    why: 'Needs parallel execution',
  },
  {
    id: 'mixed', label: 'Mixed I/O + CPU', workloads: ['mixed'], card: 'mixed',
    one: { variant: 'concurrent', lesson: '✓ Somewhat faster', expectation: 'mixedOne' },
    many: { variant: 'parallel', lesson: '✓ Much faster', expectation: 'mixedParallel' },
    why: 'Overlap I/O, parallelize CPU',
  },
  {
    id: 'coordination', label: 'Coordination-heavy', workloads: ['contended'], card: 'contended',
    one: { variant: 'lock', lesson: '✗ Slower', expectation: 'slower' },
    many: { variant: 'lock', lesson: '✗ Slower', expectation: 'slower' },
    why: 'Synchronization overhead dominates',
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
    this.running = false;
    this.cells = new Map();
    const head = h('tr', {}, h('th', { scope: 'col' }, 'Workload type'),
      h('th', { scope: 'col' }, 'Single core', h('span', { class: 'col-note' }, 'here: a pool of 1 thread')),
      h('th', { scope: 'col' }, 'Multiple cores', h('span', { class: 'col-note' }, `here: ${plural(lab.cores, 'core')}, a pool of 2 or more threads`)),
      h('th', { scope: 'col' }, 'Why'));
    const body = ROWS.map((row) => h('tr', { 'data-row': row.id },
      h('th', { scope: 'row' }, row.label),
      this.#cell(row, 'one'),
      this.#cell(row, 'many'),
      h('td', { class: 'why' }, row.why)));
    this.button = h('button', { type: 'button', class: 'run' }, 'Measure the empty cells');
    this.button.addEventListener('click', () => (this.running ? this.cancel() : this.fill()));
    this.progress = h('p', { class: 'progress-text', 'aria-live': 'polite' }, 'Runs the experiment behind each empty cell, with its card’s settings, on the pool size of its column: about half a minute.');
    root.append(
      h('p', { class: 'concept' }, 'the lesson’s matrix, with this device’s numbers'),
      h('h2', { id: 'matrix-h' }, 'When does concurrency help? Measured here'),
      h('p', {}, 'The lesson sums up with a matrix: for each kind of work, whether concurrency helps on one core and on several. Each cell below shows the lesson’s answer, then the speed-up measured on this device in this session (the latest run of the experiment behind it), and whether the two agree. Run any experiment card, or fill every empty cell at once.'),
      h('div', { class: 'matrix-bar' }, this.button, this.progress),
      h('div', { class: 'table-scroll' }, h('table', { class: 'matrix-table' },
        h('caption', { class: 'visually-hidden' }, 'Decision matrix: the lesson’s answer and the measurement on this device'),
        h('thead', {}, head), h('tbody', {}, ...body))));
  }

  #cell(row, col) {
    const spec = row[col];
    const measured = h('span', { class: 'cell-measured' }, h('span', { class: 'cell-label' }, 'Here: '), 'not measured yet');
    const verdict = h('strong', { class: 'cell-verdict' });
    const link = h('a', { href: `#exp-${row.card}`, class: 'cell-link' }, `run the experiment`);
    const td = h('td', { class: 'matrix-cell', 'data-col': col, 'data-state': 'empty' },
      h('span', { class: 'cell-lesson' }, h('span', { class: 'cell-label' }, 'Lesson: '), spec.lesson),
      measured, h('span', { class: 'cell-foot' }, verdict, link));
    const untestable = col === 'many' && (!this.lab.threaded || this.lab.cores < 2);
    if (untestable) {
      td.dataset.state = 'untestable';
      measured.replaceChildren(h('span', { class: 'cell-label' }, 'Here: '), this.lab.threaded ? 'cannot be measured, this device reports one core' : 'cannot be measured, threads are off on this page');
    }
    this.cells.set(`${row.id}:${col}`, { td, measured, verdict, link, row, col, untestable });
    return td;
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
    cell.td.dataset.state = ok ? 'agrees' : 'differs';
    cell.td.dataset.speedup = String(v.speedup);
    cell.td.dataset.experiment = card.spec.id;
    cell.measured.replaceChildren(h('span', { class: 'cell-label' }, 'Here: '), `${speedWords(v.speedup)} on ${plural(report.threads, 'thread')}`);
    cell.verdict.textContent = ok ? 'agrees · ' : 'differs · ';
    cell.link.textContent = card.spec.title;
    cell.link.href = `#exp-${card.spec.id}`;
  }

  cancel() {
    this.cancelled = true;
    this.lab.cancel('Cancelled: you stopped filling the matrix.');
  }

  /**
   * Runs the experiment behind every empty cell, one after another, on its
   * column's pool size. Never throws: a pool that does not start stops the
   * fill with its reason; a card whose run fails shows why on the card, and
   * the summary counts it instead of calling every cell filled.
   */
  async fill() {
    const { lab } = this;
    const before = lab.sliderThreads();
    const todo = [...this.cells.values()].filter((c) => c.td.dataset.state === 'empty');
    this.running = true;
    this.cancelled = false;
    this.root.dataset.state = 'running';
    this.button.textContent = 'Cancel';
    this.button.classList.add('cancel');
    const failed = [];
    let state = 'done';
    try {
      for (const [i, cell] of todo.entries()) {
        if (this.cancelled) break;
        const card = this.cards.get(cell.row.card);
        const k = cell.col === 'one' ? 1 : Math.max(2, Math.min(lab.cores, lab.maxThreads()));
        this.progress.textContent = `Measuring ${i + 1} of ${todo.length}: ${card.spec.title} on ${plural(k, 'thread')}…`;
        await lab.usePool(k);
        if (this.cancelled) break;
        const ended = await card.run();
        if (ended === 'cancelled') this.cancelled = true;
        else if (ended !== 'done') failed.push(`${card.spec.title} on ${plural(k, 'thread')} (${ended === 'skipped' ? 'not run' : 'failed, see its card'})`);
      }
      if (this.cancelled) this.progress.textContent = 'Cancelled; the cells measured so far are kept.';
      else if (failed.length) this.progress.textContent = `Done, but ${plural(failed.length, 'cell')} could not be filled: ${failed.join('; ')}.`;
      else this.progress.textContent = 'Done: every cell this device can measure is filled.';
      if (!this.cancelled && lab.threaded) {
        await lab.usePool(before).catch((e) => {
          if (!(e instanceof CancelledError)) this.progress.textContent += ` The pool could not go back to ${plural(before, 'thread')}: ${e.message}`;
        });
      }
    } catch (e) {
      if (e instanceof CancelledError) this.cancelled = true;
      else {
        state = 'error';
        this.progress.textContent = `The matrix stopped: ${e.message}`;
      }
    } finally {
      this.running = false;
      this.root.dataset.state = this.cancelled ? 'cancelled' : state;
      this.root.dataset.failed = String(failed.length);
      if (this.cancelled && !this.progress.textContent.startsWith('Cancelled')) this.progress.textContent = 'Cancelled; the cells measured so far are kept.';
      lab.announce(this.progress.textContent);
      this.button.textContent = 'Measure the empty cells';
      this.button.classList.remove('cancel');
    }
  }
}
