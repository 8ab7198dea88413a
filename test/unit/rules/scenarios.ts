/** One scenario per rule row (made-up order ids); the table test fails if a row is never chosen. */
import type { OrderSnapshot } from '../../../src/rules';

export const NOW = new Date('2026-03-03T12:00:00Z');
const source = { url: 'https://example.invalid/order', reader: 'test', missing: [] };

export function snap(p: Partial<OrderSnapshot>): OrderSnapshot {
  // Seller Central always shows who fulfils an order; Amazon scenarios say it unless a test removes it.
  const fulfilment = (p.platform ?? 'amazon') === 'amazon' ? { fulfilledBy: 'merchant' as const } : {};
  return {
    platform: 'amazon',
    perspective: 'seller',
    orderId: 'T-1',
    stage: 'awaiting-shipment',
    nativeStatus: 'x',
    cancelRequested: false,
    source,
    ...fulfilment,
    ...p,
  };
}
const old = '2026-03-01T08:00:00Z';

export const SCENARIOS: Array<{ expect: string; order: OrderSnapshot }> = [
  { expect: 'amazon.pending.fba', order: snap({ stage: 'awaiting-shipment', fulfilledBy: 'platform' }) },
  { expect: 'amazon.pending.jp.cancel', order: snap({ stage: 'awaiting-payment', marketplace: 'amazon.co.jp' }) },
  { expect: 'amazon.pending.wait', order: snap({ stage: 'awaiting-payment', orderedAt: old }) },
  {
    expect: 'amazon.unshipped.mfn.india.auto-cancel-passed',
    order: snap({ marketplace: 'amazon.in', autoCancelAt: '2026-03-03T11:59:00Z' }),
  },
  {
    expect: 'amazon.unshipped.mfn.auto-cancel-passed',
    order: snap({ autoCancelAt: '2026-03-03T11:00:00Z', orderedAt: '2026-02-16T08:00:00Z' }),
  },
  {
    expect: 'amazon.unshipped.mfn.auto-cancel-estimate-passed',
    order: snap({ shipBy: '2026-02-18T23:59:59Z', orderedAt: '2026-02-16T08:00:00Z' }),
  },
  { expect: 'amazon.preorder.pending-availability', order: snap({ stage: 'awaiting-payment', nativeStatus: 'PendingAvailability' }) },
  {
    expect: 'amazon.unshipped.easy-ship.pickup-scheduled',
    order: snap({ marketplace: 'amazon.in', programs: ['easy-ship'], pickupScheduled: true, orderedAt: old }),
  },
  { expect: 'amazon.unshipped.mfn.buyer-asked-by-message', order: snap({ buyerAskedByMessage: true, orderedAt: old }) },
  { expect: 'amazon.shipped.fba', order: snap({ stage: 'shipped', fulfilledBy: 'platform' }) },
  { expect: 'amazon.unshipped.mfn.buyer-requested', order: snap({ cancelRequested: true, orderedAt: old }) },
  { expect: 'amazon.unshipped.mfn.seller-cancel', order: snap({ orderedAt: old, shipBy: '2026-03-04T23:59:59Z' }) },
  { expect: 'amazon.unshipped.mfn.buyer-self-cancel-window', order: snap({ orderedAt: '2026-03-03T11:50:00Z' }) },
  { expect: 'amazon.unshipped.mfn.india', order: snap({ marketplace: 'Amazon.in', orderedAt: old }) },
  { expect: 'amazon.partially-shipped.mfn', order: snap({ stage: 'partially-shipped' }) },
  { expect: 'amazon.partially-shipped.fba', order: snap({ stage: 'partially-shipped', fulfilledBy: 'platform' }) },
  { expect: 'amazon.shipped', order: snap({ stage: 'shipped' }) },
  { expect: 'amazon.canceled', order: snap({ stage: 'canceled' }) },
  { expect: 'aliexpress.seller.awaiting-payment', order: snap({ platform: 'aliexpress', stage: 'awaiting-payment', orderedAt: old }) },
  {
    expect: 'aliexpress.seller.awaiting-payment.timer-passed',
    order: snap({ platform: 'aliexpress', stage: 'awaiting-payment', deadlineAt: '2026-03-03T11:00:00Z' }),
  },
  { expect: 'aliexpress.seller.payment-review', order: snap({ platform: 'aliexpress', stage: 'payment-review' }) },
  { expect: 'aliexpress.seller.awaiting-shipment', order: snap({ platform: 'aliexpress' }) },
  {
    expect: 'aliexpress.seller.cancel-requested',
    order: snap({ platform: 'aliexpress', cancelRequested: true, deadlineAt: '2026-03-04T12:00:00Z' }),
  },
  {
    expect: 'aliexpress.seller.cancel-requested.timer-passed',
    order: snap({
      platform: 'aliexpress',
      cancelRequested: true,
      cancelRequestedAt: '2026-03-01T10:00:00Z',
      deadlineAt: '2026-03-03T10:00:00Z',
    }),
  },
  { expect: 'aliexpress.seller.partially-shipped', order: snap({ platform: 'aliexpress', stage: 'partially-shipped' }) },
  { expect: 'aliexpress.seller.shipped', order: snap({ platform: 'aliexpress', stage: 'in-dispute' }) },
  { expect: 'aliexpress.seller.frozen', order: snap({ platform: 'aliexpress', stage: 'frozen' }) },
  {
    expect: 'aliexpress.seller.completed-but-closed',
    order: snap({ platform: 'aliexpress', stage: 'completed', endReason: 'cancel_order_close_trade' }),
  },
  {
    expect: 'aliexpress.seller.ended.never-paid',
    order: snap({ platform: 'aliexpress', stage: 'closed', endReason: 'buyer_pay_timeout' }),
  },
  {
    expect: 'aliexpress.seller.ended.seller-fault',
    order: snap({ platform: 'aliexpress', stage: 'closed', endReason: 'seller_send_goods_timeout' }),
  },
  { expect: 'aliexpress.seller.ended.risk', order: snap({ platform: 'aliexpress', stage: 'closed', endReason: 'risk_reject_closed' }) },
  {
    expect: 'aliexpress.seller.ended.dispute-refund',
    order: snap({ platform: 'aliexpress', stage: 'closed', endReason: 'seller_accept_issue_no_goods_return' }),
  },
  {
    expect: 'aliexpress.buyer.ended.never-paid',
    order: snap({ platform: 'aliexpress', perspective: 'buyer', stage: 'closed', endReason: 'buyer_pay_timeout' }),
  },
  {
    expect: 'aliexpress.buyer.ended.supplier-fault',
    order: snap({ platform: 'aliexpress', perspective: 'buyer', stage: 'closed', endReason: 'seller_send_goods_timeout' }),
  },
  { expect: 'aliexpress.buyer.awaiting-payment', order: snap({ platform: 'aliexpress', perspective: 'buyer', stage: 'awaiting-payment' }) },
  { expect: 'aliexpress.buyer.payment-review', order: snap({ platform: 'aliexpress', perspective: 'buyer', stage: 'payment-review' }) },
  { expect: 'aliexpress.buyer.awaiting-shipment', order: snap({ platform: 'aliexpress', perspective: 'buyer' }) },
  { expect: 'aliexpress.buyer.cancel-requested', order: snap({ platform: 'aliexpress', perspective: 'buyer', cancelRequested: true }) },
  {
    expect: 'aliexpress.buyer.cancel-requested.timer-passed',
    order: snap({ platform: 'aliexpress', perspective: 'buyer', cancelRequested: true, deadlineAt: '2026-03-03T11:59:00Z' }),
  },
  {
    expect: 'aliexpress.buyer.shipped',
    order: snap({ platform: 'aliexpress', perspective: 'buyer', stage: 'shipped', trackingNumberShown: true }),
  },
  {
    expect: 'aliexpress.buyer.shipped.no-tracking',
    order: snap({
      platform: 'aliexpress',
      perspective: 'buyer',
      stage: 'shipped',
      trackingNumberShown: false,
      shippedAt: '2026-03-02T08:00:00Z',
    }),
  },
  {
    expect: 'aliexpress.buyer.shipped.no-tracking.wait-passed',
    order: snap({
      platform: 'aliexpress',
      perspective: 'buyer',
      stage: 'shipped',
      trackingNumberShown: false,
      shippedAt: '2026-02-20T08:00:00Z',
    }),
  },
  { expect: 'aliexpress.buyer.in-dispute', order: snap({ platform: 'aliexpress', perspective: 'buyer', stage: 'in-dispute' }) },
  { expect: 'aliexpress.buyer.ended', order: snap({ platform: 'aliexpress', perspective: 'buyer', stage: 'closed' }) },
  { expect: '1688.buyer.awaiting-payment', order: snap({ platform: '1688', perspective: 'buyer', stage: 'awaiting-payment' }) },
  { expect: '1688.buyer.awaiting-shipment', order: snap({ platform: '1688', perspective: 'buyer' }) },
  { expect: '1688.buyer.refund-in-progress', order: snap({ platform: '1688', perspective: 'buyer', refundInProgress: true }) },
  {
    expect: '1688.buyer.refund-in-progress.shipped',
    order: snap({ platform: '1688', perspective: 'buyer', stage: 'shipped', refundInProgress: true }),
  },
  {
    expect: '1688.buyer.awaiting-payment.paid-not-received',
    order: snap({ platform: '1688', perspective: 'buyer', stage: 'awaiting-payment', nativeStatus: '已支付未到账' }),
  },
  {
    expect: '1688.seller.awaiting-payment.paid-not-received',
    order: snap({ platform: '1688', stage: 'awaiting-payment', paymentStatus: 'paid-not-received' }),
  },
  { expect: '1688.buyer.shipped', order: snap({ platform: '1688', perspective: 'buyer', stage: 'delivered' }) },
  { expect: '1688.in-dispute', order: snap({ platform: '1688', perspective: 'seller', stage: 'in-dispute' }) },
  { expect: '1688.seller.awaiting-payment', order: snap({ platform: '1688', stage: 'awaiting-payment' }) },
  { expect: '1688.seller.awaiting-shipment', order: snap({ platform: '1688' }) },
  { expect: '1688.seller.refund-requested', order: snap({ platform: '1688', refundInProgress: true }) },
  { expect: '1688.seller.refund-requested.shipped', order: snap({ platform: '1688', stage: 'shipped', refundInProgress: true }) },
  {
    expect: '1688.seller.refund-only-after-shipment',
    order: snap({ platform: '1688', stage: 'delivered', refundInProgress: true, refundRequestKind: 'refund-only' }),
  },
  { expect: '1688.seller.shipped', order: snap({ platform: '1688', stage: 'shipped' }) },
  { expect: 'shopify.unfulfilled', order: snap({ platform: 'shopify' }) },
  { expect: 'shopify.fulfillment-in-progress', order: snap({ platform: 'shopify', fulfillmentInProgress: true }) },
  { expect: 'shopify.unfulfilled.authorized', order: snap({ platform: 'shopify', paymentStatus: 'authorized' }) },
  {
    expect: 'shopify.unfulfilled.partially-paid',
    order: snap({ platform: 'shopify', stage: 'awaiting-payment', paymentStatus: 'partially-paid' }),
  },
  { expect: 'shopify.return-in-progress', order: snap({ platform: 'shopify', stage: 'delivered', returnInProgress: true }) },
  { expect: 'shopify.fulfilled', order: snap({ platform: 'shopify', stage: 'partially-shipped' }) },
  { expect: 'ended.canceled', order: snap({ platform: 'shopify', stage: 'canceled' }) },
  { expect: 'ended.closed', order: snap({ platform: '1688', stage: 'closed' }) },
  { expect: 'ended.out-of-stock', order: snap({ platform: '1688', stage: 'closed', endReason: 'sellerGoodsLack' }) },
  { expect: 'ended.completed', order: snap({ platform: '1688', stage: 'completed' }) },
  {
    expect: 'ended.completed.cancel-end-reason',
    order: snap({ platform: 'aliexpress', perspective: 'buyer', stage: 'completed', endReason: 'cancel_order_close_trade' }),
  },
];
