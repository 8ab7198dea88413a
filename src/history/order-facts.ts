/**
 * Facts about an order that one page does not show but its history knows (architecture.md §6):
 * when the other party asked to cancel, when the order shipped, and that a cancellation request
 * seen on one page (a list row's banner) is still open on another (the order's detail page).
 *
 * Two pure functions, one for each direction:
 * - `withOrderFacts` fills a snapshot from the order's record before the rules judge it;
 * - `orderFactsAfter` gives the record's facts after a (merged) snapshot was seen.
 *
 * What the page shows always wins over history. A time the extension only saw is an estimate of
 * the real one, so it is kept only when the extension saw the change happen (a sighting before
 * it without it): a request or a shipment already there at the first sighting may be days old,
 * and a deadline computed from "first seen" would then be confidently late. Unknown beats a guess.
 */
import type { FromHistory, OrderRecord } from '../messages/protocol';
import type { OrderSnapshot, Stage } from '../rules/types';
import { PRE_SHIPMENT_STAGES } from './stages';

/** What `orderFactsAfter` reads of a sighting: a snapshot, or an observation replayed by the v4 migration. */
export type Sighting = Pick<OrderSnapshot, 'stage' | 'cancelRequested' | 'cancelRequestedAt' | 'shippedAt'> & {
  source: Pick<OrderSnapshot['source'], 'reader'>;
};

/** Stages in which the order has been handed to the carrier. */
const SHIPPED: readonly Stage[] = ['partially-shipped', 'shipped', 'delivered'];
/** A request seen by more page kinds than this is not a list we need to grow. */
const MAX_READERS = 20;

export type OrderFacts = Pick<OrderRecord, 'cancelRequestedAt' | 'cancelRequestSeenBy' | 'shippedAt'>;

const beforeShipment = (stage: Stage): boolean => PRE_SHIPMENT_STAGES.includes(stage);
const openRequestReaders = (order: OrderFacts): readonly string[] => order.cancelRequestSeenBy ?? [];

/**
 * The snapshot with what the order's record knows and the page does not say:
 * - a cancellation request still open is carried (`cancelRequested: true`) while the order is
 *   before shipment, unless this page is of a kind that showed the request and no longer does
 *   (the request was withdrawn or refused: the page says so);
 * - the open request's time, when the page shows the request but not when it was made;
 * - when the order shipped, when the page does not say and the order is past shipment.
 */
export function withOrderFacts(snapshot: OrderSnapshot, order: OrderFacts | undefined): OrderSnapshot {
  if (!order) return snapshot;
  const merged: OrderSnapshot = { ...snapshot };
  const readers = openRequestReaders(order);
  if (!merged.cancelRequested && readers.length > 0 && beforeShipment(merged.stage) && !readers.includes(merged.source.reader))
    merged.cancelRequested = true;
  if (merged.cancelRequested && merged.cancelRequestedAt === undefined && readers.length > 0 && order.cancelRequestedAt)
    merged.cancelRequestedAt = order.cancelRequestedAt;
  if (merged.shippedAt === undefined && order.shippedAt && !beforeShipment(merged.stage)) merged.shippedAt = order.shippedAt;
  return merged;
}

/**
 * The fields `withOrderFacts` set that the page did not; undefined when it set none. The answer
 * carries them (`fromHistory`), so the page can show the state the verdict rests on.
 */
export function addedByHistory(page: OrderSnapshot, judged: OrderSnapshot): FromHistory | undefined {
  const added: FromHistory = {};
  if (judged.cancelRequested && !page.cancelRequested) added.cancelRequested = true;
  if (judged.cancelRequestedAt !== undefined && page.cancelRequestedAt === undefined) added.cancelRequestedAt = judged.cancelRequestedAt;
  if (judged.shippedAt !== undefined && page.shippedAt === undefined) added.shippedAt = judged.shippedAt;
  return Object.keys(added).length > 0 ? added : undefined;
}

/**
 * The record's facts after `seen` (already merged with `withOrderFacts`) was observed at `at`.
 * `existing` is the record before this sighting (its `stage` is the previous sighting's).
 */
export function orderFactsAfter(existing: (OrderFacts & Pick<OrderRecord, 'stage'>) | undefined, seen: Sighting, at: string): OrderFacts {
  const facts: OrderFacts = {};
  const wasOpen = existing !== undefined && openRequestReaders(existing).length > 0;
  // The previous sighting showed the order before shipment with no request open: a change now happened between the two.
  const sawBefore = existing !== undefined && beforeShipment(existing.stage);

  if (seen.cancelRequested) {
    const requestedAt = seen.cancelRequestedAt ?? (wasOpen ? existing?.cancelRequestedAt : sawBefore ? at : undefined);
    if (requestedAt) facts.cancelRequestedAt = requestedAt;
    if (beforeShipment(seen.stage)) {
      const readers = new Set(wasOpen && existing ? openRequestReaders(existing) : []);
      readers.add(seen.source.reader);
      facts.cancelRequestSeenBy = [...readers].slice(-MAX_READERS);
    }
  } else if (existing?.cancelRequestedAt) {
    // The request is over (shipped, ended, or no longer shown); when it was made stays on record.
    facts.cancelRequestedAt = existing.cancelRequestedAt;
  }

  const shippedAt = seen.shippedAt ?? existing?.shippedAt ?? (SHIPPED.includes(seen.stage) && sawBefore ? at : undefined);
  if (shippedAt) facts.shippedAt = shippedAt;
  return facts;
}
