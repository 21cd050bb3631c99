// Known-fix search: how the same fault was fixed before, while the caller is still on the line.
// GET /api/known-fixes?q=&productLine=&model=&deviceModel=&size= answers {hits: [{id, title,
// symptom, cause, fix, productLine, model, highlights: {field: [fragments]}}], total, productLines:
// [{value, count}], models: [...]}. The search may be down (503) or not deployed (404): the panel
// then says so calmly and the desk works on.
import { h, field, fill, option } from '../dom.js';
import { t } from '../i18n.js';
import { query, ApiError } from '../api.js';
import { problemText } from '../forms.js';
import { highlightedField } from './highlight.js';

/** state: {q, productLine, model, deviceModel} kept by the desk; onUse({cause, fix}). */
export function knownFixPanel(api, state, onUse) {
  const input = h('input', { id: 'fix-query', type: 'search', value: state.q ?? '', autocomplete: 'off', maxLength: 500 });
  const productLine = h('select', { id: 'fix-product-line' });
  const model = h('select', { id: 'fix-model' });
  const results = h('div', { class: 'fix-results', attrs: { 'aria-live': 'polite', 'aria-busy': 'false' } });
  const form = h('form', { class: 'fix-search', attrs: { role: 'search', 'aria-label': t('fix.title') } },
    field(t('fix.query'), input).wrap,
    h('div', { class: 'row' }, field(t('fix.productLine'), productLine).wrap, field(t('fix.model'), model).wrap),
    h('button', { type: 'submit', text: t('fix.search') }));
  const panel = h('section', { id: 'fix-panel', class: 'panel fix-panel', attrs: { 'aria-labelledby': 'fix-title' } },
    h('h2', { id: 'fix-title', text: t('fix.title') }), form, results);

  fillFilter(productLine, 'fix.anyProductLine', [], state.productLine);
  fillFilter(model, 'fix.anyModel', [], state.model);
  let sequence = 0;

  async function search() {
    state.q = input.value.trim();
    state.productLine = productLine.value;
    state.model = model.value;
    if (!state.q) {
      fill(results, h('p', { class: 'muted', text: t('fix.prompt') }));
      return;
    }
    const mine = ++sequence; // an older, slower answer must not replace a newer one
    results.setAttribute('aria-busy', 'true');
    try {
      // deviceModel (the caller's device) ranks that model's fixes first without hiding the others.
      const data = await api.get(`/api/known-fixes${query({ q: state.q, productLine: state.productLine, model: state.model,
        deviceModel: state.deviceModel, size: 10 })}`);
      if (mine !== sequence) return;
      render(data);
    } catch (error) {
      if (mine !== sequence) return;
      const unavailable = error instanceof ApiError && [404, 502, 503, 0].includes(error.status);
      fill(results, h('p', { class: unavailable ? 'muted unavailable' : 'field-error', dataset: { state: unavailable ? 'unavailable' : 'error' },
        text: unavailable ? t('fix.unavailable') : problemText(error) }));
    } finally {
      if (mine === sequence) results.setAttribute('aria-busy', 'false');
    }
  }

  function render(data) {
    const items = data?.hits ?? [];
    fillFilter(productLine, 'fix.anyProductLine', data?.productLines ?? [], state.productLine);
    fillFilter(model, 'fix.anyModel', data?.models ?? [], state.model);
    if (items.length === 0) {
      fill(results, h('p', { class: 'muted', dataset: { state: 'empty' }, text: t('fix.none') }));
      return;
    }
    fill(results, h('p', { class: 'muted', text: t('fix.count', { n: data?.total ?? items.length }) }),
      h('ol', { class: 'fixes' }, items.map((item) => h('li', { class: 'fix' },
        h('h3', {}, highlightedField(item, 'title')),
        h('p', { class: 'muted', text: [item.productLine, item.model].filter(Boolean).join(' · ') }),
        labelled('fix.symptom', highlightedField(item, 'symptom')),
        labelled('fix.cause', highlightedField(item, 'cause')),
        labelled('fix.fix', highlightedField(item, 'fix')),
        h('button', { type: 'button', class: 'secondary use-fix', text: t('fix.use'),
          on: { click: () => onUse({ cause: item.cause, fix: item.fix }) } })))));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search();
  });
  productLine.addEventListener('change', search);
  model.addEventListener('change', search);
  if (state.q) search();
  else fill(results, h('p', { class: 'muted', text: t('fix.prompt') }));

  return {
    element: panel,
    focus: () => input.focus(),
    /** A search the desk starts (a call popped): filters are reset to match. */
    searchFor: (q) => {
      input.value = q;
      productLine.value = state.productLine ?? '';
      model.value = state.model ?? '';
      search();
    },
  };
}

function labelled(key, content) {
  return h('p', { class: 'fix-field' }, h('span', { class: 'k', text: t(key) }), ' ', content);
}

function fillFilter(select, anyKey, facet, selected) {
  const values = new Map(facet.map((f) => [f.value, f.count]));
  if (selected && !values.has(selected)) values.set(selected, null);
  fill(select, option('', t(anyKey)), [...values].map(([value, count]) =>
    option(value, count === null || count === undefined ? value : `${value} (${count})`, value === selected)));
}
