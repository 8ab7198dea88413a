/**
 * "Label: value" lookups that do not depend on page structure: order ids and order dates are found by the label
 * the page writes in front of them (seller-pages.md §5.2), in the UI languages listed below.
 */
import { type LanguageBlock, wordsFor } from '../coverage';
import { searchableText } from '../text';
import { isCalendarDay } from '../calendar';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Labels are compared in NFKC form ("N.º" becomes "N.o", "：" becomes ":"), spaces optional. */
function alternation(labels: readonly string[]): string {
  return labels
    .map((l) => escapeRegExp(searchableText(l)).replace(/ /g, '\\s*'))
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/**
 * The labels, by interface language: the English ones are captured on the buyer list ("Order date: …", "Order ID: …");
 * the Chinese ones are the seller centre's and 1688's look-alikes; the rest are an older table's, no source found
 * (docs/reader-evidence.md, AliExpress buyer). The order id is read from the detail link in every language anyway.
 */
export const ORDER_LABEL_WORDS: readonly LanguageBlock<'orderId' | 'orderDate'>[] = [
  { lang: 'en', sources: ['capture 18041007870', 'ref §2.1'], words: { orderId: ['Order ID'], orderDate: ['Order date'] } },
  { lang: 'en', sources: [], words: { orderId: ['Order No.', 'Order No', 'Order number'], orderDate: ['Order time', 'Order placed'] } },
  { lang: 'zh', sources: ['ref §5.2'], words: { orderId: ['订单号', '订单编号'], orderDate: ['下单时间', '订单时间', '创建时间'] } },
  { lang: 'es', sources: [], words: { orderId: ['ID del pedido', 'N.º de pedido', 'Número de pedido'], orderDate: ['Fecha del pedido'] } },
  {
    lang: 'fr',
    sources: [],
    words: { orderId: ['Numéro de commande', 'N° de commande', 'ID de commande'], orderDate: ['Date de commande'] },
  },
  { lang: 'pt', sources: [], words: { orderId: ['ID do pedido', 'Número do pedido'], orderDate: ['Data do pedido'] } },
  { lang: 'ru', sources: [], words: { orderId: ['Номер заказа', 'ID заказа'], orderDate: ['Дата заказа'] } },
  { lang: 'de', sources: [], words: { orderId: ['Bestellnummer', 'Bestell-ID'], orderDate: ['Bestelldatum'] } },
];

export const ORDER_ID_LABELS = wordsFor(ORDER_LABEL_WORDS, 'orderId');
export const ORDER_DATE_LABELS = wordsFor(ORDER_LABEL_WORDS, 'orderDate');

/** AliExpress order ids are 16 digits; one public parser accepts 12+, so a little slack either side. */
const ID_DIGITS = '(\\d{12,20})(?!\\d)';

const ORDER_ID_LABEL_RE = new RegExp(`(?:${alternation(ORDER_ID_LABELS)})`, 'i');
const LABELED_ORDER_ID_RE = new RegExp(`(?:${alternation(ORDER_ID_LABELS)})\\s*[:#]?\\s*${ID_DIGITS}`, 'gi');
/** The value is captured in a lookahead so that a label without a date ("Order placed" in a progress bar) does not hide the next one. */
const LABELED_DATE_RE = new RegExp(`(?:${alternation(ORDER_DATE_LABELS)})\\s*:?\\s*(?=(.{6,40}))`, 'gi');

/** Does this text carry an order-id label at all (cheap pre-filter before climbing to find the value)? */
export function hasOrderIdLabel(text: string): boolean {
  return ORDER_ID_LABEL_RE.test(searchableText(text));
}

const LABEL_THEN_ID_RE = new RegExp(`(?:${alternation(ORDER_ID_LABELS)})\\s*[:#]?\\s*${ID_DIGITS}`, 'i');

/**
 * The order id that follows the label written in `texts[0]`, reading on into the next texts (consecutive text nodes,
 * e.g. "订单号：" then "8100…" in a sibling span). `last` is the index of the text that held the digits. A label whose
 * value is elsewhere (a table header "订单号") finds nothing, because the label must be in the first text.
 */
export function idAfterLabel(texts: readonly string[]): { id: string; last: number } | null {
  const first = searchableText(texts[0] ?? '');
  for (let last = 0; last < texts.length; last++) {
    const joined = searchableText(texts.slice(0, last + 1).join(' '));
    const m = joined.match(LABEL_THEN_ID_RE);
    if (m?.[1] !== undefined && (m.index ?? 0) < first.length) return { id: m[1], last };
  }
  return null;
}

/** Every distinct order id written after an order-id label, in order of appearance. */
export function findLabeledOrderIds(text: string): string[] {
  const ids = Array.from(searchableText(text).matchAll(LABELED_ORDER_ID_RE), (m) => m[1] ?? '');
  return [...new Set(ids.filter((id) => id !== ''))];
}

/** The orderId parameter of a detail link or page URL, when it is an order id. */
export function orderIdFromHref(href: string, base: URL): string | undefined {
  try {
    const id = new URL(href, base).searchParams.get('orderId') ?? '';
    return /^\d{12,20}$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The order date written after a date label, as an ISO date at 00:00 UTC; undefined when absent or unparseable. */
export function findLabeledOrderDate(text: string): string | undefined {
  for (const m of searchableText(text).matchAll(LABELED_DATE_RE)) {
    const date = m[1] === undefined ? undefined : parseOrderDate(m[1]);
    if (date !== undefined) return date;
  }
  return undefined;
}

/** Month names by prefix, in the buyer UI languages (EN, ES, FR, PT, DE, RU). "jui" needs four letters (FR juin/juil). */
const MONTH_PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ['jan', 1],
  ['ene', 1],
  ['янв', 1],
  ['feb', 2],
  ['fev', 2],
  ['fév', 2],
  ['фев', 2],
  ['mar', 3],
  ['mär', 3],
  ['mrz', 3],
  ['мар', 3],
  ['apr', 4],
  ['abr', 4],
  ['avr', 4],
  ['апр', 4],
  ['may', 5],
  ['mai', 5],
  ['мая', 5],
  ['май', 5],
  ['jun', 6],
  ['juin', 6],
  ['июн', 6],
  ['jul', 7],
  ['juil', 7],
  ['июл', 7],
  ['aug', 8],
  ['ago', 8],
  ['aoû', 8],
  ['aou', 8],
  ['авг', 8],
  ['sep', 9],
  ['set', 9],
  ['сен', 9],
  ['oct', 10],
  ['okt', 10],
  ['out', 10],
  ['окт', 10],
  ['nov', 11],
  ['ноя', 11],
  ['dec', 12],
  ['dic', 12],
  ['dez', 12],
  ['déc', 12],
  ['дек', 12],
];

/**
 * The table by prefix length (a list has a date per card: a lookup, not a search of the table per date). The first
 * entry of a prefix wins, as a search in order would give.
 */
const MONTH_BY_PREFIX: ReadonlyMap<string, number> = new Map([...MONTH_PREFIXES].reverse());

function monthOf(name: string): number | undefined {
  const n = name.toLowerCase();
  const byFour = n.length >= 4 ? MONTH_BY_PREFIX.get(n.slice(0, 4)) : undefined;
  if (byFour !== undefined) return byFour;
  if (n.startsWith('jui')) return undefined;
  return n.length >= 3 ? MONTH_BY_PREFIX.get(n.slice(0, 3)) : undefined;
}

const twoDigits = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * A full ISO time, as the snapshot contract and the worker's validation require: midnight UTC, which is exactly how
 * a bare "2026-04-13" is read, so no time of day is invented. A day the month does not have ("Feb 30") is none.
 * (A unit test compares it with a Date's answer for every day of the century.)
 */
function isoDate(year: number, month: number | undefined, day: number): string | undefined {
  if (month === undefined || year < 2000 || year > 2100 || !isCalendarDay(year, month, day)) return undefined;
  return `${year}-${twoDigits(month)}-${twoDigits(day)}T00:00:00Z`;
}

/**
 * A calendar date at the start of `text`: "Apr 13, 2026", "13 abr. 2026", "13 de abril de 2026", "13. Apr. 2026",
 * "2026-04-13 10:22:05", "2026/04/13", "2026年4月13日". The time of day is dropped: the page does not say its zone.
 */
export function parseOrderDate(text: string): string | undefined {
  const t = searchableText(text);
  const numeric = t.match(/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/);
  if (numeric) return isoDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const monthFirst = t.match(/^(\p{L}{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/u);
  if (monthFirst) return isoDate(Number(monthFirst[3]), monthOf(monthFirst[1] ?? ''), Number(monthFirst[2]));
  const dayFirst = t.match(/^(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,10})\.?\s+(?:de\s+)?(\d{4})/u);
  if (dayFirst) return isoDate(Number(dayFirst[3]), monthOf(dayFirst[2] ?? ''), Number(dayFirst[1]));
  return undefined;
}
