// Files a visitor takes away: CSV and JSON of what was measured, with the
// conditions it was measured under. Shared by the sweep and the claims panel.
import { h } from './dom.js';

/** One CSV cell: quoted when it holds a comma, a quote or a line break. */
export function csvCell(v) {
  const s = String(v ?? '');
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** A CSV text with `columns` as its header and one line per row object. */
export function toCsv(columns, rows) {
  return `${[columns.join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c])).join(','))].join('\n')}\n`;
}

/** Offers `text` as a file called `name`. */
export function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
