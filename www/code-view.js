// The Code view of an experiment card: the Rust functions each variant runs,
// exactly as the core compiles them (extracted and highlighted at build time
// by scripts/gen-code.mjs into code.js), and beside them the same idea in Go,
// written for the page in the lesson's style. Built with DOM calls from
// token trees: no markup string reaches the page. code.js (the highlighted
// sources, the largest module of the page) is loaded the first time a Code
// view is opened: most visitors never open one, so it stays out of the first view.
import { h } from './dom.js';

let sources = null;
/** code.js, fetched once, on the first open. */
const loadSources = () => (sources ??= import('./code.js'));

/** A token tree of code.js as DOM nodes: strings as text, [classes, ...children] as spans. */
export function codeNodes(nodes) {
  return nodes.map((n) => (typeof n === 'string' ? n : h('span', { class: n[0].split(' ').map((c) => `hl-${c.replace(/_+$/, '')}`).join(' ') }, ...codeNodes(n.slice(1)))));
}

/** A scrollable, keyboard-reachable block of highlighted code. */
function block(nodes, label, lang) {
  return h('pre', { class: `code lang-${lang}`, tabindex: '0', 'aria-label': label }, h('code', {}, ...codeNodes(nodes)));
}

const fileName = (path) => path.split('/').at(-1);

/** The Rust a workload's variants run: per variant, the timed call and each function it reaches, shown once. */
function rustColumn({ RUST, FUNCTIONS }, spec) {
  const shown = new Set();
  const parts = [];
  spec.variants.forEach((v, i) => {
    const run = RUST[spec.workload]?.[v.name];
    if (!run) return;
    const fresh = run.functions.filter((f) => !shown.has(f));
    const again = run.functions.filter((f) => shown.has(f));
    fresh.forEach((f) => shown.add(f));
    parts.push(h('section', { class: 'code-variant', 'data-variant': v.name },
      h('h4', {}, h('span', { class: `swatch series-${i}`, 'aria-hidden': 'true' }), v.label),
      h('p', { class: 'code-call' }, 'Timed: ', h('code', {}, run.call), again.length ? `; also runs ${again.join(', ')} (shown above).` : ''),
      ...fresh.map((name) => {
        const f = FUNCTIONS[name];
        return h('figure', { class: 'code-fn', 'data-fn': name },
          h('figcaption', {}, h('code', {}, name), ` · ${fileName(f.file)}, line ${f.line}`),
          block(f.code, `${name}, from ${f.file}`, 'rust'));
      })));
  });
  return h('div', { class: 'code-col' },
    h('h3', {}, 'Rust: what is timed'),
    h('p', { class: 'hint' }, 'Taken from the core’s source when the page was built. ', h('code', {}, 'observe(o, …)'), ' marks a task for the timeline panel; in timed runs ', h('code', {}, 'o'), ' is ', h('code', {}, 'Unobserved'), ', whose methods are empty and compile away.'),
    ...parts);
}

function goColumn({ GO }, id) {
  const go = GO[id];
  return h('div', { class: 'code-col' },
    h('h3', {}, 'Go: the same idea'),
    h('p', { class: 'hint' }, 'Written for this page in the lesson’s style, to read beside the Rust; it is not what the page measures.'),
    go ? h('figure', { class: 'code-fn' }, h('figcaption', {}, h('code', {}, fileName(go.file))), block(go.code, `The idea in Go, ${go.file}`, 'go')) : h('p', {}, 'No Go sketch for this experiment.'));
}

/** The Code view of experiment `spec` (an entry of catalog.js's EXPERIMENTS), closed until asked for. */
export function codeView(spec) {
  const body = h('div', { class: 'code-cols' });
  const details = h('details', { class: 'code-view', id: `code-${spec.id}` },
    h('summary', {}, 'Code: the Rust that runs, and the same idea in Go'),
    body);
  // Built on first open: most visitors never open most of them.
  details.addEventListener('toggle', async () => {
    if (!details.open || body.childElementCount || details.dataset.state === 'loading') return;
    details.dataset.state = 'loading';
    body.append(h('p', { class: 'hint' }, 'Loading the code…'));
    try {
      const code = await loadSources();
      body.replaceChildren(rustColumn(code, spec), goColumn(code, spec.id));
      details.dataset.state = 'ready';
    } catch (e) {
      // A network hiccup: say so, and let the next open try again.
      sources = null;
      body.replaceChildren();
      details.dataset.state = '';
      details.append(h('p', { class: 'error', role: 'alert' }, `The code could not be loaded (${e.message}). Close and open this again to retry.`));
    }
  });
  return details;
}
