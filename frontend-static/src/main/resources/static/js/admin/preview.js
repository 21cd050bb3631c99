// Due times of every promise for an example fault, computed by the API from the draft (published
// or not): a level, a region and when it was reported, in the tenant's wall-clock time.
import { h, field, fill, option } from '../dom.js';
import { t, tl } from '../i18n.js';
import { durationText, instantOfLocal, localNow } from '../time.js';

/** Returns {element, request(): the preview body or null, show(deadlines), showNothing()}. */
export function previewPanel(terms, state, onAsk) {
  const level = h('select', { id: 'preview-level', dataset: { field: 'level' } },
    (terms.levels ?? []).map((l) => option(String(l.code), `${l.code} · ${l.name}`, String(l.code) === state.level)));
  const region = h('input', { id: 'preview-region', type: 'text', inputMode: 'numeric', maxLength: 6,
    value: state.region ?? defaultRegion(terms), autocomplete: 'off', dataset: { field: 'regionCode' } });
  const reported = h('input', { id: 'preview-reported', type: 'text', value: state.reported ?? localNow(),
    placeholder: 'YYYY-MM-DD HH:mm', pattern: '\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}', autocomplete: 'off',
    dataset: { field: 'reportedAt' } });
  const result = h('div', { id: 'preview-result', class: 'preview-result', attrs: { 'aria-live': 'polite' } });
  for (const input of [level, region, reported]) input.addEventListener('input', () => onAsk());

  const element = h('section', { id: 'preview', class: 'panel preview', attrs: { 'aria-labelledby': 'preview-title' } },
    h('h2', { id: 'preview-title', text: t('preview.title') }),
    h('p', { class: 'muted', text: t('preview.explain') }),
    field(t('preview.level'), level).wrap,
    field(t('preview.region'), region, { hint: t('customer.regionHint') }).wrap,
    field(t('preview.reportedAt'), reported, { hint: t('preview.reportedHint') }).wrap,
    h('button', { type: 'button', id: 'preview-run', text: t('preview.run'), on: { click: () => onAsk(true) } }),
    result);

  return {
    element,
    request() {
      state.level = level.value;
      state.region = region.value.trim();
      state.reported = reported.value.trim();
      const reportedAt = instantOfLocal(state.reported);
      if (!reportedAt) {
        fill(result, h('p', { class: 'field-error', text: t('preview.badTime') }));
        return null;
      }
      return { level: Number(level.value), regionCode: state.region || undefined, reportedAt };
    },
    show(deadlines) {
      fill(result, deadlines.length === 0 ? h('p', { class: 'muted', text: t('preview.none') })
        : h('table', { class: 'deadlines' },
          h('caption', { class: 'visually-hidden', text: t('preview.title') }),
          h('thead', {}, h('tr', {}, ['preview.promise', 'clock.within', 'preview.due'].map((k) => h('th', { scope: 'col', text: t(k) })))),
          h('tbody', {}, deadlines.map((d) => h('tr', { dataset: { kind: d.kind, name: d.name ?? '' } },
            h('td', { text: d.name ? `${tl('clockKind', d.kind)} · ${d.name}` : tl('clockKind', d.kind) }),
            h('td', { text: `${durationText(d.within)} · ${tl('clockType', d.clock)}` }),
            h('td', { class: 'due', text: d.dueLocal }))))));
    },
    showStale() {
      result.querySelector('table')?.classList.add('stale');
    },
  };
}

/** A region the terms name (a zone's first code), so the first preview already shows on-site times. */
function defaultRegion(terms) {
  const code = (terms.zones ?? []).flatMap((z) => z.regionCodes ?? [])[0];
  return code ?? '';
}
