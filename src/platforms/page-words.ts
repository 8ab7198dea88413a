/**
 * The words a page sample may keep, per platform (src/content/page-sample): the readers' own vocabularies — status
 * words, labels, column headings, buttons, codes — gathered from their tables, never retyped, plus the few headings a
 * fixture needs to be readable by a person. An allow-list: any other text on the page is replaced.
 *
 * Only the page sample's code (loaded on its button's click) imports this: no seller page carries these lists until then.
 * Static imports: the sample's part is one self-contained script (scripts/vite/content-scripts.ts), which allows no
 * dynamic import.
 */
import type { Platform } from '../rules/types';
import { pageWords as alibaba1688PageWords } from './1688/page-words';
import { pageWords as aliexpressPageWords } from './aliexpress/page-words';
import { pageWords as amazonPageWords } from './amazon/page-words';
import { pageWords as shopifyPageWords } from './shopify/page-words';

export interface PageWords {
  /** Words and phrases, as `matchKey`s (../platforms/text.ts): kept wherever the page writes them. */
  words: readonly string[];
  /**
   * Sentences a reader recognises by pattern (a buyer's cancellation banner): tested on `matchKey`s, the words the
   * pattern matches are kept, every other word around them is replaced.
   */
  patterns: readonly RegExp[];
  /** Path segments of the platform's order-page URLs (`orders-v3`, `detail.html`): kept in URLs, the rest replaced. */
  pathWords: readonly string[];
}

export const PAGE_WORDS: Readonly<Record<Platform, PageWords>> = {
  amazon: amazonPageWords,
  aliexpress: aliexpressPageWords,
  '1688': alibaba1688PageWords,
  shopify: shopifyPageWords,
};
