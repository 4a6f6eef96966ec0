// The sum: structure versus execution. Go sketch: go/sum.go. Its words are
// messages of the locale files (lesson-sum-*), read when the card is drawn.
import { LESSON, parallel } from './sections.js';
import { t } from '../l10n.js';

export default {
  id: 'sum',
  go: 'go/sum.go',
  get concept() { return t('lesson-sum-concept'); },
  get idea() { return { line: t('lesson-sum-idea'), section: LESSON.sum }; },
  get text() { return [t('lesson-sum-text')]; },
  get expect() { return t('lesson-sum-expect'); },
  glossary: ['goroutine', 'wait', 'result'],
  lesson: (ctx) => (parallel(ctx)
    ? { expectation: 'sumParallel', line: t('lesson-sum-parallel'), section: LESSON.sum }
    : { expectation: 'noGain', line: t('lesson-trap4-overhead'), section: LESSON.trap4 }),
};
