// Severity levels and their targets: first response, escalation steps, restore, resolve and on-site
// by region zone. Durations are edited in hours (0.25 = 15 minutes) and sent as ISO-8601.
import { h, field, option } from '../dom.js';
import { t, tl } from '../i18n.js';
import { hoursToIso, isoToHours } from '../time.js';
import { targetEditor, textEditor } from './widgets.js';

export function levelsEditor(terms, changed) {
  const zones = (terms.zones ?? []).map((z) => z.name);
  return h('section', { class: 'panel terms-section', attrs: { 'aria-labelledby': 'levels-title' }, dataset: { field: 'levels' } },
    h('h2', { id: 'levels-title', text: t('terms.levels') }),
    (terms.levels ?? []).map((level, i) => levelEditor(level, i, zones, changed)));
}

function levelEditor(level, i, zones, changed) {
  const path = `levels[${i}]`;
  const targets = (level.targets ??= {});
  targets.onSite ??= {};
  targets.escalation ??= [];
  const steps = h('div', { class: 'steps', dataset: { field: `${path}.targets.escalation` } });
  const renderSteps = () => steps.replaceChildren(...targets.escalation.map((step, s) => stepEditor(step, `${path}.targets.escalation[${s}]`,
    () => { targets.escalation.splice(s, 1); renderSteps(); changed(); }, changed)),
  h('button', { type: 'button', class: 'link add', text: t('terms.addStep'), on: { click: () => {
    targets.escalation.push({ after: 'PT2H', clock: 'AROUND_THE_CLOCK', to: '' });
    renderSteps();
    changed();
  } } }));
  renderSteps();
  return h('details', { class: 'level', open: i === 0, dataset: { field: path, level: String(level.code) } },
    h('summary', { text: `${level.code} · ${level.name}` }),
    h('div', { class: 'row' },
      textEditor(t('terms.levelName'), level, 'name', `${path}.name`, changed),
      textEditor(t('terms.definition'), level, 'definition', `${path}.definition`, changed, { multiline: true, maxLength: 2000 })),
    targetEditor(t('terms.firstResponse'), targets, 'firstResponse', `${path}.targets.firstResponse`, changed),
    targetEditor(t('terms.restore'), targets, 'restore', `${path}.targets.restore`, changed, { optional: true }),
    targetEditor(t('terms.resolve'), targets, 'resolve', `${path}.targets.resolve`, changed, { optional: true }),
    h('fieldset', {}, h('legend', { text: t('terms.onSite') }),
      zones.map((zone) => targetEditor(zone, targets.onSite, zone, `${path}.targets.onSite.${zone}`, changed, { optional: true }))),
    h('fieldset', {}, h('legend', { text: t('terms.escalation') }), steps));
}

function stepEditor(step, path, remove, changed) {
  const after = h('input', { type: 'number', min: 0, step: 0.25, value: isoToHours(step.after), className: 'hours' });
  after.addEventListener('input', () => { step.after = after.value === '' ? '' : hoursToIso(after.value); changed(); });
  const clock = h('select', {}, ['BUSINESS', 'AROUND_THE_CLOCK'].map((c) => option(c, tl('clockType', c), step.clock === c)));
  clock.addEventListener('change', () => { step.clock = clock.value; changed(); });
  return h('div', { class: 'row step', dataset: { field: path } },
    field(t('terms.after'), after, { field: `${path}.after` }).wrap,
    field(t('terms.clock'), clock, { field: `${path}.clock` }).wrap,
    textEditor(t('terms.escalateTo'), step, 'to', `${path}.to`, changed),
    h('button', { type: 'button', class: 'link', text: t('common.remove'), on: { click: remove } }));
}
