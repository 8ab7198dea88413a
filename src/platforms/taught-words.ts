/**
 * Words a person taught: a status word the built-in vocabulary did not know, and the stage they said it means, per
 * platform. Readers consult them only after their own tables, so a taught word never overrides what the evidence
 * says; an untaught unknown word stays 'unknown'. The content script loads the person's words before the first
 * read (`teachWords`); readers stay pure functions of the page and these words.
 */
import type { Platform, Stage } from '../rules/types';
import { matchKey } from './text';

/** One taught word as stored: the word as the page showed it, and what the person said it means. */
export interface TaughtWord {
  word: string;
  stage: Stage;
}

const taught = new Map<Platform, ReadonlyMap<string, Stage>>();

/**
 * Replaces a platform's taught words. Keys are `matchKey`s, so a word taught as "En Espera" also reads "en espera".
 * 'unknown' is never a meaning one can teach, and a word taught twice keeps its last answer.
 */
export function teachWords(platform: Platform, words: readonly TaughtWord[]): void {
  const map = new Map<string, Stage>();
  for (const { word, stage } of words) {
    const key = matchKey(word);
    if (key !== '' && stage !== 'unknown') map.set(key, stage);
  }
  taught.set(platform, map);
}

/** The stage a person taught for this word on this platform, if any. */
export function taughtStage(platform: Platform, word: string | null | undefined): Stage | undefined {
  return taught.get(platform)?.get(matchKey(word));
}

/**
 * Runs `read` as if the person had taught nothing for this platform: which words of a status the built-in vocabulary
 * knows, so the hint can say which of them the verdict owes to a word the person taught.
 */
export function withoutTaught<T>(platform: Platform, read: () => T): T {
  const words = taught.get(platform);
  taught.delete(platform);
  try {
    return read();
  } finally {
    if (words) taught.set(platform, words);
  }
}
