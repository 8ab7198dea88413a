/**
 * Turns a template into plain text for one order. Rendering is string substitution only: one
 * pass over the body, so a value that itself contains "{orderId}" stays literal. Values are
 * sanitised (see sanitize.ts); anything missing shows as a bracketed marker in the message's
 * language and is listed in `missing`, so the seller sees what to fill in before sending.
 */
import type { RenderedMessage } from '../messages/protocol';
import type { OrderSnapshot } from '../rules/types';
import { TEMPLATE_IDS, type TemplateId } from './ids';
import { formatDate } from './dates';
import { languagesOf, TEMPLATES } from './library';
import { missingMarker } from './markers';
import { sanitizeValue } from './sanitize';
import { isLanguage, isPlaceholder, type Language, type MessageTemplate, type Placeholder, type TemplateValues } from './types';

const SLOT = /\{([A-Za-z]+)\}/g;

export const isTemplateId = (id: string): id is TemplateId => Object.hasOwn(TEMPLATE_IDS, id);

/** Renders one template. A language the template lacks falls back to its first language. */
export function renderTemplate(id: TemplateId, language: string, values: TemplateValues): RenderedMessage {
  const template = TEMPLATES[id];
  const used = pickLanguage(template, language);
  const body = template.bodies[used] ?? '';
  const missing: Placeholder[] = [];
  const text = body.replace(SLOT, (slot, name: string) => {
    if (!isPlaceholder(name)) return slot;
    const value = sanitizeValue(Object.hasOwn(values, name) ? values[name] : undefined);
    if (value !== undefined) return value;
    if (!missing.includes(name)) missing.push(name);
    return missingMarker(name, used);
  });
  return { id, language: used, audience: template.audience, title: { ...template.title }, text, missing };
}

export interface MessagesForOptions {
  /** Preferred message language; used when a template has it, otherwise the platform default. */
  language?: string;
  /** Values the snapshot cannot supply (store name, item title, tracking number …); they win over snapshot values. */
  values?: TemplateValues;
}

/** Renders every known id for one order, each in the language its reader most likely reads. */
export function messagesFor(
  templateIds: readonly string[],
  snapshot: OrderSnapshot,
  opts: MessagesForOptions = {},
): RenderedMessage[] {
  const messages: RenderedMessage[] = [];
  for (const id of templateIds) {
    if (!isTemplateId(id)) continue;
    const template = TEMPLATES[id];
    const language = chooseLanguage(template, snapshot, opts.language);
    messages.push(renderTemplate(id, language, { ...snapshotValues(snapshot, language), ...opts.values }));
  }
  return messages;
}

/** The marketplace's language for Amazon; only a few marketplaces are not English. */
export function amazonMarketplaceLanguage(marketplace: string | undefined): Language {
  const host = (marketplace ?? '').trim().toLowerCase();
  if (host.endsWith('.de')) return 'de';
  if (host.endsWith('.fr')) return 'fr';
  if (host.endsWith('.es') || host.endsWith('.com.mx')) return 'es';
  if (host.endsWith('.it')) return 'it';
  if (host.endsWith('.co.jp')) return 'ja';
  return 'en';
}

function chooseLanguage(template: MessageTemplate, snapshot: OrderSnapshot, preferred: string | undefined): Language {
  if (preferred !== undefined && isLanguage(preferred) && template.bodies[preferred] !== undefined) return preferred;
  switch (template.platform) {
    case 'amazon':
      return amazonMarketplaceLanguage(snapshot.marketplace);
    case '1688':
      return 'zh';
    case 'aliexpress':
    case 'shopify':
      return 'en';
  }
}

function snapshotValues(snapshot: OrderSnapshot, language: Language): TemplateValues {
  return {
    orderId: snapshot.orderId,
    orderDate: formatDate(snapshot.orderedAt, language),
    shipBy: formatDate(snapshot.shipBy, language),
  };
}

function pickLanguage(template: MessageTemplate, requested: string): Language {
  if (isLanguage(requested) && template.bodies[requested] !== undefined) return requested;
  const first = languagesOf(template)[0];
  // Every template has at least one body (unit-tested); 'en' only satisfies the type checker.
  return first ?? 'en';
}

