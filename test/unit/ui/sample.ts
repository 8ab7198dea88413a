/** A realistic verdict built inline (Amazon, merchant-fulfilled, unshipped), with made-up ids. */
import type { RenderedMessage } from '../../../src/messages/protocol';
import type { OrderSnapshot, Verdict } from '../../../src/rules/types';

export const NOW = new Date('2025-03-10T08:00:00Z');

export function sampleSnapshot(over: Partial<OrderSnapshot> = {}): OrderSnapshot {
  return {
    platform: 'amazon',
    perspective: 'seller',
    orderId: '111-0000000-1234567',
    marketplace: 'amazon.de',
    stage: 'awaiting-shipment',
    nativeStatus: 'Unshipped',
    cancelRequested: false,
    fulfilledBy: 'merchant',
    orderedAt: '2025-03-09T10:00:00Z',
    shipBy: '2025-03-12T22:59:59Z',
    source: { url: 'https://sellercentral.amazon.de/orders-v3/order/111-0000000-1234567', reader: 'amazon/order-details', missing: [] },
    ...over,
  };
}

export function sampleVerdict(over: Partial<Verdict> = {}): Verdict {
  return {
    action: 'cancel',
    outcome: 'canceled',
    actor: 'you',
    headline: { en: 'You can cancel this order now', zh: '你现在可以取消这个订单' },
    steps: [
      { en: 'Open the order and click Cancel order', zh: '打开订单，点击“取消订单”' },
      { en: 'Choose the true reason (e.g. No inventory)', zh: '选择真实原因（例如“无库存”）' },
      { en: 'Click Submit', zh: '点击“提交”' },
    ],
    consequences: [
      {
        id: 'counts-toward-cancellation-rate',
        tone: 'bad',
        text: { en: 'Counts toward your cancellation rate (< 2.5 %)', zh: '计入你的取消率（< 2.5%）' },
      },
      { id: 'buyer-not-charged', tone: 'good', text: { en: 'The buyer is not charged', zh: '买家不会被扣款' } },
    ],
    deadlines: [
      {
        id: 'auto-cancel',
        at: '2025-03-19T22:59:59Z',
        from: 'computed',
        text: { en: 'Amazon cancels it automatically', zh: '亚马逊自动取消' },
      },
      { id: 'ship-by', at: '2025-03-12T12:00:00Z', from: 'page', text: { en: 'Ship by', zh: '最晚发货' } },
    ],
    templates: ['amazon.out-of-stock-apology'],
    followUps: [{ id: 'adjust-inventory', text: { en: 'Fix the stock count', zh: '调整库存' } }],
    outcomeNote: {
      en: 'Canceled: ended by agreement before shipment, not closed by the system.',
      zh: '已取消：发货前经同意结束，而非系统关闭。',
    },
    ruleId: 'amazon.seller.unshipped.mfn',
    sources: [
      { id: 'seed:002', title: 'Seed 002: Amazon cancel windows' },
      {
        id: 'amazon-help:G201722390',
        title: 'Amazon help: cancel an order',
        url: 'https://sellercentral.amazon.com/help/hub/reference/G201722390',
      },
    ],
    rulesetVersion: 'test-1',
    ...over,
  };
}

export function sampleMessage(over: Partial<RenderedMessage> = {}): RenderedMessage {
  return {
    id: 'amazon.out-of-stock-apology',
    language: 'de',
    audience: 'buyer',
    title: { en: 'Out of stock: apology', zh: '缺货致歉' },
    text: 'Hallo Alex Beispiel,\nleider ist der Artikel nicht mehr vorrätig.',
    missing: [],
    ...over,
  };
}
