/**
 * Seller statistics from the history: which orders ended canceled or closed, why, and who started
 * it; Amazon's cancellation rate estimated over the orders the extension saw; open follow-ups.
 *
 * The figures come from counters kept per local day as orders are recorded, imported, pruned and
 * deleted (src/history/aggregates.ts): a query reads the thirty days' rows, the few recorded reasons
 * and the first open follow-ups, whatever the size of the history. The windows are whole local days,
 * today included: "30 days" is the daily series' 30 days, Amazon's 7 days today and the 6 before.
 * Everything is an estimate from what the extension saw: an order never opened is not counted.
 */
import type { HistoryStats } from '../messages/protocol';
import type { HistoryDb } from './db';
import { aggregatesReady, ALL_ROW, COUNTER, rebuildAggregates } from './aggregates';
import { withoutOpenIndex } from './follow-ups';
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

/** The `n` local days ending today, oldest first. */
function lastDays(now: Date, n: number): string[] {
  const days: string[] = [];
  for (let i = n - 1; i >= 0; i--) days.push(localDay(new Date(now.getTime() - i * DAY_MS)));
  return days;
}

export async function historyStats(db: HistoryDb, now: Date, opts: StatsOptions = {}): Promise<HistoryStats> {
  if (!(await aggregatesReady(db.aggregates)))
    await db.transaction('rw', [db.orders, db.observations, db.aggregates], async () => {
      // Another reader may have rebuilt meanwhile.
      if (!(await aggregatesReady(db.aggregates))) await rebuildAggregates(db);
    });
  const days = lastDays(now, STATS_WINDOW_DAYS);
  const amazonDays = new Set(days.slice(-AMAZON_RATE_DAYS));
  const aliexpressDays = new Set(days.slice(-ALIEXPRESS_FAULT_DAYS));
  const windowDays = new Set(days);

  const { all, rows, reasons, reasonOrders, openFollowUps } = await db.transaction(
    'r',
    [db.orders, db.actions, db.followUps, db.aggregates],
    async () => {
      // Reasons are rare: reading them by kind is cheaper than every action of every order.
      const reasons = await db.actions.where('kind').equals('reason-recorded').toArray();
      const reasonKeys = [...new Set(reasons.map((a) => a.orderKey))];
      return {
        all: await db.aggregates.get(ALL_ROW),
        rows: await db.aggregates.bulkGet(days),
        reasons,
        reasonOrders: new Map((await db.orders.bulkGet(reasonKeys)).flatMap((o, i) => (o ? [[reasonKeys[i]!, o] as const] : []))),
        // Only open follow-ups are in this index: done ones cost nothing however many there are.
        openFollowUps: (await db.followUps.orderBy('openDueAt').limit(OPEN_FOLLOW_UPS_SHOWN).toArray()).map(withoutOpenIndex),
      };
    },
  );

  const daily = new Map(days.map((day) => [day, { day, canceled: 0, closed: 0 }]));
  const endedByPlatform: HistoryStats['endedByPlatform'] = {};
  const reasonCounts = new Map<string, number>();
  const endedByInitiator: Record<string, number> = {};
  let amazonOrders = 0;
  let amazonSellerCancels = 0;
  let aliexpressFault = 0;

  days.forEach((day, i) => {
    for (const [counter, n] of Object.entries(rows[i]?.counts ?? {})) {
      if (counter === COUNTER.amazonOrders) {
        if (amazonDays.has(day)) amazonOrders += n;
      } else if (counter === COUNTER.amazonSellerCancels) {
        if (amazonDays.has(day)) amazonSellerCancels += n;
      } else if (counter === COUNTER.aliexpressFault) {
        if (aliexpressDays.has(day)) aliexpressFault += n;
      } else {
        const [kind, a, b] = counter.split('|') as [string, string, string | undefined];
        if (kind === 'ended' && (b === 'canceled' || b === 'closed')) {
          (endedByPlatform[a as keyof HistoryStats['endedByPlatform']] ??= { canceled: 0, closed: 0 })[b] += n;
          daily.get(day)![b] += n;
        } else if (kind === 'rule') {
          const rule = counter.slice('rule|'.length);
          reasonCounts.set(rule, (reasonCounts.get(rule) ?? 0) + n);
        } else if (kind === 'initiator') endedByInitiator[a] = (endedByInitiator[a] ?? 0) + n;
      }
    }
  });

  // An ending in the window whose reason the person recorded counts under that reason, not its rule.
  const reasonOf = new Map<string, { at: string; reason: string }>();
  for (const a of reasons) {
    if (a.kind !== 'reason-recorded') continue;
    const seen = reasonOf.get(a.orderKey);
    if (!seen || a.at >= seen.at) reasonOf.set(a.orderKey, { at: a.at, reason: a.payload.reason });
  }
  for (const [key, { reason }] of reasonOf) {
    const ending = reasonOrders.get(key)?.summary?.ending;
    if (!ending || !windowDays.has(localDay(new Date(ending.endedAt)))) continue;
    const left = (reasonCounts.get(ending.lastRuleId) ?? 0) - 1;
    if (left > 0) reasonCounts.set(ending.lastRuleId, left);
    else reasonCounts.delete(ending.lastRuleId);
    reasonCounts.set(reason, (reasonCounts.get(reason) ?? 0) + 1);
  }
  const total = all?.counts[COUNTER.orders] ?? 0;

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
