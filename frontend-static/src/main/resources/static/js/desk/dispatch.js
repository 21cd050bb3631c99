// Dispatch to a service partner (服务网点): the API suggests the active partners covering the
// ticket's region, district before city before province; the first is the one to pick by default.
import { h, fill } from '../dom.js';
import { t, tl } from '../i18n.js';
import { dateTime, durationText } from '../time.js';
import { problemText } from '../forms.js';

export function dispatchSection(api, ticket, onDispatched) {
  const body = h('div', { class: 'dispatch-body', attrs: { 'aria-live': 'polite' } }, h('p', { class: 'muted', text: t('common.loading') }));
  const section = h('section', { class: 'ticket-section dispatch', attrs: { 'aria-labelledby': 'dispatch-title' } },
    h('h3', { id: 'dispatch-title', text: t('dispatch.title') }), body);

  async function load() {
    try {
      const [suggestions, dispatches] = await Promise.all([
        api.get(`/api/tickets/${ticket.id}/partner-suggestions`),
        api.get(`/api/tickets/${ticket.id}/dispatches`)]);
      render(suggestions, dispatches);
    } catch (error) {
      fill(body, h('p', { class: 'field-error', text: problemText(error) }));
    }
  }

  function render(suggestions, dispatches) {
    const names = new Map(suggestions.map((s) => [s.partner.id, s.partner.name]));
    const open = ticket.status !== 'resolved' && ticket.status !== 'closed';
    fill(body,
      dispatches.length ? h('ul', { class: 'plain dispatches' }, dispatches.map((d) => h('li', { dataset: { status: d.status } },
        `${names.get(d.partnerId) ?? d.partnerId} · ${tl('dispatchStatus', d.status)} · ${dateTime(d.dispatchedAt)}`,
        d.engineerName ? ` · ${d.engineerName}` : '', d.visitAt ? ` · ${t('dispatch.visit', { at: dateTime(d.visitAt) })}` : '',
        d.refusalReason ? ` · ${d.refusalReason}` : ''))) : null,
      !open ? null : suggestions.length === 0 ? h('p', { class: 'muted', text: t('dispatch.noPartner', { region: ticket.regionCode ?? '—' }) })
        : h('ol', { class: 'suggestions' }, suggestions.map((s, index) => h('li', {},
          h('span', { text: `${s.partner.name} (${t('dispatch.covers', { region: s.coveredBy })}, ${t('dispatch.acceptWithin', { within: durationText(s.partner.acceptWithin) })})` }),
          ' ',
          h('button', { type: 'button', class: index === 0 ? 'primary' : 'secondary',
            text: index === 0 ? t('dispatch.toSuggested') : t('dispatch.to'),
            on: { click: () => dispatchTo(s.partner) } })))));
  }

  async function dispatchTo(partner) {
    try {
      await api.post(`/api/tickets/${ticket.id}/dispatches`, { partnerId: partner.id });
      onDispatched(t('dispatch.done', { partner: partner.name }));
    } catch (error) {
      fill(body, h('p', { class: 'field-error', attrs: { role: 'alert' }, text: problemText(error) }));
    }
  }

  load();
  return section;
}
