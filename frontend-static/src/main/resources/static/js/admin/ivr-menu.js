// The vendor's IVR menu (per tenant): languages, the main menu's keys, product lines and severity
// questions a caller answers, and every prompt callers hear, in Chinese and English. Saved whole
// with PUT /api/admin/ivr-menu; If-Match carries the version read, so a menu someone else saved
// in the meantime is reloaded, not overwritten. The API's field errors appear beside the fields.
import { h, fill, field, option } from '../dom.js';
import { t, tl } from '../i18n.js';
import { fullDateTime } from '../time.js';
import { ApiError } from '../api.js';
import { showError, clearErrors, summaryBox, problemText } from '../forms.js';
import { toast } from '../toast.js';
import { bind, legendElement } from '../shortcuts.js';
import { numberEditor } from './widgets.js';
import { promptEditor, promptsSection } from './ivr-prompts.js';

const PATH = '/api/admin/ivr-menu';
const LANGUAGES = ['zh', 'en'];
const ACTIONS = ['report-fault', 'ticket-status', 'complaint', 'agent'];

export function mount(main, ctx) {
  const { api } = ctx;
  ctx.state.ivr ??= { view: null, doc: null, dirty: false };
  const ivr = ctx.state.ivr;
  const page = h('div', { class: 'admin ivr-admin' }, h('p', { class: 'muted', text: t('common.loading') }));
  main.append(page, legendElement());
  let alive = true;
  let unbind = () => {};

  async function load() {
    try {
      if (!ivr.view) {
        ivr.view = await api.get(PATH);
        ivr.doc = structuredClone(ivr.view.menu);
        ivr.dirty = false;
      }
      if (alive) render();
    } catch (error) {
      fill(page, h('p', { class: 'field-error', attrs: { role: 'alert' }, text: problemText(error) }));
    }
  }

  function render() {
    const { view, doc } = ivr;
    const status = h('p', { class: 'muted', attrs: { role: 'status' }, dataset: { dirty: String(ivr.dirty) } });
    const showStatus = () => {
      status.dataset.dirty = String(ivr.dirty);
      status.textContent = ivr.dirty ? t('ivrMenu.unsaved') : view.custom
        ? t('ivrMenu.saved', { v: view.version, by: view.updatedBy ?? '', at: view.updatedAt ? fullDateTime(view.updatedAt) : '' })
        : t('ivrMenu.default');
    };
    const changed = () => { ivr.dirty = true; showStatus(); };
    showStatus();
    const save = h('button', { type: 'button', id: 'ivr-save', text: t('ivrMenu.save'), on: { click: () => saveMenu() } });
    const prompts = h('div', { class: 'ivr-prompts' });
    const lines = h('div', {});
    const questions = h('div', {});
    const redrawLanguageParts = () => {
      fill(prompts, promptsSection(doc, view.prompts, changed));
      fill(lines, productLinesEditor(doc, changed));
      fill(questions, severityEditor(doc, changed));
    };
    redrawLanguageParts();

    fill(page,
      h('header', { class: 'admin-header' }, h('h1', { text: t('ivrMenu.title') }), status,
        h('div', { class: 'actions' }, save,
          h('button', { type: 'button', class: 'secondary', text: t('ivrMenu.discard'), on: { click: () => reload() } }))),
      summaryBox(),
      h('div', { class: 'admin-editors ivr-editors' },
        generalEditor(doc, changed, redrawLanguageParts),
        optionsEditor(doc, changed),
        lines, questions, prompts));

    async function saveMenu() {
      save.disabled = true;
      page.dataset.save = 'pending';
      try {
        const saved = await api.put(PATH, forSaving(doc), { 'If-Match': `"${view.version}"` });
        ivr.view = saved;
        ivr.doc = structuredClone(saved.menu);
        ivr.dirty = false;
        toast(t('ivrMenu.savedToast', { v: saved.version }), 'ok');
        render();
        page.dataset.save = 'saved';
      } catch (error) {
        if (error instanceof ApiError && error.conflict) {
          toast(t('error.conflict'), 'error');
          page.dataset.save = 'conflict';
          await reload();
          return;
        }
        showError(page, error);
        page.dataset.save = 'refused';
        page.querySelector('[aria-invalid="true"]')?.focus();
      } finally {
        save.disabled = false;
      }
    }

    unbind();
    unbind = bind([{ key: 's', labelKey: 'ivrMenu.saveShortcut', run: saveMenu }]);
    clearErrors(page);
  }

  async function reload() {
    ivr.view = null;
    await load();
  }

  load();
  return () => {
    alive = false;
    unbind();
  };
}

/** The document without prompts in languages the menu no longer offers (the API would refuse them). */
function forSaving(doc) {
  const copy = structuredClone(doc);
  const keep = (byLanguage) => Object.fromEntries(Object.entries(byLanguage ?? {}).filter(([l]) => copy.languages.includes(l)));
  copy.prompts = Object.fromEntries(Object.entries(copy.prompts ?? {}).map(([key, byLanguage]) => [key, keep(byLanguage)]));
  for (const line of copy.productLines ?? []) line.prompt = keep(line.prompt);
  for (const question of copy.severityQuestions ?? []) question.prompt = keep(question.prompt);
  return copy;
}

function generalEditor(doc, changed, languagesChanged) {
  doc.languages ??= ['zh'];
  const boxes = LANGUAGES.map((language) => {
    const box = h('input', { type: 'checkbox', id: `ivr-lang-${language}`, checked: doc.languages.includes(language) });
    box.addEventListener('change', () => {
      doc.languages = box.checked ? [...doc.languages, language] : doc.languages.filter((l) => l !== language);
      first.replaceChildren(...firstOptions());
      changed();
      languagesChanged();
    });
    return h('span', { class: 'check' }, box, h('label', { htmlFor: box.id, text: tl('language', language) }));
  });
  const firstOptions = () => doc.languages.map((l, i) => option(l, tl('language', l), i === 0));
  const first = h('select', { id: 'ivr-first-language' }, firstOptions());
  first.addEventListener('change', () => {
    doc.languages = [first.value, ...doc.languages.filter((l) => l !== first.value)];
    changed();
  });
  return h('section', { class: 'panel terms-section', attrs: { 'aria-labelledby': 'ivr-general-title' } },
    h('h2', { id: 'ivr-general-title', text: t('ivrMenu.general') }),
    h('fieldset', { dataset: { field: 'languages' } }, h('legend', { text: t('ivrMenu.languages') }), boxes),
    field(t('ivrMenu.firstLanguage'), first).wrap,
    h('div', { class: 'row' },
      numberEditor(t('ivrMenu.maxRetries'), doc, 'maxRetries', 'maxRetries', changed),
      numberEditor(t('ivrMenu.inputTimeout'), doc, 'inputTimeoutSeconds', 'inputTimeoutSeconds', changed),
      numberEditor(t('ivrMenu.maxRecording'), doc, 'maxRecordingSeconds', 'maxRecordingSeconds', changed),
      numberEditor(t('ivrMenu.defaultSeverity'), doc, 'defaultSeverity', 'defaultSeverity', changed,
        { min: 1, hint: t('ivrMenu.defaultSeverityHint') })));
}

function optionsEditor(doc, changed) {
  doc.options ??= [];
  const list = h('div', { class: 'ivr-options', dataset: { field: 'options' } });
  const render = () => list.replaceChildren(...doc.options.map((opt, i) => {
    const key = h('input', { type: 'text', value: opt.key ?? '', maxLength: 2, size: 2, autocomplete: 'off', className: 'key' });
    key.addEventListener('input', () => { opt.key = key.value.trim(); changed(); });
    const action = h('select', {}, ACTIONS.map((a) => option(a, tl('ivrAction', a), opt.action === a)));
    action.addEventListener('change', () => { opt.action = action.value; changed(); });
    return h('div', { class: 'row ivr-option', dataset: { field: `options[${i}]` } },
      field(t('ivrMenu.key'), key, { field: `options[${i}].key` }).wrap,
      field(t('ivrMenu.action'), action, { field: `options[${i}].action` }).wrap,
      h('button', { type: 'button', class: 'link', text: t('common.remove'),
        attrs: { 'aria-label': t('ivrMenu.removeOption', { key: opt.key ?? '' }) },
        on: { click: () => { doc.options.splice(i, 1); render(); changed(); } } }));
  }), h('button', { type: 'button', class: 'link add', id: 'ivr-add-option', text: t('ivrMenu.addOption'), on: { click: () => {
    doc.options.push({ key: '', action: 'agent' });
    render();
    changed();
  } } }));
  render();
  return h('section', { class: 'panel terms-section', attrs: { 'aria-labelledby': 'ivr-options-title' } },
    h('h2', { id: 'ivr-options-title', text: t('ivrMenu.options') }),
    h('p', { class: 'muted', text: t('ivrMenu.optionsExplain') }), list);
}

function productLinesEditor(doc, changed) {
  doc.productLines ??= [];
  const list = h('div', { dataset: { field: 'productLines' } });
  const render = () => list.replaceChildren(...doc.productLines.map((line, i) => {
    const path = `productLines[${i}]`;
    const key = h('input', { type: 'text', value: line.key ?? '', maxLength: 2, size: 2, autocomplete: 'off', className: 'key' });
    key.addEventListener('input', () => { line.key = key.value.trim(); changed(); });
    const name = h('input', { type: 'text', value: line.productLine ?? '', maxLength: 100, autocomplete: 'off' });
    name.addEventListener('input', () => { line.productLine = name.value; changed(); });
    return h('fieldset', { class: 'day-row', dataset: { field: path } },
      h('legend', { text: line.productLine || t('ivrMenu.productLineN', { n: i + 1 }) }),
      h('div', { class: 'row' }, field(t('ivrMenu.key'), key, { field: `${path}.key` }).wrap,
        field(t('ivrMenu.productLine'), name, { field: `${path}.productLine` }).wrap),
      promptEditor(line.prompt ??= {}, doc.languages, `${path}.prompt`, null, changed),
      h('button', { type: 'button', class: 'link', text: t('common.remove'),
        on: { click: () => { doc.productLines.splice(i, 1); render(); changed(); } } }));
  }), h('button', { type: 'button', class: 'link add', text: t('ivrMenu.addProductLine'), on: { click: () => {
    doc.productLines.push({ key: String(doc.productLines.length + 1), productLine: '', prompt: {} });
    render();
    changed();
  } } }));
  render();
  return h('section', { class: 'panel terms-section', attrs: { 'aria-labelledby': 'ivr-lines-title' } },
    h('h2', { id: 'ivr-lines-title', text: t('ivrMenu.productLines') }), list);
}

function severityEditor(doc, changed) {
  doc.severityQuestions ??= [];
  const list = h('div', { dataset: { field: 'severityQuestions' } });
  const render = () => list.replaceChildren(...doc.severityQuestions.map((question, i) => {
    const path = `severityQuestions[${i}]`;
    return h('fieldset', { class: 'day-row', dataset: { field: path } },
      h('legend', { text: t('ivrMenu.questionN', { n: i + 1 }) }),
      numberEditor(t('ivrMenu.yesMeans'), question, 'severity', `${path}.severity`, changed, { min: 1 }),
      promptEditor(question.prompt ??= {}, doc.languages, `${path}.prompt`, null, changed),
      h('button', { type: 'button', class: 'link', text: t('common.remove'),
        on: { click: () => { doc.severityQuestions.splice(i, 1); render(); changed(); } } }));
  }), h('button', { type: 'button', class: 'link add', text: t('ivrMenu.addQuestion'), on: { click: () => {
    doc.severityQuestions.push({ severity: 1, prompt: {} });
    render();
    changed();
  } } }));
  render();
  return h('section', { class: 'panel terms-section', attrs: { 'aria-labelledby': 'ivr-severity-title' } },
    h('h2', { id: 'ivr-severity-title', text: t('ivrMenu.severityQuestions') }),
    h('p', { class: 'muted', text: t('ivrMenu.severityExplain') }), list);
}
