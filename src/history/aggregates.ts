/**
 * The statistics' counters, kept up to date as orders change, so the statistics page reads about
 * thirty small rows instead of every recent order (schema v7, table `aggregates`).
 *
 * Each order adds to a few counters of a local day (its `contributions`): the day it was last seen
 * (Amazon's rate counts the seller-fulfilled orders seen in 7 days) and the day it ended (endings by
 * platform, rule, initiator; Amazon seller cancellations; AliExpress seller-fault closures). Every
 * writer of order records hands the record before and after to `applyOrderChanges` inside its own
 * transaction, which moves the difference: the counters change exactly when the orders do, and a
 * worker stopped half-way rolls both back together. The `all` row holds the number of orders and
 * the time zone the days were counted in: when that row is missing (a fresh table) or the zone
 * changed, writers leave the counters alone and the next reader counts them again from the orders
 * (`rebuildAggregates`), once.
 *
 * A recorded reason (the person's own, an action) is not counted here: reasons are rare, and the
 * statistics move those few endings from their rule to the reason when they read.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { StoredObservation } from '../messages/protocol';
import { byTime, countsTowardAmazonRate, isSellerFulfilled, summarize, type StoredOrder } from './ending';
import { localDay } from './settings';

/** One local day's counters, or (`day` = ALL_ROW) the totals and the zone the days are counted in. */
export interface AggregateRow {
  day: string;
  counts: Record<string, number>;
  zone?: string;
}

export const ALL_ROW = 'all';

/** Counter names. Per-platform and per-rule counters carry their value after a `|`. */
export const COUNTER = {
  orders: 'orders',
  amazonOrders: 'amazon-orders',
  amazonSellerCancels: 'amazon-seller-cancels',
  aliexpressFault: 'aliexpress-fault',
  ended: (platform: string, outcome: string) => `ended|${platform}|${outcome}`,
  rule: (ruleId: string) => `rule|${ruleId}`,
  initiator: (initiator: string) => `initiator|${initiator}`,
} as const;

/** The zone local days are counted in: a change makes every day key mean something else. */
export const currentZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

const dayOf = (iso: string): string => localDay(new Date(iso));

/** The counters one order adds to: [day, counter] pairs (from its summary; a record without one has no ending). */
export function contributions(order: StoredOrder): Array<[string, string]> {
  const summary = order.summary ?? summarize([]);
  const out: Array<[string, string]> = [[ALL_ROW, COUNTER.orders]];
  const ending = summary.ending;
  if (order.platform === 'amazon' && isSellerFulfilled(order, summary)) {
    out.push([dayOf(order.lastSeen), COUNTER.amazonOrders]);
    if (ending && countsTowardAmazonRate(ending)) out.push([dayOf(ending.endedAt), COUNTER.amazonSellerCancels]);
  }
  if (!ending) return out;
  const day = dayOf(ending.endedAt);
  out.push(
    [day, COUNTER.ended(order.platform, ending.outcome)],
    [day, COUNTER.rule(ending.lastRuleId)],
    [day, COUNTER.initiator(ending.initiator)],
  );
  if (order.platform === 'aliexpress' && ending.sellerFault) out.push([day, COUNTER.aliexpressFault]);
  return out;
}

type Deltas = Map<string, Map<string, number>>;

function addTo(deltas: Deltas, pairs: Array<[string, string]>, by: number): void {
  for (const [day, counter] of pairs) {
    const row = deltas.get(day) ?? new Map<string, number>();
    row.set(counter, (row.get(counter) ?? 0) + by);
    deltas.set(day, row);
  }
}

/** An order record as it was and as it is now; either is absent when the order is added or deleted. */
export interface OrderChange {
  before?: StoredOrder | undefined;
  after?: StoredOrder | undefined;
}

/**
 * Moves the counters by what changed. Call it inside the transaction that writes the orders, with
 * `db.aggregates` in its scope. Re-seeing an order the same day changes no counter and reads nothing.
 */
export async function applyOrderChanges(aggregates: EntityTable<AggregateRow, 'day'>, changes: readonly OrderChange[]): Promise<void> {
  const deltas: Deltas = new Map();
  for (const { before, after } of changes) {
    if (before) addTo(deltas, contributions(before), -1);
    if (after) addTo(deltas, contributions(after), +1);
  }
  for (const [day, row] of deltas) {
    for (const [counter, n] of row) if (n === 0) row.delete(counter);
    if (row.size === 0) deltas.delete(day);
  }
  if (deltas.size === 0) return;
  const all = await aggregates.get(ALL_ROW);
  // Not counted yet, or counted in another zone: the next reader counts everything again.
  if (!all || all.zone !== currentZone()) return;
  const days = [...deltas.keys()];
  const rows = await aggregates.bulkGet(days);
  const put: AggregateRow[] = [];
  const emptied: string[] = [];
  days.forEach((day, i) => {
    const counts = { ...(day === ALL_ROW ? all.counts : (rows[i]?.counts ?? {})) };
    for (const [counter, n] of deltas.get(day)!) {
      const next = (counts[counter] ?? 0) + n;
      if (next === 0) delete counts[counter];
      else counts[counter] = next;
    }
    if (day === ALL_ROW) put.push({ ...all, counts });
    else if (Object.keys(counts).length === 0) emptied.push(day);
    else put.push({ day, counts });
  });
  await aggregates.bulkPut(put);
  if (emptied.length) await aggregates.bulkDelete(emptied);
}

/** The counters counted from scratch from a list of orders (with their summaries): what the table must hold. */
export function countAll(orders: Iterable<StoredOrder>, zone: string = currentZone()): AggregateRow[] {
  const deltas: Deltas = new Map([[ALL_ROW, new Map()]]);
  for (const order of orders) addTo(deltas, contributions(order), +1);
  return [...deltas].map(([day, row]) => ({ day, counts: Object.fromEntries(row), ...(day === ALL_ROW ? { zone } : {}) }));
}

const REBUILD_PAGE = 5000;

/** The tables a rebuild reads and writes: the database's, or a migration transaction's. */
export interface AggregateTables {
  orders: EntityTable<StoredOrder, 'key'>;
  observations: EntityTable<StoredObservation, 'id'>;
  aggregates: EntityTable<AggregateRow, 'day'>;
}

/**
 * Counts every order again and replaces the table (the v7 upgrade, a changed time zone). An order
 * without a summary (written by a version before v3 or another tool) is summarised from its observations.
 */
export async function rebuildAggregates(t: AggregateTables, pageSize: number = REBUILD_PAGE): Promise<void> {
  const orders: StoredOrder[] = [];
  const unsummarised: StoredOrder[] = [];
  // Read a page of records at a time (one getAll each): a cursor over 100,000 orders took seconds.
  for (let after: string | null = null; ; ) {
    const page: StoredOrder[] = await (after === null ? t.orders.toCollection() : t.orders.where(':id').above(after))
      .limit(pageSize)
      .toArray();
    for (const o of page) (o.summary ? orders : unsummarised).push(o);
    if (page.length < pageSize) break;
    after = page.at(-1)!.key;
  }
  // The ranges are issued together: native getAll calls, much faster than one after the other.
  const summarised = await Promise.all(
    unsummarised.map(async (o) => {
      const seen = await t.observations.where('[orderKey+at]').between([o.key, Dexie.minKey], [o.key, Dexie.maxKey]).toArray();
      return { ...o, summary: summarize(seen.sort(byTime)) };
    }),
  );
  // Kept, so every later change of these orders is counted from the same summary.
  if (summarised.length) await t.orders.bulkPut(summarised);
  orders.push(...summarised);
  await t.aggregates.clear();
  await t.aggregates.bulkPut(countAll(orders));
}

/** Whether the table holds counters for today's zone (false: the reader must rebuild first). */
export async function aggregatesReady(aggregates: EntityTable<AggregateRow, 'day'>): Promise<boolean> {
  return (await aggregates.get(ALL_ROW))?.zone === currentZone();
}

/** A counted-but-empty table (after "Delete all history"): zero orders, today's zone. */
export const EMPTY_AGGREGATES = (): AggregateRow => ({ day: ALL_ROW, counts: {}, zone: currentZone() });
