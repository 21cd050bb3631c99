// Preventive inspections (巡检) for supervisors: the planned visits with their report clocks, a
// form for a new plan, and the report form (checklist, findings, readings, sign-off) for a visit.
import { h, fill, field, option } from '../dom.js';
import { t, tl } from '../i18n.js';
import { dateTime } from '../time.js';
import { query } from '../api.js';
import { clearErrors, showError, summaryBox, textOf, problemText } from '../forms.js';
import { toast } from '../toast.js';

const INTERVALS = ['MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'TWICE_YEARLY', 'YEARLY'];

export function mount(main, ctx) {
  const { api } = ctx;
  const listBox = h('div', { class: 'visit-list', attrs: { 'aria-live': 'polite' } });
  const reportBox = h('section', { class: 'panel', attrs: { 'aria-labelledby': 'visit-report-title' } },
    h('h2', { id: 'visit-report-title', text: t('inspections.report') }));
  main.append(h('div', { class: 'cases' },
    h('header', { class: 'board-header' }, h('h1', { text: t('inspections.title') })),
    h('div', { class: 'board-grid' },
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'visits-title' } },
        h('h2', { id: 'visits-title', text: t('inspections.visits') }), listBox),
      reportBox,
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'plan-new-title' } },
        h('h2', { id: 'plan-new-title', text: t('inspections.newPlan') }), planForm()))));

  async function refresh() {
    try {
      const visits = await api.get(`/api/inspections${query({ size: 100 })}`);
      fill(listBox, visits.length === 0 ? h('p', { class: 'muted', text: t('inspections.none') })
        : h('table', { class: 'tickets visits' },
          h('thead', {}, h('tr', {}, ['inspections.scheduledOn', 'inspections.status', 'inspections.reportDue', 'inspections.report']
            .map((k) => h('th', { scope: 'col', text: t(k) })))),
          h('tbody', {}, visits.map((v) => h('tr', { dataset: { visitId: v.id, reportState: v.reportState } },
            h('td', { text: v.scheduledOn }),
            h('td', { text: tl('visitStatus', v.status) }),
            h('td', {}, h('span', { class: `badge reply-${v.reportState}`,
              text: `${v.reportDueAt ? dateTime(v.reportDueAt) : '—'} · ${tl('replyState', v.reportState)}` })),
            h('td', {}, v.status === 'scheduled' ? h('button', { type: 'button', class: 'link', text: t('inspections.report'),
              on: { click: () => fill(reportBox, h('h2', { id: 'visit-report-title', text: `${t('inspections.report')} · ${v.scheduledOn}` }),
                reportForm(v)) } }) : null))))));
    } catch (error) {
      fill(listBox, h('p', { class: 'field-error', text: problemText(error) }));
    }
  }

  function planForm() {
    const customer = h('input', { type: 'text', maxLength: 36, id: 'plan-customer' });
    const device = h('input', { type: 'text', maxLength: 36 });
    const interval = h('select', {}, option('', t('inspections.termsInterval'), true),
      INTERVALS.map((i) => option(i, tl('interval', i))));
    const first = h('input', { type: 'date', id: 'plan-first' });
    const partner = h('input', { type: 'text', maxLength: 36 });
    const form = h('form', { id: 'plan-form' }, summaryBox(),
      field(t('inspections.customer'), customer, { field: 'customerId' }).wrap,
      field(t('inspections.device'), device, { field: 'deviceId' }).wrap,
      h('div', { class: 'row' }, field(t('inspections.interval'), interval, { field: 'interval' }).wrap,
        field(t('inspections.first'), first, { field: 'firstVisitOn' }).wrap),
      field(t('inspections.partner'), partner, { field: 'partnerId' }).wrap,
      h('div', { class: 'actions' }, h('button', { type: 'submit', text: t('inspections.create') })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      try {
        const created = await api.post('/api/inspection-plans', { customerId: textOf(customer), deviceId: textOf(device),
          interval: interval.value || undefined, firstVisitOn: first.value || undefined, partnerId: textOf(partner) });
        toast(t('inspections.created', { n: created.visits.length }));
        form.reset();
        refresh();
      } catch (error) {
        showError(form, error);
      }
    });
    return form;
  }

  function reportForm(visit) {
    const visitedOn = h('input', { type: 'date', value: visit.scheduledOn });
    const items = h('div', { class: 'checklist', dataset: { field: 'checklist' } });
    const addItem = () => {
      const index = items.children.length;
      const ok = h('input', { type: 'checkbox', id: `check-ok-${index}`, checked: true, className: 'c-ok' });
      items.append(h('div', { class: 'row check-row', dataset: { field: `checklist[${index}]` } },
        field(t('inspections.item'), h('input', { type: 'text', maxLength: 200, className: 'c-item' }),
          { field: `checklist[${index}].item` }).wrap,
        h('div', { class: 'check' }, ok, h('label', { htmlFor: ok.id, text: t('inspections.ok') }))));
    };
    addItem();
    const findings = h('textarea', { rows: 3, maxLength: 8000 });
    const reading = h('input', { type: 'text', maxLength: 200 });
    const value = h('input', { type: 'text', maxLength: 200 });
    const unit = h('input', { type: 'text', maxLength: 20 });
    const signed = h('input', { type: 'text', maxLength: 200 });
    const form = h('form', { id: 'visit-report-form' }, summaryBox(),
      field(t('inspections.visitedOn'), visitedOn, { field: 'visitedOn' }).wrap,
      h('fieldset', {}, h('legend', { text: t('inspections.item') }), items,
        h('button', { type: 'button', class: 'secondary', text: t('inspections.addItem'), on: { click: addItem } })),
      field(t('inspections.findings'), findings, { field: 'findings' }).wrap,
      h('div', { class: 'row', dataset: { field: 'readings[0]' } }, field(t('inspections.reading'), reading).wrap,
        field(t('inspections.value'), value).wrap, field(t('inspections.unit'), unit).wrap),
      field(t('inspections.signedOff'), signed, { field: 'signedOffBy' }).wrap,
      h('div', { class: 'actions' }, h('button', { type: 'submit', text: t('inspections.submit') })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      const checklist = [...items.querySelectorAll('.check-row')].map((row) => ({
        item: row.querySelector('.c-item').value.trim() || undefined, ok: row.querySelector('.c-ok').checked }));
      try {
        await api.post(`/api/inspections/${visit.id}/report`, { version: visit.version, visitedOn: visitedOn.value || undefined,
          checklist, findings: textOf(findings), signedOffBy: textOf(signed),
          readings: textOf(reading) ? [{ name: textOf(reading), value: textOf(value), unit: textOf(unit) }] : [] });
        toast(t('inspections.reported'));
        fill(reportBox, h('h2', { id: 'visit-report-title', text: t('inspections.report') }));
        refresh();
      } catch (error) {
        showError(form, error);
      }
    });
    return form;
  }

  refresh();
  return () => {};
}
