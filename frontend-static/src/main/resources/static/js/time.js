// Times are stored and sent as UTC instants; people see them in the tenant's time zone, whatever
// the zone of the computer in front of them.
import { locale, t } from './i18n.js';

let zone = 'UTC';

export function setTimeZone(timeZone) {
  zone = timeZone || 'UTC';
}

export function timeZone() {
  return zone;
}

const formats = new Map();
function format(options) {
  const key = `${locale()}|${zone}|${JSON.stringify(options)}`;
  if (!formats.has(key)) {
    formats.set(key, new Intl.DateTimeFormat(locale(), { timeZone: zone, hourCycle: 'h23', ...options }));
  }
  return formats.get(key);
}

/** "11-24 09:30" style: date and time of an instant in the tenant's zone. */
export function dateTime(instant) {
  if (!instant) return '—';
  return format({ month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}

export function fullDateTime(instant) {
  if (!instant) return '—';
  return format({ year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit',
    minute: '2-digit' }).format(new Date(instant));
}

export function timeOfDay(instant) {
  if (!instant) return '—';
  return format({ hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
}

/** The calendar date (YYYY-MM-DD) of an instant in the tenant's zone. */
export function localDate(instant) {
  const parts = partsOf(new Date(instant));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The hour (0–23) of an instant in the tenant's zone. */
export function localHour(instant) {
  return Number(partsOf(new Date(instant)).hour) % 24;
}

function partsOf(date) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(date);
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

/** "YYYY-MM-DD HH:mm" now, in the tenant's zone, for form defaults. */
export function localNow() {
  const p = partsOf(new Date());
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/**
 * The instant of a wall-clock time "YYYY-MM-DD HH:mm" in the tenant's zone, or null if it does not
 * parse. The zone's offset is found by asking Intl what that guess looks like there, twice, which
 * settles around daylight-saving changes too.
 */
export function instantOfLocal(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/.exec(String(text).trim());
  if (!m) return null;
  const wanted = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  let guess = wanted;
  for (let i = 0; i < 2; i += 1) {
    const p = partsOf(new Date(guess));
    const seen = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute);
    guess += wanted - seen;
  }
  return new Date(guess).toISOString();
}

/** Milliseconds of an ISO-8601 duration such as PT2H30M or P1DT4H; null if it does not parse. */
export function durationMillis(iso) {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso ?? '');
  if (!m) return null;
  const [, d = 0, hh = 0, mm = 0, ss = 0] = m;
  return (((+d * 24 + +hh) * 60 + +mm) * 60 + +ss) * 1000;
}

/** "2 h 30 min" for PT2H30M, in the current language. */
export function durationText(iso) {
  const ms = durationMillis(iso);
  return ms === null ? (iso ?? '—') : span(ms);
}

/** A span of time in words: "1 d 4 h", "2 h 05 min", "35 min", "40 s". */
export function span(ms) {
  const total = Math.floor(Math.abs(ms) / 1000);
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  if (days > 0) return t('time.dh', { d: days, h: hours });
  if (hours > 0) return t('time.hm', { h: hours, m: String(minutes).padStart(2, '0') });
  if (minutes > 0) return t('time.m', { m: minutes });
  return t('time.s', { s: total % 60 });
}

/** Hours (possibly fractional) as an ISO duration: 1.5 -> PT1H30M. */
export function hoursToIso(hours) {
  const minutes = Math.round(Number(hours) * 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}

export function isoToHours(iso) {
  const ms = durationMillis(iso);
  return ms === null ? '' : String(Math.round((ms / 3_600_000) * 100) / 100);
}
