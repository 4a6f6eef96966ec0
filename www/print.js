// The handout's date line: when the page is printed it says when (and on
// what) the results were measured, in the page's locale. The rest of the
// handout is print.css.
import { h } from './dom.js';
import { plural } from './format.js';
import { t, intlLocale } from './l10n.js';

/**
 * Adds the print-only date line at the top of `main` and keeps it current.
 * `engine()` names what runs at the moment of printing: threads can come on
 * after the page was built.
 */
export function preparePrint({ cores, engine }) {
  const line = h('p', { class: 'print-only printed-on', hidden: true });
  const update = () => {
    line.textContent = t('print-line', { when: new Date().toLocaleString(intlLocale()), cores: plural(cores, 'logical core'), engine: engine(), url: location.href });
  };
  update();
  addEventListener('beforeprint', update);
  document.querySelector('main')?.prepend(line);
}
