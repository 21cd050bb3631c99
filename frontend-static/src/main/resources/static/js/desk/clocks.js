// SLA clocks and their live countdowns. One ticker for the whole page updates every countdown
// element once a second from its due time, so a screen left open stays right without reloading.
import { h } from '../dom.js';
import { t, tl } from '../i18n.js';
import { span, dateTime, durationText } from '../time.js';

const LIVE_STATES = new Set(['RUNNING', 'AT_RISK', 'BREACHED']);

/** A countdown to dueAt: "1 h 05 min left", "overdue 12 min"; static for clocks that stopped. */
export function countdown(clock) {
  const el = h('span', { class: 'countdown' });
  if (LIVE_STATES.has(clock.state) && clock.dueAt && !clock.metAt) {
    el.dataset.due = clock.dueAt;
    if (clock.warnAt) el.dataset.warn = clock.warnAt;
    update(el, Date.now());
  } else {
    // A stopped clock says when it stopped; its state is already beside it.
    el.textContent = clock.metAt ? t('clock.metAt', { at: dateTime(clock.metAt) })
      : clock.pausedSince ? t('clock.pausedSince', { at: dateTime(clock.pausedSince) }) : '';
    el.dataset.level = clock.state === 'MET_LATE' || clock.breached ? 'breached' : 'calm';
  }
  return el;
}

function update(el, now) {
  const due = Date.parse(el.dataset.due);
  const warn = el.dataset.warn ? Date.parse(el.dataset.warn) : due;
  const left = due - now;
  el.textContent = left >= 0 ? t('clock.left', { span: span(left) }) : t('clock.overdue', { span: span(-left) });
  el.dataset.level = left < 0 ? 'breached' : now >= warn ? 'at-risk' : 'running';
}

let ticker = null;
export function startTicker() {
  if (ticker) return;
  ticker = setInterval(() => {
    const now = Date.now();
    document.querySelectorAll('.countdown[data-due]').forEach((el) => update(el, now));
  }, 1000);
}

/** The clock most urgent now: the running one due first, for one-line summaries. */
export function mostUrgent(clocks) {
  return (clocks ?? [])
    .filter((c) => LIVE_STATES.has(c.state) && !c.metAt && c.dueAt)
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0] ?? null;
}

export function clockName(clock) {
  const kind = tl('clockKind', clock.kind);
  return clock.name ? `${kind} · ${clock.name}` : kind;
}

/** A table of a ticket's clocks: what is promised, by when, and where it stands. */
export function clockTable(clocks) {
  const shown = (clocks ?? []).filter((c) => c.state !== 'SUPERSEDED');
  if (shown.length === 0) return h('p', { class: 'muted', text: t('clock.none') });
  return h('table', { class: 'clocks' },
    h('caption', { class: 'visually-hidden', text: t('ticket.clocks') }),
    h('thead', {}, h('tr', {}, ['clock.promise', 'clock.within', 'clock.due', 'clock.state'].map((k) =>
      h('th', { scope: 'col', text: t(k) })))),
    h('tbody', {}, shown.map((c) => h('tr', { dataset: { state: c.state } },
      h('td', { text: clockName(c) }),
      h('td', { text: `${durationText(c.within)} · ${tl('clockType', c.clock)}` }),
      h('td', { text: dateTime(c.dueAt) }),
      h('td', {}, h('span', { class: `state state-${c.state.toLowerCase()}`, text: tl('clockState', c.state) }), ' ',
        countdown(c))))));
}
