/**
 * The words a page sample may keep, per platform (src/content/page-sample): the readers' own vocabularies — status
 * words, labels, column headings, buttons, codes — gathered from their tables, never retyped, plus the few headings a
 * fixture needs to be readable by a person. An allow-list: any other text on the page is replaced.
 *
 * Each platform's words load on their own (a dynamic import): a page sample of an Amazon page carries no 1688 table.
 */
import type { Platform } from '../rules/types';

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

export const PAGE_WORDS: Readonly<Record<Platform, () => Promise<PageWords>>> = {
  amazon: () => import('./amazon/page-words').then((m) => m.amazonPageWords),
  aliexpress: () => import('./aliexpress/page-words').then((m) => m.aliexpressPageWords),
  '1688': () => import('./1688/page-words').then((m) => m.alibaba1688PageWords),
  shopify: () => import('./shopify/page-words').then((m) => m.shopifyPageWords),
};
