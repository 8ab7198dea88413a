/**
 * Seller Central date texts → ISO 8601 strings.
 *
 * The pages print dates in the marketplace's (or the UI language's) own style: "Thu, Dec 5, 2019",
 * "Thu, 5 Dec 2019", "Wed, Dec 4, 2019, 8:27 AM PST", "Sun, 2 Nov 2025, 15:20 MET", "05.12.2019",
 * "2019/12/05", "2019年12月5日", "5. Dez. 2019", "5 déc. 2019", and ranges "Dec 10, 2019 to Dec 13, 2019".
 * Anything we cannot read with certainty gives `undefined` — never an invalid or guessed date
 * (so "12/05/2019", which is Dec 5 in the US and May 12 elsewhere, is refused).
 */
import { isCalendarDay } from '../calendar';
import { isPrintableAscii } from '../text';

/**
 * What the date is used for. A date without a time of day means "some time that day":
 * a deadline (ship-by, deliver-by, auto-cancel) holds until the end of the day, a start
 * (purchase date) is taken from the start of the day — both in UTC, as the page names no zone.
 */
export type DateRole = 'start' | 'deadline';

/** Offsets in minutes east of UTC, for the abbreviations Seller Central prints. */
const ZONE_OFFSET_MINUTES: Readonly<Record<string, number>> = {
  utc: 0,
  mez: 60, // German UI names for CET/CEST
  mesz: 120,
  gmt: 0,
  bst: 60,
  cet: 60,
  met: 60,
  cest: 120,
  mest: 120,
  ist: 330, // India Standard Time: IST is printed on sellercentral.amazon.in
  jst: 540,
  aest: 600,
  aedt: 660,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

/** Month names and abbreviations in English, German, French, Spanish and Italian (lowercase, no dot). */
const MONTHS: Readonly<Record<string, number>> = (() => {
  const byMonth: string[][] = [
    ['jan', 'january', 'januar', 'janv', 'janvier', 'ene', 'enero', 'gen', 'gennaio'],
    ['feb', 'february', 'februar', 'févr', 'fevr', 'février', 'fevrier', 'febrero', 'febbraio'],
    ['mar', 'march', 'mär', 'märz', 'mrz', 'mars', 'marzo'],
    ['apr', 'april', 'avr', 'avril', 'abr', 'abril', 'aprile'],
    ['may', 'mai', 'mayo', 'mag', 'maggio'],
    ['jun', 'june', 'juni', 'juin', 'junio', 'giu', 'giugno'],
    ['jul', 'july', 'juli', 'juil', 'juillet', 'julio', 'lug', 'luglio'],
    ['aug', 'august', 'août', 'aout', 'ago', 'agosto'],
    ['sep', 'sept', 'september', 'septembre', 'septiembre', 'set', 'settembre'],
    ['oct', 'october', 'okt', 'oktober', 'octobre', 'octubre', 'ott', 'ottobre'],
    ['nov', 'november', 'novembre', 'noviembre'],
    ['dec', 'december', 'dez', 'dezember', 'déc', 'décembre', 'decembre', 'dic', 'diciembre', 'dicembre'],
  ];
  const table: Record<string, number> = {};
  byMonth.forEach((names, index) => names.forEach((name) => (table[name] = index + 1)));
  return table;
})();

/** Words that join the two ends of a range, in the languages above plus Japanese/Chinese marks. */
const RANGE_SEPARATOR = /\s+(?:to|bis|au|al|a|fino al)\s+|\s+[-–—]\s+|\s*[~〜～至]\s*/u;

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

interface TimeOfDay {
  hours: number;
  minutes: number;
  /** Where the time ends in the text. */
  end?: number;
}

/**
 * Parse one Seller Central date text. A range gives its end for a deadline and its start for a start.
 * Returns an ISO string, or undefined when the text holds no date we can read with certainty.
 */
export function parseSellerCentralDate(text: string | null | undefined, role: DateRole): string | undefined {
  if (!text) return undefined;
  // A list page repeats the same few date texts on hundreds of rows: each is parsed once.
  const key = role === 'deadline' ? `d${text}` : `s${text}`;
  if (parsed.has(key)) return parsed.get(key);
  const iso = parseUncached(text, role);
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(key, iso);
  return iso;
}

/** Date texts already parsed (the parse is pure); bounded, so a long session cannot grow it without end. */
const parsed = new Map<string, string | undefined>();
const PARSED_LIMIT = 2_000;

function parseUncached(text: string, role: DateRole): string | undefined {
  const normalized = (isPrintableAscii(text) ? text : text.normalize('NFC')).replace(/\s+/gu, ' ').trim().toLowerCase();
  if (normalized === '') return undefined;
  const parts = normalized.split(RANGE_SEPARATOR).filter((part) => part.trim() !== '');
  const chosen = role === 'deadline' ? parts[parts.length - 1] : parts[0];
  return chosen === undefined ? undefined : parseSingleDate(chosen, role);
}

function parseSingleDate(text: string, role: DateRole): string | undefined {
  const day = findCalendarDay(text);
  if (!day) return undefined;
  const time = findTimeOfDay(text);
  if (time === 'invalid') return undefined;
  if (!time) {
    const endOfDay = role === 'deadline';
    return isoFromParts(day, endOfDay ? { hours: 23, minutes: 59 } : { hours: 0, minutes: 0 }, 0, endOfDay);
  }
  // A time without a zone is read as UTC: Seller Central prints the zone next to times, so this case is rare.
  // The zone is looked for only after the time, so words like French "est" elsewhere are not zones.
  return isoFromParts(day, time, findZoneOffsetMinutes(text.slice(time.end)) ?? 0, false);
}

function isoFromParts(day: CalendarDay, time: TimeOfDay, offsetMinutes: number, lastMillisecond: boolean): string | undefined {
  if (!isCalendarDay(day.year, day.month, day.day)) return undefined; // e.g. "31 Feb": Date.UTC would roll it over into March
  const epoch =
    Date.UTC(day.year, day.month - 1, day.day, time.hours, time.minutes, lastMillisecond ? 59 : 0, lastMillisecond ? 999 : 0) -
    offsetMinutes * 60_000;
  const date = new Date(epoch);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * A word that may name a month, in lowercased text. Every name in MONTHS is in Latin script, so the
 * class is Latin letters (with Latin-1 and Latin Extended-A/B accents) rather than \p{L}: a Unicode
 * property class is built when the regex is first used, which cost about half a millisecond on
 * every seller page, and a word in any other script could not be found in MONTHS anyway.
 */
const MONTH_WORD = String.raw`[a-z\u00df-\u00f6\u00f8-\u024f]+`;
/** "Dec 5, 2019", "December 5th, 2019". */
const MONTH_FIRST = new RegExp(String.raw`(${MONTH_WORD})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`, 'gu');
/** "5 Dec 2019", "5. Dez. 2019", "5 de diciembre de 2019". */
const DAY_FIRST = new RegExp(String.raw`(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?(${MONTH_WORD})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)`, 'gu');

function findCalendarDay(text: string): CalendarDay | undefined {
  const cjk = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec(text);
  if (cjk) return calendarDay(cjk[1], cjk[2], cjk[3]);

  const yearFirst = /(?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/u.exec(text);
  if (yearFirst) return calendarDay(yearFirst[1], yearFirst[2], yearFirst[3]);

  // Dotted day-first dates ("05.12.2019") are German/European; slashed ones are ambiguous and refused.
  const dotted = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/u.exec(text);
  if (dotted) return calendarDay(dotted[3], dotted[2], dotted[1]);

  for (const match of text.matchAll(MONTH_FIRST)) {
    const month = MONTHS[match[1] ?? ''];
    if (month) return calendarDay(match[3], String(month), match[2]);
  }
  for (const match of text.matchAll(DAY_FIRST)) {
    const month = MONTHS[match[2] ?? ''];
    if (month) return calendarDay(match[3], String(month), match[1]);
  }
  return undefined;
}

function calendarDay(year?: string, month?: string, day?: string): CalendarDay | undefined {
  const parsed = { year: Number(year), month: Number(month), day: Number(day) };
  if (!Number.isInteger(parsed.year) || parsed.year < 1990 || parsed.year > 2100) return undefined;
  if (parsed.month < 1 || parsed.month > 12 || parsed.day < 1 || parsed.day > 31) return undefined;
  return parsed;
}

/** The time of day, undefined when there is none, 'invalid' when there is one that cannot be (25:61). */
function findTimeOfDay(text: string): TimeOfDay | 'invalid' | undefined {
  const match = /(?<![\d:])(\d{1,2}):(\d{2})(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?(?![\d:])/u.exec(text);
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  // Chinese and Japanese write the half of the day before the time: 上午/午前 = am, 下午/午後 = pm.
  const before = text.slice(Math.max(0, match.index - 3), match.index);
  const cjkMeridiem = /(?:下午|午後)\s*$/u.test(before) ? 'pm' : /(?:上午|午前)\s*$/u.test(before) ? 'am' : undefined;
  const meridiem = match[3]?.replace(/\./gu, '') ?? cjkMeridiem;
  if (meridiem) {
    if (hours < 1 || hours > 12) return 'invalid';
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return 'invalid';
  return { hours, minutes, end: match.index + match[0].length };
}

function findZoneOffsetMinutes(text: string): number | undefined {
  const numeric = /\b(?:gmt|utc)\s*([+-])(\d{1,2})(?::?(\d{2}))?\b/u.exec(text);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  for (const match of text.matchAll(/\b([a-z]{3,4})\b/gu)) {
    const offset = ZONE_OFFSET_MINUTES[match[1] ?? ''];
    if (offset !== undefined) return offset;
  }
  return undefined;
}
