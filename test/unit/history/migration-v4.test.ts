/** Schema v4 (the facts merged into snapshots, on each order) replays a v3 database's observations into them. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { HISTORY_DB_NAME, openHistory } from '../../../src/history/db';
import { MIGRATIONS, READER_BEFORE_V4 } from '../../../src/history/migrations';
import { withOrderFacts } from '../../../src/history/order-facts';
import { recordObservation } from '../../../src/history/record';
import { freshDb, minutesAfter, snapshot, T0, verdict } from './fixtures';

const iso = (minutes: number) => minutesAfter(T0, minutes).toISOString();

describe('schema v4', () => {
  it('dates what the observations saw happen, carries a request still open, and changes nothing else', async () => {
    const factory = new IDBFactory();
    const v3 = await openHistory(
      HISTORY_DB_NAME,
      factory,
      IDBKeyRange,
      MIGRATIONS.filter((m) => m.version <= 3),
    );
    // Order 1: seen without, then with a request (still open). Order 2: seen before shipment, then shipped.
    // Order 3: first seen already shipped with a request that then ended: nothing to date.
    const one = { orderId: '1' };
    const two = { orderId: '2' };
    const three = { orderId: '3' };
    // Recorded by today's code (which needs today's tables), then copied into the v3 database.
    const today = await freshDb();
    await recordObservation(today, snapshot(one), verdict(), T0);
    await recordObservation(today, snapshot({ ...one, cancelRequested: true }), verdict({ ruleId: 'b' }), minutesAfter(T0, 10));
    await recordObservation(today, snapshot(two), verdict(), T0);
    await recordObservation(today, snapshot({ ...two, stage: 'shipped' }), verdict({ ruleId: 'c' }), minutesAfter(T0, 30));
    await recordObservation(today, snapshot({ ...three, stage: 'shipped', cancelRequested: true }), verdict(), T0);
    // Recording today already writes the facts: take them off, as a v3 database never had them.
    await v3.orders.bulkAdd(
      (await today.orders.toArray()).map(({ cancelRequestedAt: _a, cancelRequestSeenBy: _b, shippedAt: _c, ...o }) => o),
    );
    await v3.observations.bulkAdd(await today.observations.toArray());
    today.close();
    const before = await v3.orders.toArray();
    const observations = await v3.observations.toArray();
    v3.close();

    const v4 = await openHistory(
      HISTORY_DB_NAME,
      factory,
      IDBKeyRange,
      MIGRATIONS.filter((m) => m.version <= 4),
    );
    expect(v4.verno).toBe(4);
    const byKey = new Map((await v4.orders.toArray()).map((o) => [o.orderId, o]));
    expect(byKey.get('1')).toEqual({ ...before[0], cancelRequestedAt: iso(10), cancelRequestSeenBy: [READER_BEFORE_V4] });
    expect(byKey.get('2')).toEqual({ ...before[1], shippedAt: iso(30) });
    expect(byKey.get('3')).toEqual(before[2]);
    expect(await v4.observations.toArray()).toEqual(observations);
    // The open request reaches every page kind until one that shows requests shows it gone.
    expect(withOrderFacts(snapshot(one), byKey.get('1')).cancelRequested).toBe(true);
    v4.close();
  });
});
