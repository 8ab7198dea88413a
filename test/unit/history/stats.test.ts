/** Seller statistics on a constructed history: breakdowns, Amazon's 7-day rate, AliExpress seller fault, daily series. */
import { describe, expect, it } from 'vitest';
import type { Action, Stage } from '../../../src/rules/types';
import { recordObservation } from '../../../src/history/record';
import { localDay } from '../../../src/history/settings';
import { endingOf, historyStats, initiatorOf } from '../../../src/history/stats';
import { freshDb, snapshot, verdict } from './fixtures';
import { canceled, closed, constructedHistory, daysAgo, NOW, order } from './stats-fixtures';

describe('endingOf and initiatorOf', () => {
  const obs = (
    stage: Stage,
    ruleId: string,
    at: string,
    extra: Partial<{ action: Action; cancelRequested: boolean; outcome: 'canceled' | 'closed' | null }> = {},
  ) => ({
    stage,
    ruleId,
    at,
    action: 'cancel' as Action,
    cancelRequested: false,
    outcome: null,
    ...extra,
  });

  it('dates the ending at the first ended sighting and keeps what came before', () => {
    const e = endingOf([obs('awaiting-shipment', 'x', '1'), obs('canceled', 'y', '2'), obs('canceled', 'z', '3')]);
    expect(e).toMatchObject({ outcome: 'canceled', endedAt: '2', before: [{ ruleId: 'x' }] });
    expect(endingOf([obs('canceled', 'y', '1'), obs('awaiting-shipment', 'x', '2')])).toBeNull();
    expect(endingOf([obs('completed', 'c', '1', { outcome: 'closed' })])?.outcome).toBe('closed');
    expect(endingOf([obs('completed', 'c', '1')])).toBeNull();
  });

  it('names the buyer, the platform, the seller or says unknown', () => {
    expect(initiatorOf([obs('awaiting-shipment', 'amazon.unshipped.mfn.buyer-requested', '1')])).toBe('buyer');
    expect(initiatorOf([obs('awaiting-shipment', 'x', '1', { cancelRequested: true })])).toBe('buyer');
    expect(initiatorOf([obs('awaiting-shipment', 'aliexpress.seller.cancel-requested.timer-passed', '1', { action: 'none' })])).toBe(
      'buyer',
    );
    expect(initiatorOf([obs('awaiting-shipment', 'amazon.unshipped.mfn.auto-cancel-passed', '1')])).toBe('platform');
    expect(initiatorOf([obs('awaiting-payment', 'amazon.pending.wait', '1', { action: 'wait' })])).toBe('platform');
    expect(initiatorOf([obs('awaiting-shipment', 'amazon.unshipped.mfn.seller-cancel', '1')])).toBe('seller');
    expect(initiatorOf([obs('awaiting-shipment', '1688.buyer.awaiting-shipment', '1', { action: 'close' })])).toBe('buyer');
    expect(initiatorOf([obs('shipped', 'amazon.shipped', '1', { action: 'refund' })])).toBe('unknown');
    expect(initiatorOf([])).toBe('unknown');
  });
});

describe('historyStats', () => {
  it('counts endings by platform, reason and initiator over 30 days', async () => {
    const db = await constructedHistory();
    const stats = await historyStats(db, NOW);
    expect(stats.orders).toBe(11);
    expect(stats.windowDays).toBe(30);
    expect(stats.endedByPlatform).toEqual({
      amazon: { canceled: 5, closed: 0 },
      aliexpress: { canceled: 1, closed: 1 },
      '1688': { canceled: 0, closed: 1 },
    });
    expect(stats.endedByInitiator).toEqual({ seller: 3, buyer: 2, platform: 2, unknown: 1 });
    expect(stats.endedByReason).toEqual([
      { reason: '1688.buyer.awaiting-shipment', count: 1 },
      { reason: 'aliexpress.seller.awaiting-payment', count: 1 },
      { reason: 'aliexpress.seller.awaiting-shipment', count: 1 },
      { reason: 'amazon.canceled', count: 1 },
      { reason: 'amazon.partially-shipped.fba', count: 1 },
      { reason: 'amazon.unshipped.mfn.auto-cancel-passed', count: 1 },
      { reason: 'amazon.unshipped.mfn.buyer-requested', count: 1 },
      { reason: 'out of stock', count: 1 },
    ]);
    db.close();
  });

  it('estimates Amazon’s 7-day rate over seller-fulfilled orders and warns from 2 %', async () => {
    const db = await constructedHistory();
    // A, B, C (page said merchant) and D (an mfn rule matched); E is FBA, F is older, K unknown.
    expect((await historyStats(db, NOW)).amazonCancelRate7d).toEqual({ orders: 4, sellerCancellations: 1, ratePct: 25, warn: true });
    // Eight days later A has left the window; nothing else was seen since.
    expect((await historyStats(db, daysAgo(-8))).amazonCancelRate7d).toEqual({
      orders: 0,
      sellerCancellations: 0,
      ratePct: 0,
      warn: false,
    });
    db.close();
  });

  it('warns at 80 % of the target: 2.0 % by default, later with a higher target', async () => {
    const db = await freshDb();
    for (let i = 0; i < 50; i++)
      await recordObservation(
        db,
        snapshot({ orderId: `R${i}`, fulfilledBy: 'merchant' }),
        verdict({ ruleId: 'amazon.unshipped.mfn.seller-cancel' }),
        daysAgo(2),
      );
    await recordObservation(db, snapshot({ orderId: 'R0', stage: 'canceled' }), verdict(canceled()), daysAgo(1));
    expect((await historyStats(db, NOW)).amazonCancelRate7d).toEqual({ orders: 50, sellerCancellations: 1, ratePct: 2, warn: true });
    expect((await historyStats(db, NOW, { amazonTargetPct: 4 })).amazonCancelRate7d.warn).toBe(false);
    db.close();
  });

  it('counts AliExpress seller-fault cancellations, open follow-ups and a 30-day daily series', async () => {
    const db = await constructedHistory();
    const stats = await historyStats(db, NOW);
    expect(stats.aliexpressSellerFault30d).toBe(1);
    // Follow-ups of canceled orders A, B, E, F, G, J (2 each: seen before they ended) and K (only seen
    // canceled, nothing done: the refund check alone), minus A's check-refund marked done.
    expect(stats.openFollowUps).toHaveLength(12);
    expect(stats.openFollowUps.every((f) => f.doneAt === null)).toBe(true);
    expect(stats.openFollowUps.map((f) => f.dueAt)).toEqual([...stats.openFollowUps.map((f) => f.dueAt)].sort());
    expect(stats.daily).toHaveLength(30);
    expect(stats.daily.at(-1)?.day).toBe(localDay(NOW));
    const on = (d: number, h = 0) => stats.daily.find((x) => x.day === localDay(daysAgo(d, h)));
    expect(on(2)).toEqual({ day: localDay(daysAgo(2)), canceled: 1, closed: 1 }); // A, I
    expect(on(10)?.canceled).toBe(1); // F
    expect(stats.daily.reduce((n, d) => n + d.canceled + d.closed, 0)).toBe(8);
    db.close();
  });

  it('counts Amazon’s automatic cancellations for not shipping in the rate, not Pending or buyer-requested ones', async () => {
    const db = await freshDb();
    const mfn = { fulfilledBy: 'merchant' as const };
    await order(db, { orderId: 'P1', ...mfn }, [
      [{}, { action: 'wait', ruleId: 'amazon.unshipped.mfn.auto-cancel-passed' }, daysAgo(3)],
      [{ stage: 'canceled' }, canceled(), daysAgo(2)],
    ]);
    await order(db, { orderId: 'P2', ...mfn }, [
      [{ stage: 'awaiting-payment' }, { action: 'wait', ruleId: 'amazon.pending.wait' }, daysAgo(3)],
      [{ stage: 'canceled' }, canceled(), daysAgo(2)],
    ]);
    await order(db, { orderId: 'P3', ...mfn }, [
      [{ cancelRequested: true }, { ruleId: 'amazon.unshipped.mfn.buyer-requested' }, daysAgo(3)],
      [{ stage: 'canceled', cancelRequested: true }, canceled(), daysAgo(2)],
    ]);
    await order(db, { orderId: 'P4', ...mfn }, [[{}, { ruleId: 'amazon.unshipped.mfn.seller-cancel' }, daysAgo(1)]]);
    expect((await historyStats(db, NOW)).amazonCancelRate7d).toMatchObject({ orders: 4, sellerCancellations: 1, ratePct: 25 });
    db.close();
  });

  it('counts AliExpress orders closed against the seller, which AliExpress shows as closed, not only canceled ones', async () => {
    const db = await freshDb();
    const ae = { platform: 'aliexpress' as const, marketplace: undefined };
    // Closed for not shipping in time, with the end reason on the page.
    await order(db, { ...ae, orderId: 'S1' }, [
      [{}, { action: 'request-cancel', ruleId: 'aliexpress.seller.awaiting-shipment' }, daysAgo(5)],
      [{ stage: 'closed' }, closed('aliexpress.seller.ended.seller-fault'), daysAgo(4)],
    ]);
    // Seen only once it had closed, end reason seller_send_goods_timeout.
    await order(db, { ...ae, orderId: 'S2' }, [[{ stage: 'closed' }, closed('aliexpress.seller.ended.seller-fault'), daysAgo(3)]]);
    // Never paid: not the seller's fault.
    await order(db, { ...ae, orderId: 'S3' }, [
      [{ stage: 'awaiting-payment' }, { action: 'wait', ruleId: 'aliexpress.seller.awaiting-payment' }, daysAgo(5)],
      [{ stage: 'closed' }, closed('aliexpress.seller.ended.never-paid'), daysAgo(4)],
    ]);
    expect((await historyStats(db, NOW)).aliexpressSellerFault30d).toBe(2);
    db.close();
  });

  it('counts again from the orders, reading the observations of records without a summary, when the counters are missing', async () => {
    const db = await constructedHistory();
    const maintained = await historyStats(db, NOW);
    expect((await db.orders.toArray()).every((o) => o.summary !== undefined)).toBe(true);
    // Records without a summary (another tool) and no counters: everything is counted again, once.
    await db.orders.toCollection().modify((o) => {
      delete o.summary;
    });
    await db.aggregates.clear();
    expect(await historyStats(db, NOW)).toEqual(maintained);
    expect((await db.orders.toArray()).every((o) => o.summary !== undefined)).toBe(true);
    db.close();
  });

  it('gives zeros on an empty history', async () => {
    const db = await freshDb();
    const stats = await historyStats(db, NOW);
    expect(stats).toMatchObject({
      orders: 0,
      endedByPlatform: {},
      endedByReason: [],
      endedByInitiator: {},
      aliexpressSellerFault30d: 0,
      openFollowUps: [],
    });
    expect(stats.daily.every((d) => d.canceled === 0 && d.closed === 0)).toBe(true);
    db.close();
  });
});
