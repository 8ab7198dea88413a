/**
 * Vite plugin: `import strings from '…/messages.json?hint'` gives the catalogue without the strings
 * that only extension pages use (options, statistics, history, popup, manual picker). The in-page
 * hint ships inside every seller page's content script, so it carries only what it can show;
 * extension pages add the rest (src/ui/page-strings.ts).
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Key prefixes of strings that only extension pages show. */
export const PAGE_ONLY_PREFIXES = ['options_', 'stats_', 'history_', 'popup_', 'manual_'] as const;
/** Page-prefixed keys the hint's components still use. */
export const HINT_KEEPS = ['popup_pick_by_hand'] as const;

export function isHintKey(key: string): boolean {
  return (HINT_KEEPS as readonly string[]).includes(key) || !PAGE_ONLY_PREFIXES.some((p) => key.startsWith(p));
}

export function hintSubset(catalogue: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(catalogue).filter(([key]) => isHintKey(key)));
}

export function localeSubset(): Plugin {
  const SUFFIX = '?hint';
  return {
    name: 'coc-locale-subset',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.endsWith(`messages.json${SUFFIX}`)) return null;
      const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
      return resolved ? `${resolved.id}${SUFFIX}` : null;
    },
    load(id) {
      if (!id.endsWith(`messages.json${SUFFIX}`)) return null;
      const file = id.slice(0, -SUFFIX.length);
      this.addWatchFile(file);
      const subset = hintSubset(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
      return `export default ${JSON.stringify(subset)};`;
    },
  };
}
