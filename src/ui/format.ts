/**
 * Time as people read it next to a deadline: a short relative span ("in 2 d 4 h", "3 h ago") and
 * the exact local date. Pure: `now` comes in, nothing reads the clock.
 */
import { t, type UiLang } from './i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function toTime(at: string | Date): number {
  return at instanceof Date ? at.getTime() : Date.parse(at);
}

/**
 * Two units at most, rounded down, because a countdown that rounds up promises time that is not
 * there. Under a minute either way reads "now".
 */
export function formatCountdown(at: string | Date, now: Date, lang: UiLang): string {
  const target = toTime(at);
  if (Number.isNaN(target)) return t('countdown_invalid', lang);
  const diff = target - now.getTime();
  const abs = Math.abs(diff);
  if (abs < MINUTE) return t('countdown_now', lang);

  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  const parts: string[] = [];
  if (days > 0) {
    parts.push(t('unit_days', lang, days));
    if (hours > 0) parts.push(t('unit_hours', lang, hours));
  } else if (hours > 0) {
    parts.push(t('unit_hours', lang, hours));
    if (minutes > 0) parts.push(t('unit_minutes', lang, minutes));
  } else {
    parts.push(t('unit_minutes', lang, minutes));
  }
  const span = parts.join(' ');
  return diff > 0 ? t('countdown_in', lang, span) : t('countdown_ago', lang, span);
}

/**
 * Exact local date and time, e.g. "Mar 12, 2025, 14:05" / "2025年3月12日 14:05". Written by hand
 * rather than with Intl.DateTimeFormat: building that formatter loads locale data and cost several
 * milliseconds on every seller page that shows a deadline.
 */
export function formatDateTime(at: string | Date, lang: UiLang): string {
  const time = toTime(at);
  if (Number.isNaN(time)) return t('countdown_invalid', lang);
  const d = new Date(time);
  const hhmm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  if (lang === 'zh') return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${hhmm}`;
  return `${MONTHS_EN[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}, ${hhmm}`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** True when the moment is before `now` (invalid dates count as not past). */
export function isPast(at: string, now: Date): boolean {
  const time = Date.parse(at);
  return !Number.isNaN(time) && time < now.getTime();
}
