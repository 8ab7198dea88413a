/** Reading history back, and recording what the person did for an order. */
import { Dexie } from 'dexie';
import type { ObservationRecord, OrderActionRecord, OrderHistory, OrderRecord } from '../messages/protocol';
import type { Platform } from '../rules/types';
import { orderKeyOf, type HistoryDb, type StoredObservation } from './db';
import { withoutOpenIndex } from './follow-ups';
import { withoutSummary } from './ending';

export type OrderActionKind = OrderActionRecord['kind'];
export type OrderActionPayload<K extends OrderActionKind> = Extract<OrderActionRecord, { kind: K }>['payload'];

/** Everything known about one order: observations and actions oldest first, open follow-ups soonest first. */
export async function orderHistory(db: HistoryDb, platform: Platform, orderId: string): Promise<OrderHistory> {
  const orderKey = orderKeyOf(platform, orderId);
  return db.transaction('r', [db.orders, db.observations, db.actions, db.followUps], async () => {
    const stored = await db.orders.get(orderKey);
    const order = stored ? withoutSummary(stored) : null;
    const range = [
      [orderKey, Dexie.minKey],
      [orderKey, Dexie.maxKey],
    ] as const;
    const observations = await db.observations
      .where('[orderKey+at]')
      .between(...range)
      .toArray();
    const actions = await db.actions
      .where('[orderKey+at]')
      .between(...range)
      .toArray();
    const followUps = (await db.followUps.where('orderKey').equals(orderKey).toArray())
      .filter((followUp) => followUp.doneAt === null)
      .map(withoutOpenIndex)
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    return { order, observations: observations.map(withoutDedupe), actions, followUps };
  });
}

/** The dedupe key is storage plumbing, not part of the record callers see. */
function withoutDedupe({ dedupe: _dedupe, ...observation }: StoredObservation): ObservationRecord {
  return observation;
}

/** The most recently seen orders, newest first. */
export async function recentOrders(db: HistoryDb, limit: number): Promise<OrderRecord[]> {
  if (!Number.isFinite(limit) || limit < 1) return [];
  return (await db.orders.orderBy('lastSeen').reverse().limit(Math.floor(limit)).toArray()).map(withoutSummary);
}

/**
 * Records something the person did for an order. Payloads hold ids and the person's own
 * words, never a rendered message (which would carry the buyer's name).
 * Returns false when the order has never been recorded: an action must hang on an order so
 * that pruning the order removes it too.
 */
export async function recordAction<K extends OrderActionKind>(
  db: HistoryDb,
  orderKey: string,
  kind: K,
  payload: OrderActionPayload<K>,
  at: Date,
): Promise<{ recorded: boolean }> {
  return db.transaction('rw', [db.orders, db.actions], async () => {
    if (!(await db.orders.get(orderKey))) return { recorded: false };
    const action = { orderKey, at: at.toISOString(), kind, payload } as OrderActionRecord;
    await db.actions.add(action);
    return { recorded: true };
  });
}
