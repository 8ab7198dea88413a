/**
 * Turns a template into plain text for one order. Rendering is string substitution only: one
 * pass over the body, so a value that itself contains "{orderId}" stays literal. Values are
 * sanitised (see sanitize.ts); anything missing shows as a bracketed marker in the message's
 * language and is listed in `missing`, so the seller sees what to fill in before sending.
 */
import type { CustomTemplate, RenderedMessage } from '../messages/protocol';
import { platformDefinition } from '../platforms/registry';
import type { OrderSnapshot } from '../rules/types';
import { respell, type Spelling, spellingFor } from '../rules/wording';
import { checkAmazonCompliance } from './compliance';
import { TEMPLATE_IDS, type TemplateId } from './ids';
import { formatDate } from './dates';
import { languagesOf, TEMPLATES } from './library';
import { missingMarker } from './markers';
import { sanitizeValue } from './sanitize';
import { isLanguage, isPlaceholder, type Language, type MessageTemplate, type Placeholder, type TemplateValues } from './types';

const SLOT = /\{([A-Za-z]+)\}/g;

export const isTemplateId = (id: string): id is TemplateId => Object.hasOwn(TEMPLATE_IDS, id);

/**
 * Renders one template. A language the template lacks falls back to its first language. English bodies take the
 * page's spelling (the same step as the verdict's texts: "cancelled" to a UK buyer); filled-in values stay as given.
 */
export function renderTemplate(id: TemplateId, language: string, values: TemplateValues, spelling?: Spelling): RenderedMessage {
  const template = TEMPLATES[id];
  const used = pickLanguage(template, language);
  const body = template.bodies[used] ?? '';
  const { text, missing } = fill(used === 'en' && spelling ? respell(body, spelling) : body, used, values);
  return { id, language: used, audience: template.audience, title: { ...template.title }, text, missing };
}

/** One pass of substitution: known slots get sanitised values or a visible marker; anything else stays literal. */
function fill(body: string, language: Language, values: TemplateValues): { text: string; missing: Placeholder[] } {
  const missing: Placeholder[] = [];
  const text = body.replace(SLOT, (slot, name: string) => {
    if (!isPlaceholder(name)) return slot;
    const value = sanitizeValue(Object.hasOwn(values, name) ? values[name] : undefined);
    if (value !== undefined) return value;
    if (!missing.includes(name)) missing.push(name);
    return missingMarker(name, language);
  });
  return { text, missing };
}

export interface MessagesForOptions {
  /** Preferred message language; used when a template has it, otherwise the platform default. */
  language?: string;
  /** Values the snapshot cannot supply (store name, item title, tracking number …); they win over snapshot values. */
  values?: TemplateValues;
  /** The person's own templates; those that fit the verdict are rendered after the built-ins. */
  custom?: readonly CustomTemplate[];
}

/**
 * Renders the messages for one order. Built-ins that do not fit the order (`fitsOrder`) are left
 * out. The list holds, in this order:
 * 1. each known built-in id once, in the language its reader most likely reads (the default);
 * 2. the person's custom templates that fit (see `fitsVerdict`), each in its own language;
 * 3. the same built-ins again in each other language they are written in, so the interface can
 *    switch a message's language without bundling the template library into the content script.
 * The first message with a given id is its default; `groupMessages` in src/ui reads it that way.
 */
export function messagesFor(templateIds: readonly string[], snapshot: OrderSnapshot, opts: MessagesForOptions = {}): RenderedMessage[] {
  const known = templateIds.filter(isTemplateId).filter((id) => fitsOrder(TEMPLATES[id], snapshot));
  const valuesIn = (language: Language): TemplateValues => ({ ...snapshotValues(snapshot, language), ...opts.values });
  const spelling = spellingFor(snapshot.platform, snapshot.marketplace?.trim().toLowerCase());
  const primary = known.map((id) => {
    const language = chooseLanguage(TEMPLATES[id], snapshot, opts.language);
    return renderTemplate(id, language, valuesIn(language), spelling);
  });
  const custom = (opts.custom ?? [])
    .filter((c) => fitsVerdict(c, snapshot, known))
    .map((c) => renderCustom(c, valuesIn(isLanguage(c.language) ? c.language : 'en')));
  const alternates = primary.flatMap((first) =>
    languagesOf(TEMPLATES[first.id as TemplateId])
      .filter((language) => language !== first.language)
      .map((language) => renderTemplate(first.id as TemplateId, language, valuesIn(language), spelling)),
  );
  return [...primary, ...custom, ...alternates];
}

/** The page's side as its platform declares it: whom the person writes to, and whether they dropship. */
const sideOf = (snapshot: OrderSnapshot) => platformDefinition(snapshot.platform).perspectives[snapshot.perspective];

/**
 * Whether a built-in template is written for this order: its platform, in the page's direction
 * (so shared rows can list one template per platform and direction). On a supplier order (a
 * dropshipping side, e.g. AliExpress or 1688 as a buyer) the dropshipper also writes to their own Shopify customer.
 */
export function fitsOrder(template: MessageTemplate, snapshot: OrderSnapshot): boolean {
  const side = sideOf(snapshot);
  if (template.platform === snapshot.platform) return template.audience === side?.writesTo;
  return template.platform === 'shopify' && template.audience === 'customer' && side?.dropshipping === true;
}

/**
 * A custom template is offered for its own platform only: beside the built-in ids it names, or
 * for every verdict of that platform when it names none.
 */
export function fitsVerdict(template: CustomTemplate, snapshot: OrderSnapshot, templateIds: readonly string[]): boolean {
  if (template.platform !== snapshot.platform) return false;
  return template.situations.length === 0 || template.situations.some((s) => templateIds.includes(s));
}

/**
 * Same renderer and placeholders as the built-ins. Amazon texts are checked against the
 * messaging rules after filling, since a value (a store name with a web address) can break them too.
 */
export function renderCustom(template: CustomTemplate, values: TemplateValues): RenderedMessage {
  const language = isLanguage(template.language) ? template.language : 'en';
  const { text, missing } = fill(template.body, language, values);
  const message: RenderedMessage = {
    id: template.id ?? 'custom',
    language: template.language,
    audience: template.audience,
    title: { en: template.title, zh: template.title },
    text,
    missing,
  };
  if (template.platform === 'amazon') {
    const { problems } = checkAmazonCompliance(text, { answersBuyerCancelRequest: answersBuyerCancelRequest(template.situations) });
    if (problems.length > 0) message.problems = problems;
  }
  return message;
}

/**
 * Whether a custom template offered beside these built-in ids answers the buyer's own wish to
 * cancel (then it may tell them how to request it); the compliance check reads this.
 */
export function answersBuyerCancelRequest(situations: readonly string[]): boolean {
  return situations.some((id) => isTemplateId(id) && TEMPLATES[id].answersBuyerCancelRequest === true);
}

/**
 * The preferred language when the template has it; else the language the platform says the other
 * party reads (Amazon: the marketplace's; AliExpress: the buyer's country or site); else the first
 * language the platform writes to this audience in.
 */
function chooseLanguage(template: MessageTemplate, snapshot: OrderSnapshot, preferred: string | undefined): Language {
  if (preferred !== undefined && isLanguage(preferred) && template.bodies[preferred] !== undefined) return preferred;
  const platform = platformDefinition(template.platform);
  return platform.messageLanguage?.(snapshot, template.audience) ?? platform.templateLanguages[template.audience]?.[0] ?? 'en';
}

function snapshotValues(snapshot: OrderSnapshot, language: Language): TemplateValues {
  return {
    orderId: snapshot.orderId,
    // The product name(s) the page shows; absent, {item} stays a blank for the person to fill.
    item: snapshot.itemTitle,
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
