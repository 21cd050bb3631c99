// Warranty per product line: what it counts from, each component's months of cover, what a repair
// costs after cover and what it does not cover. Written into the draft; the API checks it.
import { h, field, option } from '../dom.js';
import { t } from '../i18n.js';
import { choiceEditor, numberEditor, textEditor, textList } from './widgets.js';

const STARTS = ['PURCHASE', 'ACCEPTANCE'];
const RULES = ['PARTS_AT_COST_ONLY', 'PARTS_AND_LABOUR_WITH_CONSENT'];

export function warrantyEditor(terms, changed) {
  const policies = (terms.warranty ??= []);
  const list = h('div', { class: 'policies' });
  const render = () => list.replaceChildren(...policies.map((policy, i) => policyEditor(policy, i, () => {
    policies.splice(i, 1);
    render();
    changed();
  }, changed)), h('button', { type: 'button', class: 'secondary', id: 'warranty-add', text: t('warranty.add'), on: { click: () => {
    policies.push({ productLine: '', startsFrom: 'PURCHASE', components: [{ component: '', months: 12 }],
      outOfWarranty: { rule: 'PARTS_AT_COST_ONLY' }, exclusions: [] });
    render();
    changed();
  } } }));
  render();
  return h('section', { class: 'panel terms-section', attrs: { 'aria-labelledby': 'warranty-title' }, dataset: { field: 'warranty' } },
    h('h2', { id: 'warranty-title', text: t('warranty.title') }),
    h('p', { class: 'muted', text: t('warranty.explain') }), list);
}

function policyEditor(policy, i, remove, changed) {
  const path = `warranty[${i}]`;
  policy.components ??= [];
  policy.exclusions ??= [];
  policy.outOfWarranty ??= { rule: 'PARTS_AT_COST_ONLY' };
  const components = h('div', { class: 'components', dataset: { field: `${path}.components` } });
  const renderComponents = () => components.replaceChildren(...policy.components.map((c, j) => h('div', {
    class: 'row component', dataset: { field: `${path}.components[${j}]` } },
  textEditor(t('warranty.component'), c, 'component', `${path}.components[${j}].component`, changed),
  numberEditor(t('warranty.months'), c, 'months', `${path}.components[${j}].months`, changed),
  h('button', { type: 'button', class: 'link', text: t('common.remove'),
    attrs: { 'aria-label': t('warranty.removeComponent', { n: j + 1 }) },
    on: { click: () => { policy.components.splice(j, 1); renderComponents(); changed(); } } }))),
  h('button', { type: 'button', class: 'link add', text: t('warranty.addComponent'), on: { click: () => {
    policy.components.push({ component: '', months: 12 });
    renderComponents();
    changed();
  } } }));
  renderComponents();
  return h('details', { class: 'level policy', open: i === 0, dataset: { field: path, productLine: policy.productLine ?? '' } },
    h('summary', { text: policy.productLine || t('warranty.newLine') }),
    h('div', { class: 'row' },
      textEditor(t('warranty.productLine'), policy, 'productLine', `${path}.productLine`, changed),
      choiceEditor(t('warranty.startsFrom'), policy, 'startsFrom', `${path}.startsFrom`, STARTS, 'warrantyStart', changed)),
    h('fieldset', {}, h('legend', { text: t('warranty.components') }), components),
    chargingEditor(policy.outOfWarranty, `${path}.outOfWarranty`, changed),
    textList(t('warranty.exclusions'), policy.exclusions, `${path}.exclusions`, changed),
    h('button', { type: 'button', class: 'link', text: t('warranty.remove'), on: { click: remove } }));
}

/** The out-of-warranty rule; fees in CNY, empty = none / per fee schedule. */
function chargingEditor(charging, path, changed) {
  const fees = h('div', { class: 'row' });
  const feeInput = (key, label) => {
    const input = h('input', { type: 'number', min: 0, step: 0.01, value: charging[key]?.amount ?? '', className: 'money' });
    input.addEventListener('input', () => {
      charging[key] = input.value === '' ? null : { amount: input.value, currency: charging[key]?.currency ?? 'CNY' };
      changed();
    });
    return field(label, input, { field: `${path}.${key}`, hint: t('warranty.feeHint') }).wrap;
  };
  const rule = h('select', {}, RULES.map((r) => option(r, t(`chargingRule.${r}`), charging.rule === r)));
  const renderFees = () => fees.replaceChildren(...(charging.rule === 'PARTS_AND_LABOUR_WITH_CONSENT'
    ? [feeInput('labourFee', t('warranty.labourFee')), feeInput('callOutFee', t('warranty.callOutFee'))] : []));
  rule.addEventListener('change', () => {
    charging.rule = rule.value;
    if (rule.value === 'PARTS_AT_COST_ONLY') {
      charging.labourFee = null;
      charging.callOutFee = null;
    }
    renderFees();
    changed();
  });
  renderFees();
  return h('fieldset', { dataset: { field: path } }, h('legend', { text: t('warranty.outOfWarranty') }),
    field(t('warranty.rule'), rule, { field: `${path}.rule` }).wrap, fees);
}
