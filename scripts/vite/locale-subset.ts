/**
 * Vite plugin: `import strings from '…/messages.json?hint'` gives the catalogue without the strings
 * that only extension pages use (options, statistics, history, popup, manual picker) and without
 * those only the content script's lazy parts show; `…?card` gives the unfolded hint's, loaded with
 * its code (src/content/hint/hint-ui.tsx), and `…?summary` a list's summary's (page-summary.ts).
 * The compact bar ships inside every seller page's content script, so it carries only what it can
 * show; extension pages add the rest (src/ui/page-strings.ts).
 *
 * The content script itself carries even less: `…?hint-first` is what a hint can say before any verdict has
 * arrived (the order could not be read, the extension did not answer or was updated), in both languages; the
 * verdict bar's strings (`…?hint-verdict`) come from the worker with the page's first verdicts, in the one
 * language the page shows them in (src/background/bar-strings.ts, src/content/hint/strings.ts).
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Key prefixes of strings that only extension pages show. */
export const PAGE_ONLY_PREFIXES = ['options_', 'stats_', 'history_', 'popup_', 'manual_', 'unit_name_', 'perspective_'] as const;
/** Page-prefixed keys the hint's components still use. */
export const HINT_KEEPS = ['popup_pick_by_hand'] as const;

/** Strings for the manifest only (chrome.i18n reads them from _locales): in no bundle. */
export const MANIFEST_ONLY = ['extName', 'extDescription', 'actionTitle'] as const;
/** Key prefixes (and keys) of strings only the unfolded hint (the verdict card, its messages) shows. */
export const CARD_PREFIXES = [
  'audience_',
  'blank_',
  'blanks_',
  'copy',
  'insert',
  'section_',
  'template_',
  'outcome_',
  'steps_',
  'follow_up_',
  'order_',
  'sources_',
  'deadline_from_page',
  'close_details',
  'collapse',
  'language',
  'message_language',
  'unknown_reason_fallback',
  'hint_reading',
  'popup_pick_by_hand',
  'teach_',
  'chain_',
  'remind_',
  'copied',
  'stage_',
  'actor_',
  'sample_',
] as const;

/** Key prefixes of strings only a list page's summary shows (loaded with its code). */
export const SUMMARY_PREFIXES = ['summary_'] as const;

/**
 * The compact bar's strings a hint needs with no verdict: the bar that says the order could not be read or judged
 * (src/content/hint/bar.ts `unreadableBar`), its dismiss button and its page-sample button. Drawn with no answer
 * from the worker (or none possible: an orphaned tab), so every content script carries them in both languages.
 */
export const HINT_FIRST_KEYS = [
  'hint_region',
  'action_unknown',
  'hint_unreadable',
  'unknown_pick_by_hand',
  'dismiss',
  'page_sample_save',
  'page_sample_saved',
  'page_sample_failed',
] as const;

const isPageOnly = (key: string): boolean =>
  (MANIFEST_ONLY as readonly string[]).includes(key) ||
  (!(HINT_KEEPS as readonly string[]).includes(key) && PAGE_ONLY_PREFIXES.some((p) => key.startsWith(p)));

/** Shown by the unfolded hint only (loaded with its code). */
export const isCardKey = (key: string): boolean => !isPageOnly(key) && CARD_PREFIXES.some((p) => key.startsWith(p));

/** Shown by a list page's summary only (loaded with its code). */
export const isSummaryKey = (key: string): boolean => !isPageOnly(key) && SUMMARY_PREFIXES.some((p) => key.startsWith(p));

/** Shown by the compact bar (in every seller page's content script). */
export const isHintKey = (key: string): boolean => !isPageOnly(key) && !isCardKey(key) && !isSummaryKey(key);

/** Needed before any verdict: in every content script, both languages. */
export const isHintFirstKey = (key: string): boolean => isHintKey(key) && (HINT_FIRST_KEYS as readonly string[]).includes(key);

/** The verdict bar's: sent by the worker with the first verdicts, in the page's language. */
export const isHintVerdictKey = (key: string): boolean => isHintKey(key) && !isHintFirstKey(key);

export function hintSubset(catalogue: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(catalogue).filter(([key]) => isHintKey(key)));
}

export function cardSubset(catalogue: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(catalogue).filter(([key]) => isCardKey(key)));
}

export function summarySubset(catalogue: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(catalogue).filter(([key]) => isSummaryKey(key)));
}

export function hintFirstSubset(catalogue: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(catalogue).filter(([key]) => isHintFirstKey(key)));
}

export function hintVerdictSubset(catalogue: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(catalogue).filter(([key]) => isHintVerdictKey(key)));
}

const SUBSETS: Record<string, (catalogue: Record<string, unknown>) => Record<string, unknown>> = {
  '?hint': hintSubset,
  '?hint-first': hintFirstSubset,
  '?hint-verdict': hintVerdictSubset,
  '?card': cardSubset,
  '?summary': summarySubset,
};
const suffixOf = (id: string): string | undefined => Object.keys(SUBSETS).find((suffix) => id.endsWith(`messages.json${suffix}`));

export function localeSubset(): Plugin {
  return {
    name: 'coc-locale-subset',
    enforce: 'pre',
    async resolveId(source, importer) {
      const suffix = suffixOf(source);
      if (!suffix) return null;
      const resolved = await this.resolve(source.slice(0, -suffix.length), importer, { skipSelf: true });
      return resolved ? `${resolved.id}${suffix}` : null;
    },
    load(id) {
      const suffix = suffixOf(id);
      if (!suffix) return null;
      const file = id.slice(0, -suffix.length);
      this.addWatchFile(file);
      const subset = SUBSETS[suffix]!(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
      return `export default ${JSON.stringify(subset)};`;
    },
  };
}
