// One ticket: its facts, clocks with countdowns, status buttons, severity change, notes, dispatch
// and resolution. Every change carries the version read; when a colleague changed the ticket in
// between, the API answers 409 and the view reloads instead of overwriting their change.
import { h, field, fill, option } from '../dom.js';
import { t, tl } from '../i18n.js';
import { dateTime, fullDateTime } from '../time.js';
import { clearErrors, showError, summaryBox, problemText, textOf } from '../forms.js';
import { toast } from '../toast.js';
import { clockTable } from './clocks.js';
import { dispatchSection } from './dispatch.js';
import { resolutionForm } from './resolution-form.js';

// Mirrors TicketStatus.next() so that only moves the API allows are offered; the API decides.
const NEXT = {
  new: ['acknowledged', 'dispatched', 'on-site', 'restored', 'resolved', 'waiting-for-customer'],
  acknowledged: ['dispatched', 'on-site', 'restored', 'resolved', 'waiting-for-customer'],
  reopened: ['acknowledged', 'dispatched', 'on-site', 'restored', 'resolved', 'waiting-for-customer'],
  dispatched: ['acknowledged', 'on-site', 'restored', 'resolved', 'waiting-for-customer'],
  'on-site': ['restored', 'resolved', 'waiting-for-customer'],
  restored: ['resolved', 'waiting-for-customer', 'reopened'],
  resolved: ['closed', 'reopened'],
  closed: ['reopened'],
};

function nextStatuses(ticket) {
  if (ticket.status === 'waiting-for-customer') {
    const before = ticket.statusBeforeWait;
    return before ? [before, ...(NEXT[before] ?? []).filter((s) => s !== 'waiting-for-customer' && s !== before)] : [];
  }
  // Resolving goes through the resolution form, which records cause and fix with it.
  return (NEXT[ticket.status] ?? []).filter((s) => s !== 'resolved');
}

/**
 * ctx: {api, levels, resolutionDraft, onLoaded(detail), onClose()}. Returns {element, reload(),
 * useFix(fix), version()}.
 */
export function ticketView(ctx, ticketId) {
  const { api } = ctx;
  const root = h('section', { id: 'ticket-view', class: 'panel-form ticket-view', tabIndex: -1,
    attrs: { 'aria-labelledby': 'ticket-title' } }, h('p', { class: 'muted', text: t('common.loading') }));
  let detail = null;
  let resolution = null;

  async function reload() {
    try {
      detail = await api.get(`/api/tickets/${ticketId}`);
      render();
      ctx.onLoaded?.(detail);
    } catch (error) {
      fill(root, h('p', { class: 'field-error', attrs: { role: 'alert' }, text: problemText(error) }));
    }
  }

  async function change(request, successKey) {
    try {
      detail = await request();
      render();
      ctx.onLoaded?.(detail);
      toast(t(successKey, { n: detail.ticket.number }), 'ok');
    } catch (error) {
      if (error.conflict) {
        toast(t('error.conflict'), 'error');
        await reload();
      } else {
        throw error;
      }
    }
  }

  function render() {
    const tk = detail.ticket;
    const closed = tk.status === 'resolved' || tk.status === 'closed';
    resolution = closed ? resolution : null;
    fill(root,
      h('header', { class: 'ticket-header' },
        h('h2', { id: 'ticket-title', text: t('ticket.title', { n: tk.number }) }),
        h('span', { class: `badge status-${tk.status}`, dataset: { status: tk.status }, text: tl('status', tk.status) }),
        h('span', { class: `badge sev-${tk.severity}`, text: t('ticket.severityN', { n: tk.severity }) }),
        tk.escalationTier ? h('span', { class: 'badge escalated', text: t('ticket.escalatedTo', { tier: tk.escalationTier }) }) : null,
        h('button', { type: 'button', class: 'secondary', text: t('common.close'), on: { click: ctx.onClose } })),
      facts(tk),
      h('p', { class: 'problem' }, h('span', { class: 'k', text: t('ticket.problem') }), ' ', tk.problem),
      h('section', { class: 'ticket-section', attrs: { 'aria-labelledby': 'clocks-title' } },
        h('h3', { id: 'clocks-title', text: t('ticket.clocks') }), clockTable(detail.clocks)),
      statusSection(tk),
      closed ? null : severitySection(tk),
      tk.partnerId || !closed ? dispatchSection(api, tk, (message) => { toast(message, 'ok'); reload(); }) : null,
      closed ? resolutionRecord(tk) : resolutionForm(api, tk, ctx.resolutionDraft, (resolved) => {
        resolution = resolved.resolution;
        toast(t('resolution.done', { n: resolved.ticket.number }), 'ok');
        reload();
      }),
      notesSection(tk));
  }

  function facts(tk) {
    const rows = [
      ['ticket.caller', [tk.callerName, tk.callerPhone].filter(Boolean).join(' · ')],
      ['ticket.device', [tk.productLine, tk.serialNumber].filter(Boolean).join(' · ')],
      ['ticket.purchased', tk.purchaseDate],
      ['ticket.where', [tk.address, tk.regionCode ? `[${tk.regionCode}]` : ''].filter(Boolean).join(' ')],
      ['ticket.reported', `${fullDateTime(tk.reportedAt)} · ${tl('channel', tk.channel)}`],
      ['ticket.terms', t('ticket.termsVersion', { v: tk.termsVersion })],
    ];
    return h('dl', { class: 'facts' }, rows.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', { text: t(k) }), h('dd', { text: v })]));
  }

  function statusSection(tk) {
    const reason = h('input', { type: 'text', maxLength: 500, autocomplete: 'off' });
    const box = h('section', { class: 'ticket-section', attrs: { 'aria-labelledby': 'status-title' } },
      h('h3', { id: 'status-title', text: t('ticket.moveTo') }),
      h('div', { class: 'status-buttons' }, nextStatuses(tk).map((status) => h('button', {
        type: 'button', class: 'secondary', dataset: { status }, text: tl('statusAction', status),
        on: { click: () => change(() => api.post(`/api/tickets/${tk.id}/status`,
          { status, version: tk.version, reason: textOf(reason) }), 'ticket.statusChanged').catch((e) => showError(box, e)) } }))),
      field(t('ticket.reason'), reason, { field: 'reason' }).wrap,
      summaryBox());
    return box;
  }

  function severitySection(tk) {
    const select = h('select', {}, (ctx.levels ?? []).map((l) => option(String(l.code), `${l.code} · ${l.name}`, l.code === tk.severity)));
    const reason = h('input', { type: 'text', maxLength: 500, autocomplete: 'off' });
    const form = h('form', { class: 'ticket-section severity-form', attrs: { 'aria-labelledby': 'severity-title' } },
      h('h3', { id: 'severity-title', text: t('ticket.changeSeverity') }), summaryBox(),
      h('div', { class: 'row' }, field(t('intake.severity'), select, { field: 'severity' }).wrap,
        field(t('ticket.reason'), reason, { field: 'reason' }).wrap),
      h('button', { type: 'submit', class: 'secondary', text: t('ticket.applySeverity') }));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearErrors(form);
      change(() => api.put(`/api/tickets/${tk.id}/severity`, { severity: Number(select.value), version: tk.version,
        reason: textOf(reason) }), 'ticket.severityChanged').catch((e) => showError(form, e));
    });
    return form;
  }

  function resolutionRecord(tk) {
    const box = h('section', { class: 'ticket-section', attrs: { 'aria-labelledby': 'resolved-title' } },
      h('h3', { id: 'resolved-title', text: t('resolution.recorded') }), h('p', { class: 'muted', text: t('common.loading') }));
    api.get(`/api/tickets/${tk.id}/resolution`).then((r) => {
      fill(box, h('h3', { id: 'resolved-title', text: t('resolution.recorded') }),
        h('dl', { class: 'facts' },
          h('dt', { text: t('resolution.cause') }), h('dd', { text: r.cause }),
          h('dt', { text: t('resolution.fix') }), h('dd', { text: r.fix }),
          h('dt', { text: t('resolution.charge') }), h('dd', { text: r.charge ? `${r.charge.amount} ${r.charge.currency ?? ''}` : '—' }),
          h('dt', { text: t('resolution.when') }), h('dd', { text: dateTime(r.recordedAt) })));
    }).catch(() => fill(box, h('p', { class: 'muted', text: t('resolution.none') })));
    return box;
  }

  function notesSection(tk) {
    const body = h('textarea', { rows: 2, maxLength: 4000 });
    const internal = h('input', { type: 'checkbox', id: `note-internal-${tk.id}` });
    const form = h('form', { class: 'note-form' }, summaryBox(),
      field(t('notes.add'), body, { field: 'body' }).wrap,
      h('div', { class: 'check' }, internal, h('label', { htmlFor: internal.id, text: t('notes.internal') })),
      h('button', { type: 'submit', class: 'secondary', text: t('notes.save') }));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      try {
        await api.post(`/api/tickets/${tk.id}/notes`, { body: textOf(body), internal: internal.checked });
        await reload();
      } catch (error) {
        showError(form, error);
      }
    });
    return h('section', { class: 'ticket-section', attrs: { 'aria-labelledby': 'notes-title' } },
      h('h3', { id: 'notes-title', text: t('notes.title') }),
      detail.notes.length ? h('ul', { class: 'notes' }, detail.notes.map((n) => h('li', { class: n.internal ? 'internal' : '' },
        h('p', { class: 'muted', text: `${n.authorName ?? ''} · ${dateTime(n.createdAt)}${n.internal ? ` · ${t('notes.internal')}` : ''}` }),
        h('p', { text: n.body })))) : h('p', { class: 'muted', text: t('notes.none') }),
      form);
  }

  reload();
  return {
    element: root,
    reload,
    version: () => detail?.ticket.version,
    useFix: (fix) => {
      const form = root.querySelector('#resolution-form');
      if (form?.useFix) form.useFix(fix);
      else toast(t('fix.noForm'), 'info');
    },
  };
}
