/**
 * Shopify admin (the store a dropshipper runs). Sources: reference/platform-rules.md §4, seed 004.
 */
import { C, F, localized } from '../parts';
import type { Rule } from '../rule';
import { SRC } from '../sources';

export const SHOPIFY_RULES: Rule[] = [
  {
    id: 'shopify.unfulfilled',
    when: { platform: 'shopify', perspective: 'seller', stages: ['awaiting-payment', 'awaiting-shipment'] },
    action: 'cancel',
    outcome: 'canceled',
    actor: 'you',
    headline: localized(
      'Unfulfilled: you can cancel it (More actions → Cancel order) — it cannot be undone.',
      '未履行：可以取消（更多操作 → 取消订单）——取消后无法撤销。',
    ),
    steps: [
      localized('If it came from a supplier order, cancel that first (AliExpress / 1688).', '若有对应的供应商订单，先在速卖通/1688 取消。'),
      localized('Shopify admin → Orders → open the order.', 'Shopify 后台 → 订单 → 打开该订单。'),
      localized('More actions → Cancel order.', '更多操作 → 取消订单。'),
      localized(
        'Set the refund (amount, original method or store credit), the reason, restock the items, and whether to notify the customer.',
        '设置退款（金额、原路或店铺余额）、取消原因、是否补回库存、是否通知顾客。',
      ),
      localized('Click Cancel order.', '点击“取消订单”。'),
    ],
    consequences: [C.irreversibleShopify, C.refundShopify, C.processingFeesKept],
    deadlines: [],
    templates: ['shopify.order-canceled-refunded'],
    followUps: [F.checkRefund, F.adjustInventory, F.recordReason],
    sources: [SRC.shopifyCancelHelp, SRC.shopifyOrderCancel, SRC.shopifyCancelPayment, SRC.shopifyFees, SRC.seed004],
  },
  {
    id: 'shopify.unfulfilled.authorized',
    when: { platform: 'shopify', perspective: 'seller', stages: ['awaiting-payment', 'awaiting-shipment'], paymentStatus: 'authorized' },
    action: 'cancel',
    outcome: 'canceled',
    actor: 'you',
    headline: localized(
      'Unfulfilled and only authorized: canceling voids the payment — nothing was captured, so there is nothing to refund.',
      '未履行且仅授权：取消会作废该笔付款——尚未扣款，因此无需退款。',
    ),
    steps: [
      localized('If it came from a supplier order, cancel that first (AliExpress / 1688).', '若有对应的供应商订单，先在速卖通/1688 取消。'),
      localized(
        'Shopify admin → Orders → open the order → More actions → Cancel order.',
        'Shopify 后台 → 订单 → 打开该订单 → 更多操作 → 取消订单。',
      ),
      localized(
        'Choose the reason, restock the items, and whether to notify the customer; click Cancel order.',
        '选择取消原因、是否补回库存、是否通知顾客；点击“取消订单”。',
      ),
      localized('The payment status becomes Voided; do not capture it.', '付款状态变为“已作废”；不要再扣款。'),
    ],
    consequences: [C.voidAuthorization, C.irreversibleShopify],
    deadlines: [],
    templates: ['shopify.order-canceled-authorization-voided'],
    followUps: [F.adjustInventory, F.recordReason],
    sources: [SRC.shopifyCancelPayment, SRC.shopifyOrderCancel, SRC.shopifyCancelHelp],
  },
  {
    id: 'shopify.unfulfilled.partially-paid',
    when: {
      platform: 'shopify',
      perspective: 'seller',
      stages: ['awaiting-payment', 'awaiting-shipment'],
      paymentStatus: 'partially-paid',
    },
    action: 'cancel',
    outcome: 'canceled',
    actor: 'you',
    headline: localized(
      'Unfulfilled and partially paid: canceling refunds what was collected, in full; the outstanding balance is simply dropped.',
      '未履行且部分付款：取消会全额退还已收款项；未付余款随之作废。',
    ),
    steps: [
      localized('If it came from a supplier order, cancel that first (AliExpress / 1688).', '若有对应的供应商订单，先在速卖通/1688 取消。'),
      localized(
        'Shopify admin → Orders → open the order → More actions → Cancel order.',
        'Shopify 后台 → 订单 → 打开该订单 → 更多操作 → 取消订单。',
      ),
      localized(
        'Check the refund amount shown (the amount collected so far), the reason, restock, and notify; click Cancel order.',
        '核对显示的退款金额（即已收款项）、原因、补库存与通知选项；点击“取消订单”。',
      ),
    ],
    consequences: [C.partiallyPaid, C.processingFeesKept, C.irreversibleShopify],
    deadlines: [],
    templates: ['shopify.order-canceled-refunded'],
    followUps: [F.checkRefund, F.adjustInventory, F.recordReason],
    sources: [SRC.shopifyCancelPayment, SRC.shopifyOrderCancel, SRC.shopifyFees],
  },
  {
    id: 'shopify.return-in-progress',
    when: {
      platform: 'shopify',
      perspective: 'seller',
      stages: ['awaiting-shipment', 'partially-shipped', 'shipped', 'delivered', 'completed'],
      returnInProgress: true,
    },
    priority: 1,
    action: 'refund',
    outcome: null,
    actor: 'you',
    headline: localized(
      'A return is in progress: the order cannot be canceled — finish the return and refund through it.',
      '退货进行中：订单无法取消——请完成退货并通过退货退款。',
    ),
    steps: [
      localized('Open the order → the return card.', '打开订单 → 退货卡片。'),
      localized(
        'When the items are back, mark them as received (restock if they can be sold), then Refund.',
        '商品退回后标记为已收到（可再售则补回库存），再点击“退款”。',
      ),
      localized(
        'If the customer keeps the items, close the return instead and refund what you agreed.',
        '若顾客保留商品，则关闭退货并按约定金额退款。',
      ),
    ],
    consequences: [C.returnBlocksCancel, C.processingFeesKept],
    deadlines: [],
    templates: ['shopify.order-shipped-refund-on-return'],
    followUps: [F.checkRefund, F.recordReason],
    sources: [SRC.shopifyOrderCancel, SRC.shopifyFees],
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
    headline: localized(
      'Fulfillment in progress: request the fulfillment’s cancellation first, then cancel the order.',
      '履行处理中：先申请取消履行，再取消订单。',
    ),
    steps: [
      localized('Open the order → on the fulfillment card click “Request cancellation”.', '打开订单 → 在履行卡片上点击“申请取消”。'),
      localized('When the fulfillment service accepts, the items go back to Unfulfilled.', '履行服务同意后，商品恢复为“未履行”。'),
      localized(
        'Then More actions → Cancel order (refund, reason, restock, notify).',
        '然后 更多操作 → 取消订单（退款、原因、补库存、通知）。',
      ),
    ],
    consequences: [C.needsAgreement, C.irreversibleShopify],
    deadlines: [],
    templates: ['shopify.order-canceled-refunded'],
    followUps: [F.checkRefund, F.recordReason],
    caveat: localized(
      'Canceling a fulfillment in Shopify does not stop a parcel that has already left.',
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
    headline: localized(
      'Fulfilled (fully or partly): it cannot be canceled — refund the items instead.',
      '已履行（全部或部分）：无法取消——请改为退款（Refund items）。',
    ),
    steps: [
      localized('Open the order → Refund.', '打开订单 → 退款。'),
      localized('Choose the items and amounts, optionally create a return, click Refund.', '选择商品与金额，可同时创建退货，点击“退款”。'),
    ],
    consequences: [C.returnNotCancel, C.processingFeesKept],
    deadlines: [],
    templates: ['shopify.order-shipped-refund-on-return'],
    followUps: [F.checkRefund, F.recordReason],
    sources: [SRC.shopifyFulfilledNoCancel, SRC.shopifyCancelHelp, SRC.shopifyFees, SRC.seed004],
  },
];
