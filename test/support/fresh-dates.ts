/**
 * Saved pages are written around a fixed day, which is right for unit tests (they pass a fixed `now`)
 * but not for the real browser, where the worker judges with the real clock: an order placed "Apr 13,
 * 2026" is 200 days old by December, and its verdict and deadlines say so.
 *
 * `moveDates` moves every calendar date in a page by whole days, in every form the four platforms
 * print (English, German and Spanish month names with their weekday names recomputed, Chinese
 * 2026年4月13日, ISO 2026-04-13, 2026/04/13, US 04/13/2026). Times of day and time zones stay as written;
 * relative texts ("2 hours ago", 剩余2天18小时) need no move, as they are relative to the reader's now.
 * - `freshenPage`: the demo pages. Each says which day its dates were written for; that day becomes today.
 * - `freshenDates`: the test fixtures (real-browser tests). Their 2019 dates move so the purchase day
 *   (`anchor`) becomes yesterday; other years stay, because those fixtures' expectations rest on them.
 */
const DAY = 86_400_000;
export const FIXTURE_ANCHOR = '2019-12-04';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_FULL_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const EN_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DE_MONTHS = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];
const DE_DAYS = ['So.', 'Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.'];
const ES_MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'];
const ES_DAYS = ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'];

const alt = (list: string[]) => list.map((s) => s.replace(/[.]/g, '\\.')).join('|');
const YEAR = '((?:19|20)\\d{2})';
const pad2 = (n: number) => String(n).padStart(2, '0');
/** A number written as the page wrote it: zero-padded when the original was. */
const like = (original: string, n: number) => (original.length === 2 ? pad2(n) : String(n));

/** English month, full or abbreviated: [index, full?]. */
function enMonth(name: string): [number, boolean] {
  const full = EN_FULL_MONTHS.indexOf(name);
  return full >= 0 ? [full, name.length > 3] : [EN_MONTHS.indexOf(name), false];
}

interface DateForm {
  re: RegExp;
  /** Groups → [year, month0, day] */
  parse(m: RegExpExecArray): [number, number, number];
  format(d: Date, m: RegExpExecArray): string;
}

const FORMS: DateForm[] = [
  {
    // "Wed, Dec 4, 2019" / "Dec 4, 2019" / "April 13, 2026"
    re: new RegExp(`(?:(${alt(EN_DAYS)}), )?\\b(${alt(EN_FULL_MONTHS)}|${alt(EN_MONTHS)}) (\\d{1,2}), ${YEAR}`, 'g'),
    parse: (m) => [Number(m[4]), enMonth(m[2]!)[0], Number(m[3])],
    format: (d, m) =>
      `${m[1] ? `${EN_DAYS[d.getUTCDay()]}, ` : ''}${(enMonth(m[2]!)[1] ? EN_FULL_MONTHS : EN_MONTHS)[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  },
  {
    // "Thu, 5 Dec 2019" / "5 Dec 2019"
    re: new RegExp(`(?:(${alt(EN_DAYS)}), )?\\b(\\d{1,2}) (${alt(EN_MONTHS)}) ${YEAR}`, 'g'),
    parse: (m) => [Number(m[4]), EN_MONTHS.indexOf(m[3]!), Number(m[2])],
    format: (d, m) => `${m[1] ? `${EN_DAYS[d.getUTCDay()]}, ` : ''}${d.getUTCDate()} ${EN_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  },
  {
    // "Mi., 4. Dez. 2019"
    re: new RegExp(`(?:(${alt(DE_DAYS)}), )?\\b(\\d{1,2})\\. (${alt(DE_MONTHS)}) ${YEAR}`, 'g'),
    parse: (m) => [Number(m[4]), DE_MONTHS.indexOf(m[3]!), Number(m[2])],
    format: (d, m) => `${m[1] ? `${DE_DAYS[d.getUTCDay()]}, ` : ''}${d.getUTCDate()}. ${DE_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  },
  {
    // "jue, 5 dic 2019"
    re: new RegExp(`(?:(${alt(ES_DAYS)}), )?\\b(\\d{1,2}) (${alt(ES_MONTHS)}) ${YEAR}`, 'g'),
    parse: (m) => [Number(m[4]), ES_MONTHS.indexOf(m[3]!), Number(m[2])],
    format: (d, m) => `${m[1] ? `${ES_DAYS[d.getUTCDay()]}, ` : ''}${d.getUTCDate()} ${ES_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  },
  {
    // "2019年12月4日"
    re: new RegExp(`${YEAR}年(\\d{1,2})月(\\d{1,2})日`, 'g'),
    parse: (m) => [Number(m[1]), Number(m[2]) - 1, Number(m[3])],
    format: (d) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`,
  },
  {
    // "2019/12/05" (JP), "2026-04-13" (ISO; 1688, AliExpress seller centre)
    re: new RegExp(`(?<![\\d/-])${YEAR}([/-])(\\d{1,2})\\2(\\d{1,2})(?![\\d/])`, 'g'),
    parse: (m) => [Number(m[1]), Number(m[3]) - 1, Number(m[4])],
    format: (d, m) => `${d.getUTCFullYear()}${m[2]}${like(m[3]!, d.getUTCMonth() + 1)}${m[2]}${like(m[4]!, d.getUTCDate())}`,
  },
  {
    // "12/04/2019" (US list dates)
    re: new RegExp(`(?<![\\d/])(\\d{2})/(\\d{2})/${YEAR}(?!\\d)`, 'g'),
    parse: (m) => [Number(m[3]), Number(m[1]) - 1, Number(m[2])],
    format: (d) => `${pad2(d.getUTCMonth() + 1)}/${pad2(d.getUTCDate())}/${d.getUTCFullYear()}`,
  },
];

/** A calendar date found in a text, where it stands and what it says. */
export interface FoundDate {
  index: number;
  end: number;
  /** The day, as a UTC midnight. */
  day: Date;
  text: string;
}

interface Found extends FoundDate {
  form: DateForm;
  match: RegExpExecArray;
}

function findAll(text: string): Found[] {
  const all: Found[] = [];
  for (const form of FORMS) {
    for (const m of text.matchAll(form.re)) {
      const [y, mo, d] = form.parse(m as RegExpExecArray);
      const day = new Date(Date.UTC(y, mo, d));
      // Not a real date (month name unknown, 31 Feb …): not ours to move.
      if (mo < 0 || day.getUTCMonth() !== mo || day.getUTCDate() !== d) continue;
      all.push({ index: m.index, end: m.index + m[0].length, day, text: m[0], form, match: m as RegExpExecArray });
    }
  }
  // One date, one move: where forms overlap, the earliest and then the longest match wins.
  all.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: Found[] = [];
  for (const f of all) if (!kept.length || f.index >= kept[kept.length - 1]!.end) kept.push(f);
  return kept;
}

/** Every calendar date in `text` that `moveDates` knows how to move. */
export function findDates(text: string): FoundDate[] {
  return findAll(text).map(({ index, end, day, text: t }) => ({ index, end, day, text: t }));
}

/** Moves every known date in `text` by `days` whole days (only those `which` accepts, by year). */
export function moveDates(text: string, days: number, which: (year: number) => boolean = () => true): string {
  let out = '';
  let at = 0;
  for (const f of findAll(text)) {
    if (!which(f.day.getUTCFullYear())) continue;
    out += text.slice(at, f.index) + f.form.format(new Date(f.day.getTime() + days * DAY), f.match);
    at = f.end;
  }
  return out + text.slice(at);
}

const utcDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

/** Whole days from the fixture's anchor day to the day before `now` (UTC days). */
export function shiftDaysFor(now: Date, anchor = FIXTURE_ANCHOR): number {
  return Math.round((utcDay(now) - Date.parse(`${anchor}T00:00:00Z`)) / DAY) - 1;
}

/** A test fixture for the real browser: its 2019 dates moved so the anchor (purchase) day is yesterday. */
export function freshenDates(html: string, now = new Date(), anchor = FIXTURE_ANCHOR): string {
  const year = Number(anchor.slice(0, 4));
  return moveDates(html, shiftDaysFor(now, anchor), (y) => y === year);
}

/** A page whose dates were written for the day `asOf` (YYYY-MM-DD): every date moved so that day is today. */
export function freshenPage(html: string, asOf: string, now = new Date()): string {
  const from = Date.parse(`${asOf}T00:00:00Z`);
  if (Number.isNaN(from)) throw new Error(`not a day: ${asOf}`);
  return moveDates(html, Math.round((utcDay(now) - from) / DAY));
}
