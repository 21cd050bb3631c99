// Small building blocks of the report page: panels, plain tables, KPI tiles, percentages.
import { h } from '../dom.js';
import { t } from '../i18n.js';

export function section(id, title, ...children) {
  return h('section', { class: 'panel', dataset: { section: id }, attrs: { 'aria-labelledby': `report-${id}` } },
    h('h2', { id: `report-${id}`, text: title }), ...children);
}

/** A captioned table; an empty body says so instead of showing nothing. */
export function table(caption, headers, rows) {
  return h('table', { class: 'report-table' },
    h('caption', { text: caption }),
    h('thead', {}, h('tr', {}, headers.map((text) => h('th', { scope: 'col', text })))),
    h('tbody', {}, rows.length === 0
      ? h('tr', {}, h('td', { attrs: { colspan: String(headers.length) }, class: 'muted', text: t('report.none') }))
      : rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', { text: String(cell ?? '—') }))))));
}

export function kpi(id, label, value, note) {
  return h('div', { class: 'kpi', dataset: { kpi: id } },
    h('span', { class: 'kpi-value', text: String(value) }), h('span', { class: 'kpi-label', text: label }),
    note ? h('span', { class: 'kpi-note', text: note }) : null);
}

/** A share (0–1) as "87.5 %", or "—" when nothing was measured. */
export function percent(rate) {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)} %`;
}
