// A caller whose number matches nobody: a new-customer card, prefilled with the number, that the
// agent completes while the caller talks, then the archive (now known) takes its place.
import { h, field, option } from '../dom.js';
import { t, tl } from '../i18n.js';
import { clearErrors, showError, summaryBox, textOf } from '../forms.js';

const KINDS = ['person', 'organisation'];
const CATEGORIES = ['general', 'special', 'group', 'new-product'];

export function newCustomerForm(api, phone, onCreated) {
  const name = h('input', { type: 'text', required: true, autocomplete: 'off', maxLength: 200 });
  const kind = h('select', {}, KINDS.map((k) => option(k, tl('kind', k))));
  const category = h('select', {}, CATEGORIES.map((c) => option(c, tl('category', c))));
  const number = h('input', { type: 'tel', value: phone ?? '', autocomplete: 'off' });
  const region = h('input', { type: 'text', inputMode: 'numeric', pattern: '[1-9][0-9]{5}', maxLength: 6,
    autocomplete: 'off' });
  const address = h('input', { type: 'text', autocomplete: 'off', maxLength: 500 });
  const submit = h('button', { type: 'submit', text: t('customer.create') });

  const form = h('form', { class: 'new-customer', attrs: { 'aria-labelledby': 'new-customer-title' } },
    h('h3', { id: 'new-customer-title', text: t('customer.newTitle') }),
    h('p', { class: 'muted', text: t('customer.newExplain') }),
    summaryBox(),
    field(t('customer.name'), name, { field: 'name' }).wrap,
    h('div', { class: 'row' }, field(t('customer.kind'), kind, { field: 'kind' }).wrap,
      field(t('customer.category'), category, { field: 'category' }).wrap),
    field(t('customer.phone'), number, { field: 'phones[0].number' }).wrap,
    h('div', { class: 'row' },
      field(t('customer.region'), region, { field: 'addresses[0].regionCode', hint: t('customer.regionHint') }).wrap,
      field(t('customer.address'), address, { field: 'addresses[0].text' }).wrap),
    submit);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const body = { kind: kind.value, category: category.value, name: textOf(name),
      phones: textOf(number) ? [{ number: textOf(number) }] : [],
      addresses: textOf(region) || textOf(address) ? [{ regionCode: textOf(region), text: textOf(address) }] : [] };
    submit.disabled = true;
    try {
      const created = await api.post('/api/customers', body);
      onCreated(await api.get(`/api/customers/${created.id}/archive`));
    } catch (error) {
      showError(form, error);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
