// The business calendar of the terms: weekly opening hours, public holidays (with their own hours,
// or closed) and make-up working days (调休: a weekend day that works like a weekday).
import { h, field, option } from '../dom.js';
import { t, tl } from '../i18n.js';
import { intervalList, textEditor } from './widgets.js';

export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

export function calendarEditor(calendar, changed) {
  calendar.weeklyHours ??= {};
  calendar.holidays ??= [];
  calendar.makeUpDays ??= [];
  const aroundTheClock = h('input', { type: 'checkbox', id: 'cal-24x7', checked: !!calendar.aroundTheClock,
    dataset: { field: 'calendar.aroundTheClock' } });
  aroundTheClock.addEventListener('change', () => { calendar.aroundTheClock = aroundTheClock.checked; changed(); });

  const holidays = h('div', { class: 'holidays' });
  const makeUps = h('div', { class: 'makeups' });
  const renderHolidays = () => holidays.replaceChildren(...calendar.holidays.map((day, i) => holidayRow(day, i)),
    h('button', { type: 'button', class: 'secondary', text: t('terms.addHoliday'), on: { click: () => {
      calendar.holidays.push({ name: '', date: '', through: '', hours: [] });
      renderHolidays();
      changed();
    } } }));
  const renderMakeUps = () => makeUps.replaceChildren(...calendar.makeUpDays.map((day, i) => makeUpRow(day, i)),
    h('button', { type: 'button', class: 'secondary', text: t('terms.addMakeUp'), on: { click: () => {
      calendar.makeUpDays.push({ name: '', date: '', worksAs: 'MONDAY', hours: [] });
      renderMakeUps();
      changed();
    } } }));

  function holidayRow(day, i) {
    const path = `calendar.holidays[${i}]`;
    return h('fieldset', { class: 'day-row', dataset: { field: path } },
      h('legend', { text: day.name || t('terms.holidayN', { n: i + 1 }) }),
      h('div', { class: 'row' },
        textEditor(t('terms.name'), day, 'name', `${path}.name`, changed),
        textEditor(t('terms.date'), day, 'date', `${path}.date`, changed, { type: 'date' }),
        textEditor(t('terms.through'), day, 'through', `${path}.through`, changed, { type: 'date' })),
      h('div', { class: 'kv' }, h('span', { class: 'k', text: t('terms.hoursThatDay') }),
        intervalList(day.hours ??= [], `${path}.hours`, changed)),
      h('button', { type: 'button', class: 'link', text: t('terms.removeDay'), on: { click: () => {
        calendar.holidays.splice(i, 1);
        renderHolidays();
        changed();
      } } }));
  }

  function makeUpRow(day, i) {
    const path = `calendar.makeUpDays[${i}]`;
    const worksAs = h('select', {}, DAYS.map((d) => option(d, tl('day', d), d === day.worksAs)));
    worksAs.addEventListener('change', () => { day.worksAs = worksAs.value; changed(); });
    return h('fieldset', { class: 'day-row', dataset: { field: path } },
      h('legend', { text: day.name || t('terms.makeUpN', { n: i + 1 }) }),
      h('div', { class: 'row' },
        textEditor(t('terms.name'), day, 'name', `${path}.name`, changed),
        textEditor(t('terms.date'), day, 'date', `${path}.date`, changed, { type: 'date' }),
        field(t('terms.worksAs'), worksAs, { field: `${path}.worksAs` }).wrap),
      h('div', { class: 'kv' }, h('span', { class: 'k', text: t('terms.ownHours') }),
        intervalList(day.hours ??= [], `${path}.hours`, changed, { emptyKey: 'terms.likeWorksAs' })),
      h('button', { type: 'button', class: 'link', text: t('terms.removeDay'), on: { click: () => {
        calendar.makeUpDays.splice(i, 1);
        renderMakeUps();
        changed();
      } } }));
  }

  renderHolidays();
  renderMakeUps();
  return h('section', { class: 'panel terms-section', attrs: { 'aria-labelledby': 'calendar-title' }, dataset: { field: 'calendar' } },
    h('h2', { id: 'calendar-title', text: t('terms.calendar') }),
    h('div', { class: 'row' },
      textEditor(t('terms.zone'), calendar, 'zone', 'calendar.zone', changed),
      h('div', { class: 'check' }, aroundTheClock, h('label', { htmlFor: aroundTheClock.id, text: t('terms.aroundTheClock') }))),
    h('h3', { text: t('terms.weeklyHours') }),
    h('table', { class: 'week' },
      h('tbody', {}, DAYS.map((day) => h('tr', { dataset: { day } },
        h('th', { scope: 'row', text: tl('day', day) }),
        h('td', {}, intervalList(calendar.weeklyHours[day] ??= [], `calendar.weeklyHours.${day}`, changed)))))),
    h('h3', { text: t('terms.holidays') }), holidays,
    h('h3', { text: t('terms.makeUpDays') }), makeUps,
    calendar.notes ? h('p', { class: 'muted notes', text: calendar.notes }) : null);
}
