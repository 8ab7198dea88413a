/**
 * DOM helpers shared by the readers. Seller pages hide their data behind open shadow roots
 * (1688's q-input / q-button / wang-wang and its order rows, Amazon's kat-* elements), so every
 * lookup here walks the composed tree: an element's open shadow root is visited before its
 * light children. Nothing here builds HTML or changes the page; page text is read through text.ts.
 */

import { displayText, isNeverRead, textOf } from './text';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Every node under `root` (not `root` itself) in composed tree order, entering open shadow roots. */
function* composedDescendants(root: ParentNode): Generator<Node> {
  // An explicit stack instead of recursion: SPA pages nest deeply.
  const stack: Node[] = [];
  const pushChildrenOf = (node: Node): void => {
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    const shadow = node.nodeType === ELEMENT_NODE ? (node as Element).shadowRoot : null;
    // Pushed last so it is visited first: the shadow tree is what the page actually shows.
    if (shadow) stack.push(shadow);
  };
  pushChildrenOf(root as unknown as Node);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === ELEMENT_NODE && isNeverRead(node as Element)) continue;
    yield node;
    pushChildrenOf(node);
  }
}

/** All elements under `root` matching `selector`, including those inside open shadow roots. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [];
  for (const node of composedDescendants(root)) {
    if (node.nodeType === ELEMENT_NODE && (node as Element).matches(selector)) found.push(node as Element);
  }
  return found;
}

/** The first element under `root` matching `selector`, including inside open shadow roots. */
export function deepQuery(root: ParentNode, selector: string): Element | null {
  for (const node of composedDescendants(root)) {
    if (node.nodeType === ELEMENT_NODE && (node as Element).matches(selector)) return node as Element;
  }
  return null;
}

/** A label found on the page and the value that follows it. */
export interface Labeled {
  value: string;
  /** The element holding the label text (a hint can hang next to it). */
  labelElement: Element;
}

const COLON = /^\s*[:：]\s*/;
const stripColon = (label: string): string => label.replace(/\s*[:：]\s*$/, '');

/**
 * Finds the first label (in composed tree order) among `labels` and returns the value that
 * follows it: "订单号：3293…" in one text node, `<span>交易状态：</span><span>等待卖家发货</span>`,
 * `<th>运单号码：</th><td>…</td>` or `<dt>`/`<dd>`. Labels may be given with or without a colon;
 * the page may use an ASCII or a full-width colon. A text node counts as the label only if it
 * is the label alone or the label followed by a colon, so "商品名称/订单号" never matches.
 */
export function findLabeled(root: ParentNode, labels: string[]): Labeled | null {
  const bare = labels.map(stripColon).filter((l) => l.length > 0);
  for (const node of composedDescendants(root)) {
    if (node.nodeType !== TEXT_NODE) continue;
    const text = displayText(node.textContent);
    for (const label of bare) {
      if (!text.startsWith(label)) continue;
      const after = text.slice(label.length);
      if (after !== '' && !COLON.test(after)) continue;
      const labelElement = node.parentElement;
      if (!labelElement) continue;
      const rest = displayText(after.replace(COLON, ''));
      if (rest !== '') return { value: rest, labelElement };
      const following = textAfter(node, root);
      if (following !== '') return { value: following, labelElement };
    }
  }
  return null;
}

/** Value text following a label; null when none of `labels` is on the page. */
export function findByLabel(root: ParentNode, labels: string[]): string | null {
  return findLabeled(root, labels)?.value ?? null;
}

/** How far up from a label we look for its value: label span → cell → row. */
const MAX_LABEL_CLIMB = 3;

/** The first non-empty text after `node`: its following siblings, then its ancestors' (bounded). */
function textAfter(node: Node, root: ParentNode): string {
  let current: Node | null = node;
  for (let level = 0; current && level <= MAX_LABEL_CLIMB; level++) {
    for (let sibling = current.nextSibling; sibling; sibling = sibling.nextSibling) {
      const text = textOf(sibling);
      if (text !== '') return text;
    }
    if (current.parentNode === (root as unknown as Node)) break;
    current = current.parentNode;
  }
  return '';
}
