/**
 * The statistics' counters (src/history/aggregates.ts) always equal a count made from scratch from the
 * orders: after recording, a recorded reason, a prune, an import (new and overlapping), "Delete all",
 * a write undone half-way, and with the database closed and reopened between steps (a stopped worker).
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  ALL_ROW,
  applyOrderChanges,
  contributions,
  countAll,
  COUNTER,
  rebuildAggregates,
  type AggregateRow,
  type OrderChange,
} from '../../../src/history/aggregates';
import { HISTORY_DB_NAME, openHistory, type HistoryDb } from '../../../src/history/db';
import { exportHistory } from '../../../src/history/export';
import { importHistory } from '../../../src/history/import';
import { recordAction } from '../../../src/history/queries';
import { recordObservation } from '../../../src/history/record';
import { deleteAllHistory, pruneOlderThan } from '../../../src/history/retention';
import { localDay } from '../../../src/history/settings';
import { historyStats } from '../../../src/history/stats';
import { freshDb, snapshot, verdict } from './fixtures';
import { canceled, constructedHistory, daysAgo, NOW, order } from './stats-fixtures';

const sorted = (rows: AggregateRow[]) =>
  rows.map(({ day, counts, zone }) => ({ day, counts, ...(zone ? { zone } : {}) })).sort((a, b) => a.day.localeCompare(b.day));

async function expectCounted(db: HistoryDb): Promise<void> {
  expect(sorted(await db.aggregates.toArray())).toEqual(sorted(countAll(await db.orders.toArray())));
}

const total = async (db: HistoryDb) => (await db.aggregates.get(ALL_ROW))?.counts[COUNTER.orders] ?? 0;

describe('statistics counters', () => {
  it('are counted per day from each order: the day last seen (Amazon rate), the day it ended (everything else)', async () => {
    const db = await constructedHistory();
    const a = (await db.orders.get('amazon:A'))!;
    expect(contributions(a)).toEqual([
      [ALL_ROW, 'orders'],
      [localDay(daysAgo(2)), 'amazon-orders'],
      [localDay(daysAgo(2)), 'amazon-seller-cancels'],
      [localDay(daysAgo(2)), 'ended|amazon|canceled'],
      [localDay(daysAgo(2)), 'rule|amazon.unshipped.mfn.seller-cancel'],
      [localDay(daysAgo(2)), 'initiator|seller'],
    ]);
    expect(await total(db)).toBe(11);
    await expectCounted(db);
    db.close();
  });

  it('follow recording, a recorded reason, pruning, imports and "Delete all", with the worker stopped in between', async () => {
    const factory = new IDBFactory();
    const open = () => openHistory(HISTORY_DB_NAME, factory, IDBKeyRange);
    let db = await constructedHistory(await open());
    await expectCounted(db);
    const before = await historyStats(db, NOW);

    // The worker stops; a new one records a running order ending and another seen again the same day.
    db.close();
    db = await open();
    await order(db, { orderId: 'C', fulfilledBy: 'merchant' }, [[{ stage: 'canceled' }, canceled(), daysAgo(0, 1)]]);
    await order(db, { orderId: 'D' }, [[{}, { ruleId: 'amazon.unshipped.mfn.seller-cancel' }, daysAgo(0, 1)]]);
    await expectCounted(db);
    const after = await historyStats(db, NOW);
    expect(after.endedByPlatform.amazon!.canceled).toBe(before.endedByPlatform.amazon!.canceled + 1);
    expect(after.amazonCancelRate7d.sellerCancellations).toBe(before.amazonCancelRate7d.sellerCancellations + 1);

    // A reason recorded for C: counted under the reason, no longer under its rule.
    await recordAction(db, 'amazon:C', 'reason-recorded', { reason: 'damaged' }, NOW);
    const withReason = await historyStats(db, NOW);
    expect(withReason.endedByReason).toContainEqual({ reason: 'damaged', count: 1 });
    expect(withReason.endedByReason.reduce((n, r) => n + r.count, 0)).toBe(after.endedByReason.reduce((n, r) => n + r.count, 0));

    // Pruning: J (ended 40 days ago) goes.
    db.close();
    db = await open();
    expect(await pruneOlderThan(db, daysAgo(30))).toEqual({ orders: 1 });
    await expectCounted(db);
    expect(await total(db)).toBe(10);

    // Import: its own export adds nothing; another history's orders are added, and one overlapping
    // order gains the ending the file knows.
    const own = (await exportHistory(db, 'json', NOW)).text;
    expect((await importHistory(db, own, { now: NOW })).ok).toBe(true);
    await expectCounted(db);
    const other = await freshDb();
    await order(other, { orderId: 'D' }, [[{ stage: 'canceled' }, canceled(), daysAgo(0, 0.5)]]);
    await order(other, { orderId: 'NEW', fulfilledBy: 'merchant' }, [[{}, { ruleId: 'amazon.unshipped.mfn.seller-cancel' }, daysAgo(1)]]);
    const file = (await exportHistory(other, 'json', NOW)).text;
    other.close();
    db.close();
    db = await open();
    const imported = await importHistory(db, file, { now: NOW });
    expect(imported.ok && imported.report.added.orders).toBe(1);
    await expectCounted(db);
    expect(await total(db)).toBe(11);

    // "Delete all": zero, and still counted (the next reader does not count again).
    await deleteAllHistory(db);
    await expectCounted(db);
    expect(await total(db)).toBe(0);
    await order(db, { orderId: 'AFTER' }, [[{}, {}, NOW]]);
    await expectCounted(db);
    expect((await historyStats(db, NOW)).orders).toBe(1);
    db.close();
  });

  it('are undone with the write they belong to', async () => {
    const db = await constructedHistory();
    const counted = await db.aggregates.toArray();
    // A write that fails half-way (here: after the order and its counters were written) leaves both as they were.
    await expect(
      db.transaction('rw', [db.orders, db.observations, db.followUps, db.aggregates], async () => {
        await order(db, { orderId: 'GONE' }, [[{ stage: 'canceled' }, canceled(), NOW]]);
        throw new Error('the worker stopped');
      }),
    ).rejects.toThrow('the worker stopped');
    expect(await db.orders.get('amazon:GONE')).toBeUndefined();
    expect(sorted(await db.aggregates.toArray())).toEqual(sorted(counted));
    db.close();
  });

  it('are counted again, once, when the time zone changed', async () => {
    const db = await constructedHistory();
    const stats = await historyStats(db, NOW);
    await db.aggregates.update(ALL_ROW, { zone: 'Elsewhere/Nowhere' });
    // Writers leave counters of another zone alone…
    await order(db, { orderId: 'Z' }, [[{}, {}, NOW]]);
    expect((await db.aggregates.get(ALL_ROW))?.counts[COUNTER.orders]).toBe(11);
    // …and the next reader counts everything in today's zone.
    expect((await historyStats(db, NOW)).orders).toBe(stats.orders + 1);
    await expectCounted(db);
    db.close();
  });

  it('are counted again from every order, a page of records at a time', async () => {
    const db = await constructedHistory();
    const counted = sorted(await db.aggregates.toArray());
    await db.aggregates.clear();
    // 11 orders in pages of 3: the last page is short; in pages of 11 the last one is empty.
    for (const pageSize of [3, 11]) {
      await db.transaction('rw', [db.orders, db.observations, db.aggregates], () => rebuildAggregates(db, pageSize));
      expect(sorted(await db.aggregates.toArray())).toEqual(counted);
    }
    db.close();
  });

  it('make the statistics read the same as a count from scratch', async () => {
    const db = await constructedHistory();
    const maintained = await historyStats(db, NOW);
    await db.aggregates.clear();
    expect(await historyStats(db, NOW)).toEqual(maintained);
    db.close();
  });

  it('are moved once for a list page recorded in one transaction, an order listed twice included', async () => {
    const db = await constructedHistory();
    await db.transaction('rw', [db.orders, db.observations, db.followUps, db.aggregates], async () => {
      const changes: OrderChange[] = [];
      for (const [orderId, stage] of [
        ['L1', 'awaiting-shipment'],
        ['C', 'canceled'],
        ['L1', 'canceled'],
      ] as const)
        await recordObservation(
          db,
          snapshot({ orderId, stage, fulfilledBy: 'merchant' }),
          verdict(stage === 'canceled' ? canceled() : {}),
          NOW,
          changes,
        );
      expect(changes).toHaveLength(3);
      await applyOrderChanges(db.aggregates, changes);
    });
    await expectCounted(db);
    expect(await total(db)).toBe(12);
    db.close();
  });

  it('do not change for an order seen again the same day', async () => {
    const db = await freshDb();
    const seen = () => snapshot({ orderId: 'X', fulfilledBy: 'merchant' });
    await recordObservation(db, seen(), verdict({ ruleId: 'amazon.unshipped.mfn.seller-cancel' }), daysAgo(0, 3));
    const rows = await db.aggregates.toArray();
    await recordObservation(db, seen(), verdict({ ruleId: 'amazon.unshipped.mfn.seller-cancel' }), daysAgo(0, 2));
    expect(await db.aggregates.toArray()).toEqual(rows);
    await expectCounted(db);
    db.close();
  });
});
