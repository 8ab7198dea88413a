/** A constructed two-month history of eleven orders on three platforms, for the statistics tests. */
import type { OrderSnapshot, Verdict } from '../../../src/rules/types';
import type { HistoryDb } from '../../../src/history/db';
import { completeFollowUp } from '../../../src/history/follow-ups';
import { recordAction } from '../../../src/history/queries';
import { recordObservation } from '../../../src/history/record';
import { ENDED_FOLLOW_UPS, freshDb, snapshot, verdict } from './fixtures';

export const NOW = new Date('2025-03-20T12:00:00.000Z');
export const daysAgo = (d: number, hours = 0) => new Date(NOW.getTime() - d * 86_400_000 - hours * 3_600_000);

type Step = [Partial<OrderSnapshot>, Partial<Verdict>, Date];
export async function order(db: HistoryDb, base: Partial<OrderSnapshot>, steps: Step[]) {
  for (const [snap, ver, at] of steps) await recordObservation(db, snapshot({ ...base, ...snap }), verdict(ver), at);
}
export const canceled = (ruleId = 'amazon.canceled'): Partial<Verdict> => ({
  action: 'none',
  outcome: 'canceled',
  ruleId,
  followUps: ENDED_FOLLOW_UPS,
});
export const closed = (ruleId = 'ended.closed'): Partial<Verdict> => ({ action: 'none', outcome: 'closed', ruleId });

export async function constructedHistory(db?: HistoryDb): Promise<HistoryDb> {
  db ??= await freshDb();
  const mfn = { fulfilledBy: 'merchant' as const };
  // A: the seller cancels (out of stock, recorded) two days ago.
  await order(db, { orderId: 'A', ...mfn }, [
    [{}, { ruleId: 'amazon.unshipped.mfn.seller-cancel' }, daysAgo(3)],
    [{ stage: 'canceled' }, canceled(), daysAgo(2)],
  ]);
  await recordAction(db, 'amazon:A', 'reason-recorded', { reason: 'out of stock' }, daysAgo(2));
  // B: the buyer asked.
  await order(db, { orderId: 'B', ...mfn }, [
    [{ cancelRequested: true }, { ruleId: 'amazon.unshipped.mfn.buyer-requested' }, daysAgo(2)],
    [{ stage: 'canceled', cancelRequested: true }, canceled(), daysAgo(1)],
  ]);
  // C, D: still running, seller-fulfilled.
  await order(db, { orderId: 'C', ...mfn }, [[{}, { ruleId: 'amazon.unshipped.mfn.seller-cancel' }, daysAgo(1)]]);
  await order(db, { orderId: 'D' }, [[{}, { ruleId: 'amazon.unshipped.mfn.seller-cancel' }, daysAgo(0, 2)]]);
  // E: fulfilled by Amazon, canceled by the seller: not in the rate.
  await order(db, { orderId: 'E', fulfilledBy: 'platform' }, [
    [{ stage: 'partially-shipped' }, { ruleId: 'amazon.partially-shipped.fba' }, daysAgo(4)],
    [{ stage: 'canceled' }, canceled(), daysAgo(3)],
  ]);
  // F: Amazon's auto-cancel, ten days ago (outside the 7-day rate, inside the 30-day breakdowns).
  await order(db, { orderId: 'F', ...mfn }, [
    [{}, { action: 'wait', ruleId: 'amazon.unshipped.mfn.auto-cancel-passed' }, daysAgo(11)],
    [{ stage: 'canceled' }, canceled(), daysAgo(10)],
  ]);
  // K: only ever seen canceled.
  await order(db, { orderId: 'K' }, [[{ stage: 'canceled' }, canceled(), daysAgo(5)]]);
  // J: ended 40 days ago: outside every window.
  await order(db, { orderId: 'J', ...mfn }, [
    [{}, { ruleId: 'amazon.unshipped.mfn.seller-cancel' }, daysAgo(41)],
    [{ stage: 'canceled' }, canceled(), daysAgo(40)],
  ]);
  const ae = { platform: 'aliexpress' as const, marketplace: undefined };
  // G: AliExpress seller cancels an unshipped order: seller fault.
  await order(db, { ...ae, orderId: 'G' }, [
    [{}, { ruleId: 'aliexpress.seller.awaiting-shipment' }, daysAgo(6)],
    [{ stage: 'canceled' }, canceled('ended.canceled'), daysAgo(6, -1)],
  ]);
  // H: unpaid order closed by the platform.
  await order(db, { ...ae, orderId: 'H' }, [
    [{ stage: 'awaiting-payment' }, { action: 'wait', outcome: 'closed', ruleId: 'aliexpress.seller.awaiting-payment' }, daysAgo(8)],
    [{ stage: 'closed' }, closed(), daysAgo(7)],
  ]);
  // I: a 1688 purchase the person (the buyer) closed.
  await order(db, { platform: '1688', marketplace: undefined, perspective: 'buyer', orderId: 'I' }, [
    [{}, { action: 'close', outcome: 'closed', ruleId: '1688.buyer.awaiting-shipment' }, daysAgo(3)],
    [{ stage: 'closed' }, closed(), daysAgo(2)],
  ]);
  await completeFollowUp(db, 'amazon:A', 'check-refund', daysAgo(1));
  return db;
}
