/**
 * Seller statistics from the history: which orders ended canceled or closed, why, and who started
 * it; Amazon's cancellation rate estimated over the orders the extension saw; open follow-ups.
 *
 * Only orders seen in the last 30 days are read (the `lastSeen` index), each carrying the summary of
 * its observations (src/history/ending.ts), so the cost follows recent activity, not the size of the
 * history. An order without a summary (written by an older version or another tool) has its
 * observations read through the `[orderKey+at]` index instead.
 * Everything is an estimate from what the extension saw: an order never opened is not counted.
 */
import { Dexie } from 'dexie';
import type { FollowUpRecord, HistoryStats } from '../messages/protocol';
import type { HistoryDb } from './db';
import { byTime, countsTowardAmazonRate, isSellerFulfilled, summarize, type OrderSummary, type StoredOrder } from './ending';
import { localDay } from './settings';

export { endingOf, initiatorOf } from './ending';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The breakdowns and the daily series cover orders that ended in this many days. */
export const STATS_WINDOW_DAYS = 30;
/** Amazon measures its Cancellation Rate over 7 days. */
export const AMAZON_RATE_DAYS = 7;
/** AliExpress seller-fault cancellations are counted over 30 days. */
export const ALIEXPRESS_FAULT_DAYS = 30;
/** The page lists at most this many open follow-ups, soonest due first. */
export const OPEN_FOLLOW_UPS_SHOWN = 200;
/** Amazon's own target when the person has not changed it (src/rules/settings.ts). */
export const DEFAULT_AMAZON_TARGET_PCT = 2.5;
/** Warn at 80 % of the target: 2.0 % for Amazon's 2.5 %. */
export const WARN_SHARE_OF_TARGET = 0.8;

export interface StatsOptions {
  /** Amazon's Cancellation Rate target in percent (the person's rule setting). */
  amazonTargetPct?: number;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

export async function historyStats(db: HistoryDb, now: Date, opts: StatsOptions = {}): Promise<HistoryStats> {
  const since = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  const windowStart = since(STATS_WINDOW_DAYS);
  const amazonStart = since(AMAZON_RATE_DAYS);
  const aliexpressStart = since(ALIEXPRESS_FAULT_DAYS);

  const { total, recent, summaries, reasons, openFollowUps } = await db.transaction(
    'r',
    [db.orders, db.observations, db.actions, db.followUps],
    async () => {
      const recent: StoredOrder[] = await db.orders.where('lastSeen').aboveOrEqual(windowStart).toArray();
      const keySet = new Set(recent.map((o) => o.key));
      return {
        total: await db.orders.count(),
        recent,
        summaries: await summariesOf(db, recent),
        // Reasons are rare: reading them by kind is cheaper than every action of every order.
        reasons: (await db.actions.where('kind').equals('reason-recorded').toArray()).filter((a) => keySet.has(a.orderKey)),
        openFollowUps: await db.followUps
          .orderBy('dueAt')
          .filter((f: FollowUpRecord) => f.doneAt === null)
          .limit(OPEN_FOLLOW_UPS_SHOWN)
          .toArray(),
      };
    },
  );

  const reasonOf = new Map<string, { at: string; reason: string }>();
  for (const a of reasons) {
    if (a.kind !== 'reason-recorded') continue;
    const seen = reasonOf.get(a.orderKey);
    if (!seen || a.at >= seen.at) reasonOf.set(a.orderKey, { at: a.at, reason: a.payload.reason });
  }

  const days: string[] = [];
  for (let i = STATS_WINDOW_DAYS - 1; i >= 0; i--) days.push(localDay(new Date(now.getTime() - i * DAY_MS)));
  const daily = new Map(days.map((day) => [day, { day, canceled: 0, closed: 0 }]));
  const endedByPlatform: HistoryStats['endedByPlatform'] = {};
  const reasonCounts = new Map<string, number>();
  const endedByInitiator: Record<string, number> = {};
  let amazonOrders = 0;
  let amazonSellerCancels = 0;
  let aliexpressFault = 0;

  recent.forEach((order, i) => {
    const summary = summaries[i]!;
    const ending = summary.ending;
    const initiator = ending?.initiator ?? 'unknown';

    if (order.platform === 'amazon' && order.lastSeen >= amazonStart && isSellerFulfilled(order, summary)) {
      amazonOrders++;
      if (ending && ending.endedAt >= amazonStart && countsTowardAmazonRate(ending)) amazonSellerCancels++;
    }
    if (!ending || ending.endedAt < windowStart) return;

    const platform = (endedByPlatform[order.platform] ??= { canceled: 0, closed: 0 });
    platform[ending.outcome]++;
    const reason = reasonOf.get(order.key)?.reason ?? ending.lastRuleId;
    reasonCounts.set(reason, (reasonCounts.get(reason) ?? 0) + 1);
    endedByInitiator[initiator] = (endedByInitiator[initiator] ?? 0) + 1;
    const day = daily.get(localDay(new Date(ending.endedAt)));
    if (day) day[ending.outcome]++;
    if (order.platform === 'aliexpress' && ending.endedAt >= aliexpressStart && ending.sellerFault) aliexpressFault++;
  });

  const target = opts.amazonTargetPct ?? DEFAULT_AMAZON_TARGET_PCT;
  const ratePct = amazonOrders ? round2((amazonSellerCancels / amazonOrders) * 100) : 0;
  return {
    at: now.toISOString(),
    orders: total,
    endedByPlatform,
    endedByReason: [...reasonCounts]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    endedByInitiator,
    amazonCancelRate7d: {
      orders: amazonOrders,
      sellerCancellations: amazonSellerCancels,
      ratePct,
      warn: amazonOrders > 0 && ratePct >= target * WARN_SHARE_OF_TARGET,
    },
    aliexpressSellerFault30d: aliexpressFault,
    openFollowUps,
    daily: [...daily.values()],
    windowDays: STATS_WINDOW_DAYS,
  };
}

/**
 * Each order's summary, in the order given: the stored one, or for records without one (older
 * versions, other tools) one made from its observations, read by index range. The ranges are
 * issued together: native getAll calls, much faster than one anyOf cursor across a big index.
 */
export async function summariesOf(db: HistoryDb, orders: readonly StoredOrder[]): Promise<OrderSummary[]> {
  return Promise.all(
    orders.map(
      async (o) =>
        o.summary ??
        summarize(
          (await db.observations.where('[orderKey+at]').between([o.key, Dexie.minKey], [o.key, Dexie.maxKey]).toArray()).sort(byTime),
        ),
    ),
  );
}
