/**
 * Open follow-ups have their own index (schema v7, `openDueAt`): the statistics read the soonest open
 * ones from it however many are done, the key never leaves the database, and an upgrade, an import
 * and "done" keep it exactly on the open ones.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { HISTORY_DB_NAME, openHistory, type HistoryDb } from '../../../src/history/db';
import { exportHistory } from '../../../src/history/export';
import { completeFollowUp } from '../../../src/history/follow-ups';
import { importHistory } from '../../../src/history/import';
import { MIGRATIONS } from '../../../src/history/migrations';
import { orderHistory } from '../../../src/history/queries';
import { recordObservation } from '../../../src/history/record';
import { historyStats } from '../../../src/history/stats';
import { endedVerdict, freshDb, minutesAfter, snapshot, T0, verdict } from './fixtures';

/** Orders 0…n-1, each seen running then ended (two follow-ups each), the earlier ones' follow-ups done. */
async function history(db: HistoryDb, n: number, done: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const orderId = `O${i}`;
    await recordObservation(db, snapshot({ orderId }), verdict(), minutesAfter(T0, i * 10));
    await recordObservation(db, snapshot({ orderId, stage: 'canceled' }), endedVerdict(), minutesAfter(T0, i * 10 + 5));
    if (i < done) for (const id of ['check-refund', 'adjust-inventory']) await completeFollowUp(db, `amazon:${orderId}`, id, T0);
  }
}

const openKeys = async (db: HistoryDb) =>
  (await db.followUps.where('openDueAt').above('').toArray()).map((f) => `${f.orderKey}|${f.id}`).sort();
const openByScan = async (db: HistoryDb) =>
  (await db.followUps.toArray())
    .filter((f) => f.doneAt === null)
    .map((f) => `${f.orderKey}|${f.id}`)
    .sort();

describe('open follow-ups', () => {
  it('are read soonest first from their index, past every done one, without the index key', async () => {
    const db = await freshDb();
    await history(db, 6, 4);
    expect(await openKeys(db)).toEqual(await openByScan(db));
    expect(await openKeys(db)).toHaveLength(4);
    const { openFollowUps } = await historyStats(db, minutesAfter(T0, 120));
    expect(openFollowUps.map((f) => `${f.orderKey}|${f.id}`).sort()).toEqual(await openByScan(db));
    expect(openFollowUps.every((f, i, all) => i === 0 || (all[i - 1]?.dueAt ?? '') <= f.dueAt)).toBe(true);
    expect(openFollowUps.some((f) => 'openDueAt' in f)).toBe(false);
    const shown = (await orderHistory(db, 'amazon', 'O5')).followUps ?? [];
    expect(shown).toHaveLength(2);
    expect(shown.some((f) => 'openDueAt' in f)).toBe(false);
    db.close();
  });

  it('travel in an export without the key and come back indexed by an import', async () => {
    const source = await freshDb();
    await history(source, 3, 1);
    const { text } = await exportHistory(source, 'json', T0);
    expect(text).not.toContain('openDueAt');
    const target = await freshDb();
    expect((await importHistory(target, text, { now: T0 })).ok).toBe(true);
    expect(await openKeys(target)).toEqual(await openKeys(source));
    source.close();
    target.close();
  });

  it('are indexed by the v7 upgrade, open ones only', async () => {
    const factory = new IDBFactory();
    const v6 = await openHistory(
      HISTORY_DB_NAME,
      factory,
      IDBKeyRange,
      MIGRATIONS.filter((m) => m.version <= 6),
    );
    const base = { orderKey: 'amazon:1', text: { en: 'x', zh: 'x' }, createdAt: T0.toISOString(), dueAt: T0.toISOString() };
    await v6.followUps.bulkAdd([
      { ...base, id: 'check-refund', doneAt: null },
      { ...base, id: 'adjust-inventory', doneAt: T0.toISOString() },
    ]);
    v6.close();
    const v7 = await openHistory(HISTORY_DB_NAME, factory, IDBKeyRange);
    expect(await openKeys(v7)).toEqual(['amazon:1|check-refund']);
    v7.close();
  });
});
