/** Element helpers of the AliExpress readers; text itself is read through ../text.ts, like every reader's. */
import type { TextOptions } from '../text';

const ELEMENT_NODE = 1;

/** Every element under `root` (document order), the root itself included when it is an element. */
export function elementsUnder(root: ParentNode): Element[] {
  const all = Array.from(root.querySelectorAll('*'));
  return (root as Node).nodeType === ELEMENT_NODE ? [root as Element, ...all] : all;
}

/** The element that holds the page's body when `root` is a Document, else `root` itself. */
export function scopeOf(root: ParentNode): ParentNode {
  const doc = root as Document;
  return (root as Node).nodeType === 9 ? (doc.body ?? doc.documentElement ?? root) : root;
}

/** Text nodes kept apart by a space: "订单号：" and "8123…" in sibling spans stay two words. */
export const SPACED: TextOptions = { separator: ' ' };

/** The same without link texts: a product title is a link, and may say anything ("2 days left" included). */
export const WITHOUT_LINKS: TextOptions = { separator: ' ', skip: ['a'] };
