// The API's validation problems shown where they belong: each control carries the API's field
// path in data-field (e.g. "calendar.weeklyHours.MONDAY[0].from"); an error for a path goes beside
// the control with that path, or else beside its nearest ancestor path (an error for
// "...MONDAY[0]" lands beside the whole interval row), or else in the form's summary.
import { h } from './dom.js';
import { ApiError } from './api.js';
import { t } from './i18n.js';

export function clearErrors(root) {
  root.querySelectorAll('.field-error').forEach((el) => el.remove());
  root.querySelectorAll('[aria-invalid="true"]').forEach((el) => {
    el.removeAttribute('aria-invalid');
    const described = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => !id.startsWith('err-'));
    if (described.length) el.setAttribute('aria-describedby', described.join(' '));
    else el.removeAttribute('aria-describedby');
  });
  root.querySelector('.form-summary')?.replaceChildren();
}

/**
 * Shows an error from the API. Validation errors go beside their fields; anything else goes to the
 * summary. prefix is stripped from paths (the preview wraps the terms in "terms.").
 * Returns the number of field errors shown.
 */
export function showError(root, error, { prefix = '' } = {}) {
  clearErrors(root);
  const summary = root.querySelector('.form-summary');
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) {
    summary?.append(h('p', { class: 'field-error', attrs: { role: 'alert' }, text: problemText(error) }));
    return 0;
  }
  error.fieldErrors.forEach((fe, index) => {
    const path = prefix && fe.field.startsWith(prefix) ? fe.field.slice(prefix.length) : fe.field;
    const target = findTarget(root, path);
    const message = h('p', { class: 'field-error', id: `err-${index}-${Date.now()}`, text: fe.message,
      dataset: { errorFor: path } });
    if (target) {
      target.after(message);
      // Focus is left where it is: previews validate while the user types.
      for (const el of target.matches('input, select, textarea') ? [target] : target.querySelectorAll('input, select, textarea')) {
        el.setAttribute('aria-invalid', 'true');
        el.setAttribute('aria-describedby', `${el.getAttribute('aria-describedby') ?? ''} ${message.id}`.trim());
      }
    } else {
      summary?.append(h('p', { class: 'field-error', text: `${path}: ${fe.message}`, dataset: { errorFor: path } }));
    }
  });
  summary?.prepend(h('p', { class: 'summary-title', attrs: { role: 'alert' },
    text: t('form.invalid', { count: error.fieldErrors.length }) }));
  return error.fieldErrors.length;
}

function findTarget(root, path) {
  let p = path;
  while (p) {
    const el = root.querySelector(`[data-field="${CSS.escape(p)}"]`);
    if (el) return el;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return null;
    p = p.slice(0, cut);
  }
  return null;
}

export function problemText(error) {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('error.network');
    if (error.status === 409) return t('error.conflict');
    if (error.status === 404) return t('error.notFound');
    if (error.status === 403) return t('error.forbidden');
    return error.message;
  }
  return String(error?.message ?? error);
}

/** The summary box a form shows errors in. */
export function summaryBox() {
  return h('div', { class: 'form-summary', attrs: { 'aria-live': 'assertive' } });
}

/** Trimmed text of a control, or undefined when empty (so the API sees no field at all). */
export function textOf(control) {
  const v = control.value.trim();
  return v === '' ? undefined : v;
}
