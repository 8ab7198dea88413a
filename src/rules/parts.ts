/**
 * Verdict parts shared by many rows: consequences, follow-ups, outcome notes.
 * All frozen so the engine can hand the same objects to every verdict without copying.
 */
import type { Consequence, FollowUp, LocalizedText, Settings } from './types';

export const t = (en: string, zh: string): LocalizedText => Object.freeze({ en, zh });

const consequence = (id: string, tone: Consequence['tone'], en: string, zh: string): Consequence =>
  Object.freeze({ id, tone, text: t(en, zh) });

const followUp = (id: string, en: string, zh: string): FollowUp => Object.freeze({ id, text: t(en, zh) });

/** seed 000: canceled = asked for by one side and agreed, before shipment; closed = ended by the system or platform, at any stage. */
export const OUTCOME_NOTES = Object.freeze({
  canceled: t(
    'Canceled means one side asked and the other agreed (or the seller cancelled) before shipment; the goods never moved.',
    '“取消”指一方提出、另一方同意（或卖家主动取消），发生在发货之前，货物尚未流转。',
  ),
  closed: t(
    'Closed means the system or the platform ended the order (timeout, risk control, refund or dispute result), which can happen at any stage, even after shipment.',
    '“关闭”指由系统或平台结束订单（超时、风控、退款或纠纷结果），可发生在任何阶段，包括已发货之后。',
  ),
  closedMarketplace: t(
    'AliExpress and 1688 show both an agreed cancellation and a system close as “Closed” (交易关闭); it counts as closed, not completed.',
    '速卖通和 1688 把双方同意的取消和系统关闭都显示为“交易关闭”；它属于关闭，而不是交易成功。',
  ),
});

export const C = Object.freeze({
  crCounts: (s: Readonly<Settings>): Consequence =>
    consequence(
      'counts-toward-cancellation-rate',
      'bad',
      `Counts toward your Cancellation Rate (keep it below ${s.amazonCancellationRateTargetPct} % over 7 days; above that Amazon may deactivate your seller-fulfilled offers).`,
      `计入订单取消率（7 天内须低于 ${s.amazonCancellationRateTargetPct}%；超过可能导致自配送商品被停售）。`,
    ),
  crAutoCancel: (s: Readonly<Settings>): Consequence =>
    consequence(
      'counts-toward-cancellation-rate',
      'bad',
      `An automatic cancellation for not shipping counts toward your Cancellation Rate (target below ${s.amazonCancellationRateTargetPct} %).`,
      `因未发货被自动取消的订单计入订单取消率（目标低于 ${s.amazonCancellationRateTargetPct}%）。`,
    ),
  offerRemoval: consequence(
    'offer-removal-risk',
    'bad',
    'Two seller cancellations in a row for orders placed in the last 30 days can make Amazon remove the offer (re-activate it by editing the price in Manage Inventory).',
    '近 30 天内的订单连续两次由卖家取消，亚马逊可能下架该商品（在库存管理中修改价格可重新激活）。',
  ),
  indiaRules: consequence(
    'india-cancellation-fee',
    'bad',
    'Amazon.in: the target is below 2 %, automatic cancellations count too, and a cancellation fee applies: 100 % of the referral fee if cancelled on or before the expected ship date, 150 % after.',
    'Amazon.in：取消率目标低于 2%，自动取消同样计入，并收取取消费：在预计发货日当天或之前取消收佣金的 100%，之后收 150%。',
  ),
  noMetric: consequence(
    'no-metric-impact',
    'good',
    'Does not count toward your Cancellation Rate.',
    '不计入订单取消率。',
  ),
  /** For platforms without a cancellation-rate metric: closing an unpaid order costs nobody anything. */
  noPenaltyUnpaid: consequence(
    'no-metric-impact',
    'good',
    'Nothing was paid, so closing it costs neither side anything and is no penalty for you.',
    '尚未付款，关闭订单对双方都没有损失，也不会对你产生处罚。',
  ),
  noMetricFba: consequence(
    'no-metric-impact',
    'good',
    'Fulfilled by Amazon: the Cancellation Rate covers seller-fulfilled orders only, so this does not count.',
    '亚马逊配送订单：订单取消率只统计自配送订单，不受影响。',
  ),
  buyerNotCharged: consequence(
    'buyer-not-charged',
    'good',
    'The buyer is not charged until you confirm shipment, so no refund is needed.',
    '在你确认发货之前买家不会被扣款，因此无需退款。',
  ),
  pendingNotCharged: consequence(
    'buyer-not-charged',
    'info',
    'Payment is not authorized yet; the buyer has not been charged.',
    '付款尚未授权，买家尚未被扣款。',
  ),
  irreversible: consequence('irreversible', 'bad', 'Cannot be undone.', '操作不可撤销。'),
  irreversibleShopify: consequence(
    'irreversible',
    'bad',
    'Cancelling a Shopify order cannot be undone.',
    'Shopify 订单一旦取消无法撤销。',
  ),
  needsAgreement: consequence(
    'needs-other-party-agreement',
    'info',
    'Needs the other party’s agreement.',
    '需要对方同意。',
  ),
  nonFulfillment: consequence(
    'non-fulfillment-risk',
    'bad',
    'If the buyer cancels with a seller-fault reason (out of stock, refuses to ship), it is judged Transaction Non-fulfillment (成交不卖): product delisting, lower search ranking, and in serious cases a blocked store.',
    '若买家以卖家责任原因（缺货、拒绝发货）取消，将被判定为成交不卖：商品下架、搜索降权，严重时店铺被冻结。',
  ),
  aeRefund: (s: Readonly<Settings>): Consequence =>
    Object.freeze({
      id: 'refund-to-buyer',
      tone: 'info',
      text: t(
        `The money goes back to the buyer (to you, on a buyer page) in about ${s.aliexpressRefundMinWorkingDays}–${s.aliexpressRefundMaxWorkingDays} working days.`,
        `款项退回买家（在买家页面上即退回给你），约 ${s.aliexpressRefundMinWorkingDays}–${s.aliexpressRefundMaxWorkingDays} 个工作日到账。`,
      ),
      etaDays: { min: s.aliexpressRefundMinWorkingDays, max: s.aliexpressRefundMaxWorkingDays, working: true },
    }),
  refundFull1688: consequence(
    'refund-to-buyer',
    'info',
    'The buyer gets the full paid amount back (while awaiting shipment 1688 only allows a full refund).',
    '买家获得全额退款（等待卖家发货时 1688 只允许按实付金额全额退款）。',
  ),
  refundAfterReturn: consequence(
    'refund-to-buyer',
    'info',
    'The refund is paid after the goods come back.',
    '收到退回的货物后再退款。',
  ),
  refundShopify: consequence(
    'refund-to-buyer',
    'info',
    'Shopify refunds the customer (original payment method or store credit) as part of the cancellation; uncaptured payments are voided.',
    '取消时 Shopify 会退款给顾客（原路退回或店铺余额）；未扣款的授权会被作废。',
  ),
  returnNotCancel: consequence(
    'not-a-cancellation',
    'info',
    'After ship-confirmation this is a refund, not a cancellation.',
    '确认发货后这属于退款，而不是取消。',
  ),
  partialUnverified: consequence(
    'partial-cancel-metric-unverified',
    'info',
    'Whether cancelling part of an order counts toward the Cancellation Rate is not confirmed by Amazon’s help pages.',
    '部分取消是否计入订单取消率，亚马逊帮助页面未明确说明。',
  ),
  disputeSeller: consequence(
    'dispute-decided-by-platform',
    'bad',
    'If you do not respond in time, the platform closes the dispute in the buyer’s favour.',
    '未按时回应，平台将判买家胜诉并关闭纠纷。',
  ),
  noCancelAfterShip: consequence(
    'cannot-cancel-after-shipment',
    'info',
    'A shipped order cannot be cancelled any more.',
    '已发货订单无法再取消。',
  ),
});

export const F = Object.freeze({
  checkRefund: followUp('check-refund', 'Check that the refund has arrived.', '查看退款是否已到账。'),
  checkRefundAe: followUp(
    'check-refund',
    'Check that the refund arrives (3–15 working days); if it does not, contact AliExpress.',
    '确认退款到账（3–15 个工作日）；未到账请联系速卖通。',
  ),
  confirmToBuyer: followUp(
    'confirm-to-buyer',
    'Tell the buyer it is done and the refund is on its way (or that they were not charged).',
    '告知买家已处理完毕、退款正在进行（或未被扣款）。',
  ),
  adjustInventory: followUp(
    'adjust-inventory',
    'Correct the stock count for this item so it is not sold again while out of stock; find why the count was wrong.',
    '修正该商品库存，避免缺货时继续售出；查明库存不准的原因。',
  ),
  recordReason: followUp(
    'record-reason',
    'Record why the order ended (out of stock, price error, unpaid, buyer changed mind) to spot patterns.',
    '记录订单结束的原因（缺货、价格错误、未付款、买家改变主意），以便发现规律。',
  ),
  answerFeedback: followUp(
    'answer-feedback',
    'If the buyer leaves negative feedback, reply politely with the facts; no incentives.',
    '如买家留下差评，礼貌地说明事实并沟通解决；不得提供利益诱导。',
  ),
  keepEvidence: followUp(
    'keep-evidence',
    'Keep the messages, screenshots and tracking records in case of a dispute.',
    '保留沟通记录、截图和物流记录，以备纠纷时使用。',
  ),
  thenCancelOnShopify: followUp(
    'then-cancel-on-shopify',
    'Once the supplier order is cancelled, cancel the customer’s order in Shopify (Orders → order → More actions → Cancel order).',
    '供应商订单取消后，再在 Shopify 后台取消顾客的订单（订单 → 选择订单 → 更多操作 → 取消订单）。',
  ),
  preventStockouts: followUp(
    'prevent-cancellations',
    'Prevent the next one: keep listings accurate (size, colour, model), keep stock counts in sync, and answer buyer questions quickly.',
    '预防再次发生：保证商品信息准确（尺寸、颜色、型号），库存同步，及时回复买家咨询。',
  ),
});
