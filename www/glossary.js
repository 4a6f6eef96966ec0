// Go to Rust: the lesson's words (goroutines, channels, GOMAXPROCS) beside
// what this page's Rust code and controls use for the same idea. Each row has
// an id (#go-<id>) that the experiment cards link to.
import { h } from './dom.js';
import { EXPERIMENTS } from './catalog.js';
import { t, hasValue } from './l10n.js';

/** The entries, in the page's order; the words of each are messages of the locale files. */
const IDS = ['goroutine', 'wait', 'result', 'gomaxprocs', 'numcpu', 'blocked', 'preempt', 'mutex'];

/**
 * Each entry: the idea, how the lesson's Go and this page's Rust write it
 * (lists: one item a line of the message), where to see it here, and where
 * the two differ (`short`: the words a card's link shows), in the active
 * locale (glossary-<id>-<field> in www/locales/*.ftl). Text in backticks is
 * shown as code; [[experiment id]] links to that card.
 */
export const GLOSSARY = IDS.map((id) => {
  const words = (field) => t(`glossary-${id}-${field}`);
  return {
    id,
    get short() { return words('short'); },
    get idea() { return words('idea'); },
    get go() { return words('go').split('\n'); },
    get rust() { return words('rust').split('\n'); },
    get page() { return words('page'); },
    get note() { return hasValue(`glossary-${id}-note`) ? words('note') : ''; },
  };
});

/** Text with `code` in backticks and [[experiment id]] as a link to its card, as DOM nodes. */
function inline(text) {
  return text.split(/(`[^`]*`|\[\[\w+\]\])/).filter((part) => part !== '').map((part) => {
    if (part.startsWith('`')) return h('code', {}, part.slice(1, -1));
    const exp = part.startsWith('[[') && EXPERIMENTS.find((e) => e.id === part.slice(2, -2));
    return exp ? h('a', { href: `#exp-${exp.id}` }, exp.title) : part;
  });
}

/** The glossary as a table, with a row id per entry for links. */
export function renderGlossary(root) {
  const list = (items) => h('ul', { class: 'code-list' }, ...items.map((c) => h('li', {}, ...inline(c))));
  root.append(
    h('p', { class: 'concept' }, t('glossary-concept')),
    h('h2', { id: 'glossary-h' }, t('glossary-heading')),
    h('p', {}, t('glossary-intro')),
    h('div', { class: 'table-scroll' }, h('table', { class: 'glossary-table' },
      h('caption', { class: 'visually-hidden' }, t('glossary-caption')),
      h('thead', {}, h('tr', {}, ...['idea', 'go', 'rust', 'page'].map((col) => h('th', { scope: 'col' }, t(`glossary-col-${col}`))))),
      h('tbody', {}, ...GLOSSARY.map((g) => h('tr', { id: `go-${g.id}`, tabindex: '-1' },
        h('th', { scope: 'row' }, g.idea),
        h('td', {}, list(g.go)),
        h('td', {}, list(g.rust)),
        h('td', {}, ...inline(g.page), g.note ? h('span', { class: 'glossary-note' }, ' ', ...inline(g.note)) : null)))))));
}

/** A link to glossary entry `id`, labelled with its Go word. */
export function glossaryLink(id) {
  const g = GLOSSARY.find((e) => e.id === id);
  if (!g) throw new Error(`no glossary entry ${id}`);
  return h('a', { href: `#go-${id}`, class: 'glossary-link' }, ...inline(g.short));
}
