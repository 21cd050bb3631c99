// The repair list (维修清单): cause, fix, parts, labour, the customer's sign-off and, for severe
// faults, the analysis report. "Use this fix" from the known-fix search fills cause and fix.
import { h, field } from '../dom.js';
import { t } from '../i18n.js';
import { clearErrors, showError, summaryBox, textOf } from '../forms.js';

/** draft: {cause, fix} to prefill; onResolved(resolved) after the API recorded it. */
export function resolutionForm(api, ticket, draft, onResolved) {
  const cause = h('textarea', { id: 'resolution-cause', rows: 2, maxLength: 4000, value: draft?.cause ?? '' });
  const fix = h('textarea', { id: 'resolution-fix', rows: 4, maxLength: 4000, value: draft?.fix ?? '' });
  const labour = h('input', { type: 'number', min: 0, step: 5, inputMode: 'numeric' });
  const faultCode = h('input', { type: 'text', maxLength: 64, autocomplete: 'off', id: 'resolution-fault-code' });
  const signName = h('input', { type: 'text', maxLength: 200, autocomplete: 'off', value: ticket.callerName ?? '' });
  const report = h('textarea', { rows: 3, maxLength: 20000 });
  const consent = h('input', { type: 'checkbox', id: 'resolution-consent' });
  const parts = h('div', { class: 'parts', dataset: { field: 'parts' } });
  const submit = h('button', { type: 'submit', text: t('resolution.record') });

  const addPart = () => parts.append(partRow(parts.children.length));
  const form = h('form', { id: 'resolution-form', class: 'ticket-section resolution-form', attrs: { 'aria-labelledby': 'resolution-title' } },
    h('h3', { id: 'resolution-title', text: t('resolution.title') }),
    summaryBox(),
    field(t('resolution.cause'), cause, { field: 'cause' }).wrap,
    field(t('resolution.fix'), fix, { field: 'fix' }).wrap,
    field(t('resolution.faultCode'), faultCode, { field: 'faultCode', hint: t('resolution.faultCodeHint') }).wrap,
    h('fieldset', {}, h('legend', { text: t('resolution.parts') }), parts,
      h('button', { type: 'button', class: 'secondary', text: t('resolution.addPart'), on: { click: addPart } })),
    h('div', { class: 'row' },
      field(t('resolution.labour'), labour, { field: 'labourMinutes' }).wrap,
      field(t('resolution.signOff'), signName, { field: 'signOff.name' }).wrap),
    field(t('resolution.report'), report, { field: 'analysisReport', hint: t('resolution.reportHint') }).wrap,
    h('div', { class: 'check', dataset: { field: 'consent' } }, consent,
      h('label', { htmlFor: 'resolution-consent', text: t('resolution.consent') })),
    h('div', { class: 'actions' }, submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const body = {
      version: ticket.version,
      cause: textOf(cause),
      fix: textOf(fix),
      faultCode: textOf(faultCode),
      parts: [...parts.querySelectorAll('.part-row')].map(readPart).filter(Boolean),
      labourMinutes: labour.value === '' ? undefined : Number(labour.value),
      signOff: textOf(signName) ? { name: textOf(signName) } : undefined,
      analysisReport: textOf(report),
      consent: consent.checked,
    };
    submit.disabled = true;
    try {
      onResolved(await api.post(`/api/tickets/${ticket.id}/resolution`, body));
    } catch (error) {
      showError(form, error);
    } finally {
      submit.disabled = false;
    }
  });

  /** Fills cause and fix from a known fix; the agent reviews before recording. */
  form.useFix = ({ cause: c, fix: f }) => {
    if (c) cause.value = c;
    if (f) fix.value = f;
    fix.focus();
  };
  return form;
}

function partRow(index) {
  const input = (labelKey, props, name) => field(t(labelKey), h('input', { ...props, autocomplete: 'off' }),
    { field: `parts[${index}].${name}` });
  const row = h('div', { class: 'row part-row', dataset: { field: `parts[${index}]` } },
    input('resolution.partNumber', { type: 'text', maxLength: 100, className: 'p-number' }, 'partNumber').wrap,
    input('resolution.partName', { type: 'text', maxLength: 200, className: 'p-name' }, 'name').wrap,
    input('resolution.quantity', { type: 'number', min: 1, value: 1, className: 'p-qty' }, 'quantity').wrap,
    input('resolution.unitCost', { type: 'number', min: 0, step: '0.01', className: 'p-cost' }, 'unitCost.amount').wrap,
    input('resolution.component', { type: 'text', maxLength: 100, className: 'p-component' }, 'component').wrap);
  row.append(h('button', { type: 'button', class: 'link', text: t('common.remove'), on: { click: () => row.remove() } }));
  return row;
}

function readPart(row) {
  const v = (cls) => row.querySelector(`.${cls}`).value.trim();
  if (!v('p-number') && !v('p-name')) return null;
  return {
    partNumber: v('p-number') || undefined,
    name: v('p-name') || undefined,
    quantity: v('p-qty') ? Number(v('p-qty')) : undefined,
    unitCost: v('p-cost') ? { amount: Number(v('p-cost')), currency: 'CNY' } : undefined,
    component: v('p-component') || undefined,
  };
}
