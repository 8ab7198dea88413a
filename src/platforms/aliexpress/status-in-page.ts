/**
 * Finding an order's status word on a page whose structure is not known (seller centre, buyer detail): by the
 * vocabulary, not by class names. An element counts when its whole text is a known status word, or a status label
 * ("订单状态：", "Order status:") followed by one.
 */
import { NEVER_READ, searchableText } from '../text';
import { elementsUnder } from './page-text';
import { lookupStatus, type StatusMeaning } from './vocabulary';

/**
 * Places that list status words without being the order's status: tabs and menus ("等待您发货 (3)"), filter
 * dropdowns, hidden copies. Structure-free on purpose: roles and elements, not class names.
 */
const NOT_AN_ORDER_STATUS = [
  NEVER_READ,
  'nav',
  'select',
  'option',
  'aside',
  '[role="tab"]',
  '[role="tablist"]',
  '[role="navigation"]',
  '[role="menu"]',
  '[role="menuitem"]',
  '[role="listbox"]',
  '[role="option"]',
  '[hidden]',
  '[aria-hidden="true"]',
].join(', ');

/** The labels a status word may follow; a page sample keeps them (src/platforms/aliexpress/page-words.ts). */
export const STATUS_LABEL_WORDS = [
  '订单状态',
  '状态',
  'order status',
  'status',
  'estado del pedido',
  'estado',
  'statut',
  'статус заказа',
  'статус',
  'bestellstatus',
];
const STATUS_LABEL = new RegExp(`^(?:${STATUS_LABEL_WORDS.join('|')})\\s*:?\\s*`, 'i');

/** Longest text worth testing: status words are short, and long texts are paragraphs or product titles. */
const MAX_STATUS_CHARS = 60;

interface StatusWord {
  /** The word as the page wrote it. */
  text: string;
  meaning: StatusMeaning;
  element: Element;
  /** Written after a status label, so it is the order's status rather than a step in a progress bar. */
  labeled: boolean;
}

export type StatusFinding =
  | { kind: 'found'; word: StatusWord }
  | { kind: 'none' }
  /** Several different status words and nothing to choose between them: never pick one. */
  | { kind: 'ambiguous'; texts: string[] };

const meaningKey = (m: StatusMeaning): string => `${m.stage}${m.cancelRequested ? '+cancel' : ''}`;

function statusWordOf(el: Element): StatusWord | null {
  if (el.closest(NOT_AN_ORDER_STATUS)) return null;
  const raw = el.textContent ?? '';
  if (raw.length > MAX_STATUS_CHARS * 4) return null;
  const text = searchableText(raw);
  if (text === '' || text.length > MAX_STATUS_CHARS) return null;
  const whole = lookupStatus(text);
  if (whole) {
    const before = searchableText(el.previousElementSibling?.textContent ?? '');
    const labeled = before !== '' && STATUS_LABEL.test(before) && before.replace(STATUS_LABEL, '') === '';
    return { text, meaning: whole, element: el, labeled };
  }
  const afterLabel = text.replace(STATUS_LABEL, '');
  if (afterLabel === text) return null;
  const labeledMeaning = lookupStatus(afterLabel);
  return labeledMeaning ? { text: afterLabel, meaning: labeledMeaning, element: el, labeled: true } : null;
}

/** One meaning when all found words agree; a cancel request on top of "awaiting shipment" is the same order state. */
function single(words: StatusWord[]): StatusWord | null {
  const keys = new Set(words.map((w) => meaningKey(w.meaning)));
  if (keys.size === 1) return words[0] ?? null;
  const shipmentAndCancel = keys.size === 2 && keys.has('awaiting-shipment') && keys.has('awaiting-shipment+cancel');
  return shipmentAndCancel ? (words.find((w) => w.meaning.cancelRequested) ?? null) : null;
}

export function findStatusWord(container: ParentNode): StatusFinding {
  const words = elementsUnder(container)
    .map(statusWordOf)
    .filter((w): w is StatusWord => w !== null);
  if (words.length === 0) return { kind: 'none' };
  const chosen = single(words) ?? single(words.filter((w) => w.labeled));
  if (chosen) return { kind: 'found', word: chosen };
  return { kind: 'ambiguous', texts: [...new Set(words.map((w) => w.text))] };
}
