/**
 * Shared rows for orders that have already ended, on any platform: only follow-ups are left
 * (seed 001 三, seed 000 §3). Platform tables may refine these with more specific rows.
 */
import { F, localized, sellerSide } from '../parts';
import { CLOSING_END_REASON_KINDS, type Rule } from '../rule';
import { SRC } from '../sources';
import type { TemplateId } from '../../templates/ids';

const NOTHING = localized('Nothing left to do on the order itself.', '订单本身无需再操作。');
const FOLLOW = [F.checkRefund, F.confirmToBuyer, F.recordReason, F.answerFeedback, F.keepEvidence];

/*
 * These rows match every platform, so each lists a message per platform and direction;
 * messagesFor offers only those that fit the order (a dropshipper's supplier order gets the
 * email to their own Shopify customer).
 */
const CANCELED_MESSAGES: TemplateId[] = [
  'amazon.negative-feedback-follow-up',
  'aliexpress.seller.cancel-completed-refund',
  '1688.seller.closed-refund-confirmed',
  '1688.buyer.refund-follow-up',
  'shopify.order-canceled-refunded',
];
/**
 * Why it closed is not known here, so the seller-side messages are the neutral ones: true whether
 * or not the buyer paid (never "nothing was charged" to a buyer who may have paid, nor a refund
 * promise to one who never paid). The rows for known end reasons offer the specific ones.
 */
const CLOSED_MESSAGES: TemplateId[] = [
  'amazon.negative-feedback-follow-up',
  'aliexpress.seller.order-closed-notice',
  '1688.seller.order-closed-notice',
  '1688.buyer.refund-follow-up',
  'shopify.order-canceled-refunded',
];
const OUT_OF_STOCK_MESSAGES: TemplateId[] = [
  'amazon.out-of-stock-apology',
  'aliexpress.seller.cancel-completed-refund',
  '1688.seller.out-of-stock-refund',
  '1688.buyer.refund-follow-up',
  'shopify.order-canceled-refunded',
];
/** A completed order is past canceling: the messages offer a return or after-sale help instead. */
const COMPLETED_MESSAGES: TemplateId[] = [
  'amazon.refund-confirmation',
  'aliexpress.seller.completed-after-sale',
  '1688.seller.agree-return',
  '1688.buyer.negotiate-return',
  'shopify.order-shipped-refund-on-return',
];

export const ENDED_RULES: Rule[] = [
  {
    id: 'ended.canceled',
    when: { platform: 'any', stages: ['canceled'] },
    action: 'none',
    outcome: 'canceled',
    actor: 'you',
    headline: localized('Already canceled: only follow-ups are left.', '已取消：只需做后续处理。'),
    steps: [NOTHING],
    consequences: [],
    deadlines: [],
    templates: CANCELED_MESSAGES,
    followUps: FOLLOW,
    sources: [SRC.seed000, SRC.seed001],
  },
  {
    id: 'ended.closed',
    when: { platform: 'any', stages: ['closed'] },
    action: 'none',
    outcome: 'closed',
    actor: 'you',
    headline: localized('Already closed: only follow-ups are left.', '已关闭：只需做后续处理。'),
    steps: [NOTHING],
    consequences: [],
    deadlines: [],
    templates: CLOSED_MESSAGES,
    followUps: FOLLOW,
    sources: [SRC.seed000, SRC.seed001],
  },
  {
    id: 'ended.out-of-stock',
    when: { platform: 'any', stages: ['canceled', 'closed'], endReasonKind: 'out-of-stock' },
    action: 'none',
    outcome: 'closed',
    actor: 'you',
    headline: sellerSide(
      localized(
        'Ended because the item was out of stock: fix the stock count so it does not happen again.',
        '因缺货而结束：请修正库存，避免再次发生。',
      ),
      localized(
        'Ended because the supplier was out of stock: order from another supplier if you still need the item.',
        '因供应商缺货而结束：如仍需要该商品，请向其他供应商采购。',
      ),
    ),
    steps: [NOTHING],
    consequences: [],
    deadlines: [],
    templates: OUT_OF_STOCK_MESSAGES,
    followUps: [F.adjustInventory, F.preventStockouts, ...FOLLOW],
    sources: [SRC.seed001, SRC.seed003],
  },
  {
    id: 'ended.completed',
    when: { platform: 'any', stages: ['completed'] },
    action: 'none',
    outcome: null,
    actor: 'you',
    headline: localized('Completed: the order went through; there is nothing to cancel.', '交易已完成：无可取消。'),
    steps: [
      localized('To take money back now, use the platform’s after-sale refund or return.', '如需退款，请走平台的售后退款或退货流程。'),
    ],
    consequences: [],
    deadlines: [],
    templates: COMPLETED_MESSAGES,
    followUps: [F.answerFeedback],
    sources: [SRC.seed000],
  },
  {
    id: 'ended.completed.cancel-end-reason',
    when: { platform: 'any', stages: ['completed'], endReasonKind: CLOSING_END_REASON_KINDS },
    action: 'none',
    outcome: 'closed',
    actor: 'you',
    headline: localized(
      'Ended with a closing reason (canceled, unpaid, not shipped, risk control or dispute): this order was closed, not completed.',
      '结束原因属关闭类（取消、未付款、未发货、风控或纠纷）：此订单为关闭，而非交易成功。',
    ),
    steps: [NOTHING],
    consequences: [],
    deadlines: [],
    templates: CLOSED_MESSAGES,
    followUps: FOLLOW,
    sources: [SRC.aliexpressStatuses, SRC.seed000],
  },
];
