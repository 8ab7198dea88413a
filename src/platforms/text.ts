/**
 * Page text, one family for every reader. Page text is hostile: it is only ever read as text (text nodes and
 * attributes), never parsed as or turned into markup. Four jobs, four names:
 * - `textOf`: the text a node shows (our own hint and script/style/template/noscript never count);
 * - `displayText`: a string tidied for showing and storing (white space collapsed, trimmed);
 * - `searchableText`: a string to run patterns over (labels, ids, dates, countdowns): width folded, so full-width
 *   colons and digits are ASCII, punctuation and case kept;
 * - `matchKey`: the key two page words are compared by. Vocabulary tables build their keys with it too, so
 *   "Nicht versendet", "NICHT VERSENDET" and "nicht  versendet." are the same word.
 */

import { ITEM_TITLE_MAX } from '../rules/types';

/** Never page content: code, templates, and the hint we mount ourselves (it must not feed back into a read). */
export const NEVER_READ = 'script, style, template, noscript, cancel-or-close-hint';
const NEVER_READ_TAGS: ReadonlySet<string> = new Set(NEVER_READ.split(', '));

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

/**
 * The white space to replace by one space: runs of two or more, and any single one that is not a space (no-break and
 * ideographic spaces included: `\s` covers both). Replacing `/\s+/` would give the same text, but it also replaces
 * every single space by itself, so each line of page text would be copied; most lines need no change at all, and a
 * replace that finds nothing returns its text as it is (a list reads thousands of lines; a unit test proves the two
 * give the same text).
 */
export const SPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/gu;

/** White space collapsed to one space, trimmed; '' for null. */
export function displayText(text: string | null | undefined): string {
  return (text ?? '').replace(SPACE_TO_COLLAPSE, ' ').trim();
}

/** Printable ASCII only: NFKC, NFD and NFC leave it as it is and it has no diacritics to drop. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/u;

/**
 * Whether `text` is printable ASCII, which every Unicode normalisation leaves as it is: a reader may skip
 * `normalize` for it (the first call loads ICU's data, which an English page then never needs).
 */
export const isPrintableAscii = (text: string): boolean => PRINTABLE_ASCII.test(text);

/** `displayText` after NFKC: full-width letters, digits and punctuation ("：", "１２") become their ASCII forms. */
export function searchableText(text: string | null | undefined): string {
  const raw = text ?? '';
  // NFKC leaves printable ASCII as it is: most page text is, and a list normalises a few texts per row.
  return displayText(isPrintableAscii(raw) ? raw : raw.normalize('NFKC'));
}

/** Latin, Greek and Cyrillic accents after NFD. Japanese voicing marks (U+3099/309A) are not in this block: kept. */
const DIACRITICS = /[\u0300-\u036f]/gu;
const PUNCTUATION = /\p{P}+/gu;

/**
 * The key words are compared by: width (NFKC), case, diacritics, punctuation and white space folded; punctuation
 * becomes a space, so "buyer-requested" and "buyer requested" agree, and a trailing "." or "：" is gone.
 */
export function matchKey(text: string | null | undefined): string {
  const raw = text ?? '';
  const known = KEYS.get(raw);
  if (known !== undefined) return known;
  const key = foldKey(raw);
  // A list repeats the same few labels and statuses in every row: each is folded once. Long text
  // (a hostile page's 100 kB status) is folded every time, and the cache is bounded, never grown by the page.
  if (raw.length <= KEY_CACHE_TEXT_MAX) {
    if (KEYS.size >= KEY_CACHE_SIZE) KEYS.clear();
    KEYS.set(raw, key);
  }
  return key;
}

const KEYS = new Map<string, string>();
const KEY_CACHE_SIZE = 512;
const KEY_CACHE_TEXT_MAX = 200;

function foldKey(text: string): string {
  // Most words on a page and in the tables are plain ASCII: the three normalisations (and the ICU data the first
  // one loads, which costs a page load milliseconds) are skipped for them, with the same result (a unit test runs
  // every table word and ASCII character through both).
  if (isPrintableAscii(text)) return text.toLowerCase().replace(PUNCTUATION, ' ').replace(SPACE_TO_COLLAPSE, ' ').trim();
  return fullFold(text);
}

/** The fold for any text; `foldKey` takes a shorter way to the same key for printable ASCII. Exported for that test. */
export function fullFold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .normalize('NFC')
    .replace(PUNCTUATION, ' ')
    .replace(SPACE_TO_COLLAPSE, ' ')
    .trim();
}

export interface TextOptions {
  /**
   * Put between text nodes: ' ' keeps "订单号：" and "8123…" in sibling spans apart. Default '', which is what the
   * page shows for inline markup ("<b>Un</b>shipped").
   */
  separator?: string;
  /** Tag names (lower case) whose subtrees are skipped too, e.g. ['a'] to leave out link texts. */
  skip?: readonly string[];
}

/**
 * The text a node shows, as `displayText`: its light-DOM text nodes (what `textContent` gives), without NEVER_READ
 * subtrees and the `skip` tags. When there is nothing to skip and no separator this is `textContent` itself: the
 * Amazon list reads 500 rows, and a native read is much faster than a walk.
 */
export function textOf(node: Node | null | undefined, options: TextOptions = {}): string {
  if (!node) return '';
  if (node.nodeType === TEXT_NODE) return displayText(node.nodeValue);
  if (node.nodeType === DOCUMENT_NODE) return textOf((node as Document).documentElement, options);
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== FRAGMENT_NODE) return '';
  const separator = options.separator ?? '';
  const skip = options.skip ?? [];
  if (node.nodeType === ELEMENT_NODE && isSkipped(node as Element, skip)) return '';
  const container = node as ParentNode & Node;
  // A leaf (most status and value cells) has nothing to skip: no selector test at all.
  if (separator === '' && skip.length === 0 && (container.firstElementChild === null || container.querySelector(NEVER_READ) === null)) {
    return displayText(container.textContent);
  }
  const parts: string[] = [];
  const walk = (n: Node): void => {
    for (let child = n.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === ELEMENT_NODE && !isSkipped(child as Element, skip)) walk(child);
    }
  };
  walk(node);
  return displayText(parts.join(separator));
}

/**
 * The order's item title for OrderSnapshot.itemTitle, from the elements that show product names: each shown
 * text once, joined by "; ", clipped (with an ellipsis) to the snapshot's bound. Undefined when none shows text.
 * `within`: a selector for the name itself inside each element, when there is one.
 */
export function itemTitleOf(elements: Iterable<Element>, within?: string): string | undefined {
  const titles: string[] = [];
  for (const element of elements) {
    // The name's own element (the product link) when the cell holds more lines (ASIN, SKU, quantity).
    const title = textOf((within && element.querySelector(within)) || element);
    if (title !== '' && !titles.includes(title)) titles.push(title);
  }
  if (titles.length === 0) return undefined;
  const text = titles.length === 1 ? (titles[0] as string) : titles.join('; ');
  // A text of at most ITEM_TITLE_MAX code units has at most that many characters: nothing to cut, nothing to split.
  if (text.length <= ITEM_TITLE_MAX) return text;
  const characters = Array.from(text);
  return characters.length <= ITEM_TITLE_MAX
    ? text
    : `${characters
        .slice(0, ITEM_TITLE_MAX - 1)
        .join('')
        .trimEnd()}…`;
}

/** Whether an element's subtree is never page content (NEVER_READ). Tested by name: this runs over every node of a list. */
export const isNeverRead = (el: Element): boolean => NEVER_READ_TAGS.has(el.localName);

const isSkipped = (el: Element, skip: readonly string[]): boolean => isNeverRead(el) || skip.includes(el.localName);

/** Word → meaning by `matchKey`: what `meaningTable` builds and `lookupMeaning` reads; undefined for an unknown key. */
export type WordTable<T> = (key: string) => T | undefined;

/**
 * Word → meaning by `matchKey`, the shape every platform's vocabulary is built in. Two words that fold to one key
 * must mean the same: a table that says otherwise throws when it is built (test/unit/platforms/word-tables.test.ts
 * builds every table whole).
 *
 * Built at its first lookup, in two steps: the words written in plain ASCII first (a cheap fold), then, only when a
 * key is not among them, the rest (NFKC, NFD and NFC each). An English page finds its words in the first step, so a
 * page load folds no word it cannot meet; and a key found in the first step is the answer, since a word of the second
 * that folds to the same key must mean the same.
 */
export function meaningTable<T>(entries: ReadonlyArray<readonly [T, readonly string[]]>): WordTable<T> {
  const map = new Map<string, T>();
  /** 0: nothing added yet, 1: the ASCII words, 2: every word. */
  let step = 0;
  const add = (ascii: boolean) => {
    for (const [value, words] of entries)
      for (const word of words) {
        if (isPrintableAscii(word) !== ascii) continue;
        const key = matchKey(word);
        if (key === '' || map.get(key) !== (map.has(key) ? value : undefined))
          throw new Error(`vocabulary: "${word}" is empty or means two things`);
        map.set(key, value);
      }
    step += 1;
  };
  return (key) => {
    if (step === 0) add(true);
    const found = map.get(key);
    if (found !== undefined || step === 2) return found;
    add(false);
    return map.get(key);
  };
}

/**
 * A word looked up by meaning: the whole text first; then, for a sentence that holds a known phrase ("Ihre Zahlung
 * wird überprüft" holds "Zahlung wird überprüft"), the longest known phrase among its words, but only when every
 * other word is one of `filler` (pronouns, articles: words that cannot turn the phrase's meaning). Anything else
 * around the phrase ("nicht", "no", a date) leaves the text unknown: a negation next to a known word is not that word.
 */
export function lookupMeaning<T>(
  table: WordTable<T>,
  text: string | null | undefined,
  filler: ReadonlySet<string> = NO_FILLER,
): T | undefined {
  const key = matchKey(text);
  if (key === '') return undefined;
  const whole = table(key);
  if (whole !== undefined || filler.size === 0) return whole;
  const words = key.split(' ');
  for (let length = words.length - 1; length > 0; length -= 1) {
    for (let start = 0; start + length <= words.length; start += 1) {
      const found = table(words.slice(start, start + length).join(' '));
      if (found === undefined) continue;
      const rest = [...words.slice(0, start), ...words.slice(start + length)];
      if (rest.every((word) => filler.has(word))) return found;
    }
  }
  return undefined;
}

const NO_FILLER: ReadonlySet<string> = new Set();

/** A set of filler words, folded like every key. */
export const fillerWords = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(matchKey));
