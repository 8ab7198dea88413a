/**
 * Status words the person taught (schema v8 `taughtWords`): a word a seller page showed that the built-in vocabulary
 * did not know, and the stage the person said it means, one row per platform and word. The content script loads a
 * platform's words before reading (src/content/session.ts); readers consult them only after their own tables
 * (src/platforms/taught-words.ts), so a taught word never overrides the vocabulary.
 */
import { MAX_TAUGHT_WORDS } from '../messages/schemas';
import type { TaughtWordEntry, TaughtWordRecord } from '../messages/protocol';
import type { Platform, Stage } from '../rules/types';
import { matchKey } from '../platforms/text';
import type { HistoryDb } from './db';

/** What a content script loads: the word as taught and its stage. */
const entryOf = ({ platform, word, stage }: TaughtWordRecord): TaughtWordEntry => ({ platform, word, stage });

/** One platform's taught words, as a content script loads them. */
export async function platformWords(db: HistoryDb, platform: Platform): Promise<TaughtWordEntry[]> {
  return (await db.taughtWords.where('platform').equals(platform).toArray()).map(entryOf);
}

/** The taught words of these platforms (a batch of snapshots is one platform's; the list is tiny). */
export async function wordsOf(db: HistoryDb, platforms: readonly Platform[]): Promise<TaughtWordEntry[]> {
  return (
    await db.taughtWords
      .where('platform')
      .anyOf([...new Set(platforms)])
      .toArray()
  ).map(entryOf);
}

/** Every taught word, newest first (the options page). */
export async function listWords(db: HistoryDb): Promise<TaughtWordRecord[]> {
  const rows = await db.taughtWords.toArray();
  return rows.sort((a, b) => b.at.localeCompare(a.at) || a.word.localeCompare(b.word));
}

/**
 * Teaches a word (the word is already bounded and normalised by its schema): a word taught again keeps the last
 * answer. Returns the platform's words after, or null when the platform has MAX_TAUGHT_WORDS already.
 */
export async function teachWord(
  db: HistoryDb,
  platform: Platform,
  word: string,
  stage: Stage,
  now: Date,
): Promise<TaughtWordEntry[] | null> {
  const key = matchKey(word);
  return db.transaction('rw', db.taughtWords, async () => {
    const known = await db.taughtWords.get([platform, key]);
    if (!known && (await db.taughtWords.where('platform').equals(platform).count()) >= MAX_TAUGHT_WORDS) return null;
    await db.taughtWords.put({ platform, key, word, stage, at: now.toISOString() });
    return platformWords(db, platform);
  });
}

/** Forgets a word (any spelling of it); returns the platform's words after. */
export async function forgetWord(db: HistoryDb, platform: Platform, word: string): Promise<TaughtWordEntry[]> {
  await db.taughtWords.delete([platform, matchKey(word)]);
  return platformWords(db, platform);
}
