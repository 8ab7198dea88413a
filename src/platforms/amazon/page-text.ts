/**
 * Seller Central markup helpers: order ids, hidden subtrees, Katal alerts. Text itself is read
 * through ../text.ts, like every reader's.
 */
import { displayText, isNeverRead } from '../text';
import { hidden } from './selectors';

/** Amazon order ids are 3-7-7 digits, e.g. 111-2222222-3333333. */
export const ORDER_ID_PATTERN = /(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)/u;

export const HIDDEN_SELECTOR = hidden.join(',');

/** The element itself is one of the hidden kinds (its ancestors not looked at). */
export const isHiddenElement = (element: Element): boolean => element.matches(HIDDEN_SELECTOR) || isNeverRead(element);

/** Kept in the DOM but not shown (preloaded popovers, templates): their text is not the order's. */
export function isHidden(element: Element): boolean {
  return element.closest(HIDDEN_SELECTOR) !== null;
}

/**
 * Text of an alert, including Katal's `header`/`description` attributes: a `<kat-alert>` renders
 * those inside its shadow root, so its light-DOM text may be empty.
 */
export function alertText(element: Element): string {
  const parts = [element.getAttribute('header'), element.getAttribute('description'), element.textContent];
  return displayText(parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(' '));
}

/** The first visible element matching `selector` under `root`, if any. */
export function firstVisible(root: ParentNode, selector: string): Element | null {
  for (const element of Array.from(root.querySelectorAll(selector))) {
    if (!isHidden(element)) return element;
  }
  return null;
}

/** `root` as an Element (a Document gives its body), for mounting. */
export function rootElement(root: ParentNode): Element | null {
  if ((root as Node).nodeType === 1) return root as Element;
  const doc = root as Document;
  return doc.body ?? doc.documentElement ?? null;
}
