// Predict, then measure: a small widget that asks a student what they expect
// (faster, about the same, slower) before a run and, after it, says whether
// the prediction held and which line of the lesson explains the outcome.
// Plain DOM, a native radio group (arrow keys move, Space picks), nothing
// stored: a reload forgets every prediction. Used by the experiment cards;
// built to be reused by anything else that measures one ratio.
import { h } from './dom.js';
import { speedWords } from './format.js';
import { OUTCOMES, outcomeOf, met, expectWords } from './lesson/expectations.js';
import { t, fmtNumber } from './l10n.js';

// The three answers and what a ratio means in them are the lesson model's
// (expectations.js): the band of "about the same" is the one the printed
// words use, so a judged answer and the words beside it never disagree.
export { OUTCOMES, outcomeOf };
/** An answer in words, in the active locale (predict-faster, predict-same, predict-slower). */
const word = (outcome) => t(`predict-${outcome}`);

let count = 0;

export class Prediction {
  /**
   * @param {object} o
   * @param {string} o.question   what is being predicted, e.g. "On 1 thread, three tasks against three in a row will be"
   * @param {string} [o.name]     a page-unique name for the radio group (one is made up otherwise)
   * @param {boolean} [o.live]    announce the outcome itself (aria-live); false when the caller announces it
   */
  constructor({ question, name = `predict-${++count}`, live = true }) {
    this.name = name;
    this.legend = h('legend', {}, question);
    this.inputs = OUTCOMES.map((o) => h('input', { type: 'radio', name, value: o, id: `${name}-${o}` }));
    this.result = h('p', { class: 'predict-result', 'aria-live': live ? 'polite' : null });
    this.result.textContent = t('predict-private');
    this.element = h('fieldset', { class: 'predict', 'data-held': '' },
      this.legend,
      h('div', { class: 'predict-choices' }, ...this.inputs.map((input, i) => h('label', { for: input.id }, input, ` ${word(OUTCOMES[i])}`))),
      this.result);
    for (const input of this.inputs) input.addEventListener('change', () => this.#chosen());
  }

  /** The chosen outcome ('faster' | 'same' | 'slower'), or null. */
  get choice() {
    return this.inputs.find((i) => i.checked)?.value ?? null;
  }

  /** Changes the question (the pool size it is about changed). */
  setQuestion(text) {
    this.legend.textContent = text;
  }

  /** Locks the choice while a run measures (a guess made after the numbers is no prediction). */
  set disabled(on) {
    for (const i of this.inputs) i.disabled = on;
  }

  #chosen() {
    this.element.dataset.held = '';
    delete this.result.dataset.held;
    this.result.textContent = t('predict-chosen', { choice: word(this.choice) });
  }

  /**
   * Shows the outcome of a run: judgement() below, in the widget.
   * @returns {{ outcome: string|null, held: boolean|null, lessonMet: boolean|null, text: string }}
   */
  judge({ ratio, measured = '', lesson, ctx = {} }) {
    const j = judgement({ ratio, choice: this.choice, measured, lesson, ctx });
    this.result.textContent = j.text;
    this.element.dataset.held = j.held === null ? 'none' : String(j.held);
    this.result.dataset.held = this.element.dataset.held;
    this.element.dataset.outcome = j.outcome ?? '';
    this.element.dataset.lesson = j.lessonMet === null ? '' : j.lessonMet ? 'met' : 'not-met';
    return j;
  }
}

/**
 * The judgement of a run, in words. Pure (tested without a browser).
 * @param {object} o
 * @param {number} o.ratio      baseline time / candidate time (a speed-up)
 * @param {string|null} o.choice  the student's answer ('faster' | 'same' | 'slower'), or null
 * @param {string} [o.measured] what was compared, in words ("on 2 threads, against sequential")
 * @param {{ expectation: string, line?: string, section?: string }} [o.lesson]
 *   what the lesson expects here (a name in lesson/expectations.js), and the line of the lesson that explains it
 * @param {object} [o.ctx]      what the expectation's threshold depends on ({ threads, cores, tasks })
 * @returns {{ outcome: string|null, held: boolean|null, lessonMet: boolean|null, text: string }}
 *   held: null when no prediction was made; lessonMet: null without a lesson or a ratio
 */
export function judgement({ ratio, choice, measured = '', lesson, ctx = {} }) {
  const outcome = outcomeOf(ratio);
  const held = choice && outcome ? choice === outcome : null;
  // "about as fast" hides the number; the other words carry it.
  const result = `${speedWords(ratio)}${outcome === 'same' ? ` (${fmtNumber(ratio, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}×)` : ''}${measured ? ` ${measured}` : ''}`;
  const parts = [held === null ? t('predict-measured', { result }) : t(held ? 'predict-held' : 'predict-not-held', { choice: word(choice), result })];
  const lessonMet = lesson ? met(lesson.expectation, ratio, ctx) : null;
  if (lesson?.line) parts.push(t('predict-lesson-line', { line: lesson.line, section: lesson.section }));
  if (lessonMet === false) {
    parts.push(t('predict-lesson-not-met', { expected: expectWords(lesson.expectation, ctx) }));
  }
  return { outcome, held, lessonMet, text: parts.join(' ') };
}
