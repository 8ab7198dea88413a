/**
 * Shapes of the message-template library. A template is data: who receives it, a title in the
 * interface languages, and one plain-text body per language with `{placeholder}` slots.
 */
import type { LocalizedText, Platform } from '../rules/types';
import type { TemplateId } from './ids';

/** Languages any template body may be written in. */
/** 'pt' bodies are written as Brazilian Portuguese (Amazon.com.br, AliExpress Brazil). */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja', 'pt', 'ru', 'zh', 'nl', 'pl', 'sv', 'tr', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every slot a body may use; the renderer fills them from a values object. */
export const PLACEHOLDERS = ['orderId', 'item', 'orderDate', 'shipBy', 'refundDays', 'trackingNumber', 'storeName', 'buyerName'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export type Audience = 'buyer' | 'supplier' | 'customer';

export interface MessageTemplate {
  id: TemplateId;
  platform: Platform;
  audience: Audience;
  title: LocalizedText;
  /**
   * Body per language. Key order matters: the first key is the fallback language when a
   * requested language is missing.
   */
  bodies: Readonly<Partial<Record<Language, string>>>;
  /**
   * The message answers the buyer's own wish to cancel, so it may tell them how to cancel or
   * request the cancellation (the compliance check allows that only here).
   */
  answersBuyerCancelRequest?: true;
}

/** Values for the placeholders, as plain text. Anything absent renders as a visible marker. */
export type TemplateValues = Partial<Record<Placeholder, string | number | null | undefined>>;

export const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);
export const isPlaceholder = (value: string): value is Placeholder => (PLACEHOLDERS as readonly string[]).includes(value);
