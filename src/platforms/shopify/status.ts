/**
 * Shopify admin order badges → contract stage (architecture.md §3.4).
 * Labels from help.shopify.com/en/manual/orders/order-status (seller-pages.md §4) plus the
 * current admin's On hold / Scheduled / In progress; rules from platform-rules.md §4:
 * only unfulfilled orders can be canceled, fulfilled or partially fulfilled ones are refunded.
 */
import type { Stage } from '../../rules/types';

type BadgeMeaning =
  | { group: 'order'; value: 'canceled' | 'archived' }
  | { group: 'payment'; value: 'unpaid' | 'settled' }
  | { group: 'fulfillment'; value: 'unfulfilled' | 'in-progress' | 'partial' | 'fulfilled' };

/** Lower-case badge text → what it says. Payment 'settled' covers every state that leaves the stage alone. */
export const BADGES: ReadonlyMap<string, BadgeMeaning> = new Map<string, BadgeMeaning>([
  ['canceled', { group: 'order', value: 'canceled' }],
  ['cancelled', { group: 'order', value: 'canceled' }],
  ['archived', { group: 'order', value: 'archived' }],
  ['payment pending', { group: 'payment', value: 'unpaid' }],
  ['authorized', { group: 'payment', value: 'unpaid' }],
  ['unpaid', { group: 'payment', value: 'unpaid' }],
  ['overdue', { group: 'payment', value: 'unpaid' }],
  ['partially paid', { group: 'payment', value: 'unpaid' }],
  ['paid', { group: 'payment', value: 'settled' }],
  ['partially refunded', { group: 'payment', value: 'settled' }],
  ['refunded', { group: 'payment', value: 'settled' }],
  ['voided', { group: 'payment', value: 'settled' }],
  ['expired', { group: 'payment', value: 'settled' }],
  ['authorization expired', { group: 'payment', value: 'settled' }],
  ['unfulfilled', { group: 'fulfillment', value: 'unfulfilled' }],
  ['on hold', { group: 'fulfillment', value: 'unfulfilled' }],
  ['scheduled', { group: 'fulfillment', value: 'unfulfilled' }],
  ['in progress', { group: 'fulfillment', value: 'in-progress' }],
  ['fulfillment in progress', { group: 'fulfillment', value: 'in-progress' }],
  ['request to fulfill accepted', { group: 'fulfillment', value: 'in-progress' }],
  ['partially fulfilled', { group: 'fulfillment', value: 'partial' }],
  ['fulfilled', { group: 'fulfillment', value: 'fulfilled' }],
]);

/** True when `text` is one of the order badges this module knows. */
export const isShopifyBadge = (text: string): boolean => BADGES.has(text.toLowerCase());

export interface ShopifyStatus {
  stage: Stage;
  /** A fulfillment service/app has accepted the order (cancel its request before canceling). */
  fulfillmentInProgress: boolean;
}

/** The stage the header badges (e.g. ["Paid", "Unfulfilled"]) add up to. */
export function readShopifyBadges(badges: string[]): ShopifyStatus {
  const meanings = badges.map((b) => BADGES.get(b.toLowerCase())).filter((m): m is BadgeMeaning => m !== undefined);
  const has = (group: BadgeMeaning['group'], value: string): boolean => meanings.some((m) => m.group === group && m.value === value);
  const fulfillment = [...new Set(meanings.filter((m) => m.group === 'fulfillment').map((m) => m.value))];
  const fulfillmentInProgress = fulfillment.includes('in-progress');
  if (has('order', 'canceled')) return { stage: 'canceled', fulfillmentInProgress };
  // A badge we cannot read may be the one that decides (an unknown payment or order state): never decide without it.
  if (meanings.length !== badges.length) return { stage: 'unknown', fulfillmentInProgress };
  // No fulfillment badge, or two that disagree: the stage cannot be told.
  if (fulfillment.length !== 1) return { stage: 'unknown', fulfillmentInProgress };
  switch (fulfillment[0]) {
    case 'fulfilled':
      return { stage: 'shipped', fulfillmentInProgress };
    case 'partial':
      return { stage: 'partially-shipped', fulfillmentInProgress };
    default:
      return { stage: has('payment', 'unpaid') ? 'awaiting-payment' : 'awaiting-shipment', fulfillmentInProgress };
  }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE = /\b([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4}) at (\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?/i;

/**
 * "May 3, 2025 at 2:14 pm" → "2025-05-03T14:14:00". The admin shows the store's time zone
 * without naming it, so the ISO string carries no offset (local time), rather than a made-up one.
 */
export function parseShopifyDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
  if (month < 0) return null;
  let hour = Number(m[4]);
  const meridiem = m[6]?.[0]?.toLowerCase();
  if (meridiem && (hour < 1 || hour > 12)) return null;
  if (meridiem === 'p' && hour !== 12) hour += 12;
  if (meridiem === 'a' && hour === 12) hour = 0;
  if (hour > 23) return null;
  const p2 = (n: number | string): string => String(n).padStart(2, '0');
  return `${m[3]}-${p2(month + 1)}-${p2(m[2]!)}T${p2(hour)}:${m[5]}:00`;
}
