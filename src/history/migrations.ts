/**
 * The history schema, one entry per database version, oldest first.
 *
 * To change the schema, append an entry (never edit a shipped one): Dexie opens an older
 * database, applies each newer `stores` in turn and runs its `upgrade` inside the version-change
 * transaction, so a person's history survives extension updates.
 *
 *   { version: 2, stores: { orders: '…new indexes…' }, upgrade: (tx) => tx.table('orders').toCollection().modify(…) }
 *
 * Dexie's schema syntax: the first entry is the primary key (`++` = auto-increment),
 * `&` = unique index, `[a+b]` = compound index. Only indexed fields are listed; records may
 * hold more.
 */
import type { Transaction } from 'dexie';
import type { FollowUpRecord } from '../messages/protocol';
import { rebuildAggregates } from './aggregates';
import type { StoredFollowUp } from './db';
import { summarize, type Observation, type OrderSummary, type StoredOrder } from './ending';
import { orderFactsAfter, type OrderFacts } from './order-facts';

export interface Migration {
  version: number;
  /** Table name → Dexie schema string; `null` deletes a table. Tables not named keep their schema. */
  stores: Record<string, string | null>;
  /** Rewrites existing records for this version; runs once, when an older database is opened. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    stores: {
      // key = `${platform}:${orderId}`
      orders: 'key, platform, lastSeen, stage, [platform+lastSeen]',
      // `dedupe` is unique: the same state seen again after the same previous observation adds nothing.
      observations: '++id, orderKey, at, [orderKey+at], &dedupe',
      actions: '++id, orderKey, at, [orderKey+at], kind',
      // One follow-up of each id per order.
      followUps: '++seq, orderKey, dueAt, &[orderKey+id]',
    },
  },
  {
    version: 2,
    stores: {
      // One row per key: 'user' holds UserSettings, 'lastPrune' the day retention last ran.
      settings: 'key',
      // `id` = 'custom:<seq>', set right after the row is added (see templates.ts).
      customTemplates: '++seq, &id, platform, updatedAt',
    },
  },
  {
    version: 3,
    // Each order record gains `summary`, what the statistics need from its observations
    // (src/history/ending.ts), so they no longer read every observation. Indexes nothing queries
    // are dropped: every index is one more write per record and more bytes on disk.
    stores: {
      orders: 'key, lastSeen',
      observations: '++id, orderKey, [orderKey+at], &dedupe',
    },
    upgrade: addOrderSummaries,
  },
  {
    version: 4,
    // Each order record gains the facts merged into its snapshots before judging
    // (src/history/order-facts.ts): when a cancellation request and the shipment were first seen,
    // and which page kinds show a request still open. No index changes: nothing queries them.
    stores: {},
    upgrade: addOrderFacts,
  },
  {
    version: 6,
    // Version 5 is left to another change made at the same time; Dexie accepts the gap.
    // `dueAt`: the next deadline of an order that wants reminders (src/history/reminders.ts); the badge
    // and the alarms read the orders due next from it. Orders without one are not in the index.
    // `orderId` and `[platform+lastSeen]`, `[stage+lastSeen]`, `[lastAction+lastSeen]`: search by an
    // order id (exact or its beginning) and the filters of src/history/search.ts, newest first, without a scan.
    // `links`: a sales order linked by the person to the supplier order that fills it (src/history/chains.ts),
    // looked up from either side; one row per pair.
    stores: {
      orders: 'key, lastSeen, dueAt, orderId, [platform+lastSeen], [stage+lastSeen], [lastAction+lastSeen]',
      links: '++id, sales, supplier, &[sales+supplier]',
    },
  },
  {
    version: 7,
    // `aggregates`: the statistics' counters per local day (src/history/aggregates.ts), counted once
    // here from the orders already stored, then moved by every write of an order.
    // `openDueAt` on follow-ups: their due time while open (src/history/db.ts StoredFollowUp), so the
    // statistics read the soonest open ones from an index instead of walking past every done one.
    stores: { aggregates: 'day', followUps: '++seq, orderKey, dueAt, &[orderKey+id], openDueAt' },
    upgrade: async (tx) => {
      await rebuildAggregates({ orders: tx.table('orders'), observations: tx.table('observations'), aggregates: tx.table('aggregates') });
      await tx
        .table('followUps')
        .filter((f: FollowUpRecord) => f.doneAt === null)
        .modify((f: StoredFollowUp) => {
          f.openDueAt = f.dueAt;
        });
    },
  },
  {
    version: 8,
    // `taughtWords`: status words the person taught (src/history/taught-words.ts), one row per platform and word
    // (`key` is the word's matchKey, so two spellings of one word are one row); listed by platform.
    stores: {
      taughtWords: '[platform+key], platform',
    },
  },
];

/** Stands for "a page read before v4": matches no reader, so an open request is carried to every page until it ships or ends. */
export const READER_BEFORE_V4 = 'recorded-before-v4';

/** Replays each order's observations, oldest first, as the sightings they were, and stores the facts they give. */
async function addOrderFacts(tx: Transaction): Promise<void> {
  const facts = new Map<string, OrderFacts>();
  let key: string | null = null;
  let previous: (OrderFacts & { stage: Observation['stage'] }) | undefined;
  await tx
    .table('observations')
    .orderBy('[orderKey+at]')
    .each((o: Observation & { orderKey: string }) => {
      if (o.orderKey !== key) {
        key = o.orderKey;
        previous = undefined;
      }
      const seen = { stage: o.stage, cancelRequested: o.cancelRequested, source: { reader: READER_BEFORE_V4 } };
      const after = orderFactsAfter(previous, seen, o.at);
      previous = { ...after, stage: o.stage };
      facts.set(o.orderKey, after);
    });
  await tx
    .table('orders')
    .toCollection()
    .modify((order: StoredOrder) => {
      Object.assign(order, facts.get(order.key) ?? {});
    });
}

/**
 * Walks the observations once in [orderKey+at] order (oldest first within an order), keeping only
 * the small summary of each finished order in memory, then writes each order's summary.
 */
async function addOrderSummaries(tx: Transaction): Promise<void> {
  const summaries = new Map<string, OrderSummary>();
  let key: string | null = null;
  let run: Observation[] = [];
  const flush = () => {
    if (key !== null) summaries.set(key, summarize(run));
  };
  await tx
    .table('observations')
    .orderBy('[orderKey+at]')
    .each((o: Observation & { orderKey: string }) => {
      if (o.orderKey !== key) {
        flush();
        key = o.orderKey;
        run = [];
      }
      run.push(o);
    });
  flush();
  await tx
    .table('orders')
    .toCollection()
    .modify((order: StoredOrder) => {
      order.summary = summaries.get(order.key) ?? summarize([]);
    });
}
