// Short messages in a polite live region: screen readers announce them without moving focus.
import { h } from './dom.js';

export function toast(message, kind = 'info', millis = 5000) {
  const box = document.getElementById('toasts');
  const item = h('div', { class: `toast toast-${kind}`, text: message, attrs: { role: kind === 'error' ? 'alert' : 'status' } });
  box.append(item);
  setTimeout(() => item.remove(), millis);
}
