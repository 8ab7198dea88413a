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

/** A selector list of bare lower-case tag names ('script, style, a') as a set of local names; null for anything else. */
function tagSet(selector: string): ReadonlySet<string> | null {
  const parts = selector.split(',').map((part) => part.trim());
  return parts.every((part) => /^[a-z][a-z0-9-]*$/u.test(part)) ? new Set(parts) : null;
}
const skipTagsBySelector = new Map<string, ReadonlySet<string> | null>();

/**
 * The text under `node`, one space between text nodes (so "订单号：" and "8123…" in sibling spans stay apart from
 * their neighbours), skipping NEVER_READ and whatever `skip` names. Skips given as tag names are tested by name,
 * not by selector matching: this runs over every card of a list.
 */
export function textOf(node: Node, skip?: string): string {
  const skipSelector = skip ? `${NEVER_READ}, ${skip}` : NEVER_READ;
  if (!skipTagsBySelector.has(skipSelector)) skipTagsBySelector.set(skipSelector, tagSet(skipSelector));
  const tags = skipTagsBySelector.get(skipSelector);
  const skipped = (el: Element): boolean => (tags ? tags.has(el.localName) : el.matches(skipSelector));
  const parts: string[] = [];
  const walk = (n: Node): void => {
    for (let child = n.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === ELEMENT_NODE && !skipped(child as Element)) walk(child);
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
