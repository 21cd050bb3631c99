// The supervisor board: what is about to break or has broken, how today is going, calls per hour,
// and each agent's phone (offline, idle, ringing, talking). Ticket changes and SLA alerts arrive
// live and refresh the figures (a burst refreshes once); agents' states arrive live on the
// supervisors' topic and redraw only their table; the call log has no push, so calls are re-read
// every minute.
import { h, fill } from '../dom.js';
import { t, tl } from '../i18n.js';
import { dateTime, localDate, localHour } from '../time.js';
import { query } from '../api.js';
import { problemText } from '../forms.js';
import { countdown, mostUrgent, clockName, startTicker } from '../desk/clocks.js';
import { legendElement, bind } from '../shortcuts.js';
import { barChart } from './charts.js';

/** How many open tickets are read in detail (with clocks) to find those near breach. */
const DETAIL_LIMIT = 40;

export function mount(main, ctx) {
  const { api, me } = ctx;
  startTicker();
  const kpis = h('div', { class: 'kpis', attrs: { 'aria-live': 'polite' } });
  const atRisk = h('div', { class: 'board-body' });
  const charts = h('div', { class: 'charts' });
  const queue = h('div', { class: 'board-body' });
  const agentsBox = h('div', { class: 'board-body', id: 'board-agents' });
  const alerts = h('ol', { class: 'alerts plain', attrs: { 'aria-live': 'polite' } });
  const updated = h('p', { class: 'muted updated', attrs: { role: 'status' } });
  ctx.state.board ??= { alerts: [] };
  let alive = true;
  const board = ctx.state.board;

  main.append(h('div', { class: 'board' },
    h('header', { class: 'board-header' }, h('h1', { text: t('board.title') }), updated,
      h('button', { type: 'button', class: 'secondary', text: t('board.refresh'), on: { click: () => refresh() } })),
    kpis,
    h('div', { class: 'board-grid' },
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'risk-title' } }, h('h2', { id: 'risk-title', text: t('board.atRisk') }), atRisk),
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'charts-title' } }, h('h2', { id: 'charts-title', text: t('board.today') }), charts),
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'queue-title' } }, h('h2', { id: 'queue-title', text: t('board.queue') }), queue,
        h('h3', { id: 'agents-title', text: t('board.agents') }), agentsBox,
        h('h3', { text: t('board.alerts') }), alerts))), legendElement());

  const renderAlerts = () => fill(alerts, board.alerts.length === 0 ? h('li', { class: 'muted', text: t('board.noAlerts') })
    : board.alerts.map((a) => h('li', { class: `alert alert-${a.kind}` },
      `${dateTime(a.receivedAt)} · ${t(`alert.${a.kind}`, { n: a.number, clock: tl('clockKind', a.clockKind) })}`)));
  renderAlerts();
  if (board.agents) renderAgents();

  let sequence = 0;
  async function refresh() {
    const mine = ++sequence; // refreshes overlap when pushes come in bursts: only the newest may draw
    try {
      const today = localDate(new Date());
      const [open, breached, recent, recentBreached, calls, live] = await Promise.all([
        api.get(`/api/tickets${query({ open: true, size: 100 })}`),
        api.get(`/api/tickets${query({ open: true, breached: true, size: 100 })}`),
        api.get(`/api/tickets${query({ size: 100 })}`),
        api.get(`/api/tickets${query({ breached: true, size: 100 })}`),
        api.get(`/api/calls${query({ limit: 200 })}`),
        api.get(`/api/calls${query({ disposition: 'live', limit: 50 })}`),
      ]);
      // Past breach first (the API knows them), then the newest open ones, whose clocks tell who is at risk.
      const ids = [...new Set([...breached.items.slice(0, 20), ...open.items.slice(0, DETAIL_LIMIT)].map((tk) => tk.id))];
      const details = await Promise.all(ids.map((id) => api.get(`/api/tickets/${id}`).catch(() => null)));
      const risky = riskyTickets(details.filter(Boolean), new Set(breached.items.map((tk) => tk.id)));
      const reportedToday = recent.items.filter((tk) => localDate(tk.reportedAt) === today);
      const brokenToday = recentBreached.items.filter((tk) => localDate(tk.reportedAt) === today);
      const callsToday = calls.filter((c) => localDate(c.startedAt) === today);
      if (mine !== sequence || !alive) return;
      renderKpis(open.total, breached.total, risky.filter((r) => !r.breached).length, reportedToday.length,
        brokenToday.length, callsToday);
      renderRisk(risky);
      renderCharts(callsToday, open.items);
      renderQueue(live);
      loadAgents();
      updated.textContent = t('board.updated', { at: dateTime(new Date().toISOString()) });
    } catch (error) {
      if (mine === sequence) updated.textContent = problemText(error);
    }
  }

  function renderKpis(openTotal, breachedTotal, atRiskCount, todayTotal, todayBroken, callsToday) {
    const compliance = todayTotal === 0 ? '—' : `${Math.round(((todayTotal - todayBroken) / todayTotal) * 100)}%`;
    const answered = callsToday.filter((c) => c.disposition === 'answered').length;
    const kpi = (id, labelKey, value, note, level) => h('div', { class: `kpi ${level ?? ''}`, dataset: { kpi: id } },
      h('span', { class: 'kpi-value', text: String(value) }), h('span', { class: 'kpi-label', text: t(labelKey) }),
      note ? h('span', { class: 'kpi-note', text: note }) : null);
    fill(kpis,
      kpi('open', 'board.kpiOpen', openTotal),
      kpi('breached', 'board.kpiBreached', breachedTotal, null, breachedTotal > 0 ? 'bad' : 'good'),
      kpi('at-risk', 'board.kpiAtRisk', atRiskCount, t('board.kpiAtRiskNote', { n: DETAIL_LIMIT }), atRiskCount > 0 ? 'warn' : 'good'),
      kpi('compliance', 'board.kpiCompliance', compliance, t('board.kpiComplianceNote', { ok: todayTotal - todayBroken, total: todayTotal })),
      kpi('calls', 'board.kpiCalls', callsToday.length, t('board.kpiCallsNote', { answered })));
  }

  function renderRisk(risky) {
    fill(atRisk, risky.length === 0 ? h('p', { class: 'muted', text: t('board.noneAtRisk') })
      : h('table', { class: 'tickets risk' },
        h('caption', { class: 'visually-hidden', text: t('board.atRisk') }),
        h('thead', {}, h('tr', {}, ['list.number', 'list.severity', 'list.status', 'board.clock', 'board.due']
          .map((k) => h('th', { scope: 'col', text: t(k) })))),
        h('tbody', {}, risky.map((r) => h('tr', { dataset: { breached: String(r.breached) } },
          h('td', { text: `#${r.ticket.number}` }),
          h('td', {}, h('span', { class: `badge sev-${r.ticket.severity}`, text: t('ticket.severityN', { n: r.ticket.severity }) })),
          h('td', { text: tl('status', r.ticket.status) }),
          h('td', { text: r.clock ? clockName(r.clock) : '—' }),
          h('td', {}, r.clock ? countdown(r.clock) : t('clockState.BREACHED')))))));
  }

  function renderCharts(callsToday, openTickets) {
    const hours = Array.from({ length: 24 }, (_, i) => i);
    const total = hours.map(() => 0);
    const missed = hours.map(() => 0);
    for (const call of callsToday) {
      const hour = localHour(call.startedAt);
      total[hour] += 1;
      if (call.disposition !== 'answered' && call.disposition !== 'live') missed[hour] += 1;
    }
    const severities = [1, 2, 3, 4];
    fill(charts,
      barChart({ title: t('board.callsPerHour'), categoryName: t('board.hour'), tableLabel: t('board.asTable'),
        labels: hours.map((hr) => String(hr).padStart(2, '0')),
        series: [{ name: t('board.calls'), values: total, color: '#2f6db5' }, { name: t('board.missed'), values: missed, color: '#b3261e' }] }),
      barChart({ title: t('board.openBySeverity'), categoryName: t('list.severity'), tableLabel: t('board.asTable'), height: 150,
        labels: severities.map((s) => t('ticket.severityN', { n: s })),
        series: [{ name: t('board.kpiOpen'), values: severities.map((s) => openTickets.filter((tk) => tk.severity === s).length), color: '#5b6b7b' }] }));
  }

  function renderQueue(live) {
    fill(queue,
      h('p', { dataset: { kpi: 'live-calls' }, text: t('board.liveCalls', { n: live.length }) }),
      live.length ? h('ul', { class: 'plain' }, live.map((c) => h('li', {
        text: `${c.callerId || t('call.withheld')} · ${c.queue || '—'} · ${dateTime(c.startedAt)}${c.answeredBy ? ` · ${t('call.agentExt', { ext: c.answeredBy })}` : ''}` }))) : null);
  }

  async function loadAgents() {
    try {
      const agents = await api.get('/api/board/agents');
      if (!alive) return;
      board.agents = new Map(agents.map((a) => [a.userId, a]));
      renderAgents();
    } catch (error) {
      if (alive) fill(agentsBox, h('p', { class: 'muted', text: `${t('board.agentsUnavailable')} ${problemText(error)}` }));
    }
  }

  function renderAgents() {
    const agents = [...(board.agents?.values() ?? [])];
    fill(agentsBox, agents.length === 0 ? h('p', { class: 'muted', text: t('board.noAgents') })
      : h('table', { class: 'agents', attrs: { 'aria-labelledby': 'agents-title' } },
        h('thead', {}, h('tr', {}, ['board.agent', 'board.extension', 'board.agentState', 'board.agentSince']
          .map((k) => h('th', { scope: 'col', text: t(k) })))),
        h('tbody', {}, agents.map((a) => h('tr', { dataset: { userId: a.userId, state: a.state, callId: a.callId ?? '' } },
          h('td', { text: a.name || a.username }),
          h('td', { text: a.extension ?? '—' }),
          h('td', {}, h('span', { class: `badge agent-${a.state}`, text: tl('agentState', a.state) })),
          h('td', { text: a.since ? dateTime(a.since) : '—' }))))));
  }

  let timer = null;
  const refreshSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, 700);
  };
  const slug = me.tenant.slug;
  const unsubscribe = [
    ctx.realtime.subscribe(`/topic/tenants/${slug}/tickets`, refreshSoon),
    // One agent's new state: only that row changes; the list itself comes with every refresh.
    ctx.realtime.subscribe(`/topic/tenants/${slug}/agents`, (agent) => {
      if (!agent?.userId || !agent.state) return;
      board.agents ??= new Map();
      board.agents.set(agent.userId, agent);
      renderAgents();
    }),
    ctx.realtime.subscribe(`/topic/tenants/${slug}/alerts`, (alert) => {
      board.alerts = [{ ...alert, receivedAt: new Date().toISOString() }, ...board.alerts].slice(0, 20);
      renderAlerts();
      refreshSoon();
    }),
  ];
  // Calls have no push; a minute keeps the hourly chart current without loading the log every few seconds.
  const poll = setInterval(refresh, 60_000);
  const unbind = bind([{ key: 'u', labelKey: 'board.refresh', run: () => refresh() }]);
  refresh();
  return () => {
    alive = false;
    unsubscribe.forEach((fn) => fn());
    clearInterval(poll);
    clearTimeout(timer);
    unbind();
  };
}

/** Open tickets past breach or with a clock at risk, the most urgent first. */
function riskyTickets(details, breachedIds) {
  const now = Date.now();
  return details.map((d) => {
    const clock = mostUrgent(d.clocks);
    const warn = clock?.warnAt ? Date.parse(clock.warnAt) : Infinity;
    const breached = breachedIds.has(d.ticket.id) || (d.clocks ?? []).some((c) => c.breached && c.state !== 'SUPERSEDED');
    return { ticket: d.ticket, clock, breached, risky: breached || now >= warn };
  }).filter((r) => r.risky)
    .sort((a, b) => (a.clock ? Date.parse(a.clock.dueAt) : 0) - (b.clock ? Date.parse(b.clock.dueAt) : 0));
}
