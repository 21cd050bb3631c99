// The return-visit clerks' worklist (回访): visits to call, overdue and soonest due first; a call
// button (click-to-call through the desk phone, linked to the visit) and the outcome form with the
// satisfaction answers the customer gives on the phone.
import { h, fill, field, option } from '../dom.js';
import { t, tl } from '../i18n.js';
import { query } from '../api.js';
import { dateTime } from '../time.js';
import { showError, clearErrors, summaryBox } from '../forms.js';
import { toast } from '../toast.js';

const STATUSES = ['open', 'due', 'retry', 'reached', 'problem-persists', 'unreachable', 'all'];
const PAGE_SIZE = 20;

export function mount(main, ctx) {
  const state = ctx.state.visits ?? (ctx.state.visits = { status: 'open', page: 0 });
  const list = h('div', { class: 'visit-list', attrs: { 'aria-live': 'polite' } });
  const detail = h('section', { class: 'panel visit-detail', attrs: { 'aria-label': t('visits.detail') } });
  const status = h('select', { id: 'visit-status' }, STATUSES.map((s) => option(s, tl('visitFilter', s), s === state.status)));
  status.addEventListener('change', () => { state.status = status.value; state.page = 0; load(); });
  const pager = h('div', { class: 'pager' });
  fill(main, h('section', { class: 'visits' },
    h('h1', { text: t('visits.title') }),
    field(t('visits.filter'), status).wrap,
    list, pager, detail));

  async function load() {
    fill(list, h('p', { text: t('common.loading') }));
    const page = await ctx.api.get(`/api/return-visits${query({ status: state.status, page: state.page, size: PAGE_SIZE })}`);
    fill(list, page.items.length === 0 ? h('p', { text: t('visits.none') })
      : h('table', { class: 'visit-table' },
        h('thead', {}, h('tr', {}, ['visits.ticket', 'visits.caller', 'visits.engineer', 'visits.callBy',
          'visits.status', 'visits.attempts', 'visits.actions'].map((k) => h('th', { attrs: { scope: 'col' }, text: t(k) })))),
        h('tbody', {}, page.items.map((v) => row(v)))));
    const pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
    fill(pager,
      h('button', { type: 'button', class: 'secondary', text: t('visits.previous'), disabled: state.page === 0,
        on: { click: () => { state.page -= 1; load(); } } }),
      h('span', { text: t('visits.page', { page: state.page + 1, pages }) }),
      h('button', { type: 'button', class: 'secondary', text: t('visits.next'), disabled: state.page + 1 >= pages,
        on: { click: () => { state.page += 1; load(); } } }));
  }

  function row(v) {
    return h('tr', { dataset: { visit: v.id }, class: v.overdue ? 'overdue' : '' },
      h('td', { text: `#${v.ticketNumber}` }),
      h('td', {}, v.callerName || '—', h('br'), h('small', { text: v.callerPhone ?? '' })),
      h('td', { text: v.engineerName || '—' }),
      h('td', {}, dateTime(v.callBy), v.overdue ? h('span', { class: 'badge overdue', text: t('visits.overdue') }) : null),
      h('td', { text: tl('visitStatus', v.status) }),
      h('td', { text: String(v.attempts) }),
      h('td', {}, h('button', { type: 'button', text: t('visits.open'), dataset: { action: 'open' },
        attrs: { 'aria-label': t('visits.openTicket', { number: v.ticketNumber }) }, on: { click: () => open(v.id) } })));
  }

  async function open(id) {
    const d = await ctx.api.get(`/api/return-visits/${id}`);
    const v = d.visit;
    const header = h('h2', { text: t('visits.detailTitle', { number: v.ticketNumber }) });
    const call = h('button', { type: 'button', text: t('visits.call'), dataset: { action: 'call' }, disabled: !v.callerPhone,
      on: { click: () => placeCall(v) } });
    const link = h('button', { type: 'button', class: 'secondary', text: t('visits.surveyLink'), dataset: { action: 'link' },
      on: { click: () => surveyLink(v) } });
    const linkOut = h('p', { class: 'survey-link', attrs: { 'aria-live': 'polite' } });
    fill(detail, header,
      h('p', { text: `${v.callerName} · ${v.callerPhone ?? ''} · ${t('visits.due')} ${dateTime(v.dueAt)}` }),
      h('div', { class: 'actions' }, call, link), linkOut,
      v.status === 'due' || v.status === 'retry' ? outcomeForm(v, d.survey) : h('p', { text: tl('visitStatus', v.status) }));
    detail.querySelector('button')?.focus();

    async function surveyLink(visit) {
      const issued = await ctx.api.post(`/api/return-visits/${visit.id}/survey-link`, {});
      fill(linkOut, h('a', { href: issued.url, text: issued.url, attrs: { target: '_blank', rel: 'noopener' } }));
    }
  }

  async function placeCall(v) {
    try {
      await ctx.api.post('/api/calls/callbacks', { number: v.callerPhone, customerId: v.customerId, ticketId: v.ticketId,
        returnVisitId: v.id });
      toast(t('visits.calling', { number: v.callerPhone }));
    } catch (error) {
      toast(error.message, 'error');
    }
  }

  function outcomeForm(v, survey) {
    const outcome = h('select', { id: 'visit-outcome' },
      ['reached', 'not-reached', 'problem-persists'].map((o) => option(o, tl('visitOutcome', o))));
    const note = h('textarea', { id: 'visit-note', maxLength: 2000, rows: 2 });
    const questions = (survey?.status !== 'answered' ? survey?.questions ?? [] : []).map((q, index) => {
      const input = q.kind === 'text'
        ? h('input', { type: 'text', maxLength: 2000 })
        : h('input', { type: 'number', min: q.kind === 'scale-5' ? 1 : 0, max: q.kind === 'scale-5' ? 5 : 10, step: 1 });
      input.dataset.key = q.key;
      input.dataset.kind = q.kind;
      return field(q.text?.[ctxLanguage()] ?? q.key, input, { field: `answers[${index}]` });
    });
    const form = h('form', { class: 'panel-form outcome-form', attrs: { 'aria-label': t('visits.outcome') } },
      summaryBox(),
      field(t('visits.outcome'), outcome, { field: 'outcome' }).wrap,
      field(t('visits.note'), note, { field: 'note' }).wrap,
      questions.length ? h('fieldset', {}, h('legend', { text: t('visits.answers') }), questions.map((q) => q.wrap)) : null,
      h('button', { type: 'submit', text: t('visits.save') }));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      const answers = outcome.value === 'not-reached' ? [] : questions
        .map((q) => q.input)
        .filter((input) => input.value.trim() !== '')
        .map((input) => (input.dataset.kind === 'text' ? { key: input.dataset.key, text: input.value }
          : { key: input.dataset.key, value: Number(input.value) }));
      try {
        await ctx.api.post(`/api/return-visits/${v.id}/outcome`, { outcome: outcome.value, note: note.value, answers,
          version: v.version });
        toast(t('visits.saved'));
        fill(detail);
        load();
      } catch (error) {
        showError(form, error);
      }
    });
    return form;
  }

  function ctxLanguage() {
    return document.documentElement.lang?.startsWith('zh') ? 'zh' : 'en';
  }

  load();
  return () => {};
}
