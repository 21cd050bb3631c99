// The agent desktop: call panel (left), the ticket being worked on (middle), known-fix search
// (right). Its state lives in ctx.state.desk, not in the DOM, so that switching language or
// screen redraws it as it was. Pops are received from sign-in on, whichever screen is shown.
import { h, fill } from '../dom.js';
import { t, tl } from '../i18n.js';
import { dateTime } from '../time.js';
import { query } from '../api.js';
import { problemText } from '../forms.js';
import { toast } from '../toast.js';
import { bind, legendElement } from '../shortcuts.js';
import { callPanel } from './call-panel.js';
import { ticketForm } from './ticket-form.js';
import { ticketView } from './ticket-view.js';
import { knownFixPanel } from './known-fixes.js';
import { startTicker } from './clocks.js';

function deskState(ctx) {
  ctx.state.desk ??= { pop: null, archive: null, work: { mode: 'list' }, search: { q: '' }, resolutionDraft: null };
  return ctx.state.desk;
}

/** Called once at sign-in: pops and alerts are listened to for the whole session. */
export function install(ctx) {
  const desk = deskState(ctx);
  ctx.realtime.subscribe('/user/queue/pops', (pop) => {
    if (!pop.event || !pop.callId) return; // not a pop
    if (pop.event === 'ringing' && desk.pop?.callId !== pop.callId) {
      desk.pop = pop;
      desk.archive = pop.archive ?? null;
      desk.search.deviceModel = callerModel(desk); // the panel holds this object: change it in place
      prefillSearch(ctx, desk, pop);
    } else if (desk.pop?.callId === pop.callId) {
      desk.pop = { ...desk.pop, event: pop.event, at: pop.at, answeredBy: pop.answeredBy, answeredByYou: pop.answeredByYou };
    } else {
      return; // an update of a call this desk no longer shows
    }
    ctx.deskChanged?.('pop');
    if (!ctx.deskChanged && pop.event === 'ringing') toast(t('call.ringingElsewhere', { caller: pop.caller ?? '' }), 'info', 10000);
  });
  ctx.realtime.subscribe('/user/queue/alerts', (alert) => {
    if (alert.number) toast(t(`alert.${alert.kind}`, { n: alert.number, clock: tl('clockKind', alert.clockKind) }), 'warn', 10000);
  });
}

/** The model of the caller's device, when the archive names exactly one model. */
function callerModel(desk) {
  const models = new Set((desk.archive?.devices ?? []).map((d) => d.device.model).filter(Boolean));
  return models.size === 1 ? [...models][0] : undefined;
}

/** The IVR's ticket holds the fault in the caller's words: search with it before the agent asks. */
async function prefillSearch(ctx, desk, pop) {
  const ticketId = pop.ivr?.ticketId;
  if (!ticketId) return;
  try {
    const detail = await ctx.api.get(`/api/tickets/${ticketId}`);
    Object.assign(desk.search, { q: detail.ticket.problem ?? '', productLine: '', model: '' });
    ctx.deskChanged?.('search');
  } catch {
    // the card shows the ticket link anyway; the search box stays as it was
  }
}

export function mount(main, ctx) {
  const { api } = ctx;
  const desk = deskState(ctx);
  startTicker();
  const levelsReady = ctx.state.levels ? Promise.resolve(ctx.state.levels)
    : api.get('/api/terms').then((terms) => { ctx.state.levels = terms.levels ?? []; return ctx.state.levels; })
      .catch(() => { ctx.state.levels = []; return []; });

  const callColumn = h('div', { class: 'column call-column' });
  const workColumn = h('div', { class: 'column work-column' });
  const fixColumn = h('div', { class: 'column fix-column' });
  main.append(h('div', { class: 'desk' }, h('h1', { class: 'visually-hidden', text: t('nav.desk') }),
    callColumn, workColumn, fixColumn), legendElement());

  let currentTicket = null;
  let fixes = null;

  const actions = {
    openTicket: (id) => showWork({ mode: 'ticket', ticketId: id }),
    newTicket: (deviceEntry) => showWork({ mode: 'intake', draft: { archive: desk.archive, deviceId: deviceEntry?.device?.id,
      callerPhone: desk.pop?.caller } }),
    archiveChosen: (archive) => { desk.archive = archive; renderCall(); },
    closeCard: () => { desk.pop = null; desk.archive = null; renderCall(); },
  };

  function renderCall() {
    fill(callColumn, callPanel(api, desk, actions));
  }

  function renderFixes() {
    fixes = knownFixPanel(api, desk.search, (fix) => {
      desk.resolutionDraft = fix;
      if (currentTicket) currentTicket.useFix(fix);
      else toast(t('fix.noForm'), 'info');
    });
    fill(fixColumn, fixes.element);
  }

  async function showWork(work) {
    desk.work = work;
    currentTicket = null;
    if (work.mode === 'ticket') {
      currentTicket = ticketView({ api, levels: await levelsReady, resolutionDraft: desk.resolutionDraft,
        onClose: () => showWork({ mode: 'list' }) }, work.ticketId);
      fill(workColumn, currentTicket.element);
      currentTicket.element.focus();
    } else if (work.mode === 'intake') {
      fill(workColumn, ticketForm(api, { draft: work.draft ?? {}, levels: await levelsReady,
        onOpened: (detail) => { toast(t('intake.opened', { n: detail.ticket.number }), 'ok'); showWork({ mode: 'ticket', ticketId: detail.ticket.id }); },
        onCancel: () => showWork({ mode: 'list' }) }));
    } else {
      fill(workColumn, ticketList(api, actions));
    }
  }

  ctx.deskChanged = (what) => {
    if (what === 'pop') renderCall();
    if (what === 'search') fixes?.searchFor(desk.search.q);
  };
  const unsubscribeTickets = ctx.realtime.subscribe(`/topic/tenants/${ctx.me.tenant.slug}/tickets`, (change) => {
    if (currentTicket && desk.work.ticketId === change.id && change.version !== currentTicket.version()) {
      toast(t('ticket.changedElsewhere', { n: change.number }), 'info');
      currentTicket.reload();
    } else if (desk.work.mode === 'list') {
      refreshList();
    }
  });
  let listTimer = null;
  const refreshList = () => {
    clearTimeout(listTimer); // a burst of changes refreshes once
    listTimer = setTimeout(() => { if (desk.work.mode === 'list') showWork({ mode: 'list' }); }, 500);
  };

  const unbind = bind([
    { key: '/', labelKey: 'shortcut.search', run: () => fixes?.focus() },
    { key: 'n', labelKey: 'shortcut.newTicket', run: actions.newTicket },
    { key: 'c', labelKey: 'shortcut.callPanel', run: () => document.getElementById('call-panel')?.focus() },
    { key: 't', labelKey: 'shortcut.ticket', run: () => (desk.pop?.ivr?.ticketId ? actions.openTicket(desk.pop.ivr.ticketId)
      : document.getElementById('ticket-view')?.focus()) },
    { key: 'r', labelKey: 'shortcut.resolve', run: () => document.getElementById('resolution-cause')?.focus() },
    { key: 'l', labelKey: 'shortcut.list', run: () => showWork({ mode: 'list' }) },
  ]);

  renderCall();
  renderFixes();
  showWork(desk.work);
  return () => {
    ctx.deskChanged = null;
    unsubscribeTickets();
    unbind();
    clearTimeout(listTimer);
  };
}

/** The tenant's open tickets, newest first: what to pick up when no call is ringing. */
function ticketList(api, actions) {
  const body = h('div', { attrs: { 'aria-live': 'polite' } }, h('p', { class: 'muted', text: t('common.loading') }));
  api.get(`/api/tickets${query({ open: true, size: 30 })}`).then((page) => {
    fill(body, page.items.length === 0 ? h('p', { class: 'muted', text: t('list.none') })
      : h('table', { class: 'tickets' },
        h('caption', { class: 'visually-hidden', text: t('list.title') }),
        h('thead', {}, h('tr', {}, ['list.number', 'list.severity', 'list.status', 'list.caller', 'list.reported']
          .map((k) => h('th', { scope: 'col', text: t(k) })))),
        h('tbody', {}, page.items.map((tk) => h('tr', {},
          h('td', {}, h('button', { type: 'button', class: 'link', text: `#${tk.number}`, on: { click: () => actions.openTicket(tk.id) } })),
          h('td', {}, h('span', { class: `badge sev-${tk.severity}`, text: t('ticket.severityN', { n: tk.severity }) })),
          h('td', { text: tl('status', tk.status) }),
          h('td', { text: tk.callerName || tk.callerPhone || '—' }),
          h('td', { text: dateTime(tk.reportedAt) }))))));
  }).catch((error) => fill(body, h('p', { class: 'field-error', text: problemText(error) })));
  return h('section', { class: 'panel-form ticket-list', attrs: { 'aria-labelledby': 'list-title' } },
    h('header', { class: 'ticket-header' }, h('h2', { id: 'list-title', text: t('list.title') }),
      h('button', { type: 'button', text: t('intake.new'), on: { click: () => actions.newTicket() } })),
    body);
}
