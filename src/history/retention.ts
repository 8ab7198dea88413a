/** Forgetting old orders, so history does not grow without end on the person's disk. */
import type { HistoryDb } from './db';

/** Orders not seen for two years are removed (long past any refund, dispute or audit window). */
export const DEFAULT_RETENTION_DAYS = 730;

const DAY_MS = 24 * 60 * 60 * 1000;

export function retentionCutoff(now: Date, days: number = DEFAULT_RETENTION_DAYS): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** Deletes orders last seen before `cutoff`, with their observations, actions and follow-ups. */
export async function pruneOlderThan(db: HistoryDb, cutoff: Date): Promise<{ orders: number }> {
  return db.transaction('rw', [db.orders, db.observations, db.actions, db.followUps], async () => {
    const keys = (await db.orders.where('lastSeen').below(cutoff.toISOString()).primaryKeys()) as string[];
    if (keys.length === 0) return { orders: 0 };
    await db.observations.where('orderKey').anyOf(keys).delete();
    await db.actions.where('orderKey').anyOf(keys).delete();
    await db.followUps.where('orderKey').anyOf(keys).delete();
    await db.orders.bulkDelete(keys);
    return { orders: keys.length };
  });
}
