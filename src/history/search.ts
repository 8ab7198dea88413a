/**
 * Finding any order in the history: by order id (pasted, whole or its beginning), platform, stage,
 * verdict, "needs action" and the day it was last seen, newest first.
 *
 * Every query walks an index (schema v6, src/history/migrations.ts), never the whole table: an id
 * goes through `orderId`; otherwise the most telling filter picks a compound index with `lastSeen`
 * (verdict, then stage, then platform), walked newest first within the date range, and the other
 * filters are checked on the records it yields until the page is full.
 */
import type { OrderRecord, OrderSearch } from '../messages/protocol';
import type { Action } from '../rules/types';
import type { HistoryDb } from './db';
import { withoutSummary, type StoredOrder } from './ending';

/** Verdicts that ask the person to do something now ("needs action"). */
const NEEDS_ACTION: readonly Action[] = [
  'cancel',
  'close',
  'request-cancel',
  'respond',
  'refund',
  'return-and-refund',
  'dispute',
  'contact-support',
];

/** At most this many records are checked for one page of results: a search answers in time, or says there may be more. */
const MAX_WALK = 20_000;

export interface SearchResult {
  orders: OrderRecord[];
  /** More orders may match than were returned (the page is full, or the walk stopped). */
  more: boolean;
}

/** An order id as pasted: surrounding spaces, and the "#" or "No." some pages put before it, dropped. */
export function normalizeOrderId(raw: string): string {
  return raw
    .trim()
    .replace(/^(?:#|no\.?\s*|订单号[:：]?\s*)/i, '')
    .trim();
}

function matches(o: StoredOrder, q: OrderSearch): boolean {
  if (q.platform && o.platform !== q.platform) return false;
  if (q.stage && o.stage !== q.stage) return false;
  if (q.action && o.lastAction !== q.action) return false;
  if (q.needsAction && !NEEDS_ACTION.includes(o.lastAction)) return false;
  if (q.from && o.lastSeen < q.from) return false;
  if (q.to && o.lastSeen > q.to) return false;
  return true;
}

const newestFirst = (a: StoredOrder, b: StoredOrder): number => (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : 0);

export async function searchOrders(db: HistoryDb, q: OrderSearch): Promise<SearchResult> {
  const id = q.orderId ? normalizeOrderId(q.orderId) : '';
  if (id) return byOrderId(db, id, q);
  const from = q.from ?? '';
  const to = q.to ?? '\uffff';
  // One index walk per verdict asked for, each newest first; merged, they stay newest first.
  const walks: Array<[index: string, value: string]> = q.action
    ? [['[lastAction+lastSeen]', q.action]]
    : q.needsAction
      ? NEEDS_ACTION.map((a) => ['[lastAction+lastSeen]', a])
      : q.stage
        ? [['[stage+lastSeen]', q.stage]]
        : q.platform
          ? [['[platform+lastSeen]', q.platform]]
          : [];
  let more = false;
  const take = (collection: ReturnType<HistoryDb['orders']['toCollection']>) => {
    let walked = 0;
    return collection
      .until(() => {
        if (++walked <= MAX_WALK) return false;
        more = true;
        return true;
      })
      .filter((o) => matches(o, q))
      .limit(q.limit + 1)
      .toArray();
  };
  const found =
    walks.length === 0
      ? await take(db.orders.where('lastSeen').between(from, to, true, true).reverse())
      : (
          await Promise.all(
            walks.map(([index, value]) => take(db.orders.where(index).between([value, from], [value, to], true, true).reverse())),
          )
        )
          .flat()
          .sort(newestFirst);
  if (found.length > q.limit) more = true;
  return { orders: found.slice(0, q.limit).map(withoutSummary), more };
}

/** The exact id first, then ids that begin with it, newest first. */
async function byOrderId(db: HistoryDb, id: string, q: OrderSearch): Promise<SearchResult> {
  const found = await db.orders.where('orderId').startsWith(id).limit(MAX_WALK).toArray();
  const hits = found.filter((o) => matches(o, q)).sort((a, b) => Number(b.orderId === id) - Number(a.orderId === id) || newestFirst(a, b));
  return { orders: hits.slice(0, q.limit).map(withoutSummary), more: hits.length > q.limit || found.length === MAX_WALK };
}
