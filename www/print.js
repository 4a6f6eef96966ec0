// The handout's date line: when the page is printed it says when (and on
// what) the results were measured. The rest of the handout is print.css.
import { h } from './dom.js';

/**
 * Adds the print-only date line at the top of `main` and keeps it current.
 * `engine()` names what runs at the moment of printing: threads can come on
 * after the page was built.
 */
export function preparePrint({ cores, engine }) {
  const line = h('p', { class: 'print-only printed-on', hidden: true });
  const update = () => {
    line.textContent = `Parallel Playground, printed ${new Date().toLocaleString()}: results measured in this browser session on ${cores} logical core${cores === 1 ? '' : 's'}, ${engine()}. ${location.href}`;
  };
  update();
  addEventListener('beforeprint', update);
  document.querySelector('main')?.prepend(line);
}
