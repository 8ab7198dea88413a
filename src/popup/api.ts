/**
 * The popup's only door to the rest of the extension. Each wrapper returns a Result and never
 * throws: a tab without a content script, a sleeping worker or a malformed answer all come back
 * as `{ ok: false, error }` for the page to explain.
 */
import { browser } from '../shared/browser';
import {
  fail,
  ok,
  type EvaluateAnswer,
  type EvaluateRequest,
  type HistoryOrderRequest,
  type OrderHistory,
  type PageOrders,
  type PageOrdersRequest,
  type Result,
} from '../messages/protocol';
import type { OrderSnapshot, Platform } from '../rules/types';

export interface ActiveTab {
  id: number;
  url: string;
}

/** What the popup needs from the extension; the store takes it as a parameter so tests can fake it. */
export interface PopupApi {
  activeTab(): Promise<Result<ActiveTab>>;
  pageOrders(tabId: number): Promise<Result<PageOrders>>;
  orderHistory(platform: Platform, orderId: string): Promise<Result<OrderHistory>>;
  evaluate(snapshot: OrderSnapshot): Promise<Result<EvaluateAnswer>>;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function isResult(answer: unknown): answer is Result<unknown> {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) return false;
  const a = answer as { ok: unknown; value?: unknown; error?: unknown };
  return a.ok === true ? 'value' in a : a.ok === false && typeof a.error === 'string';
}

/** Shape check of the envelope only; the payload is typed by the protocol. */
async function ask<T>(send: () => Promise<unknown>): Promise<Result<T>> {
  try {
    const answer = await send();
    return isResult(answer) ? (answer as Result<T>) : fail('no answer');
  } catch (e) {
    return fail(errorText(e));
  }
}

export const extensionApi: PopupApi = {
  async activeTab() {
    // `?tab=<id>` targets a given tab: the popup opened as a page (tests, "open in a tab") has no
    // seller tab of its own to be active in.
    const pinned = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(pinned) && pinned > 0) return ok({ id: pinned, url: '' });
    try {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return fail('no active tab');
      return ok({ id: tab.id, url: tab.url ?? '' });
    } catch (e) {
      return fail(errorText(e));
    }
  },
  pageOrders(tabId) {
    const request: PageOrdersRequest = { kind: 'page/orders' };
    return ask<PageOrders>(() => browser.tabs.sendMessage(tabId, request));
  },
  orderHistory(platform, orderId) {
    const request: HistoryOrderRequest = { kind: 'history/order', platform, orderId };
    return ask<OrderHistory>(() => browser.runtime.sendMessage(request));
  },
  evaluate(snapshot) {
    const request: EvaluateRequest = { kind: 'evaluate', snapshot, record: false };
    return ask<EvaluateAnswer>(() => browser.runtime.sendMessage(request));
  },
};
