// The caller archive (用户档案) as an agent reads it out on the phone: who, where, which devices
// and what the customer is entitled to in plain sentences, open tickets with their running
// clocks, recent calls.
import { h } from '../dom.js';
import { t, tl, locale } from '../i18n.js';
import { dateTime, durationText } from '../time.js';
import { countdown, mostUrgent, clockName } from './clocks.js';

/** actions: {openTicket(id), newTicket(deviceEntry?)} */
export function archiveView(archive, actions) {
  const c = archive.customer;
  return h('div', { class: 'archive' },
    h('div', { class: 'customer-card' },
      h('h3', { class: 'customer-name', text: c.name, dataset: { customerId: c.id } }),
      h('p', { class: 'muted', text: `${tl('kind', c.kind)} · ${tl('category', c.category)}` }),
      list(t('archive.phones'), archive.phones, (p) => `${p.number}${p.label ? ` (${p.label})` : ''}`),
      list(t('archive.addresses'), archive.addresses, (a) =>
        `${a.text || ''} [${a.regionCode}] · ${a.zone ? t('archive.zone', { zone: a.zone }) : t('archive.noOnSite')}`),
      list(t('archive.contacts'), archive.contacts, (p) => [p.name, p.role, p.phone].filter(Boolean).join(' · ')),
      c.notes ? h('p', { class: 'notes', text: c.notes }) : null),
    section(t('archive.devices'), archive.devices, (entry) => deviceView(entry, actions), t('archive.noDevices')),
    section(t('archive.openTickets'), archive.openTickets, (detail) => openTicketView(detail, actions),
      t('archive.noOpenTickets')),
    section(t('archive.recentCalls'), archive.recentCalls, callView, t('archive.noCalls')));
}

function list(title, items, text) {
  if (!items?.length) return null;
  return h('div', { class: 'kv' }, h('span', { class: 'k', text: title }),
    h('ul', { class: 'plain' }, items.map((i) => h('li', { text: text(i) }))));
}

function section(title, items, render, emptyText) {
  return h('section', { class: 'archive-section' }, h('h4', { text: `${title} (${items?.length ?? 0})` }),
    items?.length ? h('ul', { class: 'cards' }, items.map((i) => h('li', {}, render(i))))
      : h('p', { class: 'muted', text: emptyText }));
}

function deviceView(entry, actions) {
  const d = entry.device;
  const w = entry.warranty ?? {};
  const sentences = locale() === 'zh-CN' ? (w.sentencesZh?.length ? w.sentencesZh : w.sentencesEn)
    : (w.sentencesEn?.length ? w.sentencesEn : w.sentencesZh);
  return h('div', { class: 'device' },
    h('p', { class: 'device-title' }, h('strong', { text: d.model || d.productLine }), ' ',
      h('span', { class: 'muted', text: `${d.productLine} · ${t('device.serial')} ${d.serialNumber}` })),
    h('p', { class: 'muted', text: t('device.bought', { date: d.purchaseDate ?? '—' }) }),
    sentences?.length ? h('ul', { class: 'entitlement' }, sentences.map((s) => h('li', { text: s }))) : null,
    w.note ? h('p', { class: 'muted', text: w.note }) : null,
    repeatFaults(entry.repeatFaults),
    w.components?.length ? h('ul', { class: 'covers' }, w.components.map((cv) => h('li', {
      dataset: { status: cv.status } }, `${cv.component}: ${tl('cover', cv.status)} (${t('device.until', { date: cv.lastDay })})`)))
      : null,
    h('button', { type: 'button', class: 'link', text: t('archive.reportFault'), on: { click: () => actions.newTicket(entry) } }));
}

/** The repeat-fault watch: a fault the device keeps coming back with, and whether a new unit is due. */
function repeatFaults(flags) {
  if (!flags?.length) return null;
  return h('ul', { class: 'repeat-faults plain' }, flags.map((f) => h('li', {
    class: f.replacementEntitled || f.returnEntitled ? 'repeat-fault entitled' : 'repeat-fault',
    attrs: f.replacementEntitled ? { role: 'alert' } : {},
    dataset: { faultCode: f.faultCode, replacement: String(f.replacementEntitled) } },
  t('repeat.repaired', { code: f.faultCode, n: f.repairs, tickets: f.tickets.map((n) => `#${n}`).join(', ') }),
  f.replacementEntitled ? h('strong', { text: ` ${t('repeat.replacement')}` })
    : f.replacementAfter ? ` ${t('repeat.toGo', { n: f.replacementAfter - f.repairs })}` : '',
  f.returnEntitled ? h('strong', { text: ` ${t('repeat.return')}` }) : '')));
}

function openTicketView(detail, actions) {
  const tk = detail.ticket;
  const urgent = mostUrgent(detail.clocks);
  return h('div', { class: 'open-ticket' },
    h('p', {}, h('button', { type: 'button', class: 'link', text: `#${tk.number}`, on: { click: () => actions.openTicket(tk.id) } }),
      ' ', h('span', { class: `badge status-${tk.status}`, text: tl('status', tk.status) }),
      ' ', h('span', { class: `badge sev-${tk.severity}`, text: t('ticket.severityN', { n: tk.severity }) })),
    h('p', { class: 'problem', text: tk.problem }),
    urgent ? h('p', { class: 'urgent' }, `${clockName(urgent)}: `, countdown(urgent)) : null);
}

function callView(call) {
  return h('p', { class: 'call' }, `${dateTime(call.startedAt)} · ${tl('disposition', call.disposition)}`,
    call.answeredBy ? ` · ${t('call.agentExt', { ext: call.answeredBy })}` : '',
    call.talkTime && call.talkTime !== 'PT0S' ? ` · ${durationText(call.talkTime)}` : '');
}
