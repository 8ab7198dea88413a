/**
 * The worker's reminders through the router: a page's deadline becomes a notification at its time,
 * the badge counts what is due within 24 hours, "remind me" off silences an order, a later page view
 * drops the deadline, and the state lives in the history (a new pass finds it, nothing is shown twice).
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { route } from '../../../src/background/router';
import { syncReminders, useReminderSurface, openNotifiedOrder, type ReminderNotification } from '../../../src/background/reminders';
import type { OrderSnapshot } from '../../../src/rules/types';

const NOW = new Date('2025-03-02T08:00:00.000Z');
const HOUR = 3_600_000;

const request = (orderId: string, deadlineAt: string, cancelRequested = true): OrderSnapshot => ({
  platform: 'aliexpress',
  perspective: 'seller',
  orderId,
  stage: 'awaiting-shipment',
  nativeStatus: cancelRequested ? 'IN_CANCEL' : 'WAIT_SELLER_SEND_GOODS',
  cancelRequested,
  deadlineAt,
  source: { url: `https://csp.aliexpress.com/m_apps/order-manage/order_detail?orderId=${orderId}#x`, reader: 'test', missing: [] },
});

const shown: Array<{ id: string; n: ReminderNotification }> = [];
const opened: string[] = [];
let badge = -1;
let alarm: number | undefined;

beforeEach(() => {
  shown.length = 0;
  opened.length = 0;
  useReminderSurface({
    notify: async (id, n) => void shown.push({ id, n }),
    clearNotification: async () => undefined,
    setBadge: async (count) => void (badge = count),
    setAlarm: async (when) => void (alarm = when),
    openPage: async (url) => void opened.push(url),
    browserLang: () => 'en-US',
    iconUrl: () => 'chrome-extension://x/icons/icon-128.png',
  });
});

const at = (ms: number) => () => new Date(NOW.getTime() + ms);

describe('reminders', () => {
  it('sets the alarm for the lead time before a page deadline, shows the notification then, once', async () => {
    await route({ kind: 'settings/set', settings: { rules: {}, reminders: { leadMinutes: 60 } } }, 'extension-page', NOW);
    const due = new Date(NOW.getTime() + 5 * HOUR).toISOString();
    await route({ kind: 'evaluate', snapshot: request('8100000000000001', due), record: true }, 'content', NOW);
    await syncReminders(at(0));
    expect(badge).toBe(1);
    expect(alarm).toBe(NOW.getTime() + 4 * HOUR);
    expect(shown).toEqual([]);

    // The alarm fires in a worker started afresh: everything it needs is in the history.
    await syncReminders(at(4 * HOUR));
    expect(shown).toHaveLength(1);
    expect(shown[0]!.id).toBe('order:aliexpress:8100000000000001');
    expect(shown[0]!.n.title).toBe('AliExpress order 8100000000000001: due in 1 h 0 min');
    expect(shown[0]!.n.message).toMatch(/accept or reject the cancellation request/);
    await syncReminders(at(4 * HOUR + 60_000));
    expect(shown).toHaveLength(1);
    // After the deadline, nothing is due and the badge is empty.
    await syncReminders(at(5 * HOUR + 1));
    expect(badge).toBe(0);
    expect(alarm).toBeUndefined();

    await openNotifiedOrder('order:aliexpress:8100000000000001');
    // Origin and path only, never the query that may carry a search.
    expect(opened).toEqual(['https://csp.aliexpress.com/m_apps/order-manage/order_detail']);
  });

  it('counts in the badge only orders due within 24 hours that want reminders, and drops a deadline the order moved past', async () => {
    await route({ kind: 'history/delete-all' }, 'extension-page', NOW);
    const soon = new Date(NOW.getTime() + 2 * HOUR).toISOString();
    const later = new Date(NOW.getTime() + 30 * HOUR).toISOString();
    for (const [id, due] of [
      ['8100000000000011', soon],
      ['8100000000000012', soon],
      ['8100000000000013', later],
    ] as const)
      await route({ kind: 'evaluate', snapshot: request(id, due), record: true }, 'content', NOW);
    await syncReminders(at(0));
    expect(badge).toBe(2);
    // The later one enters the badge 24 hours before its deadline, the next change the alarm waits for.
    expect(alarm).toBe(NOW.getTime() + HOUR);

    expect(await route({ kind: 'reminders/set', platform: 'aliexpress', orderId: '8100000000000011', on: false }, 'content', NOW)).toEqual({
      ok: true,
      value: { on: false, dueAt: null },
    });
    await syncReminders(at(0));
    expect(badge).toBe(1);

    // The seller answered: the next page view shows no request any more, and its deadline is gone.
    const answered = { ...request('8100000000000012', soon, false) };
    delete answered.deadlineAt;
    await route({ kind: 'evaluate', snapshot: answered, record: true }, 'content', new Date(NOW.getTime() + 60_000));
    await syncReminders(at(60_000));
    expect(badge).toBe(0);

    await syncReminders(at(7 * HOUR));
    expect(badge).toBe(1);
    expect(shown).toEqual([]);
    expect(await route({ kind: 'reminders/set', platform: 'aliexpress', orderId: '8100000000000011', on: true }, 'content', NOW)).toEqual({
      ok: true,
      value: { on: true, dueAt: soon },
    });
  });
});
