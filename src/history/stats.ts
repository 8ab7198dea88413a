/**
 * Seller statistics from the history: which orders ended canceled or closed, why, and who started
 * it; Amazon's cancellation rate estimated over the orders the extension saw; open follow-ups.
 *
 * Only orders seen in the last 30 days are read (the `lastSeen` index), with their observations
 * through the `[orderKey+at]` index, so the cost follows recent activity, not the size of the history.
 * Everything is an estimate from what the extension saw: an order never opened is not counted.
 */
import { Dexie } from 'dexie';
import type { FollowUpRecord, HistoryStats, ObservationRecord, OrderRecord } from '../messages/protocol';
import type { HistoryDb } from './db';
import { localDay } from './settings';

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

export type Initiator = 'seller' | 'buyer' | 'platform' | 'unknown';
export type EndedOutcome = 'canceled' | 'closed';

type Observation = Pick<ObservationRecord, 'at' | 'stage' | 'outcome' | 'cancelRequested' | 'action' | 'ruleId'>;

/** How an observation ended the order, or null while it is still running. */
export function endedOutcome(obs: Pick<Observation, 'stage' | 'outcome'>): EndedOutcome | null {
  if (obs.stage === 'canceled') return 'canceled';
  if (obs.stage === 'closed') return 'closed';
  // AliExpress FINISH with a cancel-type end reason: "completed" on the page, closed in fact.
  if (obs.stage === 'completed' && obs.outcome === 'closed') return 'closed';
  return null;
}

export interface Ending {
  outcome: EndedOutcome;
  /** When the extension first saw the order ended (the start of its final ended run). */
  endedAt: string;
  /** Observations before the ending, oldest first: what the order looked like while it ran. */
  before: Observation[];
}

/** The order's ending, from its observations oldest first; null when its latest state is not ended. */
export function endingOf(observations: readonly Observation[]): Ending | null {
  const latest = observations.at(-1);
  const outcome = latest ? endedOutcome(latest) : null;
  if (!latest || !outcome) return null;
  let start = observations.length - 1;
  while (start > 0 && endedOutcome(observations[start - 1]!) !== null) start--;
  return { outcome, endedAt: observations[start]!.at, before: observations.slice(0, start) };
}

/** Rule rows where the person is the buyer (dropshipping on AliExpress, sourcing on 1688). */
const BUYER_SIDE = /^(aliexpress|1688)\.buyer\./;
/** Rule rows for a cancellation the other party asked for. */
const ASKED_BY_BUYER = /buyer-requested|cancel-requested/;
/** Rule rows whose time had run out: the platform cancels or closes by itself. */
const SYSTEM_TIMEOUT = /auto-cancel-passed|timer-passed/;

/**
 * Who started the ending, from the verdicts seen while the order ran:
 * the buyer asked (cancelRequested, buyer-requested rows) → buyer; the platform's timer ran out
 * (auto-cancel-passed, timer-passed rows, or a "wait" verdict: pending or unpaid orders the
 * platform cancels) → platform; the last verdict told the person to cancel or close → the
 * person's side (seller, or buyer on a buyer-side page). Seen only after it ended → unknown.
 */
export function initiatorOf(before: readonly Observation[]): Initiator {
  const last = before.at(-1);
  if (!last) return 'unknown';
  if (before.some((o) => o.cancelRequested || ASKED_BY_BUYER.test(o.ruleId))) return 'buyer';
  if (SYSTEM_TIMEOUT.test(last.ruleId) || last.action === 'wait') return 'platform';
  if (last.action === 'cancel' || last.action === 'close') return BUYER_SIDE.test(last.ruleId) ? 'buyer' : 'seller';
  return 'unknown';
}

/** Amazon orders the seller ships: the page said so, or a merchant-fulfilled (mfn) rule matched. */
export function isSellerFulfilled(order: OrderRecord, observations: readonly Observation[]): boolean {
  if (order.fulfilledBy !== undefined) return order.fulfilledBy === 'merchant';
  return observations.some((o) => /\.mfn(\.|$)/.test(o.ruleId));
}

/** AliExpress counts a seller's cancellation, or a ship-by timeout, against the seller. */
function isAliexpressSellerFault(ending: Ending, initiator: Initiator): boolean {
  const last = ending.before.at(-1);
  if (!last || ending.outcome !== 'canceled' || BUYER_SIDE.test(last.ruleId)) return false;
  if (initiator === 'seller') return true;
  return initiator === 'platform' && (last.stage === 'awaiting-shipment' || last.stage === 'partially-shipped');
}

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

  const { total, recent, observations, reasons, openFollowUps } = await db.transaction(
    'r',
    [db.orders, db.observations, db.actions, db.followUps],
    async () => {
      const recent = await db.orders.where('lastSeen').aboveOrEqual(windowStart).toArray();
      const keys = recent.map((o) => o.key);
      const keySet = new Set(keys);
      return {
        total: await db.orders.count(),
        recent,
        // One index range per order, issued together: native getAll calls, much faster than one
        // anyOf cursor hopping across a million-entry index.
        observations: (
          await Promise.all(
            keys.map((k) => db.observations.where('[orderKey+at]').between([k, Dexie.minKey], [k, Dexie.maxKey]).toArray()),
          )
        ).flat(),
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

  const byOrder = new Map<string, Observation[]>();
  for (const o of observations) {
    const list = byOrder.get(o.orderKey);
    if (list) list.push(o);
    else byOrder.set(o.orderKey, [o]);
  }
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

  for (const order of recent) {
    const seen = (byOrder.get(order.key) ?? []).sort((a, b) => a.at.localeCompare(b.at));
    const ending = endingOf(seen);
    const initiator = ending ? initiatorOf(ending.before) : 'unknown';

    if (order.platform === 'amazon' && order.lastSeen >= amazonStart && isSellerFulfilled(order, seen)) {
      amazonOrders++;
      if (ending?.outcome === 'canceled' && ending.endedAt >= amazonStart && initiator === 'seller') amazonSellerCancels++;
    }
    if (!ending || ending.endedAt < windowStart) continue;

    const platform = (endedByPlatform[order.platform] ??= { canceled: 0, closed: 0 });
    platform[ending.outcome]++;
    const reason = reasonOf.get(order.key)?.reason ?? ending.before.at(-1)?.ruleId ?? seen.at(-1)!.ruleId;
    reasonCounts.set(reason, (reasonCounts.get(reason) ?? 0) + 1);
    endedByInitiator[initiator] = (endedByInitiator[initiator] ?? 0) + 1;
    const day = daily.get(localDay(new Date(ending.endedAt)));
    if (day) day[ending.outcome]++;
    if (order.platform === 'aliexpress' && ending.endedAt >= aliexpressStart && isAliexpressSellerFault(ending, initiator))
      aliexpressFault++;
  }

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
