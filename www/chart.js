// A grouped bar chart in hand-written SVG (its legend is HTML, beside it): one group per thread count, one
// bar per variant (sequential, parallel), the bar at the median and a
// whisker from the first to the third quartile. Hand-written because the
// playground's charts need whiskers, ideal lines and task timelines that a
// general charting library would need as much code to bend into shape.
import { linearScale, ticksFromZero, formatMs } from './scales.js';
import { t } from './l10n.js';

const SVG = 'http://www.w3.org/2000/svg';
const W = 560, H = 260;
const M = { top: 24, right: 12, bottom: 44, left: 74 };

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
  for (const v of ticks) {
    svg.append(el('line', { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v), class: 'grid' }));
    svg.append(el('text', { x: M.left - 6, y: y(v), class: 'tick', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, formatMs(v)));
  }
  svg.append(el('text', { x: 12, y: M.top + plotH / 2, class: 'axis-label', transform: `rotate(-90 12 ${M.top + plotH / 2})`, 'text-anchor': 'middle' }, t('sweep-time-y')));

  if (groups.length === 0) {
    svg.append(el('text', { x: M.left + plotW / 2, y: M.top + plotH / 2, class: 'empty', 'text-anchor': 'middle' }, t('chart-empty-run')));
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
      bar.append(el('title', {}, t('chart-bar-title', { series: s.label, group: g.label, median: formatMs(v.median), q1: formatMs(v.q1), q3: formatMs(v.q3) })));
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

/**
 * Draws a line chart with points, optional error bars and vertical markers.
 * @param {HTMLElement} container
 * @param {object} spec
 * @param {string} spec.title                    read out by screen readers
 * @param {string} spec.xLabel                   axis label with unit
 * @param {string} spec.yLabel                   axis label with unit
 * @param {number[]} spec.xs                     the x values to tick (thread counts)
 * @param {(v: number) => string} [spec.yFormat]
 * @param {{key: string, label: string, cls: string, dashed?: boolean, noDots?: boolean,
 *          points: {x: number, y: number, lo?: number, hi?: number}[]}[]} spec.series
 * @param {{x: number, label: string}[]} [spec.markers]  vertical lines, e.g. the core count
 * @param {string} [spec.emptyText]  shown while no series has a point
 */
export function drawLineChart(container, { title, xLabel, yLabel, xs, yFormat = (v) => String(v), series, markers = [], emptyText = t('chart-empty-sweep') }) {
  const svg = el('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title, class: 'chart' });
  const plotW = W - M.left - M.right, plotH = H - M.top - M.bottom;
  const xMin = Math.min(...xs), xMax = Math.max(...xs);
  const x = linearScale([xMin - 0.5, xMax + 0.5], [M.left, M.left + plotW]);
  const max = Math.max(0, ...series.flatMap((s) => s.points.map((p) => Math.max(p.y, p.hi ?? 0))).filter(Number.isFinite));
  const ticks = ticksFromZero(max || 1);
  const y = linearScale([0, ticks.at(-1)], [M.top + plotH, M.top]);

  for (const v of ticks) {
    svg.append(el('line', { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v), class: 'grid' }));
    svg.append(el('text', { x: M.left - 6, y: y(v), class: 'tick', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, yFormat(v)));
  }
  for (const v of xs) svg.append(el('text', { x: x(v), y: H - M.bottom + 18, class: 'tick', 'text-anchor': 'middle' }, String(v)));
  for (const m of markers) {
    svg.append(el('line', { x1: x(m.x), x2: x(m.x), y1: M.top, y2: M.top + plotH, class: 'marker' }));
    svg.append(el('text', { x: x(m.x) + 4, y: M.top + 10, class: 'tick' }, m.label));
  }
  svg.append(el('line', { x1: M.left, x2: W - M.right, y1: y(0), y2: y(0), class: 'axis' }));
  svg.append(el('text', { x: 12, y: M.top + plotH / 2, class: 'axis-label', transform: `rotate(-90 12 ${M.top + plotH / 2})`, 'text-anchor': 'middle' }, yLabel));
  svg.append(el('text', { x: M.left + plotW / 2, y: H - 6, class: 'axis-label', 'text-anchor': 'middle' }, xLabel));
  if (series.every((s) => s.points.length === 0)) {
    svg.append(el('text', { x: M.left + plotW / 2, y: M.top + plotH / 2, class: 'empty', 'text-anchor': 'middle' }, emptyText));
  }

  for (const s of series) {
    const pts = s.points.filter((p) => Number.isFinite(p.y)).sort((a, b) => a.x - b.x);
    if (pts.length === 0) continue;
    const g = el('g', { class: `line ${s.cls}`, 'data-series': s.key });
    g.append(el('path', { d: pts.map((p, i) => `${i ? 'L' : 'M'}${x(p.x)},${y(p.y)}`).join(' '), class: s.dashed ? 'stroke dashed' : 'stroke' }));
    for (const p of pts) {
      if (p.lo !== undefined && p.hi !== undefined) g.append(el('line', { x1: x(p.x), x2: x(p.x), y1: y(p.lo), y2: y(p.hi), class: 'errorbar' }));
      if (s.noDots) continue;
      const dot = el('circle', { cx: x(p.x), cy: y(p.y), r: 4, class: 'dot', 'data-x': p.x, 'data-y': p.y });
      dot.append(el('title', {}, `${s.label}, ${p.x}: ${yFormat(p.y)}`));
      g.append(dot);
    }
    svg.append(g);
  }
  container.replaceChildren(svg);
}

/**
 * Draws one recorded run as rows of task bars: a row per thread (the calling
 * thread, outside the pool, first; then every pool thread, busy or not),
 * each computing task a full-height bar from its start to its end, each wait
 * a thin line on a lane of its own job, so overlapping waits stay visible.
 * @param {HTMLElement} container
 * @param {{title: string, threads: number, totalMs: number, spans: {job:number,kind:string,thread:number,start_ms:number,end_ms:number}[]}} spec
 */
export function drawTimeline(container, { title, threads, totalMs, spans }) {
  const rows = [-1, ...Array.from({ length: threads }, (_, i) => i)];
  // Wider than the other charts: it spans the panel, and its text should stay the same size.
  const W = 960, rowH = 26, gap = 6, top = 8, left = 112, right = 30, bottom = 38;
  const height = top + rows.length * (rowH + gap) + bottom;
  const svg = el('svg', { viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-label': title, class: 'chart timeline-chart' });
  const end = Math.max(totalMs, ...spans.map((s) => s.end_ms), 1e-3);
  const ticks = ticksFromZero(end, 6);
  const x = linearScale([0, ticks.at(-1)], [left, W - right]);
  const jobs = [...new Set(spans.map((s) => s.job))].sort((a, b) => a - b);
  const lane = (job) => jobs.indexOf(job) % 4;
  for (const v of ticks) {
    svg.append(el('line', { x1: x(v), x2: x(v), y1: top, y2: height - bottom, class: 'grid' }));
    svg.append(el('text', { x: x(v), y: height - bottom + 16, class: 'tick', 'text-anchor': 'middle' }, formatMs(v)));
  }
  svg.append(el('text', { x: left + (W - left - right) / 2, y: height - 4, class: 'axis-label', 'text-anchor': 'middle' }, t('chart-timeline-x')));
  rows.forEach((thread, r) => {
    const y0 = top + r * (rowH + gap);
    svg.append(el('rect', { x: left, y: y0, width: W - left - right, height: rowH, class: 'lane', 'data-thread': thread }));
    svg.append(el('text', { x: left - 8, y: y0 + rowH / 2, class: 'tick', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, thread < 0 ? t('chart-calling-thread') : t('chart-pool-thread', { thread })));
    for (const s of spans.filter((sp) => sp.thread === thread)) {
      const w = Math.max(1, x(s.end_ms) - x(s.start_ms));
      const bar = s.kind === 'wait'
        ? el('rect', { x: x(s.start_ms), width: w, y: y0 + 3 + lane(s.job) * 6, height: 4, class: `span wait series-${lane(s.job)}` })
        : el('rect', { x: x(s.start_ms), width: w, y: y0 + 2, height: rowH - 4, rx: 2, class: `span compute series-${lane(s.job)}` });
      Object.assign(bar.dataset, { thread: String(thread), job: String(s.job), kind: s.kind });
      bar.append(el('title', {}, t(s.kind === 'wait' ? 'chart-wait-title' : 'chart-task-title', { job: s.job, thread: thread < 0 ? t('chart-the-calling-thread') : t('chart-pool-thread', { thread }), start: formatMs(s.start_ms), end: formatMs(s.end_ms) })));
      svg.append(bar);
    }
  });
  container.replaceChildren(svg);
}
