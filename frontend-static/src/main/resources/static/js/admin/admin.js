// The vendor admin's service terms editor: calendar, level targets, warranty, entitlement and
// follow-up rules, previewed on every change (the API computes example due times from the
// unpublished draft and validates all of it on the way), published with "Publish" as a new
// version; old versions stay readable in the API. The draft carries the version it was read at:
// if someone published since, the API answers 409 and the editor reloads what is in force.
import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { fullDateTime } from '../time.js';
import { showError, clearErrors, summaryBox, problemText } from '../forms.js';
import { toast } from '../toast.js';
import { ApiError } from '../api.js';
import { bind, legendElement } from '../shortcuts.js';
import { calendarEditor } from './calendar-editor.js';
import { levelsEditor } from './levels-editor.js';
import { previewPanel } from './preview.js';
import { warrantyEditor } from './warranty-editor.js';
import { entitlementEditor } from './entitlement-editor.js';
import { followUpEditor } from './follow-up-editor.js';

const PREVIEW_DELAY_MS = 400;

/** Headings of the editors, to jump to on a long page (buttons: the address's hash is the router's). */
const SECTIONS = [['calendar-title', 'terms.calendar'], ['levels-title', 'terms.levels'], ['warranty-title', 'warranty.title'],
  ['entitlement-title', 'entitlement.title'], ['follow-up-title', 'followUp.title']];

function sectionLinks() {
  return h('nav', { class: 'section-links', attrs: { 'aria-label': t('terms.sections') } },
    SECTIONS.map(([id, key]) => h('button', { type: 'button', class: 'link', text: t(key), on: { click: () => {
      const heading = document.getElementById(id);
      heading?.scrollIntoView({ block: 'start' });
      heading?.closest('section')?.querySelector('input, select, textarea')?.focus({ preventScroll: true });
    } } })));
}

export function mount(main, ctx) {
  const { api } = ctx;
  ctx.state.admin ??= { draft: null, preview: {}, dirty: false };
  const admin = ctx.state.admin;
  const page = h('div', { class: 'admin' }, h('p', { class: 'muted', text: t('common.loading') }));
  main.append(page, legendElement());
  let unbind = () => {};
  let timer = null;
  let alive = true;
  let previewSequence = 0;

  async function load() {
    try {
      admin.draft ??= await api.get('/api/terms');
      if (alive) render();
    } catch (error) {
      fill(page, h('p', { class: 'field-error', attrs: { role: 'alert' }, text: problemText(error) }));
    }
  }

  function render() {
    const draft = admin.draft;
    const status = h('p', { class: 'muted', attrs: { role: 'status' }, dataset: { dirty: String(admin.dirty) },
      text: admin.dirty ? t('terms.unsaved') : t('terms.inForce', { v: draft.version, at: fullDateTime(draft.effectiveFrom) }) });
    const changed = () => {
      admin.dirty = true;
      status.dataset.dirty = 'true';
      status.textContent = t('terms.unsaved');
      preview.showStale();
      clearTimeout(timer);
      timer = setTimeout(() => runPreview(), PREVIEW_DELAY_MS);
    };
    const preview = previewPanel(draft, admin.preview, (now) => {
      clearTimeout(timer);
      timer = setTimeout(runPreview, now ? 0 : PREVIEW_DELAY_MS);
    });
    const save = h('button', { type: 'button', id: 'terms-publish', text: t('terms.publish'), on: { click: publish } });
    const reset = h('button', { type: 'button', class: 'secondary', text: t('terms.discard'), on: { click: discard } });

    fill(page,
      h('header', { class: 'admin-header' },
        h('h1', { text: t('terms.title') }),
        h('p', { class: 'terms-name', text: draft.name }), status,
        h('div', { class: 'actions' }, save, reset)),
      sectionLinks(),
      summaryBox(),
      h('div', { class: 'admin-grid' },
        h('div', { class: 'admin-editors' }, calendarEditor(draft.calendar ??= {}, changed), levelsEditor(draft, changed),
          warrantyEditor(draft, changed), entitlementEditor(draft, changed), followUpEditor(draft, changed)),
        preview.element));

    async function runPreview() {
      const body = preview.request();
      if (!body) return;
      const mine = ++previewSequence; // a slower answer to an older draft must not win
      try {
        const deadlines = await api.post('/api/admin/terms/preview', { terms: draft, ...body });
        if (mine !== previewSequence) return;
        clearErrors(page);
        preview.show(deadlines);
      } catch (error) {
        if (mine === previewSequence) showError(page, error, { prefix: 'terms.' });
      }
    }

    async function publish() {
      // The answer to the publish is what the admin must see: a pending or running preview must not
      // redraw the errors after it.
      clearTimeout(timer);
      previewSequence += 1;
      save.disabled = true;
      page.dataset.publish = 'pending';
      try {
        admin.draft = await api.put('/api/admin/terms', draft);
        admin.dirty = false;
        toast(t('terms.published', { v: admin.draft.version }), 'ok');
        render();
        page.dataset.publish = 'published';
      } catch (error) {
        if (error instanceof ApiError && error.conflict) {
          toast(t('error.conflict'), 'error');
          page.dataset.publish = 'conflict';
          await discard();
          return;
        }
        showError(page, error);
        page.dataset.publish = 'refused';
        page.querySelector('[aria-invalid="true"]')?.focus();
      } finally {
        save.disabled = false;
      }
    }

    async function discard() {
      admin.draft = null;
      admin.dirty = false;
      await load();
    }

    unbind();
    unbind = bind([
      { key: 'p', labelKey: 'terms.previewShortcut', run: () => runPreview() },
      { key: 's', labelKey: 'terms.publishShortcut', run: publish },
    ]);
    runPreview();
  }

  load();
  return () => {
    alive = false;
    clearTimeout(timer);
    unbind();
  };
}
