/**
 * Values come from seller pages, which are hostile text. A value is reduced to one line of
 * inert plain text: control characters become spaces, invisible format characters (bidi
 * overrides such as U+202E, zero-width characters, soft hyphens, BOM) are removed so nothing
 * can reorder or hide parts of the message, and the result is clipped.
 */

export const MAX_VALUE_LENGTH = 200;

const CONTROL_OR_LINE_BREAK = /[\p{Cc}\p{Zl}\p{Zp}]/gu;
/** Format characters (bidi controls, zero-width, soft hyphen) and lone surrogates. */
const INVISIBLE = /[\p{Cf}\p{Cs}]/gu;
const WHITESPACE_RUN = /\s+/gu;

/** Returns clean single-line text, or undefined when nothing usable is left. */
export function sanitizeValue(value: unknown, maxLength = MAX_VALUE_LENGTH): string | undefined {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' && Number.isFinite(value)) text = String(value);
  else return undefined;

  // Clip before the regex work so a 100 kB value costs no more than a short one.
  if (text.length > maxLength * 4) text = text.slice(0, maxLength * 4);
  const cleaned = text.replace(CONTROL_OR_LINE_BREAK, ' ').replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ').trim();
  if (cleaned === '') return undefined;
  return clip(cleaned, maxLength);
}

/** Clips by code points (never splits a surrogate pair) and marks the cut with an ellipsis. */
function clip(text: string, maxLength: number): string {
  const codePoints = Array.from(text);
  if (codePoints.length <= maxLength) return text;
  return `${codePoints
    .slice(0, maxLength - 1)
    .join('')
    .trimEnd()}…`;
}
