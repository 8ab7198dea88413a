/**
 * The page's status word as history keeps it. A reader hands over the status exactly as the page
 * shows it (the hint shows it so); history stores only what identifies the state: the word in
 * Unicode's compatibility form (full-width letters and digits folded, as 1688 and AliExpress pages
 * mix them), one space between words, no control characters, and at most STATUS_WORD_MAX
 * characters. A page that puts a paragraph, a buyer's message or invisible characters where its
 * status belongs leaves no more than a status-sized trace.
 */
import { matchKey } from '../platforms/text';

/** Longer than any status word of the platforms' vocabularies (src/platforms/<site>/), shorter than a sentence. */
export const STATUS_WORD_MAX = 80;

const CONTROL_OR_SPACE = /[\s\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]+/g;

export function statusWord(text: string): string {
  const word = text.normalize('NFKC').replace(CONTROL_OR_SPACE, ' ').trim();
  const chars = Array.from(word); // never split a surrogate pair
  return chars.length <= STATUS_WORD_MAX
    ? word
    : `${chars
        .slice(0, STATUS_WORD_MAX - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * A word a person may teach (src/history/taught-words.ts): the status word in the form history keeps, when it is
 * status-sized (never cut: a shortened word would never match the page again) and has letters; null otherwise.
 * The word comes from page text, so it is bounded here, at every door that takes one (messages, imported files).
 */
export function teachableWord(text: string): string | null {
  const word = text.normalize('NFKC').replace(CONTROL_OR_SPACE, ' ').trim();
  return Array.from(word).length > STATUS_WORD_MAX || matchKey(word) === '' ? null : word;
}
