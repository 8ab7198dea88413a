/**
 * Verdict parts shared by many rows: consequences, follow-ups, outcome notes.
 * All frozen so the engine can hand the same objects to every verdict without copying.
 */
import type { CancellationFee, MarketFacts } from './marketplaces';
import type { Consequence, FollowUp, LocalizedText, Settings } from './types';

/** A text in both interface languages (frozen: the engine hands the same object to every verdict). */
export const localized = (en: string, zh: string): LocalizedText => Object.freeze({ en, zh });

const consequence = (id: string, tone: Consequence['tone'], en: string, zh: string): Consequence =>
  Object.freeze({ id, tone, text: localized(en, zh) });

const followUp = (id: string, en: string, zh: string): FollowUp => Object.freeze({ id, text: localized(en, zh) });

/**
 * Texts written for one side of an order with their words for the other side (src/rules/wording.ts
 * applies them): a text written for a seller page, and what a buyer page (a dropshipper buying from a
 * supplier) says instead; null: not said on a buyer page (their own buyer's feedback, their stock).
 */
export const BUYER_PAGE_WORDING = new WeakMap<LocalizedText, LocalizedText | null>();

/** The seller-page text `seller`, said as `buyer` on a buyer page (null: left out there). */
export function sellerSide(seller: LocalizedText, buyer: LocalizedText | null): LocalizedText {
  BUYER_PAGE_WORDING.set(seller, buyer);
  return seller;
}

/**
 * Texts of a dropshipper's supplier order that name their Shopify store (seed 004), with the words
 * for another store platform and for no store (null: left out, there is no customer order to cancel).
 */
export const STORE_WORDING = new WeakMap<LocalizedText, { other: LocalizedText; none: LocalizedText | null }>();

export function namesShopify(shopify: LocalizedText, other: LocalizedText, none: LocalizedText | null): LocalizedText {
  STORE_WORDING.set(shopify, { other, none });
  return shopify;
}

const storeFollowUp = (id: string, shopify: LocalizedText, other: LocalizedText): FollowUp =>
  Object.freeze({ id, text: namesShopify(shopify, other, null) });

const sellerFollowUp = (id: string, seller: LocalizedText, buyer: LocalizedText | null): FollowUp =>
  Object.freeze({ id, text: sellerSide(seller, buyer) });

/** The key of a setting's figure: -0 apart from 0, as a verdict's numbers keep it. */
const figureKey = (n: number): string => (Object.is(n, -0) ? '-0' : String(n));

/** Settings are a few figures; a bound keeps odd inputs (tests, a corrupt store) from growing a cache without end. */
const MAX_FIGURES = 64;

/**
 * One frozen consequence per distinct figure: the consequences built from settings are then the same objects order
 * after order, so the engine words each once per page case instead of copying it for every verdict (wording.ts).
 */
function perFigure(
  build: (s: Readonly<Settings>) => Consequence,
  key: (s: Readonly<Settings>) => string,
): (s: Readonly<Settings>) => Consequence {
  const made = new Map<string, Consequence>();
  // Most orders are judged with the same frozen settings (the defaults): known without making the key.
  let lastSettings: Readonly<Settings> | undefined;
  let last: Consequence | undefined;
  return (s) => {
    if (s === lastSettings && last !== undefined) return last;
    const k = key(s);
    let c = made.get(k);
    if (c === undefined) {
      if (made.size >= MAX_FIGURES) made.clear();
      c = build(s);
      made.set(k, c);
    }
    if (Object.isFrozen(s)) {
      lastSettings = s;
      last = c;
    }
    return c;
  };
}

const crTargetKey = (s: Readonly<Settings>): string => figureKey(s.amazonCancellationRateTargetPct);

/** Each marketplace's fee consequence, made once (the id depends on the marketplace, the text on its fee). */
const FEES = new WeakMap<CancellationFee, Consequence>();

/** seed 000: canceled = asked for by one side and agreed, before shipment; closed = ended by the system or platform, at any stage. */
export const OUTCOME_NOTES = Object.freeze({
  canceled: localized(
    'Canceled means one side asked and the other agreed (or the seller canceled) before shipment; the goods never moved.',
    '“取消”指一方提出、另一方同意（或卖家主动取消），发生在发货之前，货物尚未流转。',
  ),
  closed: localized(
    'Closed means the system or the platform ended the order (timeout, risk control, refund or dispute result), which can happen at any stage, even after shipment.',
    '“关闭”指由系统或平台结束订单（超时、风控、退款或纠纷结果），可发生在任何阶段，包括已发货之后。',
  ),
  closedMarketplace: localized(
    'AliExpress and 1688 show both an agreed cancellation and a system close as “Closed” (交易关闭); it counts as closed, not completed.',
    '速卖通和 1688 把双方同意的取消和系统关闭都显示为“交易关闭”；它属于关闭，而不是交易成功。',
  ),
});

const SFP_TARGET = perFigure(
  (s) =>
    consequence(
      'prime-cancellation-rate',
      'bad',
      `Seller Fulfilled Prime order: the cancellation rate on Prime orders must stay at or below ${s.amazonSfpCancellationRateTargetPct} %, or the Prime badge can be removed from your offers.`,
      `卖家自配送 Prime 订单：Prime 订单取消率须不超过 ${s.amazonSfpCancellationRateTargetPct}%，否则你的商品可能失去 Prime 标志。`,
    ),
  (s) => figureKey(s.amazonSfpCancellationRateTargetPct),
);

const BUSINESS_ORDER = consequence(
  'business-order',
  'info',
  'Amazon Business order: the help pages found set no separate cancellation rule for business orders, so the standard rules here apply (not confirmed by a business-specific page).',
  'Amazon Business 企业订单：现有帮助页面未对企业订单规定单独的取消规则，因此适用此处的标准规则（未经企业订单专门页面确认）。',
);

export const C = Object.freeze({
  crCounts: perFigure(
    (s) =>
      consequence(
        'counts-toward-cancellation-rate',
        'bad',
        `Counts toward your Cancellation Rate (keep it below ${s.amazonCancellationRateTargetPct} % over 7 days; above that Amazon may deactivate your seller-fulfilled offers).`,
        `计入订单取消率（7 天内须低于 ${s.amazonCancellationRateTargetPct}%；超过可能导致自配送商品被停售）。`,
      ),
    crTargetKey,
  ),
  crAutoCancel: perFigure(
    (s) =>
      consequence(
        'counts-toward-cancellation-rate',
        'bad',
        `An automatic cancellation for not shipping counts toward your Cancellation Rate (target below ${s.amazonCancellationRateTargetPct} %).`,
        `因未发货被自动取消的订单计入订单取消率（目标低于 ${s.amazonCancellationRateTargetPct}%）。`,
      ),
    crTargetKey,
  ),
  /** The marketplace's fee for a seller cancellation the buyer did not request (India, the Gulf); null elsewhere. */
  cancellationFee: (_s: Readonly<Settings>, m: MarketFacts): Consequence | null => {
    const fee = m.cancellationFee;
    if (fee === undefined) return null;
    // amazon.in keeps the id it always had, so stored verdicts and statistics keep reading it.
    const id = m.marketplace === 'amazon.in' ? 'india-cancellation-fee' : 'cancellation-fee';
    const made = FEES.get(fee);
    if (made !== undefined && made.id === id) return made;
    const c: Consequence = Object.freeze({ id, tone: 'bad' as const, text: fee.text });
    FEES.set(fee, c);
    return c;
  },
  /** Seller Fulfilled Prime orders have their own, stricter ceiling; null for other orders. */
  sfpTarget: (s: Readonly<Settings>, m: MarketFacts): Consequence | null => (m.programs.has('prime') ? SFP_TARGET(s) : null),
  /** No help page found sets a separate rule for Amazon Business orders: said so, rather than left silent or guessed. */
  businessOrder: (_s: Readonly<Settings>, m: MarketFacts): Consequence | null => (m.programs.has('business') ? BUSINESS_ORDER : null),
  autoCancelEstimatePassed: consequence(
    'auto-cancel-estimate-passed',
    'info',
    'Our estimate of Amazon’s automatic-cancellation date has passed, but the order page still shows it open, so it is still yours to ship or cancel. The estimate cannot know holidays or Amazon’s exact clock.',
    '我们估算的亚马逊自动取消日期已过，但订单页面仍显示订单未结束，因此你仍可发货或取消。估算无法考虑节假日和亚马逊的具体计时。',
  ),
  itemCancelCounts: consequence(
    'item-cancellations-count',
    'info',
    'Canceling only some items is possible (Cancel items); seller item cancellations count toward the Cancellation Rate like whole orders.',
    '可以只取消部分商品（Cancel items）；卖家取消部分商品与取消整单一样计入订单取消率。',
  ),
  afterShipConfirmRefund: consequence(
    'refund-after-ship-confirmation',
    'info',
    'Amazon’s Cancellation Rate page: once an order has been ship-confirmed, not shipping an item is treated as a refund, not a cancellation.',
    '亚马逊取消率帮助页面：订单一旦确认发货，未发出的商品按退款处理，而不是取消。',
  ),
  buyerChargedWholeOrder: consequence(
    'refund-to-buyer',
    'bad',
    'Confirming the first shipment charged the buyer for the whole order, so the items you do not ship must be refunded.',
    '确认第一批发货时买家已被收取整单金额，因此未发出的商品必须退款。',
  ),
  pickupCountsAsShipped: consequence(
    'pickup-scheduled-counts-as-shipped',
    'info',
    'Easy Ship: once the pickup is scheduled, Amazon treats the order as shipped; it can no longer be canceled, only returned and refunded.',
    'Easy Ship：预约取件后，亚马逊即视为已发货；不能再取消，只能退货退款。',
  ),
  amazonHandlesFbaReturn: consequence(
    'amazon-handles-return',
    'good',
    'Fulfilled by Amazon: Amazon handles the return and the buyer’s refund (and charges your account for it); you do not refund the buyer yourself.',
    '亚马逊配送（FBA）：退货和对买家的退款由亚马逊处理（并从你的账户扣款），你不需要自行退款。',
  ),
  noMessageCancel: consequence(
    'message-cancel-counts',
    'bad',
    'Canceling because of a message alone counts toward your Cancellation Rate; a cancellation the buyer requests through Your Orders does not.',
    '仅凭消息取消会计入订单取消率；买家通过“我的订单”提交的取消请求则不计入。',
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
    'Amazon.in: the target is below 2 %, automatic cancellations count too, and a cancellation fee applies: 100 % of the referral fee if canceled on or before the expected ship date, 150 % after.',
    'Amazon.in：取消率目标低于 2%，自动取消同样计入，并收取取消费：在预计发货日当天或之前取消收佣金的 100%，之后收 150%。',
  ),
  noMetric: consequence('no-metric-impact', 'good', 'Does not count toward your Cancellation Rate.', '不计入订单取消率。'),
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
  irreversibleShopify: consequence('irreversible', 'bad', 'Canceling a Shopify order cannot be undone.', 'Shopify 订单一旦取消无法撤销。'),
  needsAgreement: consequence('needs-other-party-agreement', 'info', 'Needs the other party’s agreement.', '需要对方同意。'),
  nonFulfillment: consequence(
    'non-fulfillment-risk',
    'bad',
    'If the buyer cancels with a seller-fault reason (out of stock, refuses to ship), it is judged Transaction Non-fulfillment (成交不卖): product delisting, lower search ranking, and in serious cases a blocked store.',
    '若买家以卖家责任原因（缺货、拒绝发货）取消，将被判定为成交不卖：商品下架、搜索降权，严重时店铺被冻结。',
  ),
  aeRefund: perFigure(
    (s) => {
      const min = s.aliexpressRefundMinWorkingDays;
      const max = s.aliexpressRefundMaxWorkingDays;
      return Object.freeze({
        id: 'refund-to-buyer',
        tone: 'info',
        text: sellerSide(
          localized(
            `The money goes back to the buyer in about ${min}–${max} working days.`,
            `款项退回买家，约 ${min}–${max} 个工作日到账。`,
          ),
          localized(`Your money comes back to you in about ${min}–${max} working days.`, `款项退回给你，约 ${min}–${max} 个工作日到账。`),
        ),
        etaDays: Object.freeze({ min, max, working: true }),
      } as const);
    },
    (s) => `${figureKey(s.aliexpressRefundMinWorkingDays)}/${figureKey(s.aliexpressRefundMaxWorkingDays)}`,
  ),
  refundFull1688: Object.freeze({
    id: 'refund-to-buyer',
    tone: 'info',
    text: sellerSide(
      localized(
        'The buyer gets the full paid amount back (while awaiting shipment 1688 only allows a full refund).',
        '买家获得全额退款（等待卖家发货时 1688 只允许按实付金额全额退款）。',
      ),
      localized(
        'You get the full paid amount back (while awaiting shipment 1688 only allows a full refund).',
        '你将获得全额退款（等待卖家发货时 1688 只允许按实付金额全额退款）。',
      ),
    ),
  } satisfies Consequence),
  refundAfterReturn: consequence('refund-to-buyer', 'info', 'The refund is paid after the goods come back.', '收到退回的货物后再退款。'),
  refundShopify: consequence(
    'refund-to-buyer',
    'info',
    'Shopify refunds the collected payment in full as part of the cancellation (a cancellation cannot refund only part); uncaptured payments are voided instead.',
    '取消时 Shopify 会全额退还已收取的款项（取消时不能只退部分）；未扣款的授权则被作废。',
  ),
  processingFeesKept: consequence(
    'processing-fees-not-returned',
    'bad',
    'The card processing (transaction) fees on a captured payment are not returned to you when you cancel or refund.',
    '已扣款订单的支付手续费（交易费）在取消或退款时不会退还给你。',
  ),
  voidAuthorization: consequence(
    'authorization-voided',
    'good',
    'The payment is only authorized, not captured: canceling voids the authorization, so nothing is refunded and the customer’s bank releases the hold.',
    '付款仅被授权、尚未扣款：取消会作废授权，无需退款，顾客的银行会解除冻结。',
  ),
  partiallyPaid: consequence(
    'refund-to-buyer',
    'info',
    'Partially paid: canceling refunds the amount collected so far, in full; the unpaid balance is simply no longer due.',
    '部分付款：取消会全额退还已收取的金额；未付余款不再需要支付。',
  ),
  returnBlocksCancel: consequence(
    'return-in-progress',
    'info',
    'An order with a return in progress cannot be canceled; finish or close the return and refund through it.',
    '有进行中退货的订单无法取消；请完成或关闭退货，并通过退货办理退款。',
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
    'Whether canceling part of an order counts toward the Cancellation Rate is not confirmed by Amazon’s help pages.',
    '部分取消是否计入订单取消率，亚马逊帮助页面未明确说明。',
  ),
  disputeSeller: consequence(
    'dispute-decided-by-platform',
    'bad',
    'If you do not respond in time, the platform closes the dispute in the buyer’s favour.',
    '未按时回应，平台将判买家胜诉并关闭纠纷。',
  ),
  refundOnlyLoses: consequence(
    'refund-only-loses-goods',
    'bad',
    'Agreeing to a refund-only (仅退款) request on a shipped order gives the money back and leaves the goods with the buyer: you lose both.',
    '已发货订单同意“仅退款”，货款退回而货物留在买家手中：你将货、款两失。',
  ),
  nonFulfillmentCounted: consequence(
    'non-fulfillment-risk',
    'bad',
    'This ending counts against you as Transaction Non-fulfillment (成交不卖) or a dispute decided for the buyer: product delisting, lower search ranking, and in serious cases a blocked store.',
    '此结果会被计为成交不卖或纠纷判买家胜诉：商品下架、搜索降权，严重时店铺被冻结。',
  ),
  neverPaid: consequence(
    'no-refund-to-check',
    'good',
    'It was never paid: no money moved, so there is no refund to wait for.',
    '订单从未付款：没有资金流动，因此无需等待退款。',
  ),
  riskClosed: consequence(
    'closed-by-risk-control',
    'info',
    'Closed by the platform’s risk control (the payment was rejected): any money taken goes back to the buyer; the order cannot be reopened.',
    '被平台风控关闭（付款被拒）：已扣款项退回买家；订单无法恢复。',
  ),
  noCancelAfterShip: consequence(
    'cannot-cancel-after-shipment',
    'info',
    'A shipped order cannot be canceled any more.',
    '已发货订单无法再取消。',
  ),
});

const ORDER_AGAIN = localized(
  'Your customer’s order is still open: place the supplier order again (with this supplier or another) before you think of canceling it.',
  '顾客的订单仍然有效：先重新向供应商（原供应商或其他供应商）下单，而不是急于取消顾客订单。',
);

export const F = Object.freeze({
  checkRefund: followUp('check-refund', 'Check that the refund has arrived.', '查看退款是否已到账。'),
  checkRefundAe: followUp(
    'check-refund',
    'Check that the refund arrives (3–15 working days); if it does not, contact AliExpress.',
    '确认退款到账（3–15 个工作日）；未到账请联系速卖通。',
  ),
  // The person's own buyer and stock: a supplier order (a buyer page) has neither on that page.
  confirmToBuyer: sellerFollowUp(
    'confirm-to-buyer',
    localized(
      'Tell the buyer it is done and the refund is on its way (or that they were not charged).',
      '告知买家已处理完毕、退款正在进行（或未被扣款）。',
    ),
    null,
  ),
  adjustInventory: sellerFollowUp(
    'adjust-inventory',
    localized(
      'Correct the stock count for this item so it is not sold again while out of stock; find why the count was wrong.',
      '修正该商品库存，避免缺货时继续售出；查明库存不准的原因。',
    ),
    null,
  ),
  recordReason: sellerFollowUp(
    'record-reason',
    localized(
      'Record why the order ended (out of stock, price error, unpaid, buyer changed mind) to spot patterns.',
      '记录订单结束的原因（缺货、价格错误、未付款、买家改变主意），以便发现规律。',
    ),
    localized(
      'Record why the order ended (supplier out of stock, price change, unpaid, you changed your mind) to spot patterns.',
      '记录订单结束的原因（供应商缺货、价格变动、未付款、你改变主意），以便发现规律。',
    ),
  ),
  answerFeedback: sellerFollowUp(
    'answer-feedback',
    localized(
      'If the buyer leaves negative feedback, reply politely with the facts; no incentives.',
      '如买家留下差评，礼貌地说明事实并沟通解决；不得提供利益诱导。',
    ),
    null,
  ),
  keepEvidence: followUp(
    'keep-evidence',
    'Keep the messages, screenshots and tracking records in case of a dispute.',
    '保留沟通记录、截图和物流记录，以备纠纷时使用。',
  ),
  thenCancelOnShopify: storeFollowUp(
    'then-cancel-on-shopify',
    localized(
      'Once the supplier order is canceled, cancel the customer’s order in Shopify (Orders → order → More actions → Cancel order).',
      '供应商订单取消后，再在 Shopify 后台取消顾客的订单（订单 → 选择订单 → 更多操作 → 取消订单）。',
    ),
    localized(
      'Once the supplier order is canceled, cancel the customer’s order in your own store.',
      '供应商订单取消后，再在你自己的店铺后台取消顾客的订单。',
    ),
  ),
  orderAgain: Object.freeze({
    id: 'order-again',
    text: namesShopify(
      ORDER_AGAIN,
      ORDER_AGAIN,
      localized(
        'If you still need the goods, place the supplier order again (with this supplier or another).',
        '如仍需要这批货，请重新向供应商（原供应商或其他供应商）下单。',
      ),
    ),
  } satisfies FollowUp),
  cancelShopifyIfUnsourced: storeFollowUp(
    'then-cancel-on-shopify',
    localized(
      'If you cannot source it elsewhere, cancel the customer’s order in Shopify (Orders → order → More actions → Cancel order) and tell them.',
      '如果无法从其他渠道采购，再在 Shopify 后台取消顾客的订单（订单 → 选择订单 → 更多操作 → 取消订单）并告知顾客。',
    ),
    localized(
      'If you cannot source it elsewhere, cancel the customer’s order in your own store and tell them.',
      '如果无法从其他渠道采购，再在你自己的店铺后台取消顾客的订单并告知顾客。',
    ),
  ),
  fixHandlingTime: followUp(
    'fix-handling-time',
    'Find why it was not shipped in time (stock, a handling time set too short) and fix it; check the penalty points in your seller centre.',
    '查明未能按时发货的原因（库存、备货期设置过短）并改正；在卖家后台查看扣分情况。',
  ),
  preventStockouts: sellerFollowUp(
    'prevent-cancellations',
    localized(
      'Prevent the next one: keep listings accurate (size, colour, model), keep stock counts in sync, and answer buyer questions quickly.',
      '预防再次发生：保证商品信息准确（尺寸、颜色、型号），库存同步，及时回复买家咨询。',
    ),
    null,
  ),
});
