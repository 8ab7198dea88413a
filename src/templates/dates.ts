/**
 * Dates in message bodies, written the way each language writes them. The calendar date is
 * taken literally from the ISO string (the date the platform showed), not shifted through the
 * time zone of the computer that renders it.
 */
import type { Language } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Formats an ISO 8601 date for `language`; undefined when the input is not a real date. */
export function formatDate(iso: string | undefined, language: Language): string | undefined {
  if (typeof iso !== 'string') return undefined;
  const match = ISO_DATE.exec(iso.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) return undefined;
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  switch (language) {
    case 'en':
      return `${EN_MONTHS[month - 1]} ${day}, ${year}`;
    case 'de':
    case 'ru':
    case 'pl':
    case 'tr':
      return `${dd}.${mm}.${year}`;
    case 'nl':
      return `${dd}-${mm}-${year}`;
    case 'sv':
      return `${year}-${mm}-${dd}`;
    case 'fr':
    case 'es':
    case 'it':
    case 'pt':
    case 'ar':
      return `${dd}/${mm}/${year}`;
    case 'ja':
    case 'zh':
      return `${year}年${month}月${day}日`;
  }
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
