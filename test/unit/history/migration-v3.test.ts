/** Schema v3 (a summary of its observations on each order) opens a v2 database, keeps every record and gives the same statistics. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { HISTORY_DB_NAME, openHistory, type HistoryDb } from '../../../src/history/db';
import { summarize, withoutSummary } from '../../../src/history/ending';
import { MIGRATIONS } from '../../../src/history/migrations';
import { historyStats } from '../../../src/history/stats';
import { constructedHistory, NOW } from './stats-fixtures';

async function dump(db: HistoryDb) {
  return {
    orders: (await db.orders.toArray()).map(withoutSummary),
    observations: await db.observations.toArray(),
    actions: await db.actions.toArray(),
    followUps: await db.followUps.toArray(),
    settings: await db.settings.toArray(),
    customTemplates: await db.customTemplates.toArray(),
  };
}

describe('schema v3', () => {
  it('adds each order’s summary to a v2 database, keeps every record and yields the same statistics once counted', async () => {
    const factory = new IDBFactory();
    const v2 = await openHistory(
      HISTORY_DB_NAME,
      factory,
      IDBKeyRange,
      MIGRATIONS.filter((m) => m.version <= 2),
    );
    expect(v2.verno).toBe(2);
    // Recorded by today's code (which needs today's tables), then copied into the v2 database without
    // the summaries a v2 database never had.
    const today = await constructedHistory();
    const counted = await historyStats(today, NOW);
    await v2.orders.bulkAdd((await today.orders.toArray()).map(withoutSummary));
    await v2.observations.bulkAdd(await today.observations.toArray());
    await v2.actions.bulkAdd(await today.actions.toArray());
    await v2.followUps.bulkAdd(await today.followUps.toArray());
    today.close();
    const before = await dump(v2);
    expect(before.orders).toHaveLength(11);
    v2.close();

    const v3 = await openHistory(
      HISTORY_DB_NAME,
      factory,
      IDBKeyRange,
      MIGRATIONS.filter((m) => m.version <= 3),
    );
    expect(v3.verno).toBe(3);
    expect(await dump(v3)).toEqual(before);
    for (const order of await v3.orders.toArray()) {
      const observations = await v3.observations.where('orderKey').equals(order.key).sortBy('at');
      expect(order.summary, order.key).toEqual(summarize(observations));
    }
    v3.close();
    // Up to today's schema: v7 counts the statistics once from the summaries v3 wrote.
    const latest = await openHistory(HISTORY_DB_NAME, factory, IDBKeyRange);
    expect(await historyStats(latest, NOW)).toEqual(counted);
    latest.close();
  });

  it('gives an order without observations an empty summary', async () => {
    const factory = new IDBFactory();
    const v2 = await openHistory(
      HISTORY_DB_NAME,
      factory,
      IDBKeyRange,
      MIGRATIONS.filter((m) => m.version <= 2),
    );
    await v2.orders.add({
      key: 'shopify:1',
      platform: 'shopify',
      orderId: '1',
      stage: 'awaiting-shipment',
      firstSeen: NOW.toISOString(),
      lastSeen: NOW.toISOString(),
      lastAction: 'cancel',
      lastRuleId: 'shopify.unfulfilled',
    });
    v2.close();
    const v3 = await openHistory(
      HISTORY_DB_NAME,
      factory,
      IDBKeyRange,
      MIGRATIONS.filter((m) => m.version <= 3),
    );
    expect((await v3.orders.get('shopify:1'))?.summary).toEqual({ mfn: false, ending: null });
    v3.close();
  });
});
