// Complaints on the supervision line (监督电话) for agents and supervisors: the list with its
// filters, a complaint's detail with its reply clock and escalation chain, reply / resolve /
// escalate / close (each with the version read: a stale one is refused and the latest shown),
// notes, and a form for a complaint taken on the phone. Escalations arrive live.
import { h, fill, field, option } from '../dom.js';
import { t, tl } from '../i18n.js';
import { dateTime } from '../time.js';
import { query } from '../api.js';
import { clearErrors, showError, summaryBox, textOf, problemText } from '../forms.js';
import { toast } from '../toast.js';

const STATUSES = ['open', 'replied', 'resolved', 'closed'];

export function install(ctx) {
  // Supervisors hear of every escalation wherever they are in the app.
  ctx.realtime.subscribe('/user/queue/complaints', (alert) => {
    if (!alert?.complaintId) return;
    toast(alert.kind === 'breach' ? t('complaints.breach', { n: alert.number })
      : t('complaints.alert', { n: alert.number, tier: alert.tier }), alert.kind === 'breach' ? 'error' : 'info');
    ctx.state.complaints?.refresh?.();
  });
}

export function mount(main, ctx) {
  const { api, me } = ctx;
  const supervisor = me.roles.includes('supervisor') || me.roles.includes('tenant-admin');
  const state = ctx.state.complaints ??= { status: 'open', selected: null };
  const statusSelect = h('select', { id: 'complaint-status-filter' },
    option('', t('complaints.all'), state.status === ''),
    STATUSES.map((s) => option(s, tl('complaintStatus', s), state.status === s)));
  const listBox = h('div', { class: 'complaint-list', attrs: { 'aria-live': 'polite' } });
  const detailBox = h('section', { class: 'panel complaint-detail', attrs: { 'aria-labelledby': 'complaint-detail-title' } });

  main.append(h('div', { class: 'cases' },
    h('header', { class: 'board-header' }, h('h1', { text: t('complaints.title') })),
    h('div', { class: 'board-grid' },
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'complaint-list-title' } },
        h('h2', { id: 'complaint-list-title', text: t('complaints.title') }),
        field(t('complaints.filter'), statusSelect).wrap, listBox),
      detailBox,
      h('section', { class: 'panel', attrs: { 'aria-labelledby': 'complaint-new-title' } },
        h('h2', { id: 'complaint-new-title', text: t('complaints.new') }), newComplaintForm()))));

  statusSelect.addEventListener('change', () => {
    state.status = statusSelect.value;
    refresh();
  });

  async function refresh() {
    try {
      const page = await api.get(`/api/complaints${query({ status: state.status || undefined, size: 50 })}`);
      fill(listBox, page.items.length === 0 ? h('p', { class: 'muted', text: t('complaints.none') })
        : h('table', { class: 'tickets complaints' },
          h('thead', {}, h('tr', {}, ['complaints.number', 'complaints.subject', 'complaints.status', 'complaints.tier',
            'complaints.reply', 'complaints.due'].map((k) => h('th', { scope: 'col', text: t(k) })))),
          h('tbody', {}, page.items.map((c) => h('tr', { dataset: { complaintId: c.id, replyState: c.replyState } },
            h('td', {}, h('button', { type: 'button', class: 'link', text: `#${c.number}`, on: { click: () => show(c.id) } })),
            h('td', { text: c.subject }),
            h('td', { text: tl('complaintStatus', c.status) }),
            h('td', { text: c.escalationTier || '—' }),
            h('td', {}, h('span', { class: `badge reply-${c.replyState}`, text: tl('replyState', c.replyState) })),
            h('td', { text: c.replyDueAt ? dateTime(c.replyDueAt) : '—' }))))));
    } catch (error) {
      fill(listBox, h('p', { class: 'field-error', text: problemText(error) }));
    }
    if (state.selected) show(state.selected);
    else fill(detailBox, h('h2', { id: 'complaint-detail-title', text: t('complaints.select') }));
  }
  state.refresh = refresh;

  async function show(id) {
    state.selected = id;
    try {
      renderDetail(await api.get(`/api/complaints/${id}`));
    } catch (error) {
      fill(detailBox, h('p', { class: 'field-error', text: problemText(error) }));
    }
  }

  function renderDetail(detail) {
    const c = detail.complaint;
    const action = (labelKey, path, textLabelKey, supervisorOnly) => {
      const text = h('textarea', { rows: 2, maxLength: 8000 });
      const form = h('form', { class: 'complaint-action', dataset: { action: path } }, summaryBox(),
        field(t(textLabelKey), text, { field: 'text' }).wrap,
        h('div', { class: 'actions' }, h('button', { type: 'submit', text: t(labelKey) })));
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        clearErrors(form);
        try {
          renderDetail(await api.post(`/api/complaints/${c.id}/${path}`, { version: c.version, text: textOf(text) }));
          refresh();
        } catch (error) {
          showError(form, error);
          if (error.conflict) show(c.id);
        }
      });
      return supervisorOnly && !supervisor ? null : form;
    };
    const note = h('textarea', { rows: 2, maxLength: 8000 });
    const noteForm = h('form', { class: 'complaint-note' }, summaryBox(),
      field(t('complaints.addNote'), note, { field: 'body' }).wrap,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'secondary', text: t('complaints.addNote') })));
    noteForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await api.post(`/api/complaints/${c.id}/notes`, { body: textOf(note) });
        show(c.id);
      } catch (error) {
        showError(noteForm, error);
      }
    });
    fill(detailBox,
      h('h2', { id: 'complaint-detail-title', text: `#${c.number} · ${c.subject}` }),
      h('p', { class: 'muted', text: `${tl('channel', c.channel)} · ${dateTime(c.createdAt)} · ${c.complainant || ''} ${c.callerPhone || ''}` }),
      c.text ? h('p', { class: 'problem', text: c.text }) : null,
      h('p', {}, h('span', { class: 'badge', text: tl('complaintStatus', c.status) }), ' ',
        h('span', { class: `badge reply-${c.replyState}`, dataset: { replyState: c.replyState },
          text: `${t('complaints.reply')}: ${tl('replyState', c.replyState)}${c.replyDueAt ? ` · ${dateTime(c.replyDueAt)}` : ''}` })),
      c.reply ? h('p', {}, h('strong', { text: `${t('complaints.reply')}: ` }), c.reply) : null,
      c.outcome ? h('p', {}, h('strong', { text: `${t('complaints.outcome')}: ` }), c.outcome) : null,
      h('h3', { text: t('complaints.chain') }),
      h('ol', { class: 'chain' }, detail.escalations.map((s) => h('li', { dataset: { fired: String(!!s.firedAt) } },
        `${s.tier}: ${s.firedAt ? t('complaints.fired', { at: dateTime(s.firedAt) }) : t('complaints.pending', { at: dateTime(s.dueAt) })}`))),
      c.status === 'open' ? action('complaints.send', 'reply', 'complaints.replyText', false) : null,
      c.status === 'replied' ? action('complaints.resolve', 'resolve', 'complaints.outcome', false) : null,
      c.status === 'open' || c.status === 'replied' ? action('complaints.escalate', 'escalate', 'complaints.escalateReason', true) : null,
      c.status !== 'closed' ? action('complaints.close', 'close', 'complaints.closeReason', true) : null,
      h('h3', { text: t('complaints.notes') }),
      h('ul', { class: 'plain notes' }, detail.notes.map((n) => h('li', { text: `${dateTime(n.createdAt)} · ${n.authorName}: ${n.body}` }))),
      noteForm);
  }

  function newComplaintForm() {
    const subject = h('input', { type: 'text', maxLength: 200, id: 'complaint-subject' });
    const text = h('textarea', { rows: 3, maxLength: 8000, id: 'complaint-text' });
    const complainant = h('input', { type: 'text', maxLength: 200 });
    const phone = h('input', { type: 'tel', maxLength: 40 });
    const channel = h('select', {}, option('phone', tl('channel', 'phone'), true), option('web', tl('channel', 'web')));
    const form = h('form', { id: 'complaint-form' }, summaryBox(),
      field(t('complaints.subject'), subject, { field: 'subject' }).wrap,
      field(t('complaints.text'), text, { field: 'text' }).wrap,
      h('div', { class: 'row' }, field(t('complaints.complainant'), complainant, { field: 'complainant' }).wrap,
        field(t('complaints.phone'), phone, { field: 'callerPhone' }).wrap,
        field(t('complaints.channel'), channel, { field: 'channel' }).wrap),
      h('div', { class: 'actions' }, h('button', { type: 'submit', text: t('complaints.file') })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      try {
        const filed = await api.post('/api/complaints', { channel: channel.value, subject: textOf(subject),
          text: textOf(text), complainant: textOf(complainant), callerPhone: textOf(phone) });
        toast(t('complaints.filed', { n: filed.complaint.number }));
        form.reset();
        state.selected = filed.complaint.id;
        refresh();
      } catch (error) {
        showError(form, error);
      }
    });
    return form;
  }

  refresh();
  return () => { state.refresh = null; };
}
