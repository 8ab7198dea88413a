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
  | OrderActionBase<'step-ticked', { step: number }>
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

export type WorkerRequest = EvaluateRequest | HistoryOrderRequest | HistoryRecentRequest;
export type ContentRequest = PageOrdersRequest;

/** Maps each request kind to its answer type, for typed senders. */
export interface AnswerOf {
  evaluate: EvaluateAnswer;
  'history/order': OrderHistory;
  'history/recent': OrderRecord[];
  'page/orders': PageOrders;
}
