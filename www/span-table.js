// "The data behind this chart" of a recorded timeline: every span as a row
// (its task, what it did, the thread that ran it, its start and end), for
// screen readers and for anyone who wants the numbers. One table for the
// timeline panel and the time-slicing card.
import { h } from './dom.js';
import { formatMs } from './scales.js';
import { t } from './l10n.js';

/**
 * A <details> with the table of `spans` ([{ job, kind, thread, start_ms, end_ms }]);
 * `kinds` adds the column of what each span did (wait or compute); `task`
 * names the first column (a key: timeline-col-<task> in the locale files).
 * No spans: says that nothing was recorded yet.
 */
export function spanTable(spans, { kinds = true, task = 'task' } = {}) {
  const summary = h('summary', {}, t('timeline-data'));
  if (!spans.length) return h('details', { class: 'data' }, summary, h('p', {}, t('timeline-none-yet')));
  const columns = [task, ...(kinds ? ['kind'] : []), 'thread', 'start', 'end'];
  return h('details', { class: 'data' }, summary,
    h('table', {}, h('thead', {}, h('tr', {}, ...columns.map((col) => h('th', { scope: 'col' }, t(`timeline-col-${col}`))))),
      h('tbody', {}, ...spans.map((s) => h('tr', {}, h('td', {}, String(s.job)), kinds ? h('td', {}, t(`timeline-kind-${s.kind}`)) : null,
        h('td', {}, s.thread < 0 ? t('timeline-calling') : String(s.thread)), h('td', {}, formatMs(s.start_ms)), h('td', {}, formatMs(s.end_ms)))))));
}
