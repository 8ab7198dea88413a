// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  fail,
  ok,
  type EvaluateAnswer,
  type HistoryStats,
  type OrderHistory,
  type PageOrders,
  type Result,
  type UserSettings,
} from '../../../src/messages/protocol';
import type { PopupApi } from '../../../src/popup/api';
import { App } from '../../../src/popup/App';
import { buildManualSnapshot, DEFAULT_FORM, updateForm } from '../../../src/popup/manual';
import { createPopupStore, ticksFrom } from '../../../src/popup/store';
import { afterPaint, loadLater } from '../../../src/popup/useLater';
import { LANG_STORAGE_KEY, loadLang } from '../../../src/ui/langPref';
import { sampleMessage, sampleSnapshot, sampleVerdict } from './sample';

/**
 * Runs the work inside act() so Preact flushes effects and renders before the assertions; the popup's
 * later parts (picker, timeline, statistics) come in their own chunk a frame after the verdict.
 */
const settle = (work: () => unknown = () => undefined) =>
  act(async () => {
    await work();
    await loadLater();
    await afterPaint();
    await new Promise((r) => setTimeout(r, 0));
  });

const history: OrderHistory = {
  order: null,
  observations: [
    {
      orderKey: 'amazon:111-0000000-1234567',
      at: '2025-03-09T10:05:00Z',
      stage: 'awaiting-shipment',
      nativeStatus: 'Unshipped',
      cancelRequested: false,
      action: 'cancel',
      outcome: 'canceled',
      ruleId: 'r',
      rulesetVersion: '1',
      url: '',
    },
  ],
};

const stats: HistoryStats = {
  at: '2025-03-10T08:00:00Z',
  orders: 40,
  endedByPlatform: {},
  endedByReason: [],
  endedByInitiator: {},
  amazonCancelRate7d: { orders: 40, sellerCancellations: 2, ratePct: 5, warn: true },
  aliexpressSellerFault30d: 0,
  openFollowUps: [
    { orderKey: 'amazon:1', id: 'check-refund', text: { en: 'Check the refund', zh: '核对退款' }, createdAt: '', dueAt: '', doneAt: null },
  ],
  daily: [],
};

function fakeApi(over: Partial<PopupApi> = {}): PopupApi {
  return {
    activeTab: vi.fn(async () => ok({ id: 7, url: 'https://sellercentral.amazon.de/orders-v3/order/1' })),
    pageOrders: vi.fn(async () =>
      ok<PageOrders>({
        status: 'read',
        url: '',
        orders: [{ snapshot: sampleSnapshot(), verdict: sampleVerdict(), messages: [sampleMessage()] }],
      }),
    ),
    orderHistory: vi.fn(async () => ok(history)),
    evaluate: vi.fn(async () =>
      ok<EvaluateAnswer>({ verdict: sampleVerdict({ headline: { en: 'Manual verdict', zh: '手动结论' } }), messages: [] }),
    ),
    stats: vi.fn(async () => ok(stats)),
    settings: vi.fn(async () => ok<UserSettings>({ rules: {} })),
    saveSettings: vi.fn(async (s: UserSettings) => ok(s)),
    recordAction: vi.fn(async () => ok({ recorded: true })),
    openStats: vi.fn(),
    openOptions: vi.fn(),
    ...over,
  };
}

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('popup', () => {
  it('shows the verdict of each order on the page and its history', async () => {
    const api = fakeApi();
    const store = createPopupStore({ api, storage: null, initialLang: 'en' });
    await settle(() => render(<App store={store} links={api} />, container));
    await settle(() => store.getState().load());
    expect(api.pageOrders).toHaveBeenCalledWith(7);
    expect(api.orderHistory).toHaveBeenCalledWith('amazon', '111-0000000-1234567');
    expect(container.querySelector('.coc-card h2')?.textContent).toBe('You can cancel this order now');
    expect(container.querySelector('.popup-timeline-list')?.textContent).toContain('Paid, not shipped → Can cancel');
    expect(store.getState().picker.open).toBe(false);
  });

  it('asks the worker nothing until the page has answered and its verdict is painted', async () => {
    let answer: (value: Result<PageOrders>) => void = () => undefined;
    const api = fakeApi({ pageOrders: vi.fn(() => new Promise<Result<PageOrders>>((resolve) => (answer = resolve))) });
    const store = createPopupStore({ api, storage: null, initialLang: 'en' });
    await settle(() => render(<App store={store} links={api} />, container));
    let loaded: Promise<void> = Promise.resolve();
    await settle(() => {
      loaded = store.getState().load();
    });
    expect(api.pageOrders).toHaveBeenCalledWith(7);
    for (const ask of [api.settings, api.stats, api.orderHistory, api.evaluate]) expect(ask).not.toHaveBeenCalled();
    await settle(() => {
      answer(ok<PageOrders>({ status: 'read', url: '', orders: [{ snapshot: sampleSnapshot(), verdict: sampleVerdict(), messages: [] }] }));
      return loaded;
    });
    expect(container.querySelector('.coc-card h2')?.textContent).toBe('You can cancel this order now');
    for (const ask of [api.settings, api.stats, api.orderHistory, api.evaluate]) expect(ask).toHaveBeenCalled();
  });

  it('shows a verdict that came without messages at once, and its messages once the worker sends them', async () => {
    let answer: (value: Result<EvaluateAnswer>) => void = () => undefined;
    const api = fakeApi({
      pageOrders: vi.fn(async () =>
        ok<PageOrders>({ status: 'read', url: '', orders: [{ snapshot: sampleSnapshot(), verdict: sampleVerdict(), messages: [] }] }),
      ),
      evaluate: vi.fn(() => new Promise<Result<EvaluateAnswer>>((resolve) => (answer = resolve))),
    });
    const store = createPopupStore({ api, storage: null, initialLang: 'en' });
    await settle(() => render(<App store={store} links={api} />, container));
    await settle(() => store.getState().load());
    expect(container.querySelector('.coc-card h2')?.textContent).toBe('You can cancel this order now');
    expect(api.evaluate).toHaveBeenCalledWith(sampleSnapshot());
    expect(container.textContent).not.toContain(sampleMessage().title.en);
    await settle(() => answer(ok<EvaluateAnswer>({ verdict: sampleVerdict(), messages: [sampleMessage()] })));
    expect(container.textContent).toContain(sampleMessage().title.en);
  });

  it('without a content script, says which pages work and opens the picker; the picker asks the worker', async () => {
    const api = fakeApi({ pageOrders: vi.fn(async () => fail('Could not establish connection. Receiving end does not exist.')) });
    const store = createPopupStore({ api, storage: null, initialLang: 'en' });
    await settle(() => render(<App store={store} links={api} />, container));
    await settle(() => store.getState().load());
    expect(container.textContent).toContain('Open an order page on Amazon Seller Central, AliExpress, 1688 or Shopify');
    expect(container.querySelector('form.popup-picker')).not.toBeNull();

    await settle(() => store.getState().setForm({ fulfilledByPlatform: true, marketplace: 'amazon.de' }));
    await settle(() => container.querySelector<HTMLButtonElement>('form.popup-picker button[type="submit"]')!.click());
    expect(api.evaluate).toHaveBeenCalledWith({
      platform: 'amazon',
      perspective: 'seller',
      orderId: 'manual',
      stage: 'awaiting-shipment',
      nativeStatus: '',
      cancelRequested: false,
      fulfilledBy: 'platform',
      marketplace: 'amazon.de',
      source: { url: '', reader: 'manual', missing: [] },
    });
    expect(container.querySelector('.popup-result h2')?.textContent).toBe('Manual verdict');
  });

  it('switches language and remembers it', async () => {
    const storage = new Map<string, string>();
    const fakeStorage = { setItem: (k: string, v: string) => void storage.set(k, v), getItem: (k: string) => storage.get(k) ?? null };
    const api = fakeApi();
    const store = createPopupStore({ api, storage: fakeStorage, initialLang: 'en' });
    await settle(() => render(<App store={store} links={api} />, container));
    await settle(() => store.getState().load());
    const zh = [...container.querySelectorAll<HTMLButtonElement>('.coc-lang-btn')].find((b) => b.textContent === '中文')!;
    await settle(() => zh.click());
    expect(zh.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('.coc-card h2')?.textContent).toBe('你现在可以取消这个订单');
    expect(storage.get(LANG_STORAGE_KEY)).toBe('zh');
    expect(loadLang(fakeStorage, 'en-US')).toBe('zh');
    expect(loadLang(null, 'zh-CN')).toBe('zh');
    // Saved in the settings too, so the options page and the in-page hint follow.
    expect(api.saveSettings).toHaveBeenCalledWith({ rules: {}, uiLang: 'zh' });
  });

  it('takes the interface language from the settings', async () => {
    const api = fakeApi({ settings: vi.fn(async () => ok<UserSettings>({ rules: {}, uiLang: 'zh' })) });
    const store = createPopupStore({ api, storage: null, initialLang: 'en' });
    await settle(() => render(<App store={store} links={api} />, container));
    await settle(() => store.getState().load());
    expect(container.querySelector('.coc-card h2')?.textContent).toBe('你现在可以取消这个订单');
  });

  it('shows quick statistics and opens the statistics and settings pages', async () => {
    const api = fakeApi();
    const store = createPopupStore({ api, storage: null, initialLang: 'en' });
    await settle(() => render(<App store={store} links={api} />, container));
    await settle(() => store.getState().load());
    const rate = container.querySelector('[data-stat="amazon-rate"]')!;
    expect(rate.textContent).toContain('last 7 days (estimate from the orders seen here): 5 % — 2 of 40 orders');
    expect(rate.classList.contains('coc-cq-bad')).toBe(true);
    expect(container.querySelector('[data-stat="follow-ups"]')?.textContent).toBe('Open follow-ups: 1');
    const button = (name: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === name)!;
    button('Statistics').click();
    button('Settings').click();
    expect(api.openStats).toHaveBeenCalledOnce();
    expect(api.openOptions).toHaveBeenCalledOnce();
  });

  it('restores ticked steps from the history and records new ticks and copies', async () => {
    const key = 'amazon:111-0000000-1234567';
    const tick = (step: number, ticked?: boolean) => ({
      orderKey: key,
      at: '2025-03-09T10:06:00Z',
      kind: 'step-ticked' as const,
      payload: ticked === undefined ? { step } : { step, ticked },
    });
    const api = fakeApi({
      orderHistory: vi.fn(async () => ok<OrderHistory>({ ...history, actions: [tick(0), tick(2), tick(2, false), tick(1, true)] })),
    });
    const store = createPopupStore({ api, storage: null, initialLang: 'en' });
    await settle(() => render(<App store={store} links={api} />, container));
    await settle(() => store.getState().load());
    const boxes = () => [...container.querySelectorAll<HTMLInputElement>('.coc-steps input[type="checkbox"]')];
    expect(boxes().map((b) => b.checked)).toEqual([true, true, false]);
    await settle(() => boxes()[2]!.click());
    expect(boxes().map((b) => b.checked)).toEqual([true, true, true]);
    expect(api.recordAction).toHaveBeenCalledWith({
      platform: 'amazon',
      orderId: '111-0000000-1234567',
      action: { kind: 'step-ticked', payload: { step: 2, ticked: true } },
    });
    expect(ticksFrom([tick(3), tick(3)])).toEqual([3]);
  });
});

describe('manual snapshot', () => {
  it('keeps Amazon fields to Amazon and the side consistent with the platform', () => {
    const form = updateForm(DEFAULT_FORM, { platform: '1688', perspective: 'buyer', marketplace: 'amazon.de' });
    const snap = buildManualSnapshot(form);
    expect(snap.perspective).toBe('buyer');
    expect(snap).not.toHaveProperty('marketplace');
    expect(snap).not.toHaveProperty('fulfilledBy');
    expect(updateForm(form, { platform: 'shopify' }).perspective).toBe('seller');
  });
});
