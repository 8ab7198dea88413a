/** Forgetting old orders, so history does not grow without end on the person's disk. */
import { applyOrderChanges, EMPTY_AGGREGATES } from './aggregates';
import type { HistoryDb } from './db';
import { LAST_PRUNE_KEY, localDay, readSettings } from './settings';

/** Orders not seen for two years are removed (long past any refund, dispute or audit window). */
export const DEFAULT_RETENTION_DAYS = 730;

const DAY_MS = 24 * 60 * 60 * 1000;

export function retentionCutoff(now: Date, days: number = DEFAULT_RETENTION_DAYS): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** Deletes orders last seen before `cutoff`, with their observations, actions and follow-ups. */
export async function pruneOlderThan(db: HistoryDb, cutoff: Date): Promise<{ orders: number }> {
  return db.transaction('rw', [db.orders, db.observations, db.actions, db.followUps, db.aggregates], async () => {
    const gone = await db.orders.where('lastSeen').below(cutoff.toISOString()).toArray();
    if (gone.length === 0) return { orders: 0 };
    const keys = gone.map((o) => o.key);
    await db.observations.where('orderKey').anyOf(keys).delete();
    await db.actions.where('orderKey').anyOf(keys).delete();
    await db.followUps.where('orderKey').anyOf(keys).delete();
    await db.orders.bulkDelete(keys);
    await applyOrderChanges(
      db.aggregates,
      gone.map((before) => ({ before })),
    );
    return { orders: keys.length };
  });
}

/**
 * Runs retention at most once per local day: the day it last ran is kept in the settings table,
 * so a worker that is stopped and restarted many times a day prunes once. The person's
 * `retentionDays` applies when set.
 */
export async function pruneIfDue(db: HistoryDb, now: Date): Promise<{ pruned: boolean; orders: number }> {
  const today = localDay(now);
  const last = await db.settings.get(LAST_PRUNE_KEY);
  if (last?.value === today) return { pruned: false, orders: 0 };
  const days = (await readSettings(db)).retentionDays ?? DEFAULT_RETENTION_DAYS;
  const { orders } = await pruneOlderThan(db, retentionCutoff(now, days));
  await db.settings.put({ key: LAST_PRUNE_KEY, value: today });
  return { pruned: true, orders };
}

/** "Delete all history": every order with its observations, actions and follow-ups. Settings and custom templates are not history and stay. */
export async function deleteAllHistory(db: HistoryDb): Promise<{ deleted: boolean }> {
  await db.transaction('rw', [db.orders, db.observations, db.actions, db.followUps, db.links, db.aggregates], async () => {
    await Promise.all([db.orders.clear(), db.observations.clear(), db.actions.clear(), db.followUps.clear(), db.links.clear()]);
    await db.aggregates.clear();
    await db.aggregates.put(EMPTY_AGGREGATES());
  });
  return { deleted: true };
}
