/**
 * Page text we pass on (status words, end reasons) is capped as it is read, at the door: a hostile or broken page can
 * put 100 kB in a status cell, and that must neither be refused by the worker's validator (the person would see
 * "could not read") nor fill the hint. Ids and URLs are never cut: a shortened id would name another order, so an
 * oversized one is refused as it is.
 */
import type { ReadOrder } from '../platforms/types';

export const PAGE_TEXT_MAX = 300;

export function boundPageText(text: string, max = PAGE_TEXT_MAX): string {
  if (text.length <= max) return text;
  return `${Array.from(text.slice(0, max + 1))
    .slice(0, max - 1)
    .join('')}…`; // never split a surrogate pair
}

/** The order with its page text bounded (the same object when nothing is too long, as nearly always). */
export function boundOrder(order: ReadOrder): ReadOrder {
  const s = order.snapshot;
  if (s.nativeStatus.length <= PAGE_TEXT_MAX && (s.endReason === undefined || s.endReason.length <= 200)) return order;
  const snapshot = { ...s, nativeStatus: boundPageText(s.nativeStatus) };
  if (s.endReason !== undefined) snapshot.endReason = boundPageText(s.endReason, 200);
  return { ...order, snapshot };
}
