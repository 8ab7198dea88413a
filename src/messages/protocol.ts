/**
 * The typed message protocol between the content script, the background worker and the
 * extension pages. Every message is a plain object with a `kind`; every answer is a `Result`
 * envelope, so errors travel back as values (never as thrown exceptions across contexts).
 *
 * Who sends what:
 * | kind            | from                  | to        | answer            |
 * |-----------------|-----------------------|-----------|-------------------|
 * | evaluate        | content, popup        | worker    | EvaluateAnswer    |
 * | history/order   | popup, options        | worker    | OrderHistory      |
 * | history/recent  | popup, options        | worker    | OrderRecord[]     |
 * | page/orders     | popup (tabs.sendMessage) | content | PageOrders      |
 * | diagnostics     | extension pages (tests) | worker  | Diagnostics     |
 */
import type { OrderSnapshot, Platform, Verdict } from '../rules/types';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** A message template rendered for one order, as plain text. */
export interface RenderedMessage {
  id: string;
  /** BCP-47-ish language code of `text`, e.g. 'en', 'de', 'zh'. */
  language: string;
  /** Who receives it. */
  audience: 'buyer' | 'supplier' | 'customer';
  /** Short label for the button/list, in the interface language pair. */
  title: { en: string; zh: string };
  text: string;
  /** Placeholders the order did not supply (shown as missing in `text`). */
  missing: string[];
  /** Set on a custom Amazon text that breaks the messaging rules; the interface flags it before copying. */
  problems?: Array<{ id: string; en: string; zh: string }>;
}

export interface EvaluateRequest {
  kind: 'evaluate';
  snapshot: OrderSnapshot;
  /** Record the observation in history (false for the manual state picker). */
  record: boolean;
}

export interface EvaluateAnswer {
  verdict: Verdict;
  messages: RenderedMessage[];
  /** Set when the observation could not be written (quota, IndexedDB unavailable). */
  historyError?: string;
}

/**
 * Every order a page shows, judged in one round trip (a list page has hundreds). Verdicts differ
 * between orders of the same rule only by their deadlines, so the answer sends each distinct verdict
 * once (`verdicts`, keyed) and per order only the key, the deadlines and (when asked) the messages.
 */
export interface EvaluateManyRequest {
  kind: 'evaluate-many';
  snapshots: OrderSnapshot[];
  /** Record the observations in history. */
  record: boolean;
  /** Render the fitting messages (a detail page wants them at once; a list row on unfold). */
  messages: boolean;
}

export interface EvaluateManyAnswer {
  verdicts: Record<string, Omit<Verdict, 'deadlines'>>;
  /** One per snapshot, in the request's order. */
  results: Array<{ verdict: string; deadlines: Verdict['deadlines']; messages: RenderedMessage[] }>;
  /**
   * The interface language chosen in the options, when one is: it comes with the verdicts so a
   * seller page draws its hints in it at once, with no second round trip to ask for the settings.
   */
  uiLang?: 'en' | 'zh';
}

/** At most this many snapshots in one evaluate-many (a seller list page shows up to a few hundred). */
export const MAX_BATCH = 1_000;

export interface OrderKey {
  platform: Platform;
  orderId: string;
}

export interface HistoryOrderRequest extends OrderKey {
  kind: 'history/order';
}

export interface HistoryRecentRequest {
  kind: 'history/recent';
  limit: number;
}

export interface OrderRecord {
  /** `${platform}:${orderId}` */
  key: string;
  platform: Platform;
  orderId: string;
  marketplace?: string;
  /** Who ships it, when a page said so (Amazon MFN vs FBA); used by the cancellation-rate estimate. */
  fulfilledBy?: 'merchant' | 'platform';
  stage: string;
  firstSeen: string;
  lastSeen: string;
  lastAction: string;
  lastRuleId: string;
}

export interface ObservationRecord {
  id?: number;
  orderKey: string;
  /** ISO time seen */
  at: string;
  stage: string;
  nativeStatus: string;
  cancelRequested: boolean;
  action: string;
  outcome: string | null;
  ruleId: string;
  rulesetVersion: string;
  url: string;
}

/** Something the person did for an order in the extension (never page text, never buyer data). */
export type OrderActionRecord =
  | OrderActionBase<'step-ticked', { step: number; ticked?: boolean }>
  | OrderActionBase<'message-copied', { templateId: string; language: string }>
  | OrderActionBase<'message-inserted', { templateId: string; language: string }>
  | OrderActionBase<'reason-recorded', { reason: string }>
  | OrderActionBase<'note', { text: string }>;

export interface OrderActionBase<K extends string, P> {
  id?: number;
  orderKey: string;
  /** ISO time done */
  at: string;
  kind: K;
  payload: P;
}

/** A reminder created when an order ends (check the refund arrived, adjust inventory …). */
export interface FollowUpRecord {
  seq?: number;
  orderKey: string;
  /** FollowUpId from the verdict, e.g. 'check-refund'. */
  id: string;
  text: { en: string; zh: string };
  /** ISO time created */
  createdAt: string;
  /** ISO time it becomes due */
  dueAt: string;
  /** ISO time marked done; null while open. */
  doneAt: string | null;
}

export interface OrderHistory {
  order: OrderRecord | null;
  observations: ObservationRecord[];
  /** What the person did for this order, oldest first. */
  actions?: OrderActionRecord[];
  /** Follow-ups not yet done, soonest due first. */
  followUps?: FollowUpRecord[];
}

export interface PageOrdersRequest {
  kind: 'page/orders';
}

export interface PageOrder {
  snapshot: OrderSnapshot;
  verdict: Verdict;
  messages: RenderedMessage[];
}

export interface PageOrders {
  /** 'reading' while the page's data has not rendered yet; 'unreadable' after giving up. */
  status: 'reading' | 'read' | 'unreadable' | 'not-an-order-page';
  url: string;
  orders: PageOrder[];
  /** Plain sentence for the person when status is 'unreadable'. */
  note?: string;
}

// ---- Settings (rule timers, interface, retention) --------------------------------------------

/** What the person set in the options page; every field optional, defaults apply when absent. */
export interface UserSettings {
  /** Overrides of the rules' named settings (src/rules/settings.ts SETTING_DEFS). */
  rules: Partial<import('../rules/types').Settings>;
  /** Interface language; absent: the browser's language. */
  uiLang?: 'en' | 'zh';
  /** Language for buyer/supplier messages; absent: the buyer's marketplace language. */
  messageLanguage?: string;
  /** Default Amazon marketplace when a page does not say, e.g. 'amazon.de'. */
  defaultMarketplace?: string;
  /** History retention in days (default 730 = two years). */
  retentionDays?: number;
  /** Text used for {storeName} in messages. */
  storeName?: string;
  /**
   * Where a dropshipper sells what they buy on AliExpress or 1688: advice names the store platform
   * only when the person uses one ('shopify'; 'other': a store, not Shopify; 'none': no store). Absent: not said.
   */
  storePlatform?: StorePlatform;
}

export const STORE_PLATFORMS = ['shopify', 'other', 'none'] as const;
export type StorePlatform = (typeof STORE_PLATFORMS)[number];

export interface SettingsGetRequest {
  kind: 'settings/get';
}
export interface SettingsSetRequest {
  kind: 'settings/set';
  /** Replaces the stored settings as a whole (validated). */
  settings: UserSettings;
}

// ---- Custom message templates ------------------------------------------------------------------

export interface CustomTemplate {
  /** 'custom:<n>' once saved; absent when creating. */
  id?: string;
  platform: Platform;
  audience: 'buyer' | 'supplier' | 'customer';
  /** Language code of the body, e.g. 'en', 'de', 'zh'. */
  language: string;
  title: string;
  /** Plain text with the same {placeholders} as the built-in templates. */
  body: string;
  /** Built-in template ids (or verdict situations) this template is offered beside. */
  situations: string[];
  updatedAt?: string;
}

export interface TemplatesListRequest {
  kind: 'templates/list';
}
export interface TemplatesSaveRequest {
  kind: 'templates/save';
  template: CustomTemplate;
}
export interface TemplatesDeleteRequest {
  kind: 'templates/delete';
  id: string;
}

// ---- History: actions, statistics, export/import, deletion ------------------------------------

export interface HistoryActionRequest {
  kind: 'history/action';
  platform: Platform;
  orderId: string;
  action:
    | { kind: 'step-ticked'; payload: { step: number; ticked: boolean } }
    | { kind: 'message-copied'; payload: { templateId: string; language: string } }
    | { kind: 'message-inserted'; payload: { templateId: string; language: string } }
    | { kind: 'reason-recorded'; payload: { reason: string } }
    | { kind: 'note'; payload: { text: string } };
}

export interface HistoryFollowUpDoneRequest {
  kind: 'history/follow-up-done';
  platform: Platform;
  orderId: string;
  followUpId: string;
}

export interface HistoryStatsRequest {
  kind: 'history/stats';
}

export interface HistoryStats {
  /** ISO time the figures were computed. */
  at: string;
  orders: number;
  /** Orders that ended canceled or closed, by platform → outcome → count. */
  endedByPlatform: Record<string, { canceled: number; closed: number }>;
  /** By recorded reason (or rule id when no reason was recorded). */
  endedByReason: Array<{ reason: string; count: number }>;
  /** Who initiated: 'seller' | 'buyer' | 'platform' | 'unknown' → count. */
  endedByInitiator: Record<string, number>;
  /** Amazon, last 7 days, orders seen: seller-initiated cancellations ÷ orders, percent. */
  amazonCancelRate7d: { orders: number; sellerCancellations: number; ratePct: number; warn: boolean };
  /** AliExpress seller-fault cancellations (non-fulfillment risk) in the last 30 days. */
  aliexpressSellerFault30d: number;
  /** Follow-ups not done yet. */
  openFollowUps: FollowUpRecord[];
  /** Cancellations per day over the last 30 days, oldest first, for a chart. */
  daily: Array<{ day: string; canceled: number; closed: number }>;
  /** Days the by-platform/reason/initiator breakdowns cover (orders that ended in that window). */
  windowDays?: number;
}

export interface HistoryExportRequest {
  kind: 'history/export';
  format: 'json' | 'csv';
}
export interface HistoryExport {
  filename: string;
  mime: string;
  text: string;
}

export interface HistoryImportRequest {
  kind: 'history/import';
  /** The text of a JSON export. */
  text: string;
}
export interface ImportReport {
  added: { orders: number; observations: number; actions: number; followUps: number; templates: number };
  skipped: Array<{ what: string; why: string }>;
  /** Records the database already held (importing the same file twice adds nothing). */
  alreadyPresent?: number;
}

export interface HistoryDeleteAllRequest {
  kind: 'history/delete-all';
}

// ---- Diagnostics (tests and support) ----------------------------------------------------------

/** Extension pages only: what the worker has refused since it last started. */
export interface DiagnosticsRequest {
  kind: 'diagnostics';
}
export interface Diagnostics {
  /** Messages from a sender that is not our own content script or extension page. */
  badSender: number;
  /** Messages from our own contexts that failed validation. */
  badMessage: number;
}

export type WorkerRequest =
  | EvaluateRequest
  | EvaluateManyRequest
  | HistoryOrderRequest
  | HistoryRecentRequest
  | SettingsGetRequest
  | SettingsSetRequest
  | TemplatesListRequest
  | TemplatesSaveRequest
  | TemplatesDeleteRequest
  | HistoryActionRequest
  | HistoryFollowUpDoneRequest
  | HistoryStatsRequest
  | HistoryExportRequest
  | HistoryImportRequest
  | HistoryDeleteAllRequest;
/** Everything the worker accepts: the routed requests, and diagnostics, which it answers itself. */
export type WorkerMessage = WorkerRequest | DiagnosticsRequest;
export type ContentRequest = PageOrdersRequest;

/** Maps each request kind to its answer type, for typed senders. */
export interface AnswerOf {
  evaluate: EvaluateAnswer;
  'evaluate-many': EvaluateManyAnswer;
  'history/order': OrderHistory;
  'history/recent': OrderRecord[];
  'page/orders': PageOrders;
  'settings/get': UserSettings;
  'settings/set': UserSettings;
  'templates/list': CustomTemplate[];
  'templates/save': CustomTemplate;
  'templates/delete': { deleted: boolean };
  'history/action': { recorded: boolean };
  'history/follow-up-done': { done: boolean };
  'history/stats': HistoryStats;
  'history/export': HistoryExport;
  'history/import': ImportReport;
  'history/delete-all': { deleted: boolean };
  diagnostics: Diagnostics;
}
