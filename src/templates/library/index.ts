/**
 * The whole library keyed by id, and the languages each platform's templates promise
 * (a unit test checks every template against its promise).
 */
import type { TemplateId } from '../ids';
import type { Language, MessageTemplate } from '../types';
import { AMAZON_LANGUAGES, AMAZON_TEMPLATES } from './amazon';
import { ALIEXPRESS_SELLER_LANGUAGES, ALIEXPRESS_SUPPLIER_LANGUAGES, ALIEXPRESS_TEMPLATES } from './aliexpress';
import { LANGUAGES_1688, TEMPLATES_1688 } from './1688';
import { SHOPIFY_LANGUAGES, SHOPIFY_TEMPLATES } from './shopify';

const ALL: readonly MessageTemplate[] = [
  ...AMAZON_TEMPLATES,
  ...ALIEXPRESS_TEMPLATES,
  ...TEMPLATES_1688,
  ...SHOPIFY_TEMPLATES,
];

/** Every catalogue id maps to its template; the library unit test proves none is missing. */
export const TEMPLATES = Object.freeze(Object.fromEntries(ALL.map((t) => [t.id, t]))) as Readonly<
  Record<TemplateId, MessageTemplate>
>;

/** The templates as written, for tests and documentation. */
export const ALL_TEMPLATES = ALL;

/** Languages a template promises, by platform and audience, in fallback order. */
export function promisedLanguages(template: MessageTemplate): readonly Language[] {
  switch (template.platform) {
    case 'amazon':
      return AMAZON_LANGUAGES;
    case 'aliexpress':
      return template.audience === 'supplier' ? ALIEXPRESS_SUPPLIER_LANGUAGES : ALIEXPRESS_SELLER_LANGUAGES;
    case '1688':
      return LANGUAGES_1688;
    case 'shopify':
      return SHOPIFY_LANGUAGES;
  }
}

/** A template's languages in the order its bodies were written; the first is the fallback. */
export const languagesOf = (template: MessageTemplate): Language[] => Object.keys(template.bodies) as Language[];
