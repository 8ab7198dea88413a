/**
 * Wording drift, simulated: the same words written another way, as another locale build, a copy edit or a
 * translation update writes them. Unlike layout drift (mutate.ts) none of these destroys meaning, so a reader that
 * matches by meaning keeps its reading; one that cannot must say `unknown`, never a third answer:
 * - case: "Unshipped" → "UNSHIPPED", "unshipped", "Unshipped" title-cased;
 * - diacritics: "Non expédiée" → "Non expediee", "Método" → "Metodo" (typed without accents);
 * - whitespace: runs doubled, no-break and ideographic spaces, padding and line breaks around the text;
 * - synonym: a status or label variant the evidence names for the same meaning (docs/reader-evidence.md);
 * - label-order: two sibling "Label: value" lines swap places.
 */
import type { Platform } from '../../../src/rules/types';
import type { Rng } from './prng';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const NOT_CONTENT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'META', 'LINK']);

export type WordingKind = 'case' | 'diacritics' | 'whitespace' | 'synonym' | 'label-order';
export const WORDING_KINDS: readonly WordingKind[] = ['case', 'diacritics', 'whitespace', 'synonym', 'label-order'];

/**
 * Variants that mean the same, per platform, each pair from docs/reader-evidence.md: Amazon participles, genders,
 * numbers and spellings; AliExpress accents and whole-sentence statuses; 1688's two labels for one status.
 */
const VARIANTS: Record<Platform, ReadonlyArray<readonly [string, string]>> = {
  amazon: [
    ['Nicht versendet', 'Nicht versandt'],
    ['Non expédiée', 'Non expédié'],
    ['No enviado', 'No enviada'],
    ['Non spedito', 'Non spediti'],
    ['Canceled', 'Cancelled'],
    ['Fulfillment method', 'Fulfilment method'],
    // en_AE and sv help 200200040: the same status in another English, the help's plural and the one-order form
    ['Unshipped', 'Undispatched'],
    ['Olevererat', 'Olevererade'],
    ['Annullerade', 'Annullerad'],
  ],
  aliexpress: [
    ['Aguardando envío', 'Aguardando envio'],
    ['Ihre Zahlung wird überprüft', 'Zahlung wird überprüft'],
    ['Awaiting delivery', 'Waiting for buyer to receive goods'],
    ['Awaiting shipment', 'Waiting for your shipment'],
  ],
  '1688': [
    ['等待买家确认收货', '等待买家收货'],
    ['交易状态', '订单状态'],
    ['订单号', '订单编号'],
  ],
  shopify: [],
};

export interface WordingApplied {
  kind: WordingKind;
  detail: string;
}

interface Done extends WordingApplied {
  undo(): void;
}

function composed(root: Node, visit: (node: Node) => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node !== root) visit(node);
    if (node.nodeType === ELEMENT_NODE && NOT_CONTENT.has((node as Element).tagName)) continue;
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
    const shadow = node.nodeType === ELEMENT_NODE ? (node as Element).shadowRoot : null;
    if (shadow) stack.push(shadow);
  }
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

const snippet = (text: string | null): string => JSON.stringify((text ?? '').trim().slice(0, 40));

function rewrite(kind: WordingKind, node: Text, next: string): Done {
  const before = node.textContent;
  node.textContent = next;
  const undo = (): void => {
    node.textContent = before;
  };
  return { kind, detail: `${snippet(before)} → ${snippet(next)}`, undo };
}

const LETTER = /\p{L}/u;
const DIACRITIC = /[\u0300-\u036f]/gu;

/** "Label:" or "Label：" at the start of an element's text: one line of a label list. */
const LABEL_LINE = /^[^:：]{2,40}[:：]/u;

type Mutator = (doc: Document, platform: Platform, r: Rng) => Done | null;

const MUTATORS: Record<WordingKind, Mutator> = {
  case(doc, _p, r) {
    const node = r.pick(contentTexts(doc.body).filter((t) => /[A-Za-zÀ-ÿ]/u.test(t.textContent ?? '')));
    if (!node) return null;
    const text = node.textContent ?? '';
    const way = r.int(3);
    const next =
      way === 0
        ? text.toUpperCase()
        : way === 1
          ? text.toLowerCase()
          : text.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
    return next === text ? null : rewrite('case', node, next);
  },
  diacritics(doc, _p, r) {
    const node = r.pick(contentTexts(doc.body).filter((t) => /[\u00c0-\u024f]/u.test(t.textContent ?? '')));
    if (!node) return null;
    const text = node.textContent ?? '';
    const next = text.normalize('NFD').replace(DIACRITIC, '').normalize('NFC');
    return next === text ? null : rewrite('diacritics', node, next);
  },
  whitespace(doc, _p, r) {
    const node = r.pick(contentTexts(doc.body).filter((t) => LETTER.test(t.textContent ?? '')));
    if (!node) return null;
    const text = node.textContent ?? '';
    const way = r.int(4);
    const next =
      way === 0
        ? text.replace(/ /g, '  ')
        : way === 1
          ? text.replace(/ /g, '\u00a0')
          : way === 2
            ? `\n   ${text}\t `
            : text.replace(/ /g, '\u3000');
    return next === text ? null : rewrite('whitespace', node, next);
  },
  synonym(doc, platform, r) {
    const pairs = VARIANTS[platform];
    const hits = contentTexts(doc.body).flatMap((t) => {
      const text = (t.textContent ?? '').trim().replace(/\s*[:：]$/u, '');
      return pairs.flatMap(([a, b]) => (text === a ? [[t, b] as const] : text === b ? [[t, a] as const] : []));
    });
    const hit = r.pick(hits);
    if (!hit) return null;
    const [node, word] = hit;
    const before = node.textContent ?? '';
    return rewrite('synonym', node, before.replace(/^(\s*).*?(\s*[:：]?\s*)$/su, `$1${word}$2`));
  },
  'label-order'(doc, _p, r) {
    const lines: Element[] = [];
    composed(doc.body, (n) => {
      if (n.nodeType !== ELEMENT_NODE) return;
      const el = n as Element;
      const next = el.nextElementSibling;
      if (
        next &&
        next.tagName === el.tagName &&
        LABEL_LINE.test((el.textContent ?? '').trim()) &&
        LABEL_LINE.test((next.textContent ?? '').trim())
      ) {
        lines.push(el);
      }
    });
    const el = r.pick(lines);
    const next = el?.nextElementSibling;
    if (!el?.parentNode || !next) return null;
    const parent = el.parentNode;
    parent.insertBefore(next, el);
    return {
      kind: 'label-order',
      detail: `${snippet(next.textContent)} moved above ${snippet(el.textContent)}`,
      undo: () => {
        parent.insertBefore(el, next);
      },
    };
  },
};

/** One to three wording changes, and a function that restores the page exactly. */
export function reword(doc: Document, platform: Platform, r: Rng): { applied: WordingApplied[]; undo(): void } {
  const count = 1 + r.int(3);
  const done: Done[] = [];
  for (let attempt = 0; done.length < count && attempt < count * 6; attempt++) {
    const one = MUTATORS[r.pick(WORDING_KINDS)](doc, platform, r);
    if (one) done.push(one);
  }
  return {
    applied: done.map(({ kind, detail }) => ({ kind, detail })),
    undo: () => {
      for (const one of done.reverse()) one.undo();
    },
  };
}
