/**
 * Layout drift, simulated: random mutations of a parsed seller page that a site redesign, an A/B
 * rollout or a translation could plausibly make. Each one either keeps the page's meaning (a synonym,
 * a renamed class, a moved sibling) or destroys part of it (a removed cell, an emptied text, a
 * garbled status word, an impossible date) — none turns the page into a different, valid order, so
 * a reader must give the same verdict or `unknown`, never a third answer.
 *
 * The mutations walk the composed tree (open shadow roots included), because 1688 and Amazon keep
 * order data in shadow trees.
 */
import type { Platform } from '../../../src/rules/types';
import { PROFILES } from './profile';
import type { Rng } from './prng';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const NOT_CONTENT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'META', 'LINK']);

/** Words that mean the same, as another rollout or locale might say it (whole text node, case-insensitive). */
const SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ['Order ID', 'Order number'],
  ['Order details', 'Order summary'],
  ['Purchase date', 'Order date'],
  ['Ship by', 'Ship-by date'],
  ['Buyer name', 'Customer'],
  ['Quantity', 'Qty'],
  ['Customer', 'Buyer'],
  ['Items', 'Products'],
  ['More', 'More actions'],
  ['Print', 'Print slip'],
  ['订单号', '订单编号'],
  ['订单详情', '订单信息'],
  ['下单时间', '创建时间'],
  ['买家', '客户'],
  ['数量', '件数'],
];

/** Neutral words: product names, UI chrome, nothing with an order meaning. */
const RANDOM_WORDS = ['lorem', 'Widget', 'Zubehör', '配件', 'Help', 'Settings', 'ipsum 42', 'Sample', '样品', 'Details', '—', 'N/A'];

export type MutationKind =
  | 'remove'
  | 'rename-tag'
  | 'rename-attribute'
  | 'reorder'
  | 'synonym'
  | 'random-word'
  | 'empty-text'
  | 'garble-status'
  | 'stray-status'
  | 'impossible-date';

export const MUTATION_KINDS: readonly MutationKind[] = [
  'remove',
  'rename-tag',
  'rename-attribute',
  'reorder',
  'synonym',
  'random-word',
  'empty-text',
  'garble-status',
  'stray-status',
  'impossible-date',
];

/** What a mutation did, for the regression fixture and for reading a failure. */
export interface Applied {
  kind: MutationKind;
  /** A short path to the node, e.g. "tr > td > div.main-status". */
  at: string;
  detail: string;
}

/**
 * A mutation and how to take it back. Parsing a page in happy-dom costs 15–40 ms, so the suite
 * parses each fixture once and undoes every variant's mutations (in reverse) before the next.
 */
interface Done extends Applied {
  undo(): void;
}

function composed(root: Node, visit: (node: Node) => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node !== root) visit(node);
    if (node.nodeType === ELEMENT_NODE && NOT_CONTENT.has((node as Element).tagName)) continue;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    const shadow = node.nodeType === ELEMENT_NODE ? (node as Element).shadowRoot : null;
    if (shadow) stack.push(shadow);
  }
}

function contentElements(body: Element): Element[] {
  const out: Element[] = [];
  composed(body, (n) => {
    if (n.nodeType === ELEMENT_NODE && !NOT_CONTENT.has((n as Element).tagName)) out.push(n as Element);
  });
  return out;
}

function contentTexts(body: Element): Text[] {
  const out: Text[] = [];
  composed(body, (n) => {
    if (n.nodeType !== TEXT_NODE || (n.textContent ?? '').trim() === '') return;
    const parent = n.parentElement;
    if (parent && NOT_CONTENT.has(parent.tagName)) return;
    out.push(n as Text);
  });
  return out;
}

function describe(node: Node): string {
  const parts: string[] = [];
  for (let n: Node | null = node; n && parts.length < 4; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n.nodeType === TEXT_NODE) continue;
    if (n.nodeType !== ELEMENT_NODE) {
      if ((n as ShadowRoot).host) parts.unshift('#shadow');
      continue;
    }
    const el = n as Element;
    const cls = el.getAttribute('class')?.split(/\s+/)[0];
    parts.unshift(el.tagName.toLowerCase() + (el.id ? `#${el.id}` : cls ? `.${cls}` : ''));
  }
  return parts.join(' > ');
}

const snippet = (text: string | null): string => JSON.stringify((text ?? '').trim().slice(0, 40));

/** Whether a text states one of the platform's signals (see MutationProfile.signals); such text is never destroyed. */
export const carriesSignal = (text: string | null, platform: Platform): boolean => PROFILES[platform].signals.test(text ?? '');

const containsStatusWord = (text: string, platform: Platform): string | undefined =>
  PROFILES[platform].statusWords.find((w) => text.toLowerCase().includes(w.toLowerCase()));

/** A date in the text: a year, a month name beside a day, or CJK date marks. */
const DATE_LIKE =
  /\b20\d\d\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|\d{1,2}\. ?[A-ZÄÖÜa-zäöüé]{3,5}\.? 20\d\d|\d+年\d+月|\d{1,2}\/\d{1,2}\/\d{4}/u;

type Mutator = (doc: Document, platform: Platform, r: Rng) => Done | null;

const TAGS = ['div', 'span', 'section', 'p', 'x-drift'];

const MUTATORS: Record<MutationKind, Mutator> = {
  remove(doc, platform, r) {
    const el = r.pick(
      contentElements(doc.body).filter(
        (e) => !carriesSignal(e.textContent, platform) && !carriesSignal(e.previousElementSibling?.textContent ?? null, platform),
      ),
    );
    if (!el) return null;
    const at = describe(el);
    const [parent, next] = [el.parentNode!, el.nextSibling];
    el.remove();
    return { kind: 'remove', at, detail: snippet(el.textContent), undo: () => parent.insertBefore(el, next) };
  },
  'rename-tag'(doc, _p, r) {
    const candidates = contentElements(doc.body).filter((e) => !e.shadowRoot);
    const el = r.pick(candidates);
    if (!el?.parentNode) return null;
    const tag = r.pick(TAGS.filter((t) => t !== el.tagName.toLowerCase()));
    const replacement = doc.createElement(tag);
    for (const attr of Array.from(el.attributes)) replacement.setAttribute(attr.name, attr.value);
    while (el.firstChild) replacement.appendChild(el.firstChild);
    const at = describe(el);
    el.parentNode.replaceChild(replacement, el);
    const undo = (): void => {
      while (replacement.firstChild) el.appendChild(replacement.firstChild);
      replacement.parentNode!.replaceChild(el, replacement);
    };
    return { kind: 'rename-tag', at, detail: `${el.tagName.toLowerCase()} → ${tag}`, undo };
  },
  'rename-attribute'(doc, _p, r) {
    const el = r.pick(contentElements(doc.body).filter((e) => e.attributes.length > 0));
    if (!el) return null;
    const attr = r.pick(Array.from(el.attributes));
    const at = describe(el);
    if (r.next() < 0.5) {
      const [name, value] = [attr.name, attr.value];
      el.setAttribute(name, `${value.split(/\s+/)[0] ?? ''}-v${r.int(90) + 10}`);
      return {
        kind: 'rename-attribute',
        at,
        detail: `${name} value "${value.slice(0, 30)}" changed`,
        undo: () => el.setAttribute(name, value),
      };
    }
    const [name, value] = [attr.name, attr.value];
    el.removeAttribute(name);
    el.setAttribute(`${name}-next`, value);
    const undo = (): void => {
      el.removeAttribute(`${name}-next`);
      el.setAttribute(name, value);
    };
    return { kind: 'rename-attribute', at, detail: `${name} → ${name}-next`, undo };
  },
  reorder(doc, _p, r) {
    const el = r.pick(contentElements(doc.body).filter((e) => e.parentNode && siblingsOf(e).length > 1));
    if (!el?.parentNode) return null;
    const others = siblingsOf(el).filter((s) => s !== el);
    const before = r.pick(others);
    const at = describe(el);
    const [parent, next] = [el.parentNode, el.nextSibling];
    const reference = r.next() < 0.5 ? before : before.nextSibling;
    if (reference === el) return null;
    parent.insertBefore(el, reference);
    return { kind: 'reorder', at, detail: `moved beside ${describe(before)}`, undo: () => parent.insertBefore(el, next) };
  },
  synonym(doc, _p, r) {
    const pairs = contentTexts(doc.body).flatMap((t) => {
      const text = (t.textContent ?? '').trim().replace(/\s*[:：]$/, '');
      const hit = SYNONYMS.find(([a]) => a.toLowerCase() === text.toLowerCase());
      return hit ? [[t, hit[1]] as const] : [];
    });
    if (pairs.length === 0) return null;
    const [node, word] = r.pick(pairs);
    const before = node.textContent;
    node.textContent = (before ?? '').replace(/^(\s*).*?(\s*[:：]?\s*)$/s, `$1${word}$2`);
    return {
      kind: 'synonym',
      at: describe(node),
      detail: `${snippet(before)} → ${snippet(node.textContent)}`,
      undo: restore(node, before),
    };
  },
  'random-word'(doc, platform, r) {
    const node = r.pick(
      contentTexts(doc.body).filter((t) => !containsStatusWord(t.textContent ?? '', platform) && !carriesSignal(t.textContent, platform)),
    );
    if (!node) return null;
    const before = node.textContent;
    node.textContent = r.pick(RANDOM_WORDS);
    return {
      kind: 'random-word',
      at: describe(node),
      detail: `${snippet(before)} → ${snippet(node.textContent)}`,
      undo: restore(node, before),
    };
  },
  'empty-text'(doc, platform, r) {
    const node = r.pick(contentTexts(doc.body).filter((t) => !carriesSignal(t.textContent, platform)));
    if (!node) return null;
    const before = node.textContent;
    node.textContent = '';
    return { kind: 'empty-text', at: describe(node), detail: `${snippet(before)} → ""`, undo: restore(node, before) };
  },
  'garble-status'(doc, platform, r) {
    const hits = contentTexts(doc.body).flatMap((t) => {
      const word = containsStatusWord(t.textContent ?? '', platform);
      return word && !carriesSignal(t.textContent, platform) ? [[t, word] as const] : [];
    });
    if (hits.length === 0) return null;
    const [node, word] = r.pick(hits);
    const before = node.textContent ?? '';
    const start = before.toLowerCase().indexOf(word.toLowerCase());
    const cut = start + Math.max(1, Math.floor(word.length / 2));
    node.textContent = `${before.slice(0, cut)}ǂ${before.slice(cut)}`;
    return {
      kind: 'garble-status',
      at: describe(node),
      detail: `${snippet(before)} → ${snippet(node.textContent)}`,
      undo: restore(node, before),
    };
  },
  'stray-status'(doc, platform, r) {
    // A status word inside running text (a product title, a note, a help line), where it is not the order's status.
    const node = r.pick(
      contentTexts(doc.body).filter((t) => {
        const text = (t.textContent ?? '').trim();
        return text.length >= 12 && !containsStatusWord(text, platform) && !inStatusSlot(t) && !carriesSignal(text, platform);
      }),
    );
    if (!node) return null;
    const before = node.textContent;
    const word = r.pick(PROFILES[platform].statusWords);
    node.textContent = r.next() < 0.5 ? `${before} ${word}` : `${word} ${before}`;
    return {
      kind: 'stray-status',
      at: describe(node),
      detail: `${snippet(before)} → ${snippet(node.textContent)}`,
      undo: restore(node, before),
    };
  },
  'impossible-date'(doc, _p, r) {
    const node = r.pick(contentTexts(doc.body).filter((t) => DATE_LIKE.test(t.textContent ?? '')));
    if (!node) return null;
    const before = node.textContent ?? '';
    // Day, month, hour or minute digits (1–2 digits, not part of a year) become 99: no calendar has it.
    const runs = [...before.matchAll(/(?<!\d)\d{1,2}(?!\d)/g)];
    if (runs.length === 0) return null;
    const run = r.pick(runs);
    node.textContent = `${before.slice(0, run.index)}99${before.slice(run.index! + run[0].length)}`;
    return {
      kind: 'impossible-date',
      at: describe(node),
      detail: `${snippet(before)} → ${snippet(node.textContent)}`,
      undo: restore(node, before),
    };
  },
};

/**
 * Text the page itself marks as a status (an element named *status*, *state*, *badge* or *tag* up to three levels
 * up): a status word written there is the page saying so, not a stray word, so none is planted.
 */
function inStatusSlot(node: Text): boolean {
  let el: Element | null = node.parentElement;
  for (let level = 0; el && level < 3; level++, el = el.parentElement) {
    const names = `${el.id} ${el.getAttribute('class') ?? ''} ${el.getAttribute('data-test-id') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
    if (/status|state|badge|tag/i.test(names)) return true;
  }
  return false;
}

const restore = (node: Text, text: string | null) => (): void => {
  node.textContent = text;
};

function siblingsOf(el: Element): Element[] {
  const parent = el.parentNode;
  if (!parent) return [];
  return Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === ELEMENT_NODE && !NOT_CONTENT.has((n as Element).tagName));
}

/**
 * One to three random mutations (a kind with nothing to act on is skipped for another), and a
 * function that restores the page exactly.
 */
export function mutate(doc: Document, platform: Platform, r: Rng): { applied: Applied[]; undo(): void } {
  const count = 1 + r.int(3);
  const done: Done[] = [];
  for (let attempt = 0; done.length < count && attempt < count * 6; attempt++) {
    const one = MUTATORS[r.pick(MUTATION_KINDS)](doc, platform, r);
    if (one) done.push(one);
  }
  return {
    applied: done.map(({ kind, at, detail }) => ({ kind, at, detail })),
    undo: () => {
      for (const one of done.reverse()) one.undo();
    },
  };
}
