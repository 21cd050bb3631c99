// Keyboard shortcuts for the frequent actions. Single keys work only when no text field has focus
// (so typing a name never triggers one); Alt+key works everywhere. Every shortcut is listed on
// screen (the legend) and in the help dialog that "?" opens.
import { h, fill } from './dom.js';
import { t } from './i18n.js';

const bindings = new Map(); // key -> {labelKey, run}

/** Registers shortcuts for a view; returns a function that removes them. */
export function bind(list) {
  for (const b of list) bindings.set(b.key, b);
  renderLegend();
  return () => {
    for (const b of list) if (bindings.get(b.key) === b) bindings.delete(b.key);
    renderLegend();
  };
}

function typing(target) {
  return target instanceof HTMLElement
    && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function installShortcuts() {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      document.getElementById('shortcut-help')?.close?.();
      return;
    }
    if (!event.altKey && typing(event.target)) return;
    const key = event.altKey ? event.code.replace(/^Key/, '').toLowerCase() : event.key;
    const binding = bindings.get(key);
    if (binding) {
      event.preventDefault();
      binding.run();
    } else if (key === '?') {
      event.preventDefault();
      showHelp();
    }
  });
}

function keyLabel(key) {
  return key === '/' ? '/' : key.length === 1 ? key.toUpperCase() : key;
}

function renderLegend() {
  const legend = document.getElementById('shortcut-legend');
  if (!legend) return;
  fill(legend, h('span', { class: 'legend-title', text: t('shortcuts.title') }),
    [...bindings.values()].map((b) => h('span', { class: 'legend-item' },
      h('kbd', { text: keyLabel(b.key) }), ' ', t(b.labelKey))),
    h('span', { class: 'legend-item' }, h('kbd', { text: '?' }), ' ', t('shortcuts.help')));
}

/** The legend element a view places on screen; it lists whatever is bound. */
export function legendElement() {
  const el = h('footer', { id: 'shortcut-legend', class: 'shortcut-legend', attrs: { 'aria-label': t('shortcuts.title') } });
  queueMicrotask(renderLegend);
  return el;
}

function showHelp() {
  document.getElementById('shortcut-help')?.remove();
  const dialog = h('dialog', { id: 'shortcut-help', class: 'dialog', attrs: { 'aria-labelledby': 'shortcut-help-title' } },
    h('h2', { id: 'shortcut-help-title', text: t('shortcuts.title') }),
    h('p', { text: t('shortcuts.explain') }),
    h('dl', { class: 'shortcut-list' }, [...bindings.values()].flatMap((b) => [
      h('dt', {}, h('kbd', { text: keyLabel(b.key) })), h('dd', { text: t(b.labelKey) })])),
    h('button', { type: 'button', text: t('common.close'), on: { click: () => dialog.close() } }));
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}
