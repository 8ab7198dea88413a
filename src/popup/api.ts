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
  type Result,
  type UserSettings,
} from '../messages/protocol';
import type { OrderSnapshot, Platform } from '../rules/types';
import { ask, askWorker, errorText } from '../messages/client';
import { PAGE_ORDERS, takeFirstAsk, tabToAsk, type AskedTab } from './first-ask';

/** What the popup needs from the extension; the store takes it as a parameter so tests can fake it. */
export interface PopupApi {
  activeTab(): Promise<Result<AskedTab>>;
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

/** The first script's ask (./first-ask.ts), kept between the first activeTab and pageOrders of the popup's load. */
let firstOrders: { tabId: number; orders: Promise<unknown> } | null = null;

export const extensionApi: PopupApi = {
  async activeTab() {
    const first = takeFirstAsk();
    try {
      const tab = await (first ? first.tab : tabToAsk(location.search, (q) => browser.tabs.query(q)));
      if (!tab) return fail('no active tab');
      if (first) firstOrders = { tabId: tab.id, orders: first.orders };
      return ok(tab);
    } catch (e) {
      return fail(errorText(e));
    }
  },
  pageOrders(tabId) {
    // The answer the first script already asked for, when it is this tab's; asked afresh otherwise (a retry).
    const first = firstOrders?.tabId === tabId ? firstOrders.orders : null;
    firstOrders = null;
    return ask<PageOrders>(() => first ?? browser.tabs.sendMessage(tabId, PAGE_ORDERS));
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
