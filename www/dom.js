// Building DOM nodes without markup strings: every text a visitor or a URL
// supplies lands in a text node, never in HTML.

/** Creates an element: h('p', { class: 'x' }, 'text', child). */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v == null) continue;
    node.setAttribute(k, v === true ? '' : String(v));
  }
  node.append(...children.filter((c) => c != null && c !== false));
  return node;
}
