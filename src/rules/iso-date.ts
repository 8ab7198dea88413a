/**
 * Dates to and from the ISO strings of snapshots and deadlines, without a Date object where the string is the
 * common one: `Date#toISOString` costs more than the rest of a verdict, and every deadline needs one. Each function
 * gives exactly what the built-in gives (test/unit/rules/iso-date.test.ts compares them) and hands anything unusual
 * to the built-in.
 */

const DAY = 86_400_000;

/** The last millisecond whose ISO string has a four-digit year (9999-12-31T23:59:59.999Z). */
const LAST_FOUR_DIGIT_YEAR = 253_402_300_799_999;

const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_v, i) => String(i).padStart(2, '0'));

const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n));
const pad4 = (n: number): string => (n < 10 ? `000${n}` : n < 100 ? `00${n}` : n < 1000 ? `0${n}` : String(n));

/** `new Date(t).toISOString()`, throwing as it does for a time no Date can hold. */
export function isoString(t: number): string {
  if (!(t >= 0 && t <= LAST_FOUR_DIGIT_YEAR)) return new Date(t).toISOString();
  // A Date keeps whole milliseconds, dropping any fraction.
  const ms = Math.floor(t);
  const days = Math.floor(ms / DAY);
  let inDay = ms - days * DAY;
  // Civil date from days since 1970-01-01 (H. Hinnant's days-to-civil, eras of 400 years from 0000-03-01).
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const milli = inDay % 1000;
  inDay = (inDay - milli) / 1000;
  const second = inDay % 60;
  inDay = (inDay - second) / 60;
  const minute = inDay % 60;
  const hour = (inDay - minute) / 60;
  return `${pad4(year)}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[second]}.${pad3(milli)}Z`;
}

const ZERO = 48;

/** The number of the digits of `s` from `start` to `end`, or -1 when one is not a digit. */
function digits(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * `Date.parse(s)`. Read here: `YYYY-MM-DDTHH:mm:ssZ` and `YYYY-MM-DDTHH:mm:ss.sssZ` (what readers and the history
 * write) with a year from 1000 and a day up to 28, where no calendar question arises; anything else goes to Date.parse.
 */
export function parseIsoDate(s: string): number {
  const length = s.length;
  if (
    (length !== 20 && length !== 24) ||
    s.charCodeAt(length - 1) !== 90 /* Z */ ||
    s.charCodeAt(4) !== 45 /* - */ ||
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 /* T */ ||
    s.charCodeAt(13) !== 58 /* : */ ||
    s.charCodeAt(16) !== 58 ||
    (length === 24 && s.charCodeAt(19) !== 46) /* . */
  )
    return Date.parse(s);
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 7);
  const day = digits(s, 8, 10);
  const hour = digits(s, 11, 13);
  const minute = digits(s, 14, 16);
  const second = digits(s, 17, 19);
  const milli = length === 24 ? digits(s, 20, 23) : 0;
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 28 || hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return Date.parse(s);
  if (second < 0 || second > 59 || milli < 0) return Date.parse(s);
  return Date.UTC(year, month - 1, day, hour, minute, second, milli);
}
