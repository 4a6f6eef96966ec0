// A grouped bar chart in hand-written SVG (its legend is HTML, beside it): one group per thread count, one
// bar per variant (sequential, parallel), the bar at the median and a
// whisker from the first to the third quartile. Hand-written because the
// playground's charts need whiskers, ideal lines and task timelines that a
// general charting library would need as much code to bend into shape.
import { linearScale, ticksFromZero, formatMs } from './scales.js';

const SVG = 'http://www.w3.org/2000/svg';
const W = 560, H = 260;
const M = { top: 24, right: 12, bottom: 44, left: 58 };

function el(name, attrs = {}, text) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Draws the chart into `container` (replacing what was there).
 * @param {HTMLElement} container
 * @param {object} spec
 * @param {{key: string, label: string}[]} spec.series  one bar per series in each group, coloured by index
 * @param {{label: string, values: Record<string, {median:number,q1:number,q3:number}>}[]} spec.groups
 * @param {string} spec.title  read out by screen readers
 */
export function drawGroupedBars(container, { series, groups, title }) {
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title, class: 'chart' });
  const plotW = W - M.left - M.right, plotH = H - M.top - M.bottom;
  const max = Math.max(0, ...groups.flatMap((g) => series.map((s) => g.values[s.key]?.q3 ?? 0)));
  const ticks = ticksFromZero(max || 1);
  const y = linearScale([0, ticks.at(-1)], [M.top + plotH, M.top]);

  // Axis, grid lines and their labels.
  for (const t of ticks) {
    svg.append(el('line', { x1: M.left, x2: W - M.right, y1: y(t), y2: y(t), class: 'grid' }));
    svg.append(el('text', { x: M.left - 6, y: y(t), class: 'tick', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, formatMs(t)));
  }
  svg.append(el('text', { x: 14, y: M.top + plotH / 2, class: 'axis-label', transform: `rotate(-90 14 ${M.top + plotH / 2})`, 'text-anchor': 'middle' }, 'time per run (ms), median'));

  if (groups.length === 0) {
    svg.append(el('text', { x: M.left + plotW / 2, y: M.top + plotH / 2, class: 'empty', 'text-anchor': 'middle' }, 'Press Run to measure'));
  }
  const slot = plotW / Math.max(1, groups.length);
  const barW = Math.min(56, (slot * 0.8) / series.length);
  groups.forEach((g, gi) => {
    const x0 = M.left + gi * slot + (slot - barW * series.length) / 2;
    series.forEach((s, si) => {
      const v = g.values[s.key];
      if (!v) return;
      const x = x0 + si * barW;
      const bar = el('rect', { x: x + 2, width: barW - 4, y: y(v.median), height: Math.max(1, y(0) - y(v.median)), class: `bar series-${si}`, 'data-series': s.key, 'data-median': v.median });
      bar.append(el('title', {}, `${s.label}, ${g.label}: median ${formatMs(v.median)} (quartiles ${formatMs(v.q1)} to ${formatMs(v.q3)})`));
      svg.append(bar);
      const cx = x + barW / 2;
      svg.append(el('line', { x1: cx, x2: cx, y1: y(v.q1), y2: y(v.q3), class: 'whisker' }));
      svg.append(el('text', { x: cx, y: y(v.q3) - 5, class: 'value', 'text-anchor': 'middle' }, formatMs(v.median)));
    });
    svg.append(el('text', { x: M.left + gi * slot + slot / 2, y: H - M.bottom + 18, class: 'tick', 'text-anchor': 'middle' }, g.label));
  });
  svg.append(el('line', { x1: M.left, x2: W - M.right, y1: y(0), y2: y(0), class: 'axis' }));
  container.replaceChildren(svg);
}
