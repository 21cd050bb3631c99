// The monthly quality report: a month picker, the figures of GET /api/reports/quality with uPlot
// charts (each with its table), and the CSV and PDF downloads, fetched with the token and saved.
import { h, fill, field } from '../dom.js';
import { t, tl } from '../i18n.js';
import { dateTime, localDate } from '../time.js';
import { query } from '../api.js';
import { problemText, showError, clearErrors, summaryBox } from '../forms.js';
import { barChart } from '../board/charts.js';
import { section, table, percent, kpi } from './parts.js';

export function mount(main, ctx) {
  const { api } = ctx;
  ctx.state.report ??= { month: previousMonth() };
  const state = ctx.state.report;
  const month = h('input', { type: 'month', value: state.month, max: localDate(new Date()).slice(0, 7), required: true });
  const monthField = field(t('report.month'), month, { field: 'month' });
  const status = h('p', { class: 'muted', attrs: { role: 'status' } });
  const body = h('div', { class: 'report-body' });
  const form = h('form', { class: 'report-controls', on: { submit: (e) => { e.preventDefault(); load(); } } },
    monthField.wrap,
    h('button', { type: 'submit', text: t('report.show') }),
    h('button', { type: 'button', class: 'secondary', text: t('report.csv'), on: { click: () => download('csv') } }),
    h('button', { type: 'button', class: 'secondary', text: t('report.pdf'), on: { click: () => download('pdf') } }),
    summaryBox());
  main.append(h('div', { class: 'report' }, h('h1', { text: t('report.title') }), form, status, body));

  async function load() {
    state.month = month.value;
    clearErrors(form);
    status.textContent = t('common.loading');
    try {
      const report = await api.get(`/api/reports/quality${query({ month: state.month })}`);
      status.textContent = t('report.generated', { at: dateTime(report.generatedAt), zone: report.timeZone });
      render(report);
    } catch (error) {
      status.textContent = problemText(error);
      showError(form, error);
      fill(body);
    }
  }

  async function download(kind) {
    clearErrors(form);
    try {
      const file = await api.download(`/api/reports/quality.${kind}${query({ month: month.value })}`);
      const url = URL.createObjectURL(file.blob);
      const link = h('a', { href: url, download: file.name ?? `quality-report-${month.value}.${kind}` });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      showError(form, error);
    }
  }

  function render(r) {
    const v = r.volume;
    const ftf = r.firstTimeFix;
    fill(body,
      h('div', { class: 'kpis' },
        kpi('tickets', t('report.tickets'), v.tickets, t('report.resolvedN', { n: v.resolved })),
        kpi('first-time-fix', t('report.ftf'), percent(ftf.rate), t('report.ftfNote', { days: r.reopenWindowDays })),
        kpi('repeat-faults', t('report.repeats'), r.repeatFaults.faults, t('report.repeatDevices', { n: r.repeatFaults.devices })),
        kpi('complaints', t('report.complaintsInTime'), percent(r.complaints.rate), t('report.complaintsNote', { n: r.complaints.received })),
        kpi('satisfaction', t('report.satisfaction'), r.satisfaction.available ? percent(r.satisfaction.responseRate) : '—',
          r.satisfaction.available ? t('report.responseRate') : t('report.noSurveys'))),
      h('div', { class: 'report-grid' },
        section('sla', t('report.sla'),
          chart({ title: t('report.slaByKind'), categoryName: t('report.promise'), tableLabel: t('board.asTable'),
            labels: r.slaByKind.map((c) => tl('clockKind', c.kind)),
            series: [
              { name: t('report.onTime'), values: r.slaByKind.map((c) => c.metOnTime), color: '#2e7d32' },
              { name: t('report.broken'), values: r.slaByKind.map((c) => c.metLate + c.breached), color: '#b3261e' }] }),
          table(t('report.slaByZone'), [t('report.zone'), t('report.promise'), t('report.onTime'), t('report.late'),
            t('report.breached'), t('report.running'), t('report.rate')],
          r.slaByZone.map((c) => [c.zone || '—', tl('clockKind', c.kind), c.metOnTime, c.metLate, c.breached, c.running, percent(c.rate)]))),
        section('volume', t('report.volume'),
          chart({ title: t('report.byProductLine'), categoryName: t('report.productLine'), tableLabel: t('board.asTable'),
            labels: v.byProductLine.map((l) => l.productLine || '—'),
            series: [
              { name: t('report.tickets'), values: v.byProductLine.map((l) => l.tickets), color: '#2f6db5' },
              { name: t('report.resolved'), values: v.byProductLine.map((l) => l.resolved), color: '#5b6b7b' }] }),
          table(t('report.byModel'), [t('report.productLine'), t('report.model'), t('report.tickets')],
            v.byModel.map((m) => [m.productLine || '—', m.model || '—', m.tickets])),
          table(t('report.byCause'), [t('report.cause'), t('report.tickets')],
            v.byCause.map((c) => [c.other ? t('report.otherCauses') : c.unresolved ? t('report.unresolved') : c.cause, c.tickets]))),
        section('fixes', t('report.fixes'),
          table(t('report.ftf'), [t('report.resolved'), t('report.ftfFixed'), t('report.noVisit'), t('report.oneVisit'),
            t('report.severalVisits'), t('report.reopened'), t('report.rate')],
          [[ftf.resolved, ftf.firstTimeFixed, ftf.withoutVisit, ftf.oneVisit, ftf.severalVisits, ftf.reopenedWithinWindow, percent(ftf.rate)]]),
          h('p', { class: 'muted', text: t('report.ftfDefinition', { days: r.reopenWindowDays }) }),
          table(t('report.repeats'), [t('report.serial'), t('report.model'), t('report.cause'), t('report.repairs')],
            r.repeatFaults.top.map((x) => [x.serialNumber, `${x.productLine} ${x.model}`.trim(), x.cause, x.repairs]))),
        section('partners', t('report.partners'),
          table(t('report.partners'), [t('report.partner'), t('report.dispatches'), t('report.acceptedInTime'),
            t('report.refused'), t('report.onSiteMet'), t('report.onSiteLate')],
          r.partners.map((p) => [p.name, p.dispatches, `${p.acceptedInTime} (${percent(p.acceptanceRate)})`, p.refused,
            `${p.onSiteMet} (${percent(p.onSiteRate)})`, p.onSiteLate])),
          table(t('report.complaints'), [t('report.received'), t('report.repliedInTime'), t('report.repliedLate'),
            t('report.overdue'), t('report.rate')],
          [[r.complaints.received, r.complaints.repliedInTime, r.complaints.repliedLate, r.complaints.overdue, percent(r.complaints.rate)]]))));
  }

  load();
  return () => {};
}

/** A bar chart, or a line saying there is nothing to draw (uPlot has no sensible empty bar chart). */
function chart(spec) {
  return spec.labels.length === 0 ? h('p', { class: 'muted', text: `${spec.title}: ${t('report.none')}` }) : barChart(spec);
}

/** Last month in the tenant's calendar: the newest complete one. */
function previousMonth() {
  const [year, month] = localDate(new Date()).split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}
