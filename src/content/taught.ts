/**
 * The words the person taught, in a seller page's content script. They arrive with the verdicts of orders whose stage
 * is unknown (the worker sends them only then: a page whose words are all known pays nothing), or as the answer to
 * teaching or forgetting one; loading them lets the page's readers know them (src/platforms/taught-words.ts), and the
 * reading session reads again. Which of an order's status words are unknown, and which it owes to a taught word, is
 * what the hint offers to teach and what it owns up to.
 */
import type { TaughtWordEntry } from '../messages/protocol';
import { teachableWord } from '../history/status-word';
import { matchKey } from '../platforms/text';
import { taughtStage, teachWords, withoutTaught } from '../platforms/taught-words';
import type { OrderSnapshot, Platform } from '../rules/types';

/** The words loaded, as one comparable string: a repeated answer with the same words changes nothing. */
let loaded = '';
/** Whether the person's words came at all (maybe none): until then the worker does not record an unknown order it has words for. */
let arrived = false;

export const wordsArrived = (): boolean => arrived;

/** Loads the platform's words for its readers; whether they differ from those loaded before. */
export function loadTaught(platform: Platform, words: readonly TaughtWordEntry[]): boolean {
  arrived = true;
  const mine = words.filter((w) => w.platform === platform);
  const signature = mine
    .map((w) => `${matchKey(w.word)}\u0000${w.stage}`)
    .sort()
    .join('\n');
  if (signature === loaded) return false;
  loaded = signature;
  teachWords(platform, mine);
  return true;
}

/** The platform's "which status words does nothing know" (each platform's vocabulary), given by its content entry. */
type UnknownStatusWords = (nativeStatus: string) => string[];
let unknownStatusWords: UnknownStatusWords | null = null;

export function serveStatusWords(find: UnknownStatusWords): void {
  unknownStatusWords = find;
}

export interface OrderWords {
  /** Unknown to the vocabulary and not taught, status-sized and normalised: the hint offers to teach them. */
  unknownWords?: string[];
  /** Read through a word the person taught: the verdict rests on it, and the hint says so. */
  taughtWords?: TaughtWordEntry[];
}

/** What the hint says about an order's status words; nothing when the order owes nothing to words it did not know. */
export function orderWords(snapshot: OrderSnapshot): OrderWords {
  const find = unknownStatusWords;
  if (!find || snapshot.nativeStatus === '' || (snapshot.stage !== 'unknown' && loaded === '')) return {};
  const { platform } = snapshot;
  const notBuiltIn = withoutTaught(platform, () => find(snapshot.nativeStatus));
  const unknownWords: string[] = [];
  const taughtWords: TaughtWordEntry[] = [];
  for (const word of notBuiltIn) {
    const stage = taughtStage(platform, word);
    if (stage) taughtWords.push({ platform, word, stage });
    else if (snapshot.stage === 'unknown') {
      // A paragraph where the status belongs is no word to learn: the hint stays the plain unknown one.
      const teachable = teachableWord(word);
      if (teachable) unknownWords.push(teachable);
    }
  }
  return { ...(unknownWords.length > 0 && { unknownWords }), ...(taughtWords.length > 0 && { taughtWords }) };
}
