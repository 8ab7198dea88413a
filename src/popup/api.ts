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
  type HistoryActionRequest,
  type HistoryStats,
  type OrderHistory,
  type PageOrders,
  type PageOrdersRequest,
  type Result,
  type UserSettings,
} from '../messages/protocol';
import type { OrderSnapshot, Platform } from '../rules/types';
import { ask, askWorker, errorText } from '../messages/client';

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
  stats(): Promise<Result<HistoryStats>>;
  settings(): Promise<Result<UserSettings>>;
  saveSettings(settings: UserSettings): Promise<Result<UserSettings>>;
  recordAction(request: Omit<HistoryActionRequest, 'kind'>): Promise<Result<{ recorded: boolean }>>;
  /** Opens the statistics page in a new tab. */
  openStats(): void;
  openOptions(): void;
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
  orderHistory: (platform, orderId) => askWorker({ kind: 'history/order', platform, orderId }),
  evaluate: (snapshot) => askWorker({ kind: 'evaluate', snapshot, record: false }),
  stats: () => askWorker({ kind: 'history/stats' }),
  settings: () => askWorker({ kind: 'settings/get' }),
  saveSettings: (settings) => askWorker({ kind: 'settings/set', settings }),
  recordAction: (request) => askWorker({ kind: 'history/action', ...request }),
  openStats() {
    void browser.tabs.create({ url: browser.runtime.getURL('src/stats/index.html') });
  },
  openOptions() {
    void browser.runtime.openOptionsPage();
  },
};
