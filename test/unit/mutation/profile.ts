/**
 * What the mutation tests need per platform. Each platform keeps its own in its test folder
 * (test/unit/platforms/<site>/mutation.ts), so adding a platform edits nothing here; a platform
 * the rules know without one fails loudly.
 */
import type { PageReader } from '../../../src/platforms/types';
import { PLATFORMS, type Platform } from '../../../src/rules/types';

export interface MutationProfile {
  /** The moment the platform's fixtures were saved at (their dates are written around it). */
  now: Date;
  /** The readers the content script would try, on this clock. */
  readers: PageReader[];
  /**
   * Status words, from the readers' vocabularies. Used two ways: a word found in a text node is
   * garbled (the status becomes unreadable); a word of another stage is planted only in text that
   * held no status word, where a reader must not count it.
   */
  statusWords: readonly string[];
  /**
   * Facts a page states by their mere presence: a buyer's cancellation request, fulfilment by the
   * platform, a refund or fulfilment in progress. Without them the page is another valid order (one
   * with no request, fulfilled by the seller …), which no reader can tell from this one, so the
   * mutations that destroy text never destroy these; renames and reorders still may move them.
   */
  signals: RegExp;
}

const found = import.meta.glob<MutationProfile>('../platforms/*/mutation.ts', { eager: true, import: 'mutationProfile' });

export const PROFILES = Object.fromEntries(
  PLATFORMS.map((platform) => {
    const profile = found[`../platforms/${platform}/mutation.ts`];
    if (!profile) throw new Error(`test/unit/platforms/${platform}/mutation.ts is missing (the mutation tests need it)`);
    return [platform, profile];
  }),
) as Record<Platform, MutationProfile>;
