/**
 * The reader contract: one reader per page kind, a pure function of a DOM root and a URL.
 * Readers never touch the browser API, the clock (beyond `now` passed in), or the UI.
 */
import type { LocalizedText, OrderSnapshot, Platform } from '../rules/types';

/** Where the content script hangs the `<cancel-or-close-hint>` for one order. */
export interface HintMount {
  anchor: Element;
  where: 'before' | 'after' | 'prepend' | 'append';
}

export interface ReadOrder {
  snapshot: OrderSnapshot;
  /** null: the content script falls back to a floating hint. */
  mount: HintMount | null;
}

export type ReadResult =
  /** The page's order data has not rendered yet: the caller keeps waiting (bounded). */
  | { status: 'not-ready' }
  /** At least one order was read (its stage may still be 'unknown', with `source.missing`). */
  | { status: 'read'; orders: ReadOrder[] }
  /** This is an order page but no order can be read; say so plainly, never guess. */
  | { status: 'unreadable'; missing: string[]; note: LocalizedText; orderId?: string };

export interface PageReader {
  /** e.g. 'amazon/order-details'; also written to `snapshot.source.reader`. */
  id: string;
  platform: Platform;
  kind: 'detail' | 'list';
  /** Cheap URL test; no DOM access. */
  matches(url: URL): boolean;
  /**
   * The element whose subtree holds the order data once rendered (e.g. `#MYO-app`), so the
   * content script can observe that subtree only; null when the app root is not there yet.
   */
  root(doc: Document): Element | null;
  read(root: ParentNode, url: URL): ReadResult;
}
