// Entitlement rules per group of product lines: the consumer "three guarantees" (三包) windows,
// the vendor's replacement after N failed repairs, the dealer warranty-card deadline and no-reason
// returns. Each rule may not apply (absent in the terms).
import { h, field } from '../dom.js';
import { t } from '../i18n.js';
import { numberEditor, optionalRule } from './widgets.js';

export function entitlementEditor(terms, changed) {
  const groups = (terms.entitlement ??= []);
  const list = h('div', { class: 'entitlements' });
  const render = () => list.replaceChildren(...groups.map((rules, i) => rulesEditor(rules, i, () => {
    groups.splice(i, 1);
    render();
    changed();
  }, changed)), h('button', { type: 'button', class: 'secondary', text: t('entitlement.add'), on: { click: () => {
    groups.push({ productLines: [] });
    render();
    changed();
  } } }));
  render();
  return h('section', { class: 'panel terms-section', attrs: { 'aria-labelledby': 'entitlement-title' }, dataset: { field: 'entitlement' } },
    h('h2', { id: 'entitlement-title', text: t('entitlement.title') }), list);
}

function rulesEditor(rules, i, remove, changed) {
  const path = `entitlement[${i}]`;
  rules.productLines ??= [];
  // One text field for the list: "laptop, desktop". Errors for productLines[j] land beside it.
  const lines = h('input', { type: 'text', value: rules.productLines.join(', '), autocomplete: 'off', maxLength: 500 });
  lines.addEventListener('input', () => {
    rules.productLines = lines.value.split(/[,，\s]+/).map((s) => s.trim()).filter(Boolean);
    changed();
  });
  return h('details', { class: 'level rules', open: i === 0, dataset: { field: path } },
    h('summary', { text: rules.productLines.join(', ') || t('entitlement.newGroup') }),
    field(t('entitlement.productLines'), lines, { field: `${path}.productLines`, hint: t('entitlement.productLinesHint') }).wrap,
    optionalRule(t('entitlement.threeGuarantees'), rules, 'threeGuarantees', `${path}.threeGuarantees`,
      { returnDays: 7, exchangeDays: 15, repairDays: 365, failedRepairsForReturn: 2 }, (rule) => h('div', { class: 'row' },
        numberEditor(t('entitlement.returnDays'), rule, 'returnDays', `${path}.threeGuarantees.returnDays`, changed),
        numberEditor(t('entitlement.exchangeDays'), rule, 'exchangeDays', `${path}.threeGuarantees.exchangeDays`, changed),
        numberEditor(t('entitlement.repairDays'), rule, 'repairDays', `${path}.threeGuarantees.repairDays`, changed),
        numberEditor(t('entitlement.failedRepairsForReturn'), rule, 'failedRepairsForReturn',
          `${path}.threeGuarantees.failedRepairsForReturn`, changed)), changed),
    optionalRule(t('entitlement.replacement'), rules, 'replacement', `${path}.replacement`, { failedRepairs: 3 },
      (rule) => numberEditor(t('entitlement.failedRepairs'), rule, 'failedRepairs', `${path}.replacement.failedRepairs`, changed), changed),
    optionalRule(t('entitlement.dealerCard'), rules, 'dealerCard', `${path}.dealerCard`, { withinDays: 15 },
      (rule) => numberEditor(t('entitlement.withinDays'), rule, 'withinDays', `${path}.dealerCard.withinDays`, changed), changed),
    optionalRule(t('entitlement.noReasonReturn'), rules, 'noReasonReturn', `${path}.noReasonReturn`, { withinDays: 7 },
      (rule) => numberEditor(t('entitlement.withinDays'), rule, 'withinDays', `${path}.noReasonReturn.withinDays`, changed), changed),
    h('button', { type: 'button', class: 'link', text: t('entitlement.remove'), on: { click: remove } }));
}
