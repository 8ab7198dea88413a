/**
 * Shopify admin (the store a dropshipper runs). Sources: reference/platform-rules.md §4, seed 004.
 */
import { C, F, t } from '../parts';
import type { Rule } from '../rule';
import { SRC } from '../sources';

export const SHOPIFY_RULES: Rule[] = [
  {
    id: 'shopify.unfulfilled',
    when: { platform: 'shopify', perspective: 'seller', stages: ['awaiting-payment', 'awaiting-shipment'] },
    action: 'cancel',
    outcome: 'canceled',
    actor: 'you',
    headline: t(
      'Unfulfilled: you can cancel it (More actions → Cancel order) — it cannot be undone.',
      '未履行：可以取消（更多操作 → 取消订单）——取消后无法撤销。',
    ),
    steps: [
      t('If it came from a supplier order, cancel that first (AliExpress / 1688).', '若有对应的供应商订单，先在速卖通/1688 取消。'),
      t('Shopify admin → Orders → open the order.', 'Shopify 后台 → 订单 → 打开该订单。'),
      t('More actions → Cancel order.', '更多操作 → 取消订单。'),
      t(
        'Set the refund (amount, original method or store credit), the reason, restock the items, and whether to notify the customer.',
        '设置退款（金额、原路或店铺余额）、取消原因、是否补回库存、是否通知顾客。',
      ),
      t('Click Cancel order.', '点击“取消订单”。'),
    ],
    consequences: [C.irreversibleShopify, C.refundShopify],
    deadlines: [],
    templates: ['shopify.order-canceled-refunded'],
    followUps: [F.checkRefund, F.adjustInventory, F.recordReason],
    sources: [SRC.shopifyCancelHelp, SRC.shopifyOrderCancel, SRC.seed004],
  },
  {
    id: 'shopify.fulfillment-in-progress',
    when: {
      platform: 'shopify',
      perspective: 'seller',
      stages: ['awaiting-payment', 'awaiting-shipment'],
      fulfillmentInProgress: true,
    },
    action: 'request-cancel',
    outcome: 'canceled',
    actor: 'other-party',
    headline: t(
      'Fulfillment in progress: request the fulfillment’s cancellation first, then cancel the order.',
      '履行处理中：先申请取消履行，再取消订单。',
    ),
    steps: [
      t('Open the order → on the fulfillment card click “Request cancellation”.', '打开订单 → 在履行卡片上点击“申请取消”。'),
      t('When the fulfillment service accepts, the items go back to Unfulfilled.', '履行服务同意后，商品恢复为“未履行”。'),
      t('Then More actions → Cancel order (refund, reason, restock, notify).', '然后 更多操作 → 取消订单（退款、原因、补库存、通知）。'),
    ],
    consequences: [C.needsAgreement, C.irreversibleShopify],
    deadlines: [],
    templates: ['shopify.order-canceled-refunded'],
    followUps: [F.checkRefund, F.recordReason],
    caveat: t(
      'Cancelling a fulfillment in Shopify does not stop a parcel that has already left.',
      '在 Shopify 中取消履行并不能拦截已发出的包裹。',
    ),
    sources: [SRC.shopifyCancelHelp, SRC.seed004],
  },
  {
    id: 'shopify.fulfilled',
    when: { platform: 'shopify', perspective: 'seller', stages: ['partially-shipped', 'shipped', 'delivered', 'completed'] },
    action: 'refund',
    outcome: null,
    actor: 'you',
    headline: t(
      'Fulfilled (fully or partly): it cannot be cancelled — refund the items instead.',
      '已履行（全部或部分）：无法取消——请改为退款（Refund items）。',
    ),
    steps: [
      t('Open the order → Refund.', '打开订单 → 退款。'),
      t('Choose the items and amounts, optionally create a return, click Refund.', '选择商品与金额，可同时创建退货，点击“退款”。'),
    ],
    consequences: [C.returnNotCancel],
    deadlines: [],
    templates: ['shopify.order-shipped-refund-on-return'],
    followUps: [F.checkRefund, F.recordReason],
    sources: [SRC.shopifyFulfilledNoCancel, SRC.shopifyCancelHelp, SRC.seed004],
  },
];
