// Two languages, switchable at any time; the tenant's locale is the default. The chosen language is
// a preference, not a secret, so it is remembered in localStorage (tokens never are).
import en from './i18n/en.js';
import zhCN from './i18n/zh-CN.js';

const dictionaries = { en, 'zh-CN': zhCN };
export const LOCALES = [
  { code: 'zh-CN', label: '中文' },
  { code: 'en', label: 'English' },
];
const PREFERENCE = 'helpdesk.locale';

let current = 'en';
const listeners = new Set();

/** The language to start with: the user's earlier choice, else the tenant's locale, else English. */
export function initialLocale(tenantLocale) {
  const chosen = safeStorage()?.getItem(PREFERENCE);
  return normalise(chosen) ?? normalise(tenantLocale) ?? 'en';
}

function normalise(code) {
  if (!code) return null;
  if (code.toLowerCase().startsWith('zh')) return 'zh-CN';
  if (code.toLowerCase().startsWith('en')) return 'en';
  return null;
}

export function locale() {
  return current;
}

export function setLocale(code, { remember = false } = {}) {
  const next = normalise(code) ?? 'en';
  if (remember) safeStorage()?.setItem(PREFERENCE, next);
  if (next === current) return;
  current = next;
  document.documentElement.lang = next;
  listeners.forEach((fn) => fn(next));
}

export function onLocaleChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** t('call.ringing', {caller: '+86…'}): the text in the current language, {name} filled in. */
export function t(key, params = {}) {
  const text = dictionaries[current][key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (params[name] ?? `{${name}}`));
}

/** Whether a key exists (for optional labels such as enum values). */
export function has(key) {
  return key in dictionaries[current] || key in en;
}

/** An enum value's label, e.g. tl('status', 'on-site'); the raw value when no label exists. */
export function tl(group, value) {
  const key = `${group}.${value}`;
  return has(key) ? t(key) : String(value);
}

function safeStorage() {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the tenant's locale applies on every visit
  }
}
