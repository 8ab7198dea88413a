/**
 * The whole library keyed by id, and the languages each template promises: its platform's
 * `templateLanguages` for its audience (a unit test checks every template against its promise).
 */
import { platformDefinition } from '../../platforms/registry';
import type { TemplateId } from '../ids';
import type { Language, MessageTemplate } from '../types';
import { AMAZON_TEMPLATES } from './amazon';
import { ALIEXPRESS_TEMPLATES } from './aliexpress';
import { TEMPLATES_1688 } from './1688';
import { SHOPIFY_TEMPLATES } from './shopify';

const ALL: readonly MessageTemplate[] = [...AMAZON_TEMPLATES, ...ALIEXPRESS_TEMPLATES, ...TEMPLATES_1688, ...SHOPIFY_TEMPLATES];

/** Every catalogue id maps to its template; the library unit test proves none is missing. */
export const TEMPLATES = Object.freeze(Object.fromEntries(ALL.map((t) => [t.id, t]))) as Readonly<Record<TemplateId, MessageTemplate>>;

/** The templates as written, for tests and documentation. */
export const ALL_TEMPLATES = ALL;

/** Languages a template promises, by platform and audience, in fallback order. */
export function promisedLanguages(template: MessageTemplate): readonly Language[] {
  return platformDefinition(template.platform).templateLanguages[template.audience] ?? [];
}

/** A template's languages in the order its bodies were written; the first is the fallback. */
export const languagesOf = (template: MessageTemplate): Language[] => Object.keys(template.bodies) as Language[];
