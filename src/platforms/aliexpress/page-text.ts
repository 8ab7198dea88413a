/**
 * Reading text out of a page without trusting it. Page strings are only ever compared and matched, never
 * turned into markup; subtrees that are not page content (scripts, our own hint) are never read.
 */

/** Never page content: code, templates, and the hint we mount ourselves (it must not feed back into a read). */
export const NEVER_READ = 'script, style, template, noscript, cancel-or-close-hint';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** One comparable line: NFKC (full-width colons and digits fold to ASCII), runs of space collapsed. */
export function normalizeSpace(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * The text under `node`, one space between text nodes (so "订单号：" and "8123…" in sibling spans stay apart from
 * their neighbours), skipping NEVER_READ and whatever `skip` names.
 */
export function textOf(node: Node, skip?: string): string {
  const skipSelector = skip ? `${NEVER_READ}, ${skip}` : NEVER_READ;
  const parts: string[] = [];
  const walk = (n: Node): void => {
    for (const child of Array.from(n.childNodes)) {
      if (child.nodeType === TEXT_NODE) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === ELEMENT_NODE && !(child as Element).matches(skipSelector)) walk(child);
    }
  };
  walk(node);
  return normalizeSpace(parts.join(' '));
}

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
