/**
 * Amazon Seller Central (seller perspective). Sources: reference/platform-rules.md §1, seeds 002 and 003.
 */
import { C, F, localized } from '../parts';
import type { Rule } from '../rule';
import { SRC } from '../sources';

const OPEN_ORDER = [
  localized('In Seller Central open Orders → Manage Orders.', '在卖家平台打开 订单 → 管理订单。'),
  localized('Find the order (search by order ID).', '找到该订单（按订单编号搜索）。'),
  localized('In the Action column click “Cancel order”.', '在“操作”列点击“取消订单”。'),
  localized(
    'Choose “Cancel entire order”, or “Cancel items” with the ASIN and quantity when only part of the order cannot ship.',
    '选择“取消整个订单”；如果只有部分商品无法发货，选择“取消商品”并指定 ASIN 和数量。',
  ),
];
const SUBMIT = localized(
  'Add a Seller memo if useful and click Submit; Amazon emails the buyer.',
  '如有需要填写卖家备注，点击“提交”；亚马逊会邮件通知买家。',
);

const TRUE_REASON = localized(
  'Reason for cancellation: pick the true reason — “No inventory” when you cannot ship it, “Pricing error” for a wrong price, “Shipping address undeliverable” when you cannot deliver (the buyer then places a new order with the right address; never take a new address by message, and on a Seller Fulfilled Prime order send address changes to Amazon Customer Service instead). The reason is recorded; it does not remove the metric hit.',
  '取消原因：选择真实原因——无法发货选“No inventory（无库存）”，价格错误选“Pricing error”，无法送达选“Shipping address undeliverable”（买家需用正确地址重新下单；切勿通过消息索取新地址；卖家自配送 Prime 订单的地址变更请交给亚马逊客服）。原因会被记录，但不能免除对指标的影响。',
);
const NEVER_ASK = localized(
  'Never ask the buyer to request the cancellation because you are out of stock: Amazon requires the seller to cancel in that case.',
  '切勿因为自己缺货而让买家申请取消：这种情况下亚马逊要求由卖家取消。',
);
const SHIP_OR_CANCEL = localized(
  'If you can still ship, ship and confirm before the ship-by date instead: that avoids the cancellation entirely.',
  '如果还能发货，请在最晚发货日前发货并确认，这样就完全不必取消。',
);

/** What a seller cancellation costs on this order: rate, the marketplace's fee, the Prime ceiling, offer removal. */
const SELLER_CANCEL_COSTS = [
  C.crCounts,
  C.cancellationFee,
  C.sfpTarget,
  C.itemCancelCounts,
  C.offerRemoval,
  C.buyerNotCharged,
  C.businessOrder,
];
const AUTO_CANCEL_COSTS = [C.crAutoCancel, C.cancellationFee, C.sfpTarget, C.businessOrder];

const MFN_CANCEL_SOURCES = [
  SRC.amazonCancelHelp,
  SRC.amazonCancelHelpUk,
  SRC.amazonCancelItemsHelp,
  SRC.amazonCancellationRate,
  SRC.amazonCancellationRateIn,
  SRC.amazonCancelHelpSa,
  SRC.amazonSfp,
  SRC.amazonAddressChange,
  SRC.amazonMessaging,
  SRC.seed002,
  SRC.seed003,
];
const MFN_CANCEL_FOLLOWUPS = [F.adjustInventory, F.recordReason, F.answerFeedback, F.preventStockouts];
/** A seller cancellation's messages: never "how to request a cancellation" beside them (that one answers a buyer's message only). */
const MFN_TEMPLATES = ['amazon.out-of-stock-apology', 'amazon.pricing-error-notice', 'amazon.address-undeliverable'] as const;

export const AMAZON_RULES: Rule[] = [
  {
    id: 'amazon.pending.fba',
    when: { platform: 'amazon', perspective: 'seller', stages: ['awaiting-payment', 'awaiting-shipment'], fulfilledBy: 'platform' },
    action: 'contact-support',
    outcome: 'canceled',
    actor: 'support',
    headline: localized(
      'Fulfilled by Amazon: you cannot cancel it yourself — the buyer cancels in Your Orders, or you ask Seller Support.',
      '亚马逊配送（FBA）：你不能自行取消——由买家在“我的订单”中取消，或由你联系卖家支持申请。',
    ),
    steps: [
      localized(
        'If the buyer wants to cancel, tell them to use Your Orders → Request cancellation, or Amazon Customer Service.',
        '如买家想取消，请其在“我的订单”中申请取消，或联系亚马逊客服。',
      ),
      localized(
        'To cancel it yourself, open a case with Seller Support (Help → Get support) with the order ID; a request does not guarantee the cancellation.',
        '如需自行取消，请联系卖家支持（帮助 → 获取支持）并提供订单编号；提交申请不保证一定能取消。',
      ),
    ],
    consequences: [C.noMetricFba],
    deadlines: [],
    templates: ['amazon.fba-contact-amazon'],
    followUps: [F.checkRefund],
    caveat: localized(
      'The Seller Support route comes from an older Amazon help page; check the current Seller Central help.',
      '联系卖家支持的做法来自较早的亚马逊帮助页面，请以当前卖家平台帮助为准。',
    ),
    sources: [SRC.amazonFba, SRC.amazonCancellationRate],
  },
  {
    id: 'amazon.preorder.pending-availability',
    when: { platform: 'amazon', perspective: 'seller', stages: ['awaiting-payment'], program: 'preorder' },
    action: 'wait',
    outcome: null,
    actor: 'platform',
    headline: localized(
      'Pre-order (Pending availability): not a payment problem — it waits for the release date; do not ship before it.',
      '预售订单（Pending availability）：不是付款问题——订单在等待发售日；发售日前不要发货。',
    ),
    steps: [
      localized(
        'Do not ship or confirm before the release date: for a pre-order the promised ship date is the release date.',
        '发售日前不要发货或确认：预售订单的承诺发货日就是发售日。',
      ),
      localized(
        'Payment is authorized as the release date nears; the order then moves on like any other (Pending → Unshipped).',
        '临近发售日时付款才会授权，之后订单与普通订单一样推进（Pending → Unshipped）。',
      ),
      localized(
        'If the buyer wants to cancel, they can cancel it in Your Orders or through Amazon Customer Service.',
        '如买家想取消，可在“我的订单”中取消或联系亚马逊客服。',
      ),
    ],
    consequences: [C.pendingNotCharged],
    deadlines: ['ship-by'],
    templates: ['amazon.pending-contact-amazon'],
    followUps: [F.adjustInventory],
    caveat: localized(
      'The help pages found do not say whether a seller may cancel a pre-order before the release date; if Manage Orders offers Cancel order, a seller cancellation counts like any other.',
      '现有帮助页面未说明卖家能否在发售日前取消预售订单；如果管理订单中出现“取消订单”，卖家取消与其他订单一样计入取消率。',
    ),
    sources: [SRC.amazonOrderStatuses, SRC.amazonPreorder, SRC.amazonPending],
  },
  {
    id: 'amazon.pending.jp.cancel',
    when: { platform: 'amazon', perspective: 'seller', stages: ['awaiting-payment'], marketplaces: ['amazon.co.jp'] },
    action: 'cancel',
    outcome: 'canceled',
    actor: 'you',
    headline: localized(
      'Amazon.co.jp: Pending orders can be canceled by the seller — cancel only if you truly must, and do not ship it.',
      '日本站：卖家可以取消 Pending 订单——仅在确有必要时取消，且不要发货。',
    ),
    steps: [...OPEN_ORDER, TRUE_REASON, SUBMIT],
    consequences: [C.crCounts, C.cancellationFee, C.sfpTarget, C.pendingNotCharged],
    deadlines: ['amazon-pending-cancel'],
    templates: [...MFN_TEMPLATES],
    followUps: MFN_CANCEL_FOLLOWUPS,
    caveat: localized(
      'Only the JP help page says Pending orders can be canceled; other marketplaces say they cannot.',
      '只有日本站帮助页面说明可以取消 Pending 订单；其他站点说明不可取消。',
    ),
    sources: [SRC.amazonCancelHelpJp, SRC.amazonPending],
  },
  {
    id: 'amazon.pending.wait',
    when: { platform: 'amazon', perspective: 'seller', stages: ['awaiting-payment'] },
    action: 'wait',
    outcome: 'canceled',
    actor: 'platform',
    headline: localized(
      'Pending: you cannot cancel it — do not ship; Amazon cancels it if payment never completes.',
      'Pending（待处理）：你无法取消——不要发货；若付款始终未完成，亚马逊会自行取消。',
    ),
    steps: [
      localized('Do not ship or confirm the order while it is Pending.', '订单处于 Pending 状态时不要发货或确认。'),
      localized(
        'If the buyer wants to cancel, refer them to Amazon Customer Service; sellers cannot cancel Pending orders.',
        '如买家想取消，请让其联系亚马逊客服；卖家无法取消 Pending 订单。',
      ),
      localized(
        'Wait: once payment is authorized it moves to Unshipped; otherwise Amazon cancels it (after up to 21 days) and releases the inventory.',
        '等待：付款授权后订单变为 Unshipped（未发货）；否则亚马逊会取消（最长 21 天）并释放库存。',
      ),
    ],
    consequences: [C.pendingNotCharged, C.noMetric],
    deadlines: ['amazon-pending-cancel'],
    templates: ['amazon.pending-contact-amazon', 'amazon.pending-awaiting-payment'],
    followUps: [],
    sources: [SRC.amazonPending, SRC.amazonPending21Days, SRC.amazonCancellationRate],
  },
  {
    id: 'amazon.unshipped.easy-ship.pickup-scheduled',
    when: { platform: 'amazon', perspective: 'seller', stages: ['awaiting-shipment'], fulfilledBy: 'merchant', pickupScheduled: true },
    priority: 1,
    action: 'return-and-refund',
    outcome: null,
    actor: 'other-party',
    headline: localized(
      'Easy Ship pickup scheduled: Amazon treats this as shipped — it can no longer be canceled; the buyer returns it and you refund.',
      'Easy Ship 已预约取件：亚马逊视为已发货——不能再取消；由买家退货，你再退款。',
    ),
    steps: [
      localized(
        'Tell the buyer the order is already on its way and that they can return it for a refund once it arrives.',
        '告知买家订单已在途，收到后可退货并获得退款。',
      ),
      localized('When the return arrives, refund it (Orders → Manage Returns).', '收到退货后办理退款（订单 → 管理退货）。'),
      localized(
        'Next time: when you cannot ship an Easy Ship order, cancel it before you schedule the pickup.',
        '下次注意：Easy Ship 订单如无法发货，请在预约取件之前取消。',
      ),
    ],
    consequences: [C.pickupCountsAsShipped, C.refundAfterReturn],
    deadlines: [],
    templates: ['amazon.already-shipped-refuse-or-return'],
    followUps: [F.checkRefund, F.keepEvidence],
    sources: [SRC.amazonCancelHelpSa, SRC.amazonCancelHelpAe],
  },
  {
    id: 'amazon.unshipped.mfn.india.auto-cancel-passed',
    when: {
      platform: 'amazon',
      perspective: 'seller',
      stages: ['awaiting-shipment'],
      cancelRequested: false,
      fulfilledBy: 'merchant',
      marketplaces: ['amazon.in'],
      time: 'auto-cancel-page-date-passed',
    },
    action: 'wait',
    outcome: 'canceled',
    actor: 'platform',
    headline: localized(
      'Amazon.in: the auto-cancel date shown on the order has passed — Amazon cancels it automatically, and that counts toward your Cancellation Rate with a cancellation fee.',
      'Amazon.in：订单页面显示的取消日期已过——亚马逊会自动取消，计入订单取消率并收取取消费。',
    ),
    steps: [
      localized('Refresh the order page. Once it shows Canceled, do not ship it.', '刷新订单页面。一旦显示“已取消”，不要发货。'),
      localized(
        'If it still shows Unshipped, ship and confirm today if you can; otherwise cancel it yourself with the true reason.',
        '如果仍显示“未发货”，能发货就今天发货并确认；否则以真实原因自行取消。',
      ),
    ],
    consequences: AUTO_CANCEL_COSTS,
    deadlines: ['amazon-auto-cancel'],
    templates: ['amazon.out-of-stock-apology'],
    followUps: [F.adjustInventory, F.recordReason, F.preventStockouts],
    sources: [SRC.amazonCancellationRateIn, SRC.amazonOrderPageJson],
  },
  {
    id: 'amazon.unshipped.mfn.auto-cancel-passed',
    when: {
      platform: 'amazon',
      perspective: 'seller',
      stages: ['awaiting-shipment'],
      cancelRequested: false,
      fulfilledBy: 'merchant',
      time: 'auto-cancel-page-date-passed',
    },
    action: 'wait',
    outcome: 'canceled',
    actor: 'platform',
    headline: localized(
      'The auto-cancel date shown on the order has passed: Amazon cancels it automatically, and that counts toward your Cancellation Rate.',
      '订单页面显示的取消日期已过：亚马逊会自动取消，并计入订单取消率。',
    ),
    steps: [
      localized('Refresh the order page. Once it shows Canceled, do not ship it.', '刷新订单页面。一旦显示“已取消”，不要发货。'),
      localized(
        'If it still shows Unshipped, ship and confirm today if you can; otherwise cancel it yourself with the true reason.',
        '如果仍显示“未发货”，能发货就今天发货并确认；否则以真实原因自行取消。',
      ),
      localized(
        'If the buyer has asked to cancel through Amazon, cancel it with “Buyer Canceled” while the page still allows it.',
        '如果买家已通过亚马逊申请取消，趁页面仍允许时以“Buyer Canceled”原因取消。',
      ),
    ],
    consequences: AUTO_CANCEL_COSTS,
    deadlines: ['amazon-auto-cancel'],
    templates: ['amazon.out-of-stock-apology'],
    followUps: [F.adjustInventory, F.recordReason, F.answerFeedback, F.preventStockouts],
    sources: [SRC.amazonOrderPageJson, SRC.amazonAutoCancel, SRC.amazonCancelHelp, SRC.seed002, SRC.seed003],
  },
  {
    id: 'amazon.unshipped.mfn.buyer-asked-by-message',
    when: {
      platform: 'amazon',
      perspective: 'seller',
      stages: ['awaiting-shipment'],
      cancelRequested: false,
      fulfilledBy: 'merchant',
      buyerAskedByMessage: true,
    },
    action: 'request-cancel',
    outcome: 'canceled',
    actor: 'other-party',
    headline: localized(
      'The buyer asked to cancel by message only: reply with how to request it in Your Orders, then cancel with “Buyer Canceled” when the request arrives — no rate impact.',
      '买家仅通过消息要求取消：回复告知如何在“我的订单”中提交取消请求，请求到达后以“Buyer Canceled”取消——不影响取消率。',
    ),
    steps: [
      localized(
        'Reply to the buyer: Your Account → Your Orders → this order → Request cancellation (within the first minutes after ordering they can use Cancel items themselves).',
        '回复买家：我的账户 → 我的订单 → 该订单 → 申请取消（下单后最初几分钟内可自行点击“取消商品”）。',
      ),
      localized(
        'When the request arrives (“Order cancellation request from Amazon customer”), cancel with the reason “Buyer Canceled”.',
        '收到取消请求（“Order cancellation request from Amazon customer”）后，以“Buyer Canceled”原因取消。',
      ),
      localized(
        'Only if you cannot ship anyway (out of stock), do not wait for the buyer: cancel yourself with the true reason.',
        '如果你本来就无法发货（缺货），不要等买家：自行以真实原因取消。',
      ),
    ],
    consequences: [C.noMessageCancel, C.buyerNotCharged],
    deadlines: ['buyer-self-cancel-window', 'ship-by', 'amazon-auto-cancel'],
    templates: ['amazon.use-request-cancellation'],
    followUps: [F.recordReason],
    sources: [SRC.amazonMessageCancel, SRC.amazonCancelHelp, SRC.amazonCancellationRate],
  },
  {
    id: 'amazon.unshipped.mfn.auto-cancel-estimate-passed',
    when: {
      platform: 'amazon',
      perspective: 'seller',
      stages: ['awaiting-shipment'],
      cancelRequested: false,
      fulfilledBy: 'merchant',
      time: 'auto-cancel-estimate-passed',
    },
    action: 'cancel',
    outcome: 'canceled',
    actor: 'you',
    headline: localized(
      'Past our estimate of Amazon’s automatic-cancellation date, but the page still shows the order open: ship and confirm now if you can, or cancel it with the true reason.',
      '已过我们估算的亚马逊自动取消日期，但页面仍显示订单未结束：能发货就立即发货并确认，否则以真实原因取消。',
    ),
    steps: [
      localized('Refresh the order page: what it shows wins over the estimate.', '刷新订单页面：以页面显示为准，而不是估算。'),
      SHIP_OR_CANCEL,
      ...OPEN_ORDER,
      TRUE_REASON,
      SUBMIT,
      NEVER_ASK,
    ],
    consequences: [C.autoCancelEstimatePassed, ...SELLER_CANCEL_COSTS],
    deadlines: ['ship-by', 'amazon-auto-cancel'],
    templates: [...MFN_TEMPLATES],
    followUps: MFN_CANCEL_FOLLOWUPS,
    caveat: localized(
      'The automatic-cancellation date is our estimate (no date was shown on the page); while the page shows the order open, it is still open.',
      '自动取消日期为估算（页面未显示日期）；只要页面显示订单未结束，就不代表订单已结束。',
    ),
    sources: [SRC.amazonAutoCancel, SRC.amazonCancellationRateIn, SRC.amazonCancelHelpAe, ...MFN_CANCEL_SOURCES],
  },
  {
    id: 'amazon.unshipped.mfn.buyer-requested',
    when: { platform: 'amazon', perspective: 'seller', stages: ['awaiting-shipment'], cancelRequested: true, fulfilledBy: 'merchant' },
    action: 'cancel',
    outcome: 'canceled',
    actor: 'you',
    headline: localized(
      'The buyer asked to cancel through Amazon: cancel it with the reason “Buyer Canceled” — it does not hurt your metrics.',
      '买家已通过亚马逊申请取消：以“Buyer Canceled（买家取消）”为原因取消，不影响你的指标。',
    ),
    steps: [
      ...OPEN_ORDER,
      localized('Reason for cancellation: choose “Buyer Canceled”.', '取消原因：选择“Buyer Canceled（买家取消）”。'),
      SUBMIT,
    ],
    consequences: [C.noMetric, C.buyerNotCharged, C.businessOrder],
    deadlines: ['amazon-auto-cancel'],
    templates: ['amazon.cancel-request-received', 'amazon.cancel-confirmed-buyer-request'],
    followUps: [F.recordReason],
    caveat: localized(
      'A buyer’s request wins over an estimated automatic cancellation: as long as the page shows the order open, cancel it this way. Amazon’s help confirms that canceling at the buyer’s request through the standard process does not count; the exact wording of the reason in the menu may differ by marketplace.',
      '买家的取消请求优先于估算的自动取消：只要页面显示订单未结束，就按此方式取消。亚马逊帮助确认，通过标准流程按买家请求取消不计入取消率；菜单中原因的具体名称可能因站点而异。',
    ),
    sources: [SRC.amazonCancelHelp, SRC.amazonCancelHelpUk, SRC.amazonCancelHelpSa, SRC.amazonAutoCancel, SRC.seed002],
  },
  {
    id: 'amazon.unshipped.mfn.seller-cancel',
    when: { platform: 'amazon', perspective: 'seller', stages: ['awaiting-shipment'], cancelRequested: false, fulfilledBy: 'merchant' },
    action: 'cancel',
    outcome: 'canceled',
    actor: 'you',
    headline: localized(
      'You can cancel it, but a seller cancellation counts toward your Cancellation Rate — pick the true reason.',
      '你可以取消，但卖家取消会计入订单取消率——请选择真实原因。',
    ),
    steps: [SHIP_OR_CANCEL, ...OPEN_ORDER, TRUE_REASON, SUBMIT, NEVER_ASK],
    consequences: SELLER_CANCEL_COSTS,
    deadlines: ['ship-by', 'amazon-auto-cancel'],
    templates: [...MFN_TEMPLATES],
    followUps: MFN_CANCEL_FOLLOWUPS,
    sources: MFN_CANCEL_SOURCES,
  },
  {
    id: 'amazon.unshipped.mfn.buyer-self-cancel-window',
    when: {
      platform: 'amazon',
      perspective: 'seller',
      stages: ['awaiting-shipment'],
      cancelRequested: false,
      fulfilledBy: 'merchant',
      time: 'within-buyer-self-cancel-window',
    },
    action: 'cancel',
    outcome: 'canceled',
    actor: 'you',
    headline: localized(
      'Just ordered: the buyer can still cancel it by themselves until the time below; if you cancel, it counts toward your Cancellation Rate.',
      '刚刚下单：在下方时间之前买家仍可自行取消；若由你取消，将计入订单取消率。',
    ),
    steps: [
      localized(
        'If the buyer wants to cancel, they can do it themselves now: Your Orders → Cancel items (no effect on your metrics).',
        '如果买家想取消，现在可以自行操作：我的订单 → 取消商品（不影响你的指标）。',
      ),
      SHIP_OR_CANCEL,
      ...OPEN_ORDER,
      TRUE_REASON,
      SUBMIT,
      NEVER_ASK,
    ],
    consequences: SELLER_CANCEL_COSTS,
    deadlines: ['buyer-self-cancel-window', 'ship-by', 'amazon-auto-cancel'],
    templates: [...MFN_TEMPLATES],
    followUps: MFN_CANCEL_FOLLOWUPS,
    sources: [SRC.amazonBuyerCancelJp, SRC.amazonBuyerAutoCancelWindow, SRC.amazonCancelHelpAe, ...MFN_CANCEL_SOURCES],
  },
  {
    id: 'amazon.unshipped.mfn.india',
    when: {
      platform: 'amazon',
      perspective: 'seller',
      stages: ['awaiting-shipment'],
      cancelRequested: false,
      fulfilledBy: 'merchant',
      marketplaces: ['amazon.in'],
    },
    action: 'cancel',
    outcome: 'canceled',
    actor: 'you',
    headline: localized(
      'Amazon.in: you can cancel it, but it counts toward your Cancellation Rate (< 2 %) and costs a cancellation fee.',
      'Amazon.in：你可以取消，但会计入订单取消率（< 2%）并收取取消费。',
    ),
    steps: [SHIP_OR_CANCEL, ...OPEN_ORDER, TRUE_REASON, SUBMIT, NEVER_ASK],
    consequences: SELLER_CANCEL_COSTS,
    deadlines: ['ship-by', 'amazon-auto-cancel'],
    templates: [...MFN_TEMPLATES],
    followUps: MFN_CANCEL_FOLLOWUPS,
    sources: [SRC.amazonCancellationRateIn, ...MFN_CANCEL_SOURCES],
  },
  {
    id: 'amazon.partially-shipped.mfn',
    when: { platform: 'amazon', perspective: 'seller', stages: ['partially-shipped'], fulfilledBy: 'merchant' },
    action: 'refund',
    outcome: null,
    actor: 'you',
    headline: localized(
      'Partly shipped: ship and confirm what you can, then refund the unshipped items — after ship-confirmation that is a refund, not a cancellation.',
      '部分发货：先发出并确认能发的商品，再对无法发货的商品退款——确认发货后这属于退款，而不是取消。',
    ),
    steps: [
      localized('Ship and confirm every item you can send.', '发出并确认所有能发的商品。'),
      localized(
        'For the rest: Orders → Manage Orders → find the order → Refund order, choose the items and quantities not shipped, reason “No inventory” or “Customer cancel” (or an Order Adjustment feed with the same reasons).',
        '其余部分：订单 → 管理订单 → 找到订单 → 退款，选择未发出的商品和数量，原因选“No inventory”或“Customer cancel”（或用订单调整 Order Adjustment 文件提交相同原因）。',
      ),
      localized('Tell the buyer which items will not come and that they are refunded.', '告知买家哪些商品不会发出并已退款。'),
    ],
    consequences: [C.afterShipConfirmRefund, C.buyerChargedWholeOrder],
    deadlines: ['ship-by'],
    templates: ['amazon.partial-cancel-notice', 'amazon.refund-confirmation'],
    followUps: [F.adjustInventory, F.recordReason, F.confirmToBuyer],
    sources: [SRC.amazonCancelHelpUk, SRC.amazonCancellationRate, SRC.amazonPartialForum],
  },
  {
    id: 'amazon.partially-shipped.fba',
    when: { platform: 'amazon', perspective: 'seller', stages: ['partially-shipped'], fulfilledBy: 'platform' },
    action: 'contact-support',
    outcome: null,
    actor: 'support',
    headline: localized(
      'Fulfilled by Amazon and partly shipped: only Amazon can stop the rest — ask Seller Support.',
      '亚马逊配送且部分已发货：只有亚马逊能停止剩余部分——请联系卖家支持。',
    ),
    steps: [
      localized(
        'Open a case with Seller Support (Help → Get support) with the order ID.',
        '联系卖家支持（帮助 → 获取支持）并提供订单编号。',
      ),
    ],
    consequences: [C.noMetricFba],
    deadlines: [],
    templates: ['amazon.fba-contact-amazon'],
    followUps: [F.checkRefund],
    sources: [SRC.amazonFba],
  },
  {
    id: 'amazon.shipped.fba',
    when: { platform: 'amazon', perspective: 'seller', stages: ['shipped', 'delivered', 'completed'], fulfilledBy: 'platform' },
    action: 'return-and-refund',
    outcome: null,
    actor: 'platform',
    headline: localized(
      'Fulfilled by Amazon and shipped: Amazon handles the return and the refund — do not refund the buyer yourself.',
      '亚马逊配送且已发货：退货和退款由亚马逊处理——不要自行给买家退款。',
    ),
    steps: [
      localized(
        'If the buyer writes to you, refer them to Your Orders → Return or replace items, or to Amazon Customer Service.',
        '如买家联系你，请其在“我的订单”中点击“退货或换货”，或联系亚马逊客服。',
      ),
      localized(
        'Watch Reports → Fulfillment → FBA customer returns; if a returned item is damaged and not your fault, ask for a reimbursement.',
        '关注 报告 → 亚马逊物流 → FBA 买家退货；若退回商品受损且非你的责任，可申请赔偿。',
      ),
    ],
    consequences: [C.amazonHandlesFbaReturn, C.noMetricFba],
    deadlines: [],
    templates: ['amazon.fba-return-via-amazon'],
    followUps: [F.keepEvidence],
    sources: [SRC.amazonFbaService, SRC.amazonCancellationRate],
  },
  {
    id: 'amazon.shipped',
    when: { platform: 'amazon', perspective: 'seller', stages: ['shipped', 'delivered', 'completed'] },
    action: 'return-and-refund',
    outcome: null,
    actor: 'other-party',
    headline: localized(
      'Already shipped: it can no longer be canceled — the buyer refuses delivery or returns it, then you refund.',
      '已发货：无法再取消——买家拒收或退货后，由你退款。',
    ),
    steps: [
      localized(
        'Tell the buyer the order is on its way and that they can refuse delivery or return it for a refund.',
        '告知买家订单已在途，可拒收或退货后获得退款。',
      ),
      localized(
        'When the return arrives: Orders → Manage Returns (or Manage Orders → Refund order) and issue the refund.',
        '收到退货后：订单 → 管理退货（或 管理订单 → 退款）并办理退款。',
      ),
    ],
    consequences: [C.returnNotCancel, C.refundAfterReturn],
    deadlines: [],
    templates: ['amazon.already-shipped-refuse-or-return', 'amazon.refund-confirmation'],
    followUps: [F.checkRefund, F.keepEvidence],
    sources: [SRC.amazonCancelHelp, SRC.amazonCancellationRate, SRC.seed003],
  },
  {
    id: 'amazon.canceled',
    when: { platform: 'amazon', perspective: 'seller', stages: ['canceled'] },
    action: 'none',
    outcome: 'canceled',
    actor: 'you',
    headline: localized('Already canceled: only follow-ups are left.', '已取消：只需做后续处理。'),
    steps: [
      localized(
        'Nothing to cancel. If you canceled for lack of stock, fix the stock count now.',
        '无需再取消。如因缺货取消，请立即修正库存。',
      ),
    ],
    consequences: [],
    deadlines: [],
    templates: ['amazon.negative-feedback-follow-up'],
    followUps: [F.confirmToBuyer, F.adjustInventory, F.recordReason, F.answerFeedback, F.preventStockouts],
    sources: [SRC.amazonCancelHelp, SRC.seed003, SRC.seed000],
  },
];
