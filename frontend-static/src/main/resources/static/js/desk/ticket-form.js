// Ticket intake as the vendors' forms take it. A known customer and device fill in what the
// caller need not repeat; the API fills the rest from the archive and fixes the terms version.
import { h, field, option } from '../dom.js';
import { t, tl } from '../i18n.js';
import { clearErrors, showError, summaryBox, textOf } from '../forms.js';

const CHANNELS = ['phone', 'web', 'ivr', 'api'];

/**
 * draft: {archive, deviceId, callerPhone} to prefill from; levels: the terms' severity levels;
 * onOpened(detail) after the API created the ticket; onCancel().
 */
export function ticketForm(api, { draft = {}, levels = [], onOpened, onCancel }) {
  const archive = draft.archive;
  const customer = archive?.customer;
  const devices = archive?.devices ?? [];
  const address = archive?.addresses?.[0];

  const channel = h('select', {}, CHANNELS.map((c) => option(c, tl('channel', c), c === 'phone')));
  const severity = h('select', { required: true },
    option('', t('intake.chooseSeverity')),
    levels.map((l) => option(String(l.code), `${l.code} · ${l.name}`)));
  const severityHint = h('small', { class: 'hint', id: 'severity-hint', attrs: { 'aria-live': 'polite' } });
  severity.setAttribute('aria-describedby', severityHint.id);
  severity.addEventListener('change', () => {
    severityHint.textContent = levels.find((l) => String(l.code) === severity.value)?.definition ?? '';
  });
  const device = h('select', {}, option('', t('intake.noDevice')),
    devices.map((d) => option(d.device.id, `${d.device.model || d.device.productLine} · ${d.device.serialNumber}`,
      d.device.id === draft.deviceId)));
  const callerName = h('input', { type: 'text', value: customer?.name ?? '', maxLength: 200, autocomplete: 'off' });
  const callerPhone = h('input', { type: 'tel', value: draft.callerPhone ?? archive?.phones?.[0]?.number ?? '',
    autocomplete: 'off' });
  const region = h('input', { type: 'text', inputMode: 'numeric', maxLength: 6, pattern: '[1-9][0-9]{5}',
    value: address?.regionCode ?? '', autocomplete: 'off' });
  const addressText = h('input', { type: 'text', value: address?.text ?? '', maxLength: 500, autocomplete: 'off' });
  const productLine = h('input', { type: 'text', maxLength: 100, autocomplete: 'off' });
  const serial = h('input', { type: 'text', maxLength: 100, autocomplete: 'off' });
  const purchase = h('input', { type: 'date' });
  const problem = h('textarea', { rows: 4, required: true, maxLength: 8000 });
  const submit = h('button', { type: 'submit', text: t('intake.open') });

  const form = h('form', { class: 'panel-form ticket-form', attrs: { 'aria-labelledby': 'intake-title' } },
    h('h2', { id: 'intake-title', text: t('intake.title') }),
    customer ? h('p', { class: 'muted', text: t('intake.forCustomer', { name: customer.name }) }) : null,
    summaryBox(),
    h('div', { class: 'row' },
      field(t('intake.severity'), severity, { field: 'severity' }).wrap,
      field(t('intake.channel'), channel, { field: 'channel' }).wrap),
    severityHint,
    field(t('intake.problem'), problem, { field: 'problem' }).wrap,
    h('div', { class: 'row' },
      field(t('intake.callerName'), callerName, { field: 'caller.name' }).wrap,
      field(t('intake.callerPhone'), callerPhone, { field: 'caller.phone' }).wrap),
    devices.length ? field(t('intake.device'), device, { field: 'deviceId' }).wrap : null,
    h('div', { class: 'row' },
      field(t('intake.productLine'), productLine, { field: 'productLine', hint: customer ? t('intake.fromDevice') : undefined }).wrap,
      field(t('intake.serial'), serial, { field: 'serialNumber' }).wrap,
      field(t('intake.purchaseDate'), purchase, { field: 'purchaseDate' }).wrap),
    h('div', { class: 'row' },
      field(t('intake.region'), region, { field: 'regionCode', hint: t('customer.regionHint') }).wrap,
      field(t('intake.address'), addressText, { field: 'address' }).wrap),
    h('div', { class: 'actions' }, submit,
      h('button', { type: 'button', class: 'secondary', text: t('common.cancel'), on: { click: onCancel } })));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    const body = {
      channel: channel.value,
      severity: severity.value ? Number(severity.value) : undefined,
      customerId: customer?.id,
      deviceId: device.value || undefined,
      caller: { name: textOf(callerName), phone: textOf(callerPhone) },
      regionCode: textOf(region),
      address: textOf(addressText),
      productLine: textOf(productLine),
      serialNumber: textOf(serial),
      purchaseDate: purchase.value || undefined,
      problem: textOf(problem),
    };
    submit.disabled = true;
    try {
      onOpened(await api.post('/api/tickets', body));
    } catch (error) {
      showError(form, error);
    } finally {
      submit.disabled = false;
    }
  });
  queueMicrotask(() => severity.focus());
  return form;
}
