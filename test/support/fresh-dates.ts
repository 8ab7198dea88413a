/**
 * The Amazon fixtures are frozen in December 2019, which is right for unit tests (they pass a fixed
 * `now`) but not for the real browser, where the worker judges with the real clock. For the demo and
 * the real-browser tests, `freshenDates` moves every 2019 date in a page by whole days so the
 * fixture's purchase day (`anchor`) becomes yesterday, recomputing weekday names in the page's
 * language. Times of day and time zones stay as written.
 */
const DAY = 86_400_000;
export const FIXTURE_ANCHOR = '2019-12-04';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DE_MONTHS = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];
const DE_DAYS = ['So.', 'Mo.', 'Di.', 'Mi.', 'Do.', 'Fr.', 'Sa.'];
const ES_MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'];
const ES_DAYS = ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'];

const alt = (list: string[]) => list.map((s) => s.replace(/[.]/g, '\\.')).join('|');

interface DateForm {
  re: RegExp;
  /** Groups → [year, month0, day] */
  parse(m: RegExpExecArray): [number, number, number];
  format(d: Date, m: RegExpExecArray): string;
}

const FORMS: DateForm[] = [
  {
    // "Wed, Dec 4, 2019" / "Dec 4, 2019"
    re: new RegExp(`(?:(${alt(EN_DAYS)}), )?(${alt(EN_MONTHS)}) (\\d{1,2}), (2019)`, 'g'),
    parse: (m) => [Number(m[4]), EN_MONTHS.indexOf(m[2]!), Number(m[3])],
    format: (d, m) => `${m[1] ? `${EN_DAYS[d.getUTCDay()]}, ` : ''}${EN_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  },
  {
    // "Thu, 5 Dec 2019" / "5 Dec 2019"
    re: new RegExp(`(?:(${alt(EN_DAYS)}), )?(\\d{1,2}) (${alt(EN_MONTHS)}) (2019)`, 'g'),
    parse: (m) => [Number(m[4]), EN_MONTHS.indexOf(m[3]!), Number(m[2])],
    format: (d, m) => `${m[1] ? `${EN_DAYS[d.getUTCDay()]}, ` : ''}${d.getUTCDate()} ${EN_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  },
  {
    // "Mi., 4. Dez. 2019"
    re: new RegExp(`(?:(${alt(DE_DAYS)}), )?(\\d{1,2})\\. (${alt(DE_MONTHS)}) (2019)`, 'g'),
    parse: (m) => [Number(m[4]), DE_MONTHS.indexOf(m[3]!), Number(m[2])],
    format: (d, m) => `${m[1] ? `${DE_DAYS[d.getUTCDay()]}, ` : ''}${d.getUTCDate()}. ${DE_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  },
  {
    // "jue, 5 dic 2019"
    re: new RegExp(`(?:(${alt(ES_DAYS)}), )?(\\d{1,2}) (${alt(ES_MONTHS)}) (2019)`, 'g'),
    parse: (m) => [Number(m[4]), ES_MONTHS.indexOf(m[3]!), Number(m[2])],
    format: (d, m) => `${m[1] ? `${ES_DAYS[d.getUTCDay()]}, ` : ''}${d.getUTCDate()} ${ES_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  },
  {
    // "2019年12月4日"
    re: /(2019)年(\d{1,2})月(\d{1,2})日/g,
    parse: (m) => [Number(m[1]), Number(m[2]) - 1, Number(m[3])],
    format: (d) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`,
  },
  {
    // "2019/12/05" (JP)
    re: /(2019)\/(\d{2})\/(\d{2})/g,
    parse: (m) => [Number(m[1]), Number(m[2]) - 1, Number(m[3])],
    format: (d) => `${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}`,
  },
  {
    // "12/04/2019" (US list dates)
    re: /\b(\d{2})\/(\d{2})\/(2019)\b/g,
    parse: (m) => [Number(m[3]), Number(m[1]) - 1, Number(m[2])],
    format: (d) => `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}/${d.getUTCFullYear()}`,
  },
];

/** Whole days from the fixture's anchor day to the day before `now` (UTC days). */
export function shiftDaysFor(now: Date, anchor = FIXTURE_ANCHOR): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((today - Date.parse(`${anchor}T00:00:00Z`)) / DAY) - 1;
}

export function freshenDates(html: string, now = new Date(), anchor = FIXTURE_ANCHOR): string {
  const shift = shiftDaysFor(now, anchor) * DAY;
  let out = html;
  for (const form of FORMS) {
    out = out.replace(form.re, (...args: unknown[]) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      const [y, mo, d] = form.parse(m);
      if (mo < 0) return m[0];
      return form.format(new Date(Date.UTC(y, mo, d) + shift), m);
    });
  }
  return out;
}
