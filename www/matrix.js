// The lesson's decision matrix ("When does concurrency help?") as a grid
// whose cells are filled from this session's measurements: every finished run
// of an experiment card lands in the cell of its kind of workload and pool
// size, with the lesson's expectation beside it and a link to the card that
// measured it. Nothing is stored; a reload starts empty.
import { h } from './dom.js';
import { plural, speedWords } from './format.js';
import { CancelledError } from './compute.js';

/**
 * The lesson's rows. `workloads`: which of the core's workloads measure it;
 * `card`: the experiment a cell links to and measures when asked;
 * per column, the variant whose speed-up against sequential fills the cell
 * and what the lesson's symbol claims (`agrees(speedup)`).
 */
export const ROWS = [
  {
    id: 'io', label: 'I/O-bound (network, disk)', workloads: ['io'], card: 'io',
    one: { variant: 'concurrent', lesson: '✓ Much faster', agrees: (s) => s >= 1.5 },
    many: { variant: 'concurrent', lesson: '✓ Much faster', agrees: (s) => s >= 1.5 },
    why: 'Overlap wait times',
  },
  {
    id: 'cpu', label: 'CPU-bound (computation)', workloads: ['fib_three', 'fib'], card: 'fib_three',
    one: { variant: 'par', lesson: '✗ Same or slower', agrees: (s) => s < 1.05 },
    many: { variant: 'par', lesson: '✓ Faster', agrees: (s) => s >= 1.2 },
    why: 'Needs parallel execution',
  },
  {
    id: 'mixed', label: 'Mixed I/O + CPU', workloads: ['mixed'], card: 'mixed',
    one: { variant: 'concurrent', lesson: '✓ Somewhat faster', agrees: (s) => s >= 1.05 },
    many: { variant: 'parallel', lesson: '✓ Much faster', agrees: (s) => s >= 1.2 },
    why: 'Overlap I/O, parallelize CPU',
  },
  {
    id: 'coordination', label: 'Coordination-heavy', workloads: ['contended'], card: 'contended',
    one: { variant: 'lock', lesson: '✗ Slower', agrees: (s) => s < 0.95 },
    many: { variant: 'lock', lesson: '✗ Slower', agrees: (s) => s < 0.95 },
    why: 'Synchronization overhead dominates',
  },
];

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
    const agrees = row[col].agrees(v.speedup);
    cell.td.dataset.state = agrees ? 'agrees' : 'differs';
    cell.td.dataset.speedup = String(v.speedup);
    cell.td.dataset.experiment = card.spec.id;
    cell.measured.replaceChildren(h('span', { class: 'cell-label' }, 'Here: '), `${speedWords(v.speedup)} on ${plural(report.threads, 'thread')}`);
    cell.verdict.textContent = agrees ? 'agrees · ' : 'differs · ';
    cell.link.textContent = card.spec.title;
    cell.link.href = `#exp-${card.spec.id}`;
  }

  cancel() {
    this.cancelled = true;
    this.lab.cancel('Cancelled: you stopped filling the matrix.');
  }

  /** Runs the experiment behind every empty cell, one after another, on its column's pool size. */
  async fill() {
    const { lab } = this;
    const before = lab.sliderThreads();
    const todo = [...this.cells.values()].filter((c) => c.td.dataset.state === 'empty');
    this.running = true;
    this.cancelled = false;
    this.root.dataset.state = 'running';
    this.button.textContent = 'Cancel';
    this.button.classList.add('cancel');
    try {
      for (const [i, cell] of todo.entries()) {
        if (this.cancelled) break;
        const card = this.cards.get(cell.row.card);
        const k = cell.col === 'one' ? 1 : Math.max(2, Math.min(lab.cores, lab.maxThreads()));
        this.progress.textContent = `Measuring ${i + 1} of ${todo.length}: ${card.spec.title} on ${plural(k, 'thread')}…`;
        try {
          await lab.usePool(k);
        } catch (e) {
          if (e instanceof CancelledError) break;
          throw e;
        }
        if (this.cancelled) break;
        await card.run();
      }
      this.progress.textContent = this.cancelled ? 'Cancelled; the cells measured so far are kept.' : 'Done: every cell this device can measure is filled.';
      lab.announce(this.progress.textContent);
      if (!this.cancelled && lab.threaded) await lab.usePool(before).catch(() => {});
    } finally {
      this.running = false;
      this.root.dataset.state = this.cancelled ? 'cancelled' : 'done';
      this.button.textContent = 'Measure the empty cells';
      this.button.classList.remove('cancel');
    }
  }
}
