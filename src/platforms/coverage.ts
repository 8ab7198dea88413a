/**
 * The shape every platform's word tables are written in, so that what the readers read can be listed per interface
 * language (docs/reader-coverage.md, written by `npm run readers:doc`) from the very tables they read with.
 *
 * A block is one interface language's words for one kind of thing (status words, row labels, values), grouped by
 * meaning, with the sources its words come from: a help page's address, a public repository's file, issue 14, or
 * docs/reader-evidence.md's mark for a word no source was found for. Readers build their lookup tables from the
 * blocks (`meaningTable`, at its first lookup). `lang` and `sources` are the coverage document's alone: the content scripts'
 * build cuts them out (scripts/vite/without-citations.ts), so readers must never read them.
 */

import { matchKey } from './text';

/** An interface language as Seller Central and AliExpress name it in their own `language=` codes: 'en', 'pt-BR'. */
export type InterfaceLanguage = string;

export interface LanguageBlock<M extends string> {
  lang: InterfaceLanguage;
  /** Where the words come from; an empty list means none was found (the words are an older table's). */
  sources: readonly string[];
  words: Partial<Readonly<Record<M, readonly string[]>>>;
}

/** A pattern read in one language (a sentence too varied for a word table: a banner), with its sources. */
export interface LanguagePattern {
  lang: InterfaceLanguage;
  sources: readonly string[];
  pattern: RegExp;
}

/** A language or layout searched for and not found: the readers leave it unknown rather than guess. */
export interface NotRead {
  lang: InterfaceLanguage;
  /** What is not read: "status words and labels", "order list rows (csp.aliexpress.com)". */
  what: string;
  /** What was searched and what was found instead. */
  searched: string;
}

/** The (meaning, words) pairs of a table's blocks, for `meaningTable`. */
export function meaningsOf<M extends string>(blocks: readonly LanguageBlock<M>[]): Array<readonly [M, readonly string[]]> {
  return blocks.flatMap((block) =>
    (Object.entries(block.words) as [M, readonly string[]][]).map(([meaning, words]) => [meaning, words] as const),
  );
}

/** Every word of the blocks, as `matchKey`s (the keys a `meaningTable` of them is built with): for the page sample. */
export const keysOf = (blocks: readonly LanguageBlock<string>[]): string[] =>
  meaningsOf(blocks).flatMap(([, words]) => words.map(matchKey));

/** Every word of the blocks for one meaning, in all languages. */
export function wordsFor<M extends string>(blocks: readonly LanguageBlock<M>[], meaning: M): string[] {
  return blocks.flatMap((block) => block.words[meaning] ?? []);
}
