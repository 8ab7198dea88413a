/**
 * The last step of a verdict: its texts worded for the page they are shown on. The tables write
 * each text once; this step, and only this step, adapts it:
 * - the side of the page: a text written for a seller page is said as its buyer-page wording on a
 *   buyer page (a dropshipper's supplier order), or left out there (BUYER_PAGE_WORDING in parts.ts);
 * - the person's store: on a supplier order, a text that names Shopify takes its words for another
 *   store or for none (STORE_WORDING), and with no store the messages to a store customer go;
 * - the spelling of the English texts: the marketplace's own (see spellingFor).
 * A verdict's texts come from its rule row (and a few figures), and a page is one of few wording cases, so the engine
 * words each row's texts once per case and keeps them (engine.ts); `wordVerdict` words a whole verdict text by text, and is
 * what those kept texts are made with and tested against.
 */
import { BUYER_PAGE_WORDING, STORE_WORDING } from './parts';
import { hasOtherSpelling, respell } from './spelling';
import type { Consequence, LocalizedText, Perspective, Platform, StorePlatform, Verdict } from './types';
import { STORE_PLATFORMS } from './types';

export type Spelling = 'american' | 'british';

/**
 * Amazon marketplaces whose English pages spell "cancelled", "cancelling": the UK (help PNRJVBQMJRS942V in en_GB:
 * "be cancelled. Cancelling …", the reason "Buyer Cancelled"; docs/reader-evidence.md) and India (help 200285210:
 * "auto-cancelled", "if cancelled on or before the ESD"; reference §1.4). Amazon's other English pages write
 * "canceled": the US and Canada, and the English help of Germany and Japan too (en_DE, en_JP: "Buyer Canceled").
 */
const BRITISH_AMAZON: ReadonlySet<string> = new Set(['amazon.co.uk', 'amazon.in']);

/**
 * The English spelling a page's texts follow. Amazon: its marketplace's (an unnamed one is Amazon's default,
 * "canceled"). Shopify's admin writes "Canceled"; AliExpress and 1688 show an ended order as "Closed" (交易关闭),
 * with no spelling of their own, and a dropshipper's next step is in their (Shopify) store, so they follow it.
 */
export function spellingFor(platform: Platform, marketplace: string | undefined): Spelling {
  return platform === 'amazon' && marketplace !== undefined && BRITISH_AMAZON.has(marketplace) ? 'british' : 'american';
}

/** One English text in the given spelling: the marketplace's (the word pairs are in ./spelling.ts). */
export { respell } from './spelling';

export interface WordingContext {
  platform: Platform;
  perspective: Perspective;
  /** Lower-case marketplace host, when known. */
  marketplace: string | undefined;
  /** The person's store platform; absent: the texts name Shopify (seed 004). */
  store: StorePlatform | undefined;
}

/** Respelled texts, once per text and spelling (a list page judges hundreds of orders with the same texts). */
const RESPELLED: Record<Spelling, WeakMap<LocalizedText, LocalizedText>> = { american: new WeakMap(), british: new WeakMap() };

function spelled(text: LocalizedText, spelling: Spelling): LocalizedText {
  // Most texts have no word to respell: one scan (about 0.4 µs) returns them as they are, and keeps texts built per
  // order, which no later verdict asks for again, out of the cache.
  if (!hasOtherSpelling(text.en, spelling)) return text;
  const cached = RESPELLED[spelling].get(text);
  if (cached) return cached;
  const en = respell(text.en, spelling);
  const out = en === text.en ? text : Object.freeze({ en, zh: text.zh });
  RESPELLED[spelling].set(text, out);
  return out;
}

/**
 * What the wording of a text reads from its page, reduced to what can change a word: the spelling, the side of the
 * page and, on a buyer page only, the person's store. There are few such cases, each one object made here once, so
 * texts worded for a case can be kept per case and handed to every later verdict of that case.
 */
export interface WordingCase {
  /** Its place in WORDING_CASES: where per-case results sit in a small array. */
  readonly index: number;
  readonly spelling: Spelling;
  readonly onBuyerPage: boolean;
  /** The store matters only on a supplier order: the seller pages are the store, or Amazon. */
  readonly store: StorePlatform | undefined;
  /** Consequences worded for this case (null: not said), each worded and copied once, not per verdict. */
  readonly consequences: WeakMap<Consequence, Consequence | null>;
  /** Texts worded for this case (null: not said): the deadlines' texts, worded once rather than for every verdict. */
  readonly texts: WeakMap<LocalizedText, LocalizedText | null>;
}

/** The sides of a page: the seller page, then the buyer page with the store unsaid and with each store setting. */
const SIDES: ReadonlyArray<{ onBuyerPage: boolean; store: StorePlatform | undefined }> = [
  { onBuyerPage: false, store: undefined },
  { onBuyerPage: true, store: undefined },
  ...STORE_PLATFORMS.map((store) => ({ onBuyerPage: true, store })),
];

const SPELLINGS: readonly Spelling[] = ['american', 'british'];

const WORDING_CASES: readonly WordingCase[] = Object.freeze(
  SPELLINGS.flatMap((spelling, s) =>
    SIDES.map((side, i) =>
      Object.freeze({ index: s * SIDES.length + i, spelling, ...side, consequences: new WeakMap(), texts: new WeakMap() }),
    ),
  ),
);

/** The number of wording cases: the length of a per-case array. */
export const WORDING_CASE_COUNT = WORDING_CASES.length;

/** The wording case of a page. */
export function wordingCase(ctx: WordingContext): WordingCase {
  const spelling = spellingFor(ctx.platform, ctx.marketplace) === 'british' ? SIDES.length : 0;
  const side = ctx.perspective === 'buyer' ? 1 + (ctx.store === undefined ? 0 : 1 + STORE_PLATFORMS.indexOf(ctx.store)) : 0;
  return WORDING_CASES[spelling + side] as WordingCase;
}

/** One text worded for a case; null: the text is not said on this page. */
function wordText(text: LocalizedText, c: WordingCase): LocalizedText | null {
  let t: LocalizedText | null = text;
  if (c.onBuyerPage && BUYER_PAGE_WORDING.has(t)) t = BUYER_PAGE_WORDING.get(t) ?? null;
  if (t !== null && c.store !== undefined && c.store !== 'shopify') {
    const forStores = STORE_WORDING.get(t);
    if (forStores) t = c.store === 'other' ? forStores.other : forStores.none;
  }
  return t === null ? null : spelled(t, c.spelling);
}

/** wordText, kept per text and case: for texts shown on many orders (a deadline's), which are one object each. */
export function wordTextOnce(text: LocalizedText, c: WordingCase): LocalizedText | null {
  const known = c.texts.get(text);
  if (known !== undefined) return known;
  const out = wordText(text, c);
  c.texts.set(text, out);
  return out;
}

/**
 * A consequence worded for a case (null: not said): itself when its text stays, else a frozen copy, made once per
 * consequence and case (the consequences built from settings are one object per figure, parts.ts).
 */
export function wordConsequence(c: Consequence, wc: WordingCase): Consequence | null {
  const known = wc.consequences.get(c);
  if (known !== undefined) return known;
  const text = wordText(c.text, wc);
  const out = text === c.text ? c : text === null ? null : Object.freeze({ ...c, text });
  wc.consequences.set(c, out);
  return out;
}

/** Customer messages of a supplier order are those to the dropshipper's Shopify customer (src/templates). */
const STORE_CUSTOMER_TEMPLATE = /^shopify\./;

/**
 * The verdict with its texts worded for the page's case (its spelling, side and store), text by text; the verdict
 * itself when nothing changes.
 */
export function wordVerdict(verdict: Verdict, c: WordingCase): Verdict {
  const word = (text: LocalizedText): LocalizedText | null => wordText(text, c);
  // Arrays and the verdict are copied only when a text changed.
  let changed = false;
  const kept = <T>(items: readonly T[], textOf: (item: T) => LocalizedText, withText: (item: T, text: LocalizedText) => T): T[] => {
    let out: T[] | null = null;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as T;
      const text = textOf(item);
      const worded = word(text);
      if (worded === text) {
        out?.push(item);
        continue;
      }
      out ??= items.slice(0, i);
      if (worded !== null) out.push(withText(item, worded));
    }
    if (out === null) return items as T[];
    changed = true;
    return out;
  };
  const headline = word(verdict.headline) ?? verdict.headline;
  const steps = kept(
    verdict.steps,
    (s) => s,
    (_s, text) => text,
  );
  const consequences = kept(
    verdict.consequences,
    (k) => k.text,
    (k, text) => ({ ...k, text }),
  );
  const deadlines = kept(
    verdict.deadlines,
    (d) => d.text,
    (d, text) => ({ ...d, text }),
  );
  const followUps = kept(
    verdict.followUps,
    (f) => f.text,
    (f, text) => ({ ...f, text }),
  );
  const templates = c.store === 'none' ? verdict.templates.filter((id) => !STORE_CUSTOMER_TEMPLATE.test(id)) : verdict.templates;
  const reason = verdict.reason && (word(verdict.reason) ?? verdict.reason);
  const outcomeNote = verdict.outcomeNote && (word(verdict.outcomeNote) ?? verdict.outcomeNote);
  if (
    !changed &&
    headline === verdict.headline &&
    templates.length === verdict.templates.length &&
    reason === verdict.reason &&
    outcomeNote === verdict.outcomeNote
  ) {
    return verdict;
  }
  const out: Verdict = { ...verdict, headline, steps, consequences, deadlines, followUps, templates };
  if (reason) out.reason = reason;
  if (outcomeNote) out.outcomeNote = outcomeNote;
  return out;
}
