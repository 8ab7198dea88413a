/**
 * The part of a snapshot's native status a seller sees on the page. Readers keep the platform's own status code from
 * the page's data beside its words (IN_CANCEL, waitbuyerpay); a code is not what the page shows, so a text for the
 * seller quotes only the words. Here, in the rules, because a verdict's reason quotes them too (src/rules/engine.ts).
 */

/** A status code as a page's data writes it: SNAKE_CASE, camelCase or a lower-case run with no space. */
const isCode = (word: string): boolean =>
  !/\s/.test(word) && (/^[A-Z0-9]+(?:_[A-Z0-9]+)+$/.test(word) || /^[a-z]+(?:[A-Z_][a-z]+)*$/.test(word));

/** The status words of `native` a seller can find on the page, comma-joined; '' when it holds codes only. */
export function shownStatus(native: string): string {
  return native
    .split(/\s*[,;]\s*/)
    .filter((word) => word !== '' && !isCode(word))
    .join(', ');
}
