// Small editors shared by the terms pages. Each writes straight into the draft object it was
// given and calls changed(); each control carries its API field path in data-field so that the
// API's validation messages land beside it. Rules (an interval starts before it ends, holidays do
// not end before they start…) are the API's: it answers a preview in milliseconds, and one source
// of rules cannot disagree with itself.
import { h, field, option } from '../dom.js';
import { t, tl } from '../i18n.js';
import { hoursToIso, isoToHours } from '../time.js';

const TIME_PATTERN = '([01][0-9]|2[0-3]):[0-5][0-9]|24:00';

/** A list of opening intervals [{from, to}] with add/remove; path like "calendar.weeklyHours.MONDAY". */
export function intervalList(intervals, path, changed, { emptyKey = 'terms.closed' } = {}) {
  const box = h('div', { class: 'intervals', dataset: { field: path } });
  const render = () => {
    box.replaceChildren();
    if (intervals.length === 0) box.append(h('span', { class: 'muted', text: t(emptyKey) }));
    intervals.forEach((interval, i) => {
      const at = `${path}[${i}]`;
      const from = timeInput(interval.from, `${at}.from`, (v) => { interval.from = v; changed(); });
      const to = timeInput(interval.to, `${at}.to`, (v) => { interval.to = v; changed(); });
      box.append(h('span', { class: 'interval', dataset: { field: at } },
        h('label', { class: 'visually-hidden', htmlFor: from.id, text: t('terms.from') }), from,
        h('span', { attrs: { 'aria-hidden': 'true' }, text: '–' }),
        h('label', { class: 'visually-hidden', htmlFor: to.id, text: t('terms.to') }), to,
        h('button', { type: 'button', class: 'link', text: t('common.remove'),
          attrs: { 'aria-label': t('terms.removeInterval', { from: interval.from, to: interval.to }) },
          on: { click: () => { intervals.splice(i, 1); render(); changed(); } } })));
    });
    box.append(h('button', { type: 'button', class: 'link add', text: t('terms.addInterval'),
      on: { click: () => { intervals.push({ from: '09:00', to: '17:00' }); render(); changed(); } } }));
  };
  render();
  return box;
}

let inputCount = 0;
function timeInput(value, path, set) {
  inputCount += 1;
  // Text, not type=time: the API accepts 24:00 (end of day), which a time input cannot hold, and a
  // time input shows AM/PM in some locales.
  const input = h('input', { type: 'text', id: `time-${inputCount}`, value: value ?? '', size: 5, maxLength: 5,
    pattern: TIME_PATTERN, inputMode: 'numeric', placeholder: 'HH:mm', className: 'time', autocomplete: 'off',
    dataset: { field: path } });
  input.addEventListener('input', () => set(input.value.trim()));
  return input;
}

/**
 * A promise's target {within: ISO duration, clock}: hours and a clock kind. optional: an empty hours
 * field means no such promise (null).
 */
export function targetEditor(labelText, holder, key, path, changed, { optional = false } = {}) {
  const target = holder[key];
  const hours = h('input', { type: 'number', min: 0, step: 0.25, value: target ? isoToHours(target.within) : '',
    className: 'hours', required: !optional, dataset: { field: `${path}.within` } });
  const clock = h('select', { dataset: { field: `${path}.clock` } },
    ['BUSINESS', 'AROUND_THE_CLOCK'].map((c) => option(c, tl('clockType', c), (target?.clock ?? 'BUSINESS') === c)));
  const update = () => {
    if (hours.value === '' && optional) holder[key] = null;
    else holder[key] = { within: hours.value === '' ? '' : hoursToIso(hours.value), clock: clock.value };
    changed();
  };
  hours.addEventListener('input', update);
  clock.addEventListener('change', update);
  const hoursField = field(labelText, hours, { hint: optional ? t('terms.hoursOptional') : t('terms.hours') });
  return h('div', { class: 'target row', dataset: { field: path } }, hoursField.wrap,
    field(t('terms.clock'), clock).wrap);
}

/** A labelled text input bound to holder[key]. */
export function textEditor(labelText, holder, key, path, changed, props = {}) {
  const input = h(props.multiline ? 'textarea' : 'input', { ...(props.multiline ? { rows: 2 } : { type: props.type ?? 'text' }),
    value: holder[key] ?? '', autocomplete: 'off', maxLength: props.maxLength ?? 200 });
  input.addEventListener('input', () => { holder[key] = input.value; changed(); });
  return field(labelText, input, { field: path }).wrap;
}

/**
 * A labelled whole-number input bound to holder[key]. What was typed goes to the API as a number
 * (an empty field as null), so the API's message says what is wrong with it.
 */
export function numberEditor(labelText, holder, key, path, changed, { min = 0, step = 1, hint } = {}) {
  const input = h('input', { type: 'number', min, step, value: holder[key] ?? '', className: 'count', autocomplete: 'off' });
  input.addEventListener('input', () => {
    holder[key] = input.value === '' ? null : Number(input.value);
    changed();
  });
  return field(labelText, input, { field: path, hint }).wrap;
}

/** A labelled choice among enum values bound to holder[key]; labels from the i18n group. */
export function choiceEditor(labelText, holder, key, path, values, group, changed) {
  const select = h('select', {}, values.map((v) => option(v, tl(group, v), holder[key] === v)));
  if (!values.includes(holder[key])) holder[key] = values[0];
  select.addEventListener('change', () => { holder[key] = select.value; changed(); });
  return field(labelText, select, { field: path }).wrap;
}

let groupCount = 0;
/**
 * A rule that may be absent from the terms (null in holder[key]): a checkbox says whether it
 * applies; when it does, build(rule) gives its fields. Unticking keeps what was typed, so ticking
 * again brings it back.
 */
export function optionalRule(labelText, holder, key, path, fallback, build, changed) {
  groupCount += 1;
  let kept = holder[key] ?? structuredClone(fallback);
  const applies = h('input', { type: 'checkbox', id: `rule-${groupCount}`, checked: holder[key] != null });
  const body = h('div', { class: 'rule-body' });
  const render = () => body.replaceChildren(...(holder[key] != null ? [build(holder[key])].flat() : []));
  applies.addEventListener('change', () => {
    if (applies.checked) holder[key] = kept;
    else { kept = holder[key] ?? kept; holder[key] = null; }
    render();
    changed();
  });
  render();
  return h('fieldset', { class: 'rule', dataset: { field: path } },
    h('legend', {}, h('span', { class: 'check' }, applies, h('label', { htmlFor: applies.id, text: labelText }))),
    body);
}

/** A list of plain texts (e.g. warranty exclusions) with add/remove. */
export function textList(labelText, items, path, changed) {
  const box = h('div', { class: 'text-list', dataset: { field: path } });
  const render = () => {
    box.replaceChildren(h('span', { class: 'k', text: labelText }));
    items.forEach((text, i) => {
      const input = h('input', { type: 'text', value: text ?? '', maxLength: 500, autocomplete: 'off' });
      input.addEventListener('input', () => { items[i] = input.value; changed(); });
      box.append(h('div', { class: 'row' },
        field(t('terms.itemN', { n: i + 1 }), input, { field: `${path}[${i}]` }).wrap,
        h('button', { type: 'button', class: 'link', text: t('common.remove'),
          attrs: { 'aria-label': t('terms.removeItemN', { n: i + 1 }) },
          on: { click: () => { items.splice(i, 1); render(); changed(); } } })));
    });
    box.append(h('button', { type: 'button', class: 'link add', text: t('terms.addItem'),
      on: { click: () => { items.push(''); render(); changed(); } } }));
  };
  render();
  return box;
}
