import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryDb } from '../../../src/history/db';
import { completeFollowUp } from '../../../src/history/follow-ups';
import { orderHistory, recentOrders, recordAction } from '../../../src/history/queries';
import { recordObservation } from '../../../src/history/record';
import { endedVerdict, freshDb, minutesAfter, snapshot, T0, verdict } from './fixtures';

const KEY = 'amazon:111-0000000-0000001';
let db: HistoryDb;

beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

describe('orderHistory', () => {
  it('answers an empty history for an order never seen', async () => {
    expect(await orderHistory(db, 'amazon', 'never-seen')).toEqual({
      order: null,
      observations: [],
      actions: [],
      followUps: [],
    });
  });

  it('lists observations and actions oldest first, and only open follow-ups, soonest first', async () => {
    await recordObservation(db, snapshot(), verdict(), T0);
    await recordObservation(db, snapshot({ cancelRequested: true }), verdict(), minutesAfter(T0, 10));
    await recordObservation(db, snapshot({ stage: 'canceled' }), endedVerdict(), minutesAfter(T0, 20));
    await recordAction(db, KEY, 'message-copied', { templateId: 'amazon.confirm-cancel', language: 'de' }, minutesAfter(T0, 15));
    await recordAction(db, KEY, 'step-ticked', { step: 0 }, minutesAfter(T0, 5));
    await completeFollowUp(db, KEY, 'adjust-inventory', minutesAfter(T0, 30));

    const history = await orderHistory(db, 'amazon', '111-0000000-0000001');
    expect(history.order?.stage).toBe('canceled');
    expect(history.observations.map((o) => o.at)).toEqual([
      T0.toISOString(),
      minutesAfter(T0, 10).toISOString(),
      minutesAfter(T0, 20).toISOString(),
    ]);
    expect(history.observations[0]).not.toHaveProperty('dedupe');
    expect(history.actions?.map((a) => a.kind)).toEqual(['step-ticked', 'message-copied']);
    expect(history.followUps?.map((f) => f.id)).toEqual(['check-refund']);
  });

  it('keeps each order’s history to itself', async () => {
    await recordObservation(db, snapshot(), verdict(), T0);
    await recordObservation(db, snapshot({ orderId: '111-0000000-0000002' }), verdict(), T0);
    await recordObservation(db, snapshot({ platform: 'shopify', orderId: '111-0000000-0000001' }), verdict(), T0);
    const history = await orderHistory(db, 'amazon', '111-0000000-0000001');
    expect(history.observations).toHaveLength(1);
    expect(history.observations[0]?.orderKey).toBe(KEY);
  });
});

describe('recentOrders', () => {
  it('lists orders by lastSeen, newest first, up to the limit', async () => {
    await recordObservation(db, snapshot({ orderId: 'A-1' }), verdict(), T0);
    await recordObservation(db, snapshot({ orderId: 'B-2' }), verdict(), minutesAfter(T0, 1));
    await recordObservation(db, snapshot({ orderId: 'C-3' }), verdict(), minutesAfter(T0, 2));
    await recordObservation(db, snapshot({ orderId: 'A-1' }), verdict(), minutesAfter(T0, 3));

    expect((await recentOrders(db, 10)).map((o) => o.orderId)).toEqual(['A-1', 'C-3', 'B-2']);
    expect((await recentOrders(db, 2)).map((o) => o.orderId)).toEqual(['A-1', 'C-3']);
  });

  it('answers an empty list for a limit below one or not a number', async () => {
    await recordObservation(db, snapshot(), verdict(), T0);
    expect(await recentOrders(db, 0)).toEqual([]);
    expect(await recentOrders(db, Number.NaN)).toEqual([]);
  });
});

describe('recordAction', () => {
  it('stores the action with its time and payload', async () => {
    await recordObservation(db, snapshot(), verdict(), T0);
    const result = await recordAction(db, KEY, 'reason-recorded', { reason: 'Out of stock' }, minutesAfter(T0, 1));
    expect(result).toEqual({ recorded: true });
    expect(await db.actions.toArray()).toEqual([
      {
        id: 1,
        orderKey: KEY,
        at: minutesAfter(T0, 1).toISOString(),
        kind: 'reason-recorded',
        payload: { reason: 'Out of stock' },
      },
    ]);
  });

  it('records nothing for an order that was never recorded', async () => {
    expect(await recordAction(db, 'amazon:unknown', 'note', { text: 'call supplier' }, T0)).toEqual({ recorded: false });
    expect(await db.actions.count()).toBe(0);
  });
});
