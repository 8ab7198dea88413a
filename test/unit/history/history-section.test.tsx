// @vitest-environment happy-dom
/** The history controls and the statistics page with a fake worker. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, type HistoryStats, type Result, type UserSettings, type WorkerRequest } from '../../../src/messages/protocol';
import { HistorySection } from '../../../src/options/sections/HistorySection';
import { App as StatsApp, splitOrderKey } from '../../../src/stats/App';
import type { Ask } from '../../../src/messages/client';
import { describeHistoryError } from '../../../src/history/errors';
import { openHistory } from '../../../src/history/db';
import { exportHistory, type HistoryFile } from '../../../src/history/export';
import { recordObservation } from '../../../src/history/record';
import { writeSettings } from '../../../src/history/settings';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { freshDb, snapshot, T0, verdict } from './fixtures';

/** Opens one in-memory database, a new connection per call (the section closes each after use). */
function fakeDatabase() {
  const factory = new IDBFactory();
  return () => openHistory('cancel-or-close', factory, IDBKeyRange);
}

vi.mock('../../../src/shared/browser', () => ({
  browser: { runtime: { sendMessage: async () => Promise.reject(new Error('no worker in unit tests')) } },
}));

const settle = (work: () => unknown = () => undefined) =>
  act(async () => {
    await work();
    await new Promise((r) => setTimeout(r, 0));
  });

/** Lets the page work (real IndexedDB requests take several turns) until `done` holds. */
async function until(done: () => boolean) {
  for (let i = 0; i < 50 && !done(); i++) await settle();
}

type Handler = (req: WorkerRequest) => Result<unknown>;
function fakeAsk(handlers: Partial<Record<WorkerRequest['kind'], Handler>>) {
  const sent: WorkerRequest[] = [];
  let settings: UserSettings = { rules: { amazonPendingMaxDays: 14 }, retentionDays: 365 };
  const ask = (async (req: WorkerRequest) => {
    sent.push(req);
    const handler = handlers[req.kind];
    if (handler) return handler(req);
    if (req.kind === 'settings/get') return ok(settings);
    if (req.kind === 'settings/set') return ok((settings = req.settings));
    return fail(`unexpected ${req.kind}`);
  }) as Ask;
  return { ask, sent };
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

const button = (name: RegExp) => [...container.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!;

describe('HistorySection', () => {
  it('exports JSON and CSV from the database through the download function', async () => {
    const files: Array<{ filename: string; blob: Blob }> = [];
    const { ask } = fakeAsk({});
    const open = fakeDatabase();
    const db = await open();
    await recordObservation(db, snapshot(), verdict(), T0);
    db.close();
    render(<HistorySection lang="en" ask={ask} openDb={open} download={(f) => files.push(f)} />, container);
    await settle();
    await settle(() => button(/^Export history$/).click());
    await until(() => files.length === 1);
    await settle(() => button(/Export for spreadsheets/).click());
    await until(() => files.length === 2);
    expect(files.map((f) => f.filename)).toEqual([expect.stringMatching(/\.json$/), expect.stringMatching(/\.csv$/)]);
    const json = JSON.parse(await files[0]!.blob.text()) as HistoryFile;
    expect(json.orders.map((o) => o.orderId)).toEqual([snapshot().orderId]);
    expect(await files[1]!.blob.text()).toContain(snapshot().orderId);
    expect(container.textContent).toContain(`Saved as ${files[1]!.filename}.`);
  });

  it.each([
    ['order,stage\n1,canceled', '无法将此文件读取为历史导出文件。请选择由“导出历史记录”保存的文件。'],
    ['{"format":"cancel-or-close-history","version":99}', '此文件由另一版本的“取消还是关闭”保存，当前版本无法读取。未导入任何内容。'],
  ])('says why a whole file was refused in the interface language: %s', async (text, said) => {
    const { ask } = fakeAsk({});
    render(<HistorySection lang="zh" ask={ask} openDb={fakeDatabase()} />, container);
    await settle();
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [new File([text], 'h.json', { type: 'application/json' })], configurable: true });
    await settle(() => input.dispatchEvent(new Event('change')));
    await until(() => container.textContent!.includes(said));
    expect(container.textContent).toContain(said);
    expect(container.textContent).not.toMatch(/[A-Za-z]{4,}/);
  });

  it("imports a chosen file, shows the report, and applies the file's settings only when asked", async () => {
    const { ask, sent } = fakeAsk({ 'history/changed': () => ok({ done: true }) });
    const source = await freshDb();
    await recordObservation(source, snapshot(), verdict(), new Date());
    await writeSettings(source, { rules: { amazonBuyerSelfCancelMinutes: 20 }, retentionDays: 30, storeName: 'Acme' });
    const text = (await exportHistory(source, 'json', new Date())).text;
    source.close();
    const bad = text.replace('"orders":[\n', '"orders":[\n{"key":"ebay:1","platform":"ebay","orderId":"1"},\n');
    const open = fakeDatabase();
    const changed = vi.fn();
    render(<HistorySection lang="en" ask={ask} openDb={open} onChanged={changed} />, container);
    await settle();
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [new File([bad], 'h.json', { type: 'application/json' })], configurable: true });
    await settle(() => input.dispatchEvent(new Event('change')));
    await until(() => changed.mock.calls.length > 0);
    expect(container.textContent).toContain('Imported: 1 orders, 1 observations, 0 actions, 0 follow-ups, 0 message templates.');
    expect(container.textContent).toContain('Order 1 of the file (order number 1): not in the form this extension exports');
    expect(container.textContent).not.toMatch(/ebay|platform is not/);
    expect(changed).toHaveBeenCalled();
    expect(sent.map((r) => r.kind)).toContain('history/changed');
    // The file's settings are shown, in words, and not applied.
    expect(sent.some((r) => r.kind === 'settings/set')).toBe(false);
    const offer = container.querySelector('.history-settings-offer')!;
    expect(offer.textContent).toContain('Keep orders for (days)30');
    expect(offer.textContent).toContain('Acme');
    expect(offer.textContent).toMatch(/buyer can cancel by themselves.*20 minutes/);
    await settle(() => button(/Use these settings/).click());
    expect(sent.filter((r) => r.kind === 'settings/set')).toEqual([
      { kind: 'settings/set', settings: { rules: { amazonBuyerSelfCancelMinutes: 20 }, retentionDays: 30, storeName: 'Acme' } },
    ]);
    expect(container.querySelector<HTMLInputElement>('#history-retention-days')!.value).toBe('30');
    expect(container.querySelector('.history-settings-offer')).toBeNull();
  });

  it('deletes only after confirmation', async () => {
    const { ask, sent } = fakeAsk({ 'history/delete-all': () => ok({ deleted: true }) });
    render(<HistorySection lang="en" ask={ask} />, container);
    await settle();
    await settle(() => button(/Delete all history/).click());
    expect(sent.some((r) => r.kind === 'history/delete-all')).toBe(false);
    await settle(() => button(/Keep it/).click());
    await settle(() => button(/Delete all history/).click());
    await settle(() => button(/Delete everything/).click());
    expect(sent.filter((r) => r.kind === 'history/delete-all')).toHaveLength(1);
    expect(container.textContent).toContain('All history was deleted.');
  });

  it('saves retention days with the other settings kept, and refuses nonsense', async () => {
    const { ask, sent } = fakeAsk({});
    render(<HistorySection lang="en" ask={ask} />, container);
    await settle();
    await settle();
    const input = container.querySelector<HTMLInputElement>('#history-retention-days')!;
    expect(input.value).toBe('365');
    input.value = '3';
    await settle(() => input.dispatchEvent(new Event('input')));
    await settle(() => container.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    expect(container.querySelector('[role=alert]')?.textContent).toContain('from 7 to 3650');
    input.value = '90';
    await settle(() => input.dispatchEvent(new Event('input')));
    await settle(() => container.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    expect(sent.filter((r) => r.kind === 'settings/set')).toEqual([
      { kind: 'settings/set', settings: { rules: { amazonPendingMaxDays: 14 }, retentionDays: 90 } },
    ]);
  });

  it('tells the person when storage is full or the browser stores nothing, in their language', async () => {
    const unavailable = describeHistoryError({ name: 'MissingAPIError', message: 'no indexedDB' }).message;
    const { ask } = fakeAsk({ 'history/delete-all': () => fail(unavailable) });
    const full = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
    render(<HistorySection lang="zh" ask={ask} openDb={full} />, container);
    await settle();
    await settle(() => button(/导出历史/).click());
    expect(container.querySelector('[role=alert]')?.textContent).toContain('浏览器已没有空间');
    await settle(() => button(/删除全部历史/).click());
    await settle(() => button(/全部删除/).click());
    expect(container.querySelector('[role=alert]')?.textContent).toContain('订单历史已关闭');
    expect(container.querySelector('[role=alert]')?.textContent).not.toMatch(/IndexedDB|MissingAPIError/);
  });
});

const stats = (over: Partial<HistoryStats> = {}): HistoryStats => ({
  at: '2025-03-20T12:00:00.000Z',
  orders: 42,
  endedByPlatform: { amazon: { canceled: 3, closed: 0 }, aliexpress: { canceled: 1, closed: 2 } },
  endedByReason: [{ reason: 'out of stock', count: 2 }],
  endedByInitiator: { seller: 2, buyer: 1 },
  amazonCancelRate7d: { orders: 40, sellerCancellations: 1, ratePct: 2.5, warn: true },
  aliexpressSellerFault30d: 1,
  openFollowUps: [
    {
      seq: 1,
      orderKey: 'amazon:111-1',
      id: 'check-refund',
      text: { en: 'Check the refund arrived.', zh: '确认退款已到账。' },
      createdAt: '2025-03-19T00:00:00.000Z',
      dueAt: '2025-03-22T00:00:00.000Z',
      doneAt: null,
    },
  ],
  daily: Array.from({ length: 30 }, (_, i) => ({
    day: `2025-03-${String(i + 1).padStart(2, '0')}`,
    canceled: i === 29 ? 2 : 0,
    closed: 0,
  })),
  windowDays: 30,
  ...over,
});

describe('statistics page', () => {
  it('shows the figures, the warning, charts with text equivalents, and marks a follow-up done', async () => {
    let current = stats();
    const { ask, sent } = fakeAsk({
      'history/stats': () => ok(current),
      'history/follow-up-done': () => {
        current = stats({ openFollowUps: [] });
        return ok({ done: true });
      },
    });
    render(<StatsApp initialLang="en" onLangChange={() => undefined} ask={ask} />, container);
    await settle();
    await settle();
    const text = container.textContent ?? '';
    expect(container.querySelector('.stats-warning')?.textContent).toContain('2.5 %');
    expect(text).toContain('1 seller cancellations of 40 seller-fulfilled orders seen');
    const charts = [...container.querySelectorAll('svg[role=img]')].map((s) => s.getAttribute('aria-label'));
    expect(charts).toEqual([
      'Amazon: 3 canceled, 0 closed; AliExpress: 1 canceled, 2 closed',
      '2 canceled and 0 closed over the last 30 days.',
    ]);
    expect(container.querySelectorAll('.stats-table tbody tr')).toHaveLength(2 + 30);
    expect(text).toContain('You (seller) 2');
    await settle(() => button(/^Done$/).click());
    await settle();
    expect(sent.find((r) => r.kind === 'history/follow-up-done')).toEqual({
      kind: 'history/follow-up-done',
      platform: 'amazon',
      orderId: '111-1',
      followUpId: 'check-refund',
    });
    expect(container.textContent).toContain('No open follow-ups.');
  });

  it('shows no warning under the threshold and explains a failed load', async () => {
    const { ask } = fakeAsk({
      'history/stats': () => ok(stats({ amazonCancelRate7d: { orders: 0, sellerCancellations: 0, ratePct: 0, warn: false } })),
    });
    render(<StatsApp initialLang="en" onLangChange={() => undefined} ask={ask} />, container);
    await settle();
    await settle();
    expect(container.querySelector('.stats-warning')).toBeNull();
    expect(container.textContent).toContain('No seller-fulfilled Amazon orders were seen in the last 7 days.');
    render(null, container);
    const broken = fakeAsk({ 'history/stats': () => fail(describeHistoryError({ name: 'MissingAPIError' }).message) });
    render(<StatsApp initialLang="en" onLangChange={() => undefined} ask={broken.ask} />, container);
    await settle();
    await settle();
    expect(container.querySelector('[role=alert]')?.textContent).toBe(
      'Order history is off: this browser window does not allow stored data (for example a private window). Verdicts still work.',
    );
  });

  it('splits order keys at the first colon', () => {
    expect(splitOrderKey('shopify:#1001:a')).toEqual({ platform: 'shopify', orderId: '#1001:a' });
  });
});
