// What callers hear: each prompt is a sound file (a relative name Asterisk resolves) and its text,
// per language. The menu's own prompts override the default menu's; a prompt edited here becomes
// the menu's own, the others keep following the default.
import { h, field } from '../dom.js';
import { t, tl } from '../i18n.js';

/** Prompts per language into byLanguage[lang] = {sound, text}; effective: what callers hear now. */
export function promptEditor(byLanguage, languages, path, effective, changed) {
  return h('div', { class: 'prompt', dataset: { field: path } }, languages.map((language) => {
    const at = `${path}.${language}`;
    const current = byLanguage[language] ?? effective?.[language] ?? { sound: '', text: '' };
    const sound = h('input', { type: 'text', value: current.sound ?? '', maxLength: 200, autocomplete: 'off', className: 'sound' });
    const text = h('textarea', { rows: 2, value: current.text ?? '', maxLength: 500 });
    const update = () => {
      byLanguage[language] = { sound: sound.value.trim(), text: text.value };
      changed();
    };
    sound.addEventListener('input', update);
    text.addEventListener('input', update);
    return h('div', { class: 'row prompt-language', dataset: { field: at, language } },
      field(t('ivrMenu.sound', { language: tl('language', language) }), sound, { field: `${at}.sound` }).wrap,
      field(t('ivrMenu.text', { language: tl('language', language) }), text, { field: `${at}.text` }).wrap);
  }));
}

/** Every prompt of the IVR, the often-changed ones open. */
export function promptsSection(doc, effective, changed) {
  doc.prompts ??= {};
  const open = new Set(['welcome', 'main-menu', 'closed']);
  return h('section', { class: 'panel terms-section', attrs: { 'aria-labelledby': 'ivr-prompts-title' }, dataset: { field: 'prompts' } },
    h('h2', { id: 'ivr-prompts-title', text: t('ivrMenu.prompts') }),
    h('p', { class: 'muted', text: t('ivrMenu.promptsExplain') }),
    Object.keys(effective ?? {}).map((key) => {
      const own = doc.prompts[key] ?? {};
      const editor = promptEditor(own, doc.languages, `prompts.${key}`, effective[key], () => {
        doc.prompts[key] = own;
        changed();
      });
      return h('details', { class: 'level', open: open.has(key), dataset: { field: `prompts.${key}`, prompt: key } },
        h('summary', { text: key }), editor);
    }));
}
