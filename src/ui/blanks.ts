/**
 * The blanks a message still has (values the order did not supply, RenderedMessage.missing): named
 * in the interface language, filled in by the person, and marked in the preview. The renderer
 * writes each blank as a bracketed marker in the message's language (src/templates/markers.ts); the
 * same marker is what is replaced here, so a filled value lands exactly where the blank was.
 */
import { missingMarker } from '../templates/markers';
// Types only: the template library's values stay out of the pages and the hint that use this.
import type { Language, Placeholder } from '../templates/types';
import type { RenderedMessage } from '../messages/protocol';
import { t, type MessageKey, type UiLang } from './i18n';

const BLANK_KEYS: Record<Placeholder, MessageKey> = {
  orderId: 'blank_order_id',
  item: 'blank_item',
  orderDate: 'blank_order_date',
  shipBy: 'blank_ship_by',
  refundDays: 'blank_refund_days',
  trackingNumber: 'blank_tracking_number',
  storeName: 'blank_store_name',
  buyerName: 'blank_buyer_name',
};

const isPlaceholder = (name: string): name is Placeholder => Object.hasOwn(BLANK_KEYS, name);
const MESSAGE_LANGUAGES: readonly string[] = ['en', 'de', 'fr', 'es', 'it', 'ja', 'pt', 'ru', 'zh'] satisfies readonly Language[];
const isLanguage = (code: string): code is Language => MESSAGE_LANGUAGES.includes(code);

/** A blank's name for the person ("Item" / "商品名称"), never the template's field name. */
export function blankName(name: string, lang: UiLang): string {
  return isPlaceholder(name) ? t(BLANK_KEYS[name], lang) : t('blank_other', lang);
}

export type Fills = Readonly<Record<string, string>>;

/** The blanks of `m` still empty after the person's fills, in the message's order. */
export const remainingBlanks = (m: RenderedMessage, fills: Fills): string[] => m.missing.filter((name) => !(fills[name] ?? '').trim());

/** The message's text as pieces: plain text and blanks (filled or not), for a preview that marks them. */
export type Piece = { text: string; blank?: string };

export function pieces(m: RenderedMessage, fills: Fills): Piece[] {
  const language = isLanguage(m.language) ? m.language : 'en';
  let out: Piece[] = [{ text: m.text }];
  for (const name of m.missing) {
    if (!isPlaceholder(name)) continue;
    const marker = missingMarker(name, language);
    const value = (fills[name] ?? '').trim();
    out = out.flatMap((p) => {
      if (p.blank !== undefined) return [p];
      const parts = p.text.split(marker);
      return parts.flatMap((text, i) =>
        i === 0 ? [{ text }] : [value ? { text: value, blank: '' } : { text: marker, blank: name }, { text }],
      );
    });
  }
  return out.filter((p) => p.text !== '');
}

/** The text to copy or insert: every filled blank replaced by its value. */
export const filledText = (m: RenderedMessage, fills: Fills): string =>
  pieces(m, fills)
    .map((p) => p.text)
    .join('');
