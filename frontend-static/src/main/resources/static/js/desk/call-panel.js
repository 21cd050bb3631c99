// The call panel: the screen pop of the call ringing on this agent's phone. "ringing" opens the
// card, "answered" says who took it, "ended" closes it; the archive shows at once, without a
// request, because the pop carries it.
import { h, field, fill } from '../dom.js';
import { t, tl } from '../i18n.js';
import { timeOfDay } from '../time.js';
import { query } from '../api.js';
import { problemText } from '../forms.js';
import { archiveView } from './archive.js';
import { newCustomerForm } from './new-customer.js';

/**
 * desk: the desk's state ({pop, archive}); actions: {openTicket, newTicket, archiveChosen(archive)}.
 */
export function callPanel(api, desk, actions) {
  const body = h('div', { class: 'call-body' });
  const panel = h('section', { id: 'call-panel', class: 'panel call-panel', tabIndex: -1,
    attrs: { 'aria-labelledby': 'call-title' } },
  h('h2', { id: 'call-title', text: t('call.title') }), body);
  const close = h('button', { type: 'button', class: 'secondary close-card', text: t('call.close'),
    on: { click: actions.closeCard } });
  if (desk.pop) fill(body, popView(api, desk, actions), desk.pop.event === 'ended' ? close : null);
  else if (desk.archive) fill(body, archiveView(desk.archive, actions), close);
  else fill(body, idleView(api, actions));
  return panel;
}

function popView(api, desk, actions) {
  const pop = desk.pop;
  return h('div', { class: 'pop', dataset: { event: pop.event, callId: pop.callId } },
    h('p', { class: `call-status call-${pop.event}`, attrs: { role: 'status' }, text: statusText(pop) }),
    h('p', { class: 'caller-number' }, h('span', { class: 'k', text: t('call.from') }), ' ',
      h('strong', { text: pop.caller || t('call.withheld') }), ' ',
      h('span', { class: 'muted', text: t('call.to', { did: pop.did ?? '' }) })),
    pop.ivr ? ivrView(pop.ivr, actions) : null,
    desk.archive ? archiveView(desk.archive, actions)
      : pop.candidates?.length > 1 ? candidatesView(api, pop.candidates, actions)
        : newCustomerForm(api, pop.caller, actions.archiveChosen));
}

function statusText(pop) {
  const at = timeOfDay(pop.at);
  switch (pop.event) {
    case 'ringing': return t('call.ringing', { at });
    case 'answered': return pop.answeredByYou ? t('call.answeredByYou', { at }) : t('call.takenBy', { name: pop.answeredBy, at });
    case 'ended': return t('call.ended', { at });
    default: return pop.event;
  }
}

function ivrView(ivr, actions) {
  return h('section', { class: 'ivr', attrs: { 'aria-label': t('ivr.title') } },
    h('h3', { text: t('ivr.title') }),
    h('ol', { class: 'ivr-path' }, ivr.path.map((step) => h('li', { text: ivrStep(step) }))),
    h('p', { class: 'muted', text: [ivr.language ? t('ivr.language', { language: tl('language', ivr.language) }) : '',
      ivr.outcome ? tl('ivrOutcome', ivr.outcome) : ''].filter(Boolean).join(' · ') }),
    ivr.keyedSerial ? h('p', { text: t('ivr.keyedSerial', { serial: ivr.keyedSerial }) }) : null,
    ivr.keyedNumber ? h('p', { text: t('ivr.keyedNumber', { number: ivr.keyedNumber }) }) : null,
    ivr.ticketId ? h('p', {}, t('ivr.openedTicket'), ' ',
      h('button', { type: 'button', class: 'link ivr-ticket', text: `#${ivr.ticketNumber ?? ''}`,
        on: { click: () => actions.openTicket(ivr.ticketId) } })) : null);
}

/** "identify:skipped" -> "Identified by: skipped"; unknown names and values are shown as they are. */
function ivrStep(step) {
  const [name, value] = String(step).split(':');
  const label = tl('ivrStep', name);
  return value === undefined ? label : `${label}: ${tl('ivrValue', value)}`;
}

function candidatesView(api, candidates, actions) {
  const status = h('p', { class: 'muted', attrs: { role: 'status' } });
  return h('section', { class: 'candidates' },
    h('h3', { text: t('call.candidates') }), status,
    h('ul', { class: 'cards' }, candidates.map((c) => h('li', {},
      h('button', { type: 'button', class: 'secondary', text: `${c.name} · ${tl('category', c.category)}`,
        on: { click: async () => {
          try {
            actions.archiveChosen(await api.get(`/api/customers/${c.id}/archive`));
          } catch (error) {
            status.textContent = problemText(error);
          }
        } } })))));
}

/** No call: a lookup by number or name, for calls that came in another way. */
function idleView(api, actions) {
  const input = h('input', { type: 'search', autocomplete: 'off' });
  const results = h('div', { class: 'lookup-results', attrs: { 'aria-live': 'polite' } });
  const form = h('form', { class: 'lookup', attrs: { role: 'search' } },
    field(t('lookup.label'), input, { hint: t('lookup.hint') }).wrap,
    h('button', { type: 'submit', text: t('lookup.find') }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const q = input.value.trim();
    if (!q) return;
    const byPhone = /^[+\d][\d\s-]{4,}$/.test(q);
    try {
      const page = await api.get(`/api/customers${query(byPhone ? { phone: q, size: 10 } : { name: q, size: 10 })}`);
      fill(results, page.items.length === 0 ? h('p', { class: 'muted', text: t('lookup.none') })
        : h('ul', { class: 'cards' }, page.items.map((c) => h('li', {},
          h('button', { type: 'button', class: 'secondary', text: `${c.name} · ${c.phones.join(', ')}`,
            on: { click: async () => actions.archiveChosen(await api.get(`/api/customers/${c.id}/archive`)) } })))));
    } catch (error) {
      fill(results, h('p', { class: 'field-error', text: problemText(error) }));
    }
  });
  return h('div', { class: 'idle' },
    h('p', { class: 'muted idle-text', text: t('call.idle') }), form, results);
}
