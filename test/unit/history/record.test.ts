import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryDb } from '../../../src/history/db';
import { completeFollowUp } from '../../../src/history/follow-ups';
import { recordObservation } from '../../../src/history/record';
import { endedVerdict, freshDb, minutesAfter, snapshot, T0, verdict } from './fixtures';

const KEY = 'amazon:111-0000000-0000001';
let db: HistoryDb;

beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

describe('recordObservation: the order', () => {
  it('creates the order on first sight with firstSeen = lastSeen', async () => {
    const result = await recordObservation(db, snapshot(), verdict(), T0);
    expect(result).toEqual({ added: true });
    expect(await db.orders.get(KEY)).toEqual({
      key: KEY,
      platform: 'amazon',
      orderId: '111-0000000-0000001',
      marketplace: 'amazon.de',
      stage: 'awaiting-shipment',
      firstSeen: T0.toISOString(),
      lastSeen: T0.toISOString(),
      lastAction: 'cancel',
      lastRuleId: 'amazon.seller.unshipped.mfn',
      // The page a reminder or a search result opens: site and path only.
      url: 'https://sellercentral.amazon.de/orders-v3/order/111-0000000-0000001',
      // What the statistics read instead of the observations (schema v3).
      summary: { mfn: true, ending: null },
    });
  });

  it('keeps firstSeen and the marketplace, and moves lastSeen and the state on later sightings', async () => {
    await recordObservation(db, snapshot(), verdict(), T0);
    const later = minutesAfter(T0, 90);
    await recordObservation(db, snapshot({ marketplace: undefined, stage: 'canceled', nativeStatus: 'Canceled' }), endedVerdict(), later);
    const order = await db.orders.get(KEY);
    expect(order?.firstSeen).toBe(T0.toISOString());
    expect(order?.lastSeen).toBe(later.toISOString());
    expect(order?.marketplace).toBe('amazon.de');
    expect(order?.stage).toBe('canceled');
    expect(order?.lastAction).toBe('none');
    expect(order?.lastRuleId).toBe('any.ended');
  });

  it('does not let an older sighting arriving late overwrite the current state', async () => {
    await recordObservation(db, snapshot({ stage: 'shipped' }), verdict({ action: 'return-and-refund' }), T0);
    const earlier = minutesAfter(T0, -60);
    await recordObservation(db, snapshot(), verdict(), earlier);
    const order = await db.orders.get(KEY);
    expect(order?.firstSeen).toBe(earlier.toISOString());
    expect(order?.lastSeen).toBe(T0.toISOString());
    expect(order?.stage).toBe('shipped');
    expect(order?.lastAction).toBe('return-and-refund');
  });

  it('records nothing for a snapshot without an order id', async () => {
    const result = await recordObservation(db, snapshot({ orderId: '  ' }), verdict(), T0);
    expect(result).toEqual({ added: false });
    expect(await db.orders.count()).toBe(0);
    expect(await db.observations.count()).toBe(0);
  });
});

describe('recordObservation: observations', () => {
  it('adds nothing when the same state is seen twice, but still moves lastSeen', async () => {
    await recordObservation(db, snapshot(), verdict(), T0);
    const again = await recordObservation(db, snapshot({ nativeStatus: 'Unshipped (2)' }), verdict(), minutesAfter(T0, 5));
    expect(again).toEqual({ added: false });
    expect(await db.observations.count()).toBe(1);
    expect((await db.orders.get(KEY))?.lastSeen).toBe(minutesAfter(T0, 5).toISOString());
  });

  it('adds one observation when the stage changes', async () => {
    await recordObservation(db, snapshot(), verdict(), T0);
    const changed = await recordObservation(
      db,
      snapshot({ stage: 'shipped' }),
      verdict({ action: 'return-and-refund' }),
      minutesAfter(T0, 5),
    );
    expect(changed).toEqual({ added: true });
    expect((await db.observations.toArray()).map((o) => o.stage)).toEqual(['awaiting-shipment', 'shipped']);
  });

  it('treats a new cancellation request, action or rule as a new state', async () => {
    await recordObservation(db, snapshot(), verdict(), T0);
    await recordObservation(db, snapshot({ cancelRequested: true }), verdict(), minutesAfter(T0, 1));
    await recordObservation(db, snapshot({ cancelRequested: true }), verdict({ action: 'respond' }), minutesAfter(T0, 2));
    await recordObservation(db, snapshot({ cancelRequested: true }), verdict({ action: 'respond', ruleId: 'other' }), minutesAfter(T0, 3));
    expect(await db.observations.count()).toBe(4);
  });

  it('records a return to an earlier state (A → B → A) as a third observation', async () => {
    await recordObservation(db, snapshot(), verdict(), T0);
    await recordObservation(db, snapshot({ cancelRequested: true }), verdict(), minutesAfter(T0, 1));
    const back = await recordObservation(db, snapshot(), verdict(), minutesAfter(T0, 2));
    expect(back).toEqual({ added: true });
    expect((await db.observations.toArray()).map((o) => o.cancelRequested)).toEqual([false, true, false]);
  });

  it('rejects a duplicate write of the same step through the unique dedupe index', async () => {
    await recordObservation(db, snapshot(), verdict(), T0);
    const [first] = await db.observations.toArray();
    const { id: _id, ...copy } = first!;
    await expect(db.observations.add({ ...copy, at: minutesAfter(T0, 1).toISOString() })).rejects.toMatchObject({
      name: 'ConstraintError',
    });
    expect(await db.observations.count()).toBe(1);
  });

  it('never stores the product title the page showed (it only fills the messages)', async () => {
    const title = 'Secret Gadget Deluxe 3000';
    await recordObservation(db, snapshot({ itemTitle: title }), verdict(), T0);
    await recordObservation(
      db,
      snapshot({ itemTitle: title, stage: 'canceled', nativeStatus: 'Canceled' }),
      endedVerdict(),
      minutesAfter(T0, 5),
    );
    const stored = JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));
    expect(stored).toContain('111-0000000-0000001');
    expect(stored).not.toContain('Secret Gadget');
  });

  it('stores the page address without its query or fragment, which can hold a searched buyer name', async () => {
    const url = 'https://sellercentral.amazon.de/orders-v3/search?q=Jane+Placeholder#row-3';
    await recordObservation(db, snapshot({ source: { url, reader: 'amazon-order-list', missing: [] } }), verdict(), T0);
    const [observation] = await db.observations.toArray();
    expect(observation?.url).toBe('https://sellercentral.amazon.de/orders-v3/search');
    const everything = JSON.stringify([await db.orders.toArray(), await db.observations.toArray()]);
    expect(everything).not.toContain('Placeholder');
  });

  it('stores the verdict ids and the snapshot status on the observation', async () => {
    await recordObservation(db, snapshot(), verdict(), T0);
    const [observation] = await db.observations.toArray();
    expect(observation).toMatchObject({
      orderKey: KEY,
      at: T0.toISOString(),
      stage: 'awaiting-shipment',
      nativeStatus: 'Unshipped',
      cancelRequested: false,
      action: 'cancel',
      outcome: 'canceled',
      ruleId: 'amazon.seller.unshipped.mfn',
      rulesetVersion: 'test-1',
    });
  });
});

describe('recordObservation: follow-ups', () => {
  it('creates no follow-ups while the order is still open', async () => {
    await recordObservation(db, snapshot(), verdict({ followUps: endedVerdict().followUps }), T0);
    expect(await db.followUps.count()).toBe(0);
  });

  it('creates the follow-ups once when an order seen open ends, check-refund due three days later', async () => {
    await recordObservation(db, snapshot(), verdict(), minutesAfter(T0, -60));
    await recordObservation(db, snapshot({ stage: 'canceled' }), endedVerdict(), T0);
    await recordObservation(db, snapshot({ stage: 'canceled' }), endedVerdict(), minutesAfter(T0, 60 * 24));
    const followUps = await db.followUps.orderBy('dueAt').toArray();
    expect(followUps.map((f) => [f.id, f.dueAt, f.doneAt])).toEqual([
      ['adjust-inventory', T0.toISOString(), null],
      ['check-refund', '2025-03-04T10:00:00.000Z', null],
    ]);
  });

  it('does not re-open a follow-up marked done when the ended order is seen again', async () => {
    await recordObservation(db, snapshot({ stage: 'closed' }), endedVerdict(), T0);
    expect(await completeFollowUp(db, KEY, 'check-refund', minutesAfter(T0, 10))).toBe(true);
    await recordObservation(db, snapshot({ stage: 'closed' }), endedVerdict(), minutesAfter(T0, 20));
    const refund = await db.followUps.get({ orderKey: KEY, id: 'check-refund' });
    expect(refund?.doneAt).toBe(minutesAfter(T0, 10).toISOString());
    expect(await db.followUps.count()).toBe(1);
  });

  it('for an order only ever seen ended, with nothing done here, keeps only what is left to check', async () => {
    await recordObservation(db, snapshot({ stage: 'closed' }), endedVerdict(), T0);
    expect((await db.followUps.toArray()).map((f) => f.id)).toEqual(['check-refund']);
  });

  it('creates none for a completed order, and none about "the buyer" on a supplier order', async () => {
    await recordObservation(db, snapshot({ stage: 'completed' }), endedVerdict(), T0);
    expect(await db.followUps.count()).toBe(0);
    const supplier = snapshot({ platform: '1688', orderId: '3301122334455667788', perspective: 'buyer' });
    const tellBuyer = { id: 'confirm-to-buyer', text: { en: 'Tell the buyer the refund is on its way', zh: '告知买家' } };
    await recordObservation(
      db,
      supplier,
      verdict({ action: 'none', followUps: [...endedVerdict().followUps, tellBuyer] }),
      minutesAfter(T0, -60),
    );
    await recordObservation(
      db,
      { ...supplier, stage: 'closed' },
      verdict({ action: 'none', followUps: [...endedVerdict().followUps, tellBuyer] }),
      T0,
    );
    expect((await db.followUps.toArray()).map((f) => f.id).sort()).toEqual(['check-refund']);
  });

  it('reports false when completing a follow-up the order does not have', async () => {
    expect(await completeFollowUp(db, KEY, 'check-refund', T0)).toBe(false);
  });
});
