// The customer's satisfaction survey, reached without an account through the link the vendor sent
// (/survey.html#<token>). The token is the only credential; the page shows the vendor's name and
// the questions, takes one set of answers, and explains an expired or used link.
import { h, fill, option } from './dom.js';
import { t, setLocale, locale, onLocaleChange, LOCALES } from './i18n.js';

const main = document.getElementById('main');
const token = window.location.hash.replace(/^#/, '');
let survey = null;
let done = null;

async function load() {
  if (!/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(token)) {
    done = 'survey.invalid';
    render();
    return;
  }
  const response = await fetch(`/api/public/surveys/${encodeURIComponent(token)}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    done = refusal(response.status, await problemType(response));
  } else {
    survey = await response.json();
    setLocale(survey.locale);
  }
  render();
}

async function problemType(response) {
  try {
    return (await response.json()).type ?? '';
  } catch {
    return '';
  }
}

function refusal(status, type) {
  if (type.endsWith(':link-used')) return 'survey.used';
  if (type.endsWith(':link-expired')) return 'survey.expired';
  return status === 404 ? 'survey.invalid' : 'survey.failed';
}

function language() {
  return locale().startsWith('zh') ? 'zh' : 'en';
}

function render() {
  document.title = t('survey.title');
  const switcher = h('select', { id: 'survey-locale', attrs: { 'aria-label': t('app.language') } },
    LOCALES.map((l) => option(l.code, l.label, l.code === locale())));
  switcher.addEventListener('change', () => setLocale(switcher.value));
  if (done || !survey) {
    fill(main, switcher, h('h1', { text: t('survey.title') }),
      done ? h('p', { class: done === 'survey.thanks' ? 'survey-thanks' : 'field-error', attrs: { role: 'status' }, text: t(done) }) : null);
    return;
  }
  const summary = h('div', { class: 'form-summary', attrs: { 'aria-live': 'assertive' } });
  const form = h('form', { class: 'panel-form survey-form' }, summary,
    survey.questions.map((q, index) => question(q, index)),
    h('button', { type: 'submit', text: t('survey.submit') }));
  form.addEventListener('submit', (event) => submit(event, form, summary));
  fill(main, switcher, h('h1', { text: t('survey.heading', { vendor: survey.vendor }) }),
    h('p', { text: t('survey.intro') }), form);
}

function question(q, index) {
  const text = q.text[language()] ?? Object.values(q.text)[0] ?? q.key;
  if (q.kind === 'text') {
    const id = `q-${q.key}`;
    return h('div', { class: 'field', dataset: { field: `answers[${index}]` } },
      h('label', { htmlFor: id, text }),
      h('textarea', { id, name: q.key, maxLength: 2000, rows: 3, dataset: { key: q.key, kind: q.kind } }));
  }
  const choices = [];
  for (let value = q.min; value <= q.max; value += 1) {
    choices.push(h('label', { class: 'scale-choice' },
      h('input', { type: 'radio', name: q.key, value: String(value), required: true, dataset: { key: q.key } }),
      String(value)));
  }
  return h('fieldset', { class: 'scale', dataset: { field: `answers[${index}]` } },
    h('legend', { text }), h('div', { class: 'scale-choices' }, choices));
}

async function submit(event, form, summary) {
  event.preventDefault();
  const answers = [];
  for (const q of survey.questions) {
    if (q.kind === 'text') {
      const text = form.querySelector(`textarea[name="${CSS.escape(q.key)}"]`).value.trim();
      if (text) answers.push({ key: q.key, text });
    } else {
      const chosen = form.querySelector(`input[name="${CSS.escape(q.key)}"]:checked`);
      if (chosen) answers.push({ key: q.key, value: Number(chosen.value) });
    }
  }
  const response = await fetch(`/api/public/surveys/${encodeURIComponent(token)}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ answers }) });
  if (response.status === 204) {
    done = 'survey.thanks';
    render();
    return;
  }
  const type = await problemType(response.clone());
  if (response.status === 400) {
    fill(summary, h('p', { class: 'field-error', attrs: { role: 'alert' }, text: t('survey.incomplete') }));
    return;
  }
  done = refusal(response.status, type);
  render();
}

onLocaleChange(() => render());
load();
