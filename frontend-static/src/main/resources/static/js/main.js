// Boot: sign in, learn who the user is (/api/me: tenant and roles), set language and time zone,
// connect the live channel, then show the screen the address names (#/desk, #/board, #/admin, #/ivr).
import { signIn } from './auth.js';
import { createApi, ApiError } from './api.js';
import { createRealtime } from './realtime.js';
import { initialLocale, setLocale, locale, onLocaleChange, t, LOCALES } from './i18n.js';
import { setTimeZone } from './time.js';
import { h, fill, option } from './dom.js';
import { installShortcuts } from './shortcuts.js';
import { toast } from './toast.js';
import * as desk from './desk/desk.js';
import * as board from './board/board.js';
import * as admin from './admin/admin.js';
import * as ivrMenu from './admin/ivr-menu.js';
import * as complaints from './cases/complaints.js';
import * as inspections from './cases/inspections.js';
import * as visits from './visits/visits.js';
import * as report from './report/report.js';

const VIEWS = [
  { route: 'desk', view: desk, labelKey: 'nav.desk', roles: ['agent', 'supervisor'] },
  { route: 'visits', view: visits, labelKey: 'nav.visits', roles: ['agent', 'supervisor'] },
  { route: 'board', view: board, labelKey: 'nav.board', roles: ['supervisor', 'tenant-admin'] },
  { route: 'complaints', view: complaints, labelKey: 'nav.complaints', roles: ['agent', 'supervisor', 'tenant-admin'] },
  { route: 'inspections', view: inspections, labelKey: 'nav.inspections', roles: ['supervisor', 'tenant-admin'] },
  { route: 'report', view: report, labelKey: 'nav.report', roles: ['supervisor', 'tenant-admin'] },
  { route: 'admin', view: admin, labelKey: 'nav.admin', roles: ['tenant-admin', 'platform-admin'] },
  { route: 'ivr', view: ivrMenu, labelKey: 'nav.ivr', roles: ['tenant-admin'] },
];

async function boot() {
  const config = await (await fetch('/config.json')).json();
  setLocale(initialLocale(navigator.language));
  let session;
  try {
    session = await signIn(config, locale());
  } catch (error) {
    showFatal(t('boot.signInFailed', { reason: error.message }), () => window.location.assign('/'));
    return;
  }
  const api = createApi(session);
  let me;
  try {
    me = await api.get('/api/me');
  } catch (error) {
    const reason = error instanceof ApiError && error.status === 403 ? t('boot.noDeskRole') : error.message;
    showFatal(reason, () => session.logout());
    return;
  }
  setLocale(initialLocale(me.tenant?.locale));
  setTimeZone(me.tenant?.timeZone);
  const views = VIEWS.filter((v) => v.roles.some((r) => me.roles.includes(r)));
  if (views.length === 0) {
    showFatal(t('boot.noDeskRole'), () => session.logout());
    return;
  }
  const realtime = createRealtime(session, showConnection);
  const ctx = { api, me, realtime, session, state: {} };
  setupHeader(ctx, views);
  installShortcuts();
  // Views that listen for the whole session (the desk's pops) subscribe before the first connect.
  views.forEach((v) => v.view.install?.(ctx));
  realtime.start();
  startRouter(ctx, views);
}

function setupHeader(ctx, views) {
  const { me, session } = ctx;
  document.getElementById('topbar').hidden = false;
  const select = document.getElementById('locale');
  fill(select, LOCALES.map((l) => option(l.code, l.label, l.code === locale())));
  select.addEventListener('change', () => setLocale(select.value, { remember: true }));
  document.getElementById('logout').addEventListener('click', () => session.logout());
  const render = () => {
    document.title = t('app.title');
    document.getElementById('skip-link').textContent = t('app.skip');
    document.getElementById('brand').textContent = `${t('app.title')} · ${me.tenant?.name ?? ''}`;
    document.getElementById('locale-label').textContent = t('app.language');
    document.getElementById('logout').textContent = t('app.logout');
    const roles = me.roles.map((r) => t(`role.${r}`)).join(', ');
    document.getElementById('who').textContent = `${me.displayName || me.username} (${roles})`;
    fill(document.getElementById('nav'), views.map((v) => h('a', {
      href: `#/${v.route}`, text: t(v.labelKey), dataset: { route: v.route } })));
    markCurrentNav();
    showConnection(connectionState.state, connectionState.attempt);
  };
  render();
  onLocaleChange(render);
}

const connectionState = { state: 'offline', attempt: 0 };
function showConnection(state, attempt) {
  connectionState.state = state;
  connectionState.attempt = attempt;
  const el = document.getElementById('connection');
  el.dataset.state = state;
  el.textContent = state === 'reconnecting' && !attempt ? t('connection.lost') : t(`connection.${state}`, { attempt });
}

function currentRoute() {
  return (window.location.hash.replace(/^#\/?/, '').split('/')[0]) || '';
}

function markCurrentNav() {
  const route = currentRoute();
  for (const link of document.querySelectorAll('#nav a')) {
    if (link.dataset.route === route) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

function startRouter(ctx, views) {
  const main = document.getElementById('main');
  let unmount = null;
  let mountedRoute = null;
  const show = (force = false) => {
    const route = currentRoute();
    const entry = views.find((v) => v.route === route);
    if (!entry) {
      window.location.replace(`#/${views[0].route}`);
      return;
    }
    markCurrentNav();
    if (!force && mountedRoute === route && unmount) return;
    unmount?.();
    main.replaceChildren();
    mountedRoute = route;
    unmount = entry.view.mount(main, ctx);
  };
  window.addEventListener('hashchange', () => show());
  // A new language re-renders the screen; each view keeps its state in ctx.state, not in the DOM.
  onLocaleChange(() => show(true));
  show();
}

function showFatal(message, action) {
  const main = document.getElementById('main');
  fill(main, h('section', { class: 'fatal', attrs: { role: 'alert' } },
    h('h1', { text: t('app.title') }),
    h('p', { text: message }),
    h('button', { type: 'button', text: t('boot.retry'), on: { click: action } })));
}

window.addEventListener('unhandledrejection', (event) => {
  const reason = event.reason;
  if (reason instanceof ApiError) toast(reason.message, 'error');
});

boot();
