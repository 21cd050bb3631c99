// Building DOM without HTML strings. Every server string ends up in a text node (textContent),
// never in innerHTML, so markup in a customer's name or a ticket's text is shown, not run.

const FORBIDDEN_ATTRIBUTE = /^(on|style$|srcdoc$|innerhtml$|outerhtml$)/i;

/**
 * h('p', {class: 'x', text: 'hello', on: {click}}, child, 'text', ...)
 * props: class, text, attrs (plain attributes), dataset, on (listeners), and any DOM property
 * that is not an HTML sink (value, checked, disabled, hidden, type, id, htmlFor, tabIndex...).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = String(value);
    else if (key === 'on') for (const [event, fn] of Object.entries(value)) el.addEventListener(event, fn);
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'attrs') setAttributes(el, value);
    else if (FORBIDDEN_ATTRIBUTE.test(key)) throw new Error(`h(): ${key} is not allowed`);
    else el[key] = value;
  }
  append(el, children);
  return el;
}

function setAttributes(el, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (FORBIDDEN_ATTRIBUTE.test(name)) throw new Error(`h(): attribute ${name} is not allowed`);
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
}

/** Appends children: nodes as they are, strings and numbers as text, arrays flattened, null skipped. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

/** Replaces the element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

let uid = 0;
/** A unique id for label/aria wiring. */
export function nextId(prefix = 'id') {
  uid += 1;
  return `${prefix}-${uid}`;
}

/** A labelled form control: returns {wrap, input}. The label is always a real <label for>. */
export function field(labelText, control, { hint, field: path } = {}) {
  const id = control.id || nextId('f');
  control.id = id;
  if (path) control.dataset.field = path;
  const wrap = h('div', { class: 'field' }, h('label', { htmlFor: id, text: labelText }), control);
  if (hint) {
    const hintEl = h('small', { class: 'hint', id: `${id}-hint`, text: hint });
    control.setAttribute('aria-describedby', hintEl.id);
    wrap.append(hintEl);
  }
  return { wrap, input: control };
}

export function option(value, label, selected = false) {
  return h('option', { value, text: label, selected });
}
