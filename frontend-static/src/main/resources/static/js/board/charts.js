// Small bar charts drawn with uPlot (vendored). A canvas says nothing to a screen reader, so each
// chart comes with the same figures as a table.
import { h } from '../dom.js';

const uPlot = globalThis.uPlot;

/**
 * A bar chart of one or two series over categories.
 * spec: {title, labels: [..], series: [{name, values: [..], color}], height}
 */
export function barChart(spec) {
  const chartBox = h('div', { class: 'chart', attrs: { role: 'img', 'aria-label': spec.title } });
  const table = h('table', { class: 'chart-table' },
    h('caption', { text: spec.title }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: spec.categoryName ?? '' }),
      spec.series.map((s) => h('th', { scope: 'col', text: s.name })))),
    h('tbody', {}, spec.labels.map((label, i) => h('tr', {}, h('th', { scope: 'row', text: label }),
      spec.series.map((s) => h('td', { text: String(s.values[i] ?? 0) }))))));
  const figure = h('figure', { class: 'chart-figure' }, h('figcaption', { text: spec.title }), chartBox,
    h('details', {}, h('summary', { text: spec.tableLabel ?? 'Table' }), table));

  // Drawn once the figure is in the page, when its width is known.
  requestAnimationFrame(() => {
    const width = Math.max(280, chartBox.clientWidth || 480);
    const xs = spec.labels.map((_, i) => i);
    const opts = {
      width,
      height: spec.height ?? 180,
      legend: { show: true },
      cursor: { show: true, drag: { x: false, y: false } },
      scales: { x: { time: false, range: [-0.5, xs.length - 0.5] }, y: { range: (u, min, max) => [0, Math.max(1, max)] } },
      axes: [
        { values: (u, splits) => splits.map((v) => (Number.isInteger(v) ? spec.labels[v] ?? '' : '')), stroke: '#333', grid: { show: false } },
        { stroke: '#333', grid: { stroke: '#e3e3e3' } },
      ],
      series: [{ label: spec.categoryName ?? '', value: (u, v) => (v === null || v === undefined ? '—' : spec.labels[v] ?? '') }, ...spec.series.map((s, i) => ({
        label: s.name,
        stroke: s.color,
        width: i === 0 ? 1 : 2,
        // The first series as bars; any further one as a line with points over them, so that two
        // figures per category stay readable without side-by-side bar arithmetic.
        points: { show: i > 0, size: 6, fill: s.color },
        ...(i === 0 ? { fill: s.color, paths: uPlot.paths.bars({ size: [0.6, 60] }) } : {}),
      }))],
    };
    // eslint-disable-next-line no-new
    new uPlot(opts, [xs, ...spec.series.map((s) => s.values)], chartBox);
  });
  return figure;
}
