/**
 * Amazon Seller Central (seller perspective). Sources: reference/platform-rules.md §1, seeds 002 and 003.
 */
import { C, F, t } from '../parts';
import type { Rule } from '../rule';
import { SRC } from '../sources';

const OPEN_ORDER = [
  t('In Seller Central open Orders → Manage Orders.', '在卖家平台打开 订单 → 管理订单。'),
  t('Find the order (search by order ID).', '找到该订单（按订单编号搜索）。'),
  t('In the Action column click “Cancel order”.', '在“操作”列点击“取消订单”。'),
];
const SUBMIT = t(
  'Add a Seller memo if useful and click Submit; Amazon emails the buyer.',
  '如有需要填写卖家备注，点击“提交”；亚马逊会邮件通知买家。',
);

const TRUE_REASON = t(
  'Reason for cancellation: pick the true reason — “No inventory” when you cannot ship it, “Pricing error” for a wrong price, “Shipping address undeliverable” when you cannot deliver. The reason is recorded; it does not remove the metric hit.',
  '取消原因：选择真实原因——无法发货选“No inventory（无库存）”，价格错误选“Pricing error”，无法送达选“Shipping address undeliverable”。原因会被记录，但不能免除对指标的影响。',
);
const NEVER_ASK = t(
  'Never ask the buyer to request the cancellation because you are out of stock: Amazon requires the seller to cancel in that case.',
  '切勿因为自己缺货而让买家申请取消：这种情况下亚马逊要求由卖家取消。',
);
const SHIP_OR_CANCEL = t(
  'If you can still ship, ship and confirm before the ship-by date instead: that avoids the cancellation entirely.',
  '如果还能发货，请在最晚发货日前发货并确认，这样就完全不必取消。',
);

const MFN_CANCEL_SOURCES = [SRC.amazonCancelHelp, SRC.amazonCancelHelpUk, SRC.amazonCancellationRate, SRC.amazonMessaging, SRC.seed002, SRC.seed003];
const MFN_CANCEL_FOLLOWUPS = [F.adjustInventory, F.recordReason, F.answerFeedback, F.preventStockouts];
const MFN_TEMPLATES = ['amazon.out-of-stock-apology', 'amazon.pricing-error-notice', 'amazon.address-undeliverable'] as const;

export const AMAZON_RULES: Rule[] = [
  {
    id: 'amazon.pending.fba',
    when: { platform: 'amazon', perspective: 'seller', stages: ['awaiting-payment', 'awaiting-shipment'], fulfilledBy: 'platform' },
    action: 'contact-support',
    outcome: 'canceled',
    actor: 'support',
    headline: t(
      'Fulfilled by Amazon: you cannot cancel it yourself — the buyer cancels in Your Orders, or you ask Seller Support.',
      '亚马逊配送（FBA）：你不能自行取消——由买家在“我的订单”中取消，或由你联系卖家支持申请。',
    ),
    steps: [
      t(
        'If the buyer wants to cancel, tell them to use Your Orders → Request cancellation, or Amazon Customer Service.',
        '如买家想取消，请其在“我的订单”中申请取消，或联系亚马逊客服。',
      ),
      t(
        'To cancel it yourself, open a case with Seller Support (Help → Get support) with the order ID; a request does not guarantee the cancellation.',
        '如需自行取消，请联系卖家支持（帮助 → 获取支持）并提供订单编号；提交申请不保证一定能取消。',
      ),
    ],
    consequences: [C.noMetricFba],
    deadlines: [],
    templates: ['amazon.fba-contact-amazon'],
    followUps: [F.checkRefund],
    caveat: t(
      'The Seller Support route comes from an older Amazon help page; check the current Seller Central help.',
      '联系卖家支持的做法来自较早的亚马逊帮助页面，请以当前卖家平台帮助为准。',
    ),
    sources: [SRC.amazonFba, SRC.amazonCancellationRate],
  },
  {
    id: 'amazon.pending.jp.cancel',
    when: { platform: 'amazon', perspective: 'seller', stages: ['awaiting-payment'], marketplaces: ['amazon.co.jp'] },
    action: 'cancel',
    outcome: 'canceled',
    actor: 'you',
    headline: t(
      'Amazon.co.jp: Pending orders can be cancelled by the seller — cancel only if you truly must, and do not ship it.',
      '日本站：卖家可以取消 Pending 订单——仅在确有必要时取消，且不要发货。',
    ),
    steps: [...OPEN_ORDER, TRUE_REASON, SUBMIT],
    consequences: [C.crCounts, C.pendingNotCharged],
    deadlines: ['amazon-pending-cancel'],
    templates: [...MFN_TEMPLATES],
    followUps: MFN_CANCEL_FOLLOWUPS,
    caveat: t(
      'Only the JP help page says Pending orders can be cancelled; other marketplaces say they cannot.',
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
    headline: t(
      'Pending: you cannot cancel it — do not ship; Amazon cancels it if payment never completes.',
      'Pending（待处理）：你无法取消——不要发货；若付款始终未完成，亚马逊会自行取消。',
    ),
    steps: [
      t('Do not ship or confirm the order while it is Pending.', '订单处于 Pending 状态时不要发货或确认。'),
      t(
        'If the buyer wants to cancel, refer them to Amazon Customer Service; sellers cannot cancel Pending orders.',
        '如买家想取消，请让其联系亚马逊客服；卖家无法取消 Pending 订单。',
      ),
      t(
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
    id: 'amazon.unshipped.mfn.india.auto-cancel-passed',
    when: {
      platform: 'amazon',
      perspective: 'seller',
      stages: ['awaiting-shipment'],
      fulfilledBy: 'merchant',
      marketplaces: ['amazon.in'],
      time: 'auto-cancel-deadline-passed',
    },
    action: 'wait',
    outcome: 'canceled',
    actor: 'platform',
    headline: t(
      'Amazon.in: the auto-cancel date has passed; the automatic cancellation counts toward your Cancellation Rate.',
      'Amazon.in：已过自动取消日期；自动取消同样计入订单取消率。',
    ),
    steps: [t('Do not ship it now; refresh the order to see it change to Canceled.', '现在不要发货；刷新订单页面确认状态变为“已取消”。')],
    consequences: [C.crAutoCancel, C.indiaRules],
    deadlines: ['amazon-auto-cancel'],
    templates: ['amazon.out-of-stock-apology'],
    followUps: [F.adjustInventory, F.recordReason, F.preventStockouts],
    sources: [SRC.amazonCancellationRateIn, SRC.amazonAutoCancel],
  },
  {
    id: 'amazon.unshipped.mfn.auto-cancel-passed',
    when: {
      platform: 'amazon',
      perspective: 'seller',
      stages: ['awaiting-shipment'],
      fulfilledBy: 'merchant',
      time: 'auto-cancel-deadline-passed',
    },
    action: 'wait',
    outcome: 'canceled',
    actor: 'platform',
    headline: t(
      'The auto-cancel date has passed: Amazon has cancelled or will cancel this order, and it counts toward your Cancellation Rate.',
      '已过自动取消日期：亚马逊已经或即将取消此订单，并计入订单取消率。',
    ),
    steps: [
      t('Do not ship it now; refresh the order to see it change to Canceled.', '现在不要发货；刷新订单页面确认状态变为“已取消”。'),
      t(
        'If the buyer asked to cancel before the date, that request no longer changes the outcome; answer their message.',
        '即使买家在此之前申请过取消，也不会改变结果；请回复买家的消息。',
      ),
    ],
    consequences: [C.crAutoCancel, C.buyerNotCharged],
    deadlines: ['amazon-auto-cancel'],
    templates: ['amazon.out-of-stock-apology'],
    followUps: [F.adjustInventory, F.recordReason, F.answerFeedback, F.preventStockouts],
    sources: [SRC.amazonAutoCancel, SRC.amazonOrderPageJson, SRC.amazonCancelHelp, SRC.seed002, SRC.seed003],
  },
  {
    id: 'amazon.unshipped.mfn.buyer-requested',
    when: { platform: 'amazon', perspective: 'seller', stages: ['awaiting-shipment'], cancelRequested: true, fulfilledBy: 'merchant' },
    action: 'cancel',
    outcome: 'canceled',
    actor: 'you',
    headline: t(
      'The buyer asked to cancel through Amazon: cancel it with the reason “Buyer Canceled” — it does not hurt your metrics.',
      '买家已通过亚马逊申请取消：以“Buyer Canceled（买家取消）”为原因取消，不影响你的指标。',
    ),
    steps: [
      ...OPEN_ORDER,
      t('Reason for cancellation: choose “Buyer Canceled”.', '取消原因：选择“Buyer Canceled（买家取消）”。'),
      SUBMIT,
    ],
    consequences: [C.noMetric, C.buyerNotCharged],
    deadlines: ['amazon-auto-cancel'],
    templates: ['amazon.cancel-request-received', 'amazon.cancel-confirmed-buyer-request'],
    followUps: [F.recordReason],
    caveat: t(
      'Amazon’s help confirms that cancelling at the buyer’s request through the standard process does not count; the exact wording of the reason in the menu may differ by marketplace.',
      '亚马逊帮助确认，通过标准流程按买家请求取消不计入取消率；菜单中原因的具体名称可能因站点而异。',
    ),
    sources: [SRC.amazonCancelHelp, SRC.amazonCancelHelpUk, SRC.amazonAutoCancel, SRC.seed002],
  },
  {
    id: 'amazon.unshipped.mfn.seller-cancel',
    when: { platform: 'amazon', perspective: 'seller', stages: ['awaiting-shipment'], cancelRequested: false, fulfilledBy: 'merchant' },
    action: 'cancel',
    outcome: 'canceled',
    actor: 'you',
    headline: t(
      'You can cancel it, but a seller cancellation counts toward your Cancellation Rate — pick the true reason.',
      '你可以取消，但卖家取消会计入订单取消率——请选择真实原因。',
    ),
    steps: [SHIP_OR_CANCEL, ...OPEN_ORDER, TRUE_REASON, SUBMIT, NEVER_ASK],
    consequences: [C.crCounts, C.offerRemoval, C.buyerNotCharged],
    deadlines: ['ship-by', 'amazon-auto-cancel'],
    templates: [...MFN_TEMPLATES, 'amazon.use-request-cancellation'],
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
    headline: t(
      'Ordered less than 30 minutes ago: the buyer can still cancel it by themselves; if you cancel, it counts toward your Cancellation Rate.',
      '下单不足 30 分钟：买家仍可自行取消；若由你取消，将计入订单取消率。',
    ),
    steps: [
      t(
        'If the buyer wants to cancel, they can do it themselves now: Your Orders → Cancel items (no effect on your metrics).',
        '如果买家想取消，现在可以自行操作：我的订单 → 取消商品（不影响你的指标）。',
      ),
      SHIP_OR_CANCEL,
      ...OPEN_ORDER,
      TRUE_REASON,
      SUBMIT,
      NEVER_ASK,
    ],
    consequences: [C.crCounts, C.offerRemoval, C.buyerNotCharged],
    deadlines: ['buyer-self-cancel-window', 'ship-by', 'amazon-auto-cancel'],
    templates: [...MFN_TEMPLATES, 'amazon.use-request-cancellation'],
    followUps: MFN_CANCEL_FOLLOWUPS,
    sources: [SRC.amazonCancelHelp, ...MFN_CANCEL_SOURCES.slice(1)],
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
    headline: t(
      'Amazon.in: you can cancel it, but it counts toward your Cancellation Rate (< 2 %) and costs a cancellation fee.',
      'Amazon.in：你可以取消，但会计入订单取消率（< 2%）并收取取消费。',
    ),
    steps: [SHIP_OR_CANCEL, ...OPEN_ORDER, TRUE_REASON, SUBMIT, NEVER_ASK],
    consequences: [C.crCounts, C.indiaRules, C.offerRemoval, C.buyerNotCharged],
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
    headline: t(
      'Partly shipped: ship what you can, then cancel the rest by refunding the unshipped items (Order Adjustment).',
      '部分发货：先发出能发的商品，再通过订单调整退款取消未发货的部分。',
    ),
    steps: [
      t('Ship and confirm the items you can send.', '发货并确认能发出的商品。'),
      t(
        'For the rest: Orders → Manage Orders → find the order → Refund order (or an Order Adjustment feed) with the reason “No inventory” or “Customer cancel”.',
        '其余部分：订单 → 管理订单 → 找到订单 → 退款（或提交订单调整 Order Adjustment 文件），原因选择“No inventory”或“Customer cancel”。',
      ),
    ],
    consequences: [C.partialUnverified],
    deadlines: ['ship-by'],
    templates: ['amazon.partial-cancel-notice', 'amazon.refund-confirmation'],
    followUps: [F.adjustInventory, F.recordReason, F.confirmToBuyer],
    sources: [SRC.amazonCancelHelpUk, SRC.amazonCancellationRate],
  },
  {
    id: 'amazon.partially-shipped.fba',
    when: { platform: 'amazon', perspective: 'seller', stages: ['partially-shipped'], fulfilledBy: 'platform' },
    action: 'contact-support',
    outcome: null,
    actor: 'support',
    headline: t(
      'Fulfilled by Amazon and partly shipped: only Amazon can stop the rest — ask Seller Support.',
      '亚马逊配送且部分已发货：只有亚马逊能停止剩余部分——请联系卖家支持。',
    ),
    steps: [
      t('Open a case with Seller Support (Help → Get support) with the order ID.', '联系卖家支持（帮助 → 获取支持）并提供订单编号。'),
    ],
    consequences: [C.noMetricFba],
    deadlines: [],
    templates: ['amazon.fba-contact-amazon'],
    followUps: [F.checkRefund],
    sources: [SRC.amazonFba],
  },
  {
    id: 'amazon.shipped',
    when: { platform: 'amazon', perspective: 'seller', stages: ['shipped', 'delivered', 'completed'] },
    action: 'return-and-refund',
    outcome: null,
    actor: 'other-party',
    headline: t(
      'Already shipped: it can no longer be cancelled — the buyer refuses delivery or returns it, then you refund.',
      '已发货：无法再取消——买家拒收或退货后，由你退款。',
    ),
    steps: [
      t(
        'Tell the buyer the order is on its way and that they can refuse delivery or return it for a refund.',
        '告知买家订单已在途，可拒收或退货后获得退款。',
      ),
      t(
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
    headline: t('Already cancelled: only follow-ups are left.', '已取消：只需做后续处理。'),
    steps: [
      t(
        'Nothing to cancel. If you cancelled for lack of stock, fix the stock count now.',
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
