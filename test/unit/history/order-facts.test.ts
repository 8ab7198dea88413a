/**
 * History merged into the snapshot before judging (architecture.md §6): what the page shows wins;
 * a cancellation request seen once is carried until the order ships or ends (or the page kind that
 * showed it shows it no more); a time the extension only saw is kept only when it saw the change.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryDb } from '../../../src/history/db';
import { addedByHistory, orderFactsAfter, withOrderFacts, type OrderFacts } from '../../../src/history/order-facts';
import { recordObservation } from '../../../src/history/record';
import type { OrderSnapshot } from '../../../src/rules/types';
import { freshDb, minutesAfter, snapshot, T0, verdict } from './fixtures';

const LIST = 'amazon-manage-orders';
const DETAIL = 'amazon-order-detail';
const at = (minutes: number) => minutesAfter(T0, minutes).toISOString();
const seenOn = (reader: string, over: Partial<OrderSnapshot> = {}): OrderSnapshot =>
  snapshot({ ...over, source: { url: 'https://sellercentral.amazon.de/orders-v3/order/111-0000000-0000001', reader, missing: [] } });

describe('withOrderFacts: the snapshot the rules judge', () => {
  const open: OrderFacts = { cancelRequestedAt: at(0), cancelRequestSeenBy: [LIST] };

  it('leaves a snapshot without history as it is', () => {
    const page = seenOn(DETAIL);
    expect(withOrderFacts(page, undefined)).toBe(page);
  });

  it("carries a request seen on the list to the order's detail page, with when it was made", () => {
    expect(withOrderFacts(seenOn(DETAIL), open)).toMatchObject({ cancelRequested: true, cancelRequestedAt: at(0) });
  });

  it('lets the page win: its own times, and a page kind that showed the request and no longer does', () => {
    const ownTime = withOrderFacts(seenOn(DETAIL, { cancelRequested: true, cancelRequestedAt: at(-30), shippedAt: undefined }), open);
    expect(ownTime.cancelRequestedAt).toBe(at(-30));
    // The list showed the request; the list now shows none: withdrawn or refused.
    expect(withOrderFacts(seenOn(LIST), open)).toMatchObject({ cancelRequested: false });
    expect(withOrderFacts(seenOn(LIST), open)).not.toHaveProperty('cancelRequestedAt');
    const shipped = withOrderFacts(seenOn(DETAIL, { stage: 'shipped', shippedAt: at(5) }), { shippedAt: at(9) });
    expect(shipped.shippedAt).toBe(at(5));
  });

  it.each(['shipped', 'partially-shipped', 'delivered', 'canceled', 'closed', 'completed', 'in-dispute'] as const)(
    'drops the request once the order is %s',
    (stage) => {
      expect(withOrderFacts(seenOn(DETAIL, { stage }), open).cancelRequested).toBe(false);
    },
  );

  it('gives a request that is over no time: an old request does not date a new one', () => {
    const over: OrderFacts = { cancelRequestedAt: at(0) };
    expect(withOrderFacts(seenOn(DETAIL, { cancelRequested: true }), over)).not.toHaveProperty('cancelRequestedAt');
    expect(withOrderFacts(seenOn(DETAIL), over).cancelRequested).toBe(false);
  });

  it('fills when the order shipped only once it is past shipment', () => {
    expect(withOrderFacts(seenOn(DETAIL, { stage: 'shipped', trackingNumberShown: false }), { shippedAt: at(60) }).shippedAt).toBe(at(60));
    expect(withOrderFacts(seenOn(DETAIL, { stage: 'awaiting-shipment' }), { shippedAt: at(60) })).not.toHaveProperty('shippedAt');
  });

  it('says what it added, and nothing when the page said it all', () => {
    const page = seenOn(DETAIL);
    expect(addedByHistory(page, withOrderFacts(page, open))).toEqual({ cancelRequested: true, cancelRequestedAt: at(0) });
    const full = seenOn(DETAIL, { cancelRequested: true, cancelRequestedAt: at(-5) });
    expect(addedByHistory(full, withOrderFacts(full, open))).toBeUndefined();
    const shipped = seenOn(DETAIL, { stage: 'shipped' });
    expect(addedByHistory(shipped, withOrderFacts(shipped, { shippedAt: at(3) }))).toEqual({ shippedAt: at(3) });
  });

  it('does not change the snapshot it was given', () => {
    const page = seenOn(DETAIL);
    withOrderFacts(page, open);
    expect(page.cancelRequested).toBe(false);
  });
});

describe('orderFactsAfter: what the record keeps', () => {
  const before = { stage: 'awaiting-shipment' as const };

  it('dates a request or a shipment by the sighting that first showed it, when an earlier one did not', () => {
    expect(orderFactsAfter(before, seenOn(LIST, { cancelRequested: true }), at(10))).toEqual({
      cancelRequestedAt: at(10),
      cancelRequestSeenBy: [LIST],
    });
    expect(orderFactsAfter(before, seenOn(DETAIL, { stage: 'shipped' }), at(20))).toEqual({ shippedAt: at(20) });
  });

  it('leaves the time unknown when the first sighting already shows it (it may be days old)', () => {
    expect(orderFactsAfter(undefined, seenOn(LIST, { cancelRequested: true }), at(10))).toEqual({ cancelRequestSeenBy: [LIST] });
    expect(orderFactsAfter(undefined, seenOn(DETAIL, { stage: 'shipped' }), at(20))).toEqual({});
    expect(orderFactsAfter({ stage: 'in-dispute' }, seenOn(DETAIL, { stage: 'shipped' }), at(20))).toEqual({});
  });

  it("takes the page's own times over the sighting's", () => {
    expect(orderFactsAfter(before, seenOn(LIST, { cancelRequested: true, cancelRequestedAt: at(-90) }), at(10))).toMatchObject({
      cancelRequestedAt: at(-90),
    });
    expect(orderFactsAfter({ ...before, shippedAt: at(20) }, seenOn(DETAIL, { stage: 'shipped', shippedAt: at(15) }), at(30))).toEqual({
      shippedAt: at(15),
    });
  });

  it('keeps the first time while the request stays open, and adds the pages that show it', () => {
    const open = { stage: 'awaiting-shipment' as const, cancelRequestedAt: at(10), cancelRequestSeenBy: [LIST] };
    expect(orderFactsAfter(open, seenOn(DETAIL, { cancelRequested: true }), at(40))).toEqual({
      cancelRequestedAt: at(10),
      cancelRequestSeenBy: [LIST, DETAIL],
    });
  });

  it('closes the request once shipped, ended or no longer shown, and keeps when it was made', () => {
    const open = { stage: 'awaiting-shipment' as const, cancelRequestedAt: at(10), cancelRequestSeenBy: [LIST] };
    expect(orderFactsAfter(open, seenOn(LIST), at(40))).toEqual({ cancelRequestedAt: at(10) });
    expect(orderFactsAfter(open, seenOn(DETAIL, { stage: 'canceled' }), at(40))).toEqual({ cancelRequestedAt: at(10) });
    expect(orderFactsAfter(open, seenOn(DETAIL, { stage: 'shipped' }), at(40))).toEqual({ cancelRequestedAt: at(10), shippedAt: at(40) });
  });
});

describe('recordObservation with the facts', () => {
  let db: HistoryDb;
  beforeEach(async () => {
    db = await freshDb();
  });
  afterEach(() => db.close());
  const KEY = 'amazon:111-0000000-0000001';

  it('stores them on the order record, replacing a closed request', async () => {
    await recordObservation(db, seenOn(LIST), verdict(), minutesAfter(T0, 0));
    await recordObservation(db, seenOn(LIST, { cancelRequested: true }), verdict({ ruleId: 'r2' }), minutesAfter(T0, 10));
    expect(await db.orders.get(KEY)).toMatchObject({ cancelRequestedAt: at(10), cancelRequestSeenBy: [LIST] });
    await recordObservation(db, seenOn(LIST), verdict(), minutesAfter(T0, 20));
    const closed = await db.orders.get(KEY);
    expect(closed?.cancelRequestedAt).toBe(at(10));
    expect(closed).not.toHaveProperty('cancelRequestSeenBy');
  });
});
