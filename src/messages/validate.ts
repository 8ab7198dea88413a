/**
 * Runtime validation of every message on arrival. Hand-written (no schema library) so the
 * content script stays small. Each validator returns the typed value or a reason string.
 */
import { PERSPECTIVES, PLATFORMS, STAGES, type OrderSnapshot, type Settings } from '../rules/types';
import { LANGUAGES } from '../templates/types';
import { AMAZON_SELLER_HOSTS } from '../platforms/amazon/hosts';
import { MAX_BATCH, STORE_PLATFORMS, type CustomTemplate, type HistoryActionRequest, type UserSettings, type WorkerMessage } from './protocol';

type Check<T> = { ok: true; value: T } | { ok: false; error: string };

const MAX_TEXT = 2_000;
const MAX_URL = 4_096;
const MAX_MISSING = 50;
/** Upper bound for list sizes in requests: a history page never needs more. */
const MAX_LIMIT = 1_000;

export const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export const isShortString = (x: unknown, max = MAX_TEXT): x is string => typeof x === 'string' && x.length <= max;

export const isOneOf = <T extends string>(list: readonly T[], x: unknown): x is T =>
  typeof x === 'string' && (list as readonly string[]).includes(x);

/** ISO-8601 date string that parses to a real time. */
export const isIsoDate = (x: unknown): x is string =>
  typeof x === 'string' && x.length <= 40 && /^\d{4}-\d{2}-\d{2}T/.test(x) && !Number.isNaN(Date.parse(x));

const OPTIONAL_DATES = ['orderedAt', 'shipBy', 'deliverBy', 'autoCancelAt', 'deadlineAt'] as const;
const OPTIONAL_TEXTS = ['marketplace', 'endReason'] as const;
const OPTIONAL_FLAGS = ['fulfillmentInProgress', 'refundInProgress'] as const;

export function checkSnapshot(x: unknown): Check<OrderSnapshot> {
  if (!isObject(x)) return { ok: false, error: 'snapshot is not an object' };
  if (!isOneOf(PLATFORMS, x.platform)) return { ok: false, error: 'snapshot.platform is not a known platform' };
  if (!isOneOf(PERSPECTIVES, x.perspective)) return { ok: false, error: 'snapshot.perspective is invalid' };
  if (!isShortString(x.orderId, 100)) return { ok: false, error: 'snapshot.orderId is not a short string' };
  if (!isOneOf(STAGES, x.stage)) return { ok: false, error: 'snapshot.stage is not a known stage' };
  if (!isShortString(x.nativeStatus)) return { ok: false, error: 'snapshot.nativeStatus is not a short string' };
  if (typeof x.cancelRequested !== 'boolean') return { ok: false, error: 'snapshot.cancelRequested is not a boolean' };
  if (x.fulfilledBy !== undefined && x.fulfilledBy !== 'merchant' && x.fulfilledBy !== 'platform')
    return { ok: false, error: 'snapshot.fulfilledBy is invalid' };
  for (const k of OPTIONAL_DATES)
    if (x[k] !== undefined && !isIsoDate(x[k])) return { ok: false, error: `snapshot.${k} is not an ISO date` };
  for (const k of OPTIONAL_TEXTS)
    if (x[k] !== undefined && !isShortString(x[k], 200)) return { ok: false, error: `snapshot.${k} is not a short string` };
  for (const k of OPTIONAL_FLAGS)
    if (x[k] !== undefined && typeof x[k] !== 'boolean') return { ok: false, error: `snapshot.${k} is not a boolean` };
  if (x.itemCount !== undefined && !(Number.isInteger(x.itemCount) && (x.itemCount as number) >= 0 && (x.itemCount as number) < 10_000))
    return { ok: false, error: 'snapshot.itemCount is invalid' };
  const s = x.source;
  if (!isObject(s) || !isShortString(s.url, MAX_URL) || !isShortString(s.reader, 100))
    return { ok: false, error: 'snapshot.source is invalid' };
  if (!Array.isArray(s.missing) || s.missing.length > MAX_MISSING || !s.missing.every((m) => isShortString(m, 100)))
    return { ok: false, error: 'snapshot.source.missing is invalid' };
  return { ok: true, value: x as unknown as OrderSnapshot };
}

export function checkWorkerRequest(x: unknown): Check<WorkerMessage> {
  if (!isObject(x)) return { ok: false, error: 'message is not an object' };
  switch (x.kind) {
    case 'evaluate': {
      if (typeof x.record !== 'boolean') return { ok: false, error: 'evaluate.record is not a boolean' };
      const snap = checkSnapshot(x.snapshot);
      if (!snap.ok) return snap;
      return { ok: true, value: { kind: 'evaluate', snapshot: snap.value, record: x.record } };
    }
    case 'evaluate-many': {
      if (typeof x.record !== 'boolean' || typeof x.messages !== 'boolean')
        return { ok: false, error: 'evaluate-many.record and .messages must be booleans' };
      if (!Array.isArray(x.snapshots) || x.snapshots.length === 0 || x.snapshots.length > MAX_BATCH)
        return { ok: false, error: `evaluate-many.snapshots must hold 1 to ${MAX_BATCH} snapshots` };
      const snapshots: OrderSnapshot[] = [];
      for (const [i, raw] of x.snapshots.entries()) {
        const snap = checkSnapshot(raw);
        if (!snap.ok) return { ok: false, error: `snapshots[${i}]: ${snap.error}` };
        snapshots.push(snap.value);
      }
      return { ok: true, value: { kind: 'evaluate-many', snapshots, record: x.record, messages: x.messages } };
    }
    case 'history/order':
      if (!isOneOf(PLATFORMS, x.platform) || !isShortString(x.orderId, 100))
        return { ok: false, error: 'history/order needs a platform and an orderId' };
      return { ok: true, value: { kind: 'history/order', platform: x.platform, orderId: x.orderId } };
    case 'history/recent':
      if (!(Number.isInteger(x.limit) && (x.limit as number) > 0 && (x.limit as number) <= MAX_LIMIT))
        return { ok: false, error: 'history/recent.limit is invalid' };
      return { ok: true, value: { kind: 'history/recent', limit: x.limit as number } };
    case 'settings/get':
      return { ok: true, value: { kind: 'settings/get' } };
    case 'settings/set': {
      const settings = checkUserSettings(x.settings);
      return settings.ok ? { ok: true, value: { kind: 'settings/set', settings: settings.value } } : settings;
    }
    case 'templates/list':
      return { ok: true, value: { kind: 'templates/list' } };
    case 'templates/save': {
      const template = checkCustomTemplate(x.template);
      return template.ok ? { ok: true, value: { kind: 'templates/save', template: template.value } } : template;
    }
    case 'templates/delete':
      if (!isCustomId(x.id)) return { ok: false, error: 'templates/delete.id is not a custom template id' };
      return { ok: true, value: { kind: 'templates/delete', id: x.id } };
    case 'history/action': {
      if (!isOneOf(PLATFORMS, x.platform) || !isOrderId(x.orderId))
        return { ok: false, error: 'history/action needs a platform and an orderId' };
      const action = checkOrderAction(x.action);
      if (!action.ok) return action;
      return { ok: true, value: { kind: 'history/action', platform: x.platform, orderId: x.orderId, action: action.value } };
    }
    case 'history/follow-up-done':
      if (!isOneOf(PLATFORMS, x.platform) || !isOrderId(x.orderId) || !isToken(x.followUpId))
        return { ok: false, error: 'history/follow-up-done needs a platform, an orderId and a followUpId' };
      return {
        ok: true,
        value: { kind: 'history/follow-up-done', platform: x.platform, orderId: x.orderId, followUpId: x.followUpId },
      };
    case 'history/stats':
      return { ok: true, value: { kind: 'history/stats' } };
    case 'history/export':
      if (x.format !== 'json' && x.format !== 'csv') return { ok: false, error: 'history/export.format must be json or csv' };
      return { ok: true, value: { kind: 'history/export', format: x.format } };
    case 'history/import':
      // The file's records are validated one by one by the importer (src/history/import.ts).
      if (!isShortString(x.text, MAX_IMPORT_CHARS)) return { ok: false, error: 'history/import.text is not text or is too large' };
      return { ok: true, value: { kind: 'history/import', text: x.text } };
    case 'history/delete-all':
      return { ok: true, value: { kind: 'history/delete-all' } };
    case 'diagnostics':
      return { ok: true, value: { kind: 'diagnostics' } };
    default:
      return { ok: false, error: 'unknown message kind' };
  }
}

// ---- settings, custom templates, history actions ----------------------------------------------

/** Chrome caps a runtime message at 64 MiB; an export of a two-year history fits well below. */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;
export const MAX_TEMPLATE_BODY = 5_000;
export const MAX_TEMPLATE_TITLE = 120;
const MAX_SITUATIONS = 50;
export const MIN_RETENTION_DAYS = 7;
export const MAX_RETENTION_DAYS = 3_650;

/**
 * The largest sane override of each rule setting, in the unit SETTING_DEFS gives it (beyond it, a
 * typo rather than a policy). Written out rather than read from src/rules/settings.ts so the
 * content script, which shares this module, does not carry the rule sources; the compiler checks
 * the keys against `Settings`, a unit test checks them against SETTING_DEFS.
 */
export const RULE_SETTING_MAX: Readonly<Record<keyof Settings, number>> = {
  amazonBuyerSelfCancelMinutes: 7 * 24 * 60, // minutes
  amazonAutoCancelDaysAfterShipBy: 60, // business days
  amazonPendingMaxDays: 365, // days
  amazonCancellationRateTargetPct: 100, // percent
  aliexpressCancelResponseHours: 30 * 24, // hours
  aliexpressRiskControlHours: 30 * 24, // hours
  aliexpressPayDays: 365, // days
  aliexpressTrackingWaitWorkingDays: 60, // working days
  aliexpressRefundMinWorkingDays: 60, // working days
  aliexpressRefundMaxWorkingDays: 60, // working days
};
const isRuleSetting = (key: string): key is keyof Settings => Object.hasOwn(RULE_SETTING_MAX, key);

/** Marketplaces served by the Seller Central hosts we read, e.g. 'amazon.de'. */
const AMAZON_MARKETPLACES: ReadonlySet<string> = new Set(
  AMAZON_SELLER_HOSTS.filter((h) => h.startsWith('sellercentral.amazon.')).map((h) => h.slice('sellercentral.'.length)),
);

/** Control characters other than tab and line breaks: never part of a message anyone writes. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const isPlainText = (x: unknown, max: number, min = 0): x is string =>
  typeof x === 'string' && x.length >= min && x.length <= max && !CONTROL.test(x);
const isOrderId = (x: unknown): x is string => isShortString(x, 100) && x.trim() !== '';
/** Ids such as follow-up ids and template ids: short, no spaces. */
const isToken = (x: unknown): x is string => typeof x === 'string' && /^[A-Za-z0-9][\w.:-]{0,99}$/.test(x);
export const isCustomId = (x: unknown): x is string => typeof x === 'string' && /^custom:[1-9]\d{0,9}$/.test(x);

export function checkUserSettings(x: unknown): Check<UserSettings> {
  if (!isObject(x)) return { ok: false, error: 'settings is not an object' };
  for (const key of Object.keys(x))
    if (!['rules', 'uiLang', 'messageLanguage', 'defaultMarketplace', 'retentionDays', 'storeName', 'storePlatform'].includes(key))
      return { ok: false, error: `settings.${key} is not a setting` };
  if (!isObject(x.rules)) return { ok: false, error: 'settings.rules is not an object' };
  const rules: Partial<Settings> = {};
  for (const [key, value] of Object.entries(x.rules)) {
    if (!isRuleSetting(key)) return { ok: false, error: `settings.rules.${key} is not a rule setting` };
    const max = RULE_SETTING_MAX[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max)
      return { ok: false, error: `settings.rules.${key} must be a number from 0 to ${max}` };
    rules[key] = value;
  }
  const settings: UserSettings = { rules };
  if (x.uiLang !== undefined) {
    if (x.uiLang !== 'en' && x.uiLang !== 'zh') return { ok: false, error: 'settings.uiLang must be en or zh' };
    settings.uiLang = x.uiLang;
  }
  if (x.messageLanguage !== undefined) {
    if (!isOneOf(LANGUAGES, x.messageLanguage)) return { ok: false, error: 'settings.messageLanguage is not a template language' };
    settings.messageLanguage = x.messageLanguage;
  }
  if (x.defaultMarketplace !== undefined) {
    if (typeof x.defaultMarketplace !== 'string' || !AMAZON_MARKETPLACES.has(x.defaultMarketplace))
      return { ok: false, error: 'settings.defaultMarketplace is not an Amazon marketplace such as amazon.de' };
    settings.defaultMarketplace = x.defaultMarketplace;
  }
  if (x.retentionDays !== undefined) {
    const days = x.retentionDays;
    if (!(Number.isInteger(days) && (days as number) >= MIN_RETENTION_DAYS && (days as number) <= MAX_RETENTION_DAYS))
      return { ok: false, error: `settings.retentionDays must be a whole number from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}` };
    settings.retentionDays = days as number;
  }
  if (x.storeName !== undefined) {
    if (!isPlainText(x.storeName, 100) || /[\r\n]/.test(x.storeName))
      return { ok: false, error: 'settings.storeName must be one line of at most 100 characters' };
    settings.storeName = x.storeName;
  }
  if (x.storePlatform !== undefined) {
    if (!isOneOf(STORE_PLATFORMS, x.storePlatform)) return { ok: false, error: 'settings.storePlatform must be shopify, other or none' };
    settings.storePlatform = x.storePlatform;
  }
  return { ok: true, value: settings };
}

export function checkCustomTemplate(x: unknown): Check<CustomTemplate> {
  if (!isObject(x)) return { ok: false, error: 'template is not an object' };
  if (x.id !== undefined && !isCustomId(x.id)) return { ok: false, error: 'template.id is not a custom template id' };
  if (!isOneOf(PLATFORMS, x.platform)) return { ok: false, error: 'template.platform is not a known platform' };
  if (x.audience !== 'buyer' && x.audience !== 'supplier' && x.audience !== 'customer')
    return { ok: false, error: 'template.audience must be buyer, supplier or customer' };
  if (!isOneOf(LANGUAGES, x.language)) return { ok: false, error: 'template.language is not a template language' };
  if (!isPlainText(x.title, MAX_TEMPLATE_TITLE, 1) || x.title.trim() === '' || /[\r\n]/.test(x.title))
    return { ok: false, error: `template.title must be one line of 1 to ${MAX_TEMPLATE_TITLE} characters` };
  if (!isPlainText(x.body, MAX_TEMPLATE_BODY, 1) || x.body.trim() === '')
    return { ok: false, error: `template.body must be plain text of 1 to ${MAX_TEMPLATE_BODY} characters` };
  if (!Array.isArray(x.situations) || x.situations.length > MAX_SITUATIONS || !x.situations.every(isToken))
    return { ok: false, error: 'template.situations must be a list of template ids' };
  if (x.updatedAt !== undefined && !isIsoDate(x.updatedAt)) return { ok: false, error: 'template.updatedAt is not an ISO date' };
  const template: CustomTemplate = {
    platform: x.platform,
    audience: x.audience,
    language: x.language,
    title: x.title,
    body: x.body,
    situations: [...(x.situations as string[])],
  };
  if (x.id !== undefined) template.id = x.id;
  if (x.updatedAt !== undefined) template.updatedAt = x.updatedAt;
  return { ok: true, value: template };
}

export function checkOrderAction(x: unknown): Check<HistoryActionRequest['action']> {
  if (!isObject(x) || !isObject(x.payload)) return { ok: false, error: 'action needs a kind and a payload' };
  const p = x.payload;
  switch (x.kind) {
    case 'step-ticked':
      if (!(Number.isInteger(p.step) && (p.step as number) >= 0 && (p.step as number) < 100) || typeof p.ticked !== 'boolean')
        return { ok: false, error: 'step-ticked needs a step number and ticked' };
      return { ok: true, value: { kind: 'step-ticked', payload: { step: p.step as number, ticked: p.ticked } } };
    case 'message-copied':
    case 'message-inserted':
      if (!isToken(p.templateId) || !isOneOf(LANGUAGES, p.language))
        return { ok: false, error: `${x.kind} needs a templateId and a language` };
      return { ok: true, value: { kind: x.kind, payload: { templateId: p.templateId, language: p.language } } };
    case 'reason-recorded':
      if (!isPlainText(p.reason, 200, 1) || p.reason.trim() === '') return { ok: false, error: 'reason-recorded needs a reason of at most 200 characters' };
      return { ok: true, value: { kind: 'reason-recorded', payload: { reason: p.reason.trim() } } };
    case 'note':
      if (!isPlainText(p.text, MAX_TEXT, 1)) return { ok: false, error: `note needs text of at most ${MAX_TEXT} characters` };
      return { ok: true, value: { kind: 'note', payload: { text: p.text } } };
    default:
      return { ok: false, error: 'action.kind is not a known action' };
  }
}
