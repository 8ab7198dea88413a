/**
 * Time facts of one snapshot, the named time predicates rules can test, and the deadline builders.
 * All times are epoch milliseconds; NaN means "not shown". A page date always wins over a computed one.
 */
import type { DateField } from './date-fields';
import { isoString, parseIsoDate } from './iso-date';
import type { MarketFacts } from './marketplaces';
import { DEFAULT_SETTINGS } from './settings';
import { SRC } from './sources';
import type { Confidence, Deadline, LocalizedText, OrderSnapshot, Settings, SourceRef } from './types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface TimeFacts {
  now: number;
  orderedAt: number;
  shipBy: number;
  autoCancelAt: number;
  deadlineAt: number;
  cancelRequestedAt: number;
  shippedAt: number;
  deliverBy: number;
  refundRequestedAt: number;
}

const unreadable = (value: unknown, parsed: number): boolean => value !== undefined && (typeof value !== 'string' || Number.isNaN(parsed));

/**
 * The first date field, in the order of DATE_FIELDS (./date-fields.ts), that the snapshot has but not as a readable date.
 * Field by field, not a loop over the names: a read by a name held in a variable is several times slower, and this
 * runs for every verdict.
 */
export function unreadableDateField(o: OrderSnapshot, f: TimeFacts): DateField | undefined {
  if (unreadable(o.orderedAt, f.orderedAt)) return 'orderedAt';
  if (unreadable(o.shipBy, f.shipBy)) return 'shipBy';
  if (unreadable(o.deliverBy, f.deliverBy)) return 'deliverBy';
  if (unreadable(o.autoCancelAt, f.autoCancelAt)) return 'autoCancelAt';
  if (unreadable(o.deadlineAt, f.deadlineAt)) return 'deadlineAt';
  if (unreadable(o.cancelRequestedAt, f.cancelRequestedAt)) return 'cancelRequestedAt';
  if (unreadable(o.shippedAt, f.shippedAt)) return 'shippedAt';
  if (unreadable(o.refundRequestedAt, f.refundRequestedAt)) return 'refundRequestedAt';
  return undefined;
}

/**
 * The UTC weekday of a time, 0 = Sunday, as Date#getUTCDay gives it (NaN for NaN), without making a Date:
 * day 0 of the epoch, 1970-01-01, was a Thursday.
 */
const utcWeekday = (t: number): number => (((Math.floor(t / DAY) + 4) % 7) + 7) % 7;

/** Adds business days (Monday–Friday, UTC), keeping the time of day. Holidays are not known here. */
export function addBusinessDays(start: number, days: number): number {
  let t = start;
  let left = Math.floor(days);
  while (left > 0) {
    t += DAY;
    const weekday = utcWeekday(t);
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return t;
}

/**
 * The auto-cancel basis for this order: the seller's own setting when they changed it, otherwise
 * the marketplace's (India counts hours from the estimated ship date; most count business days).
 */
function autoCancelBasis(s: Readonly<Settings>, m: MarketFacts): { amount: number; unit: 'business days' | 'hours'; source: SourceRef } {
  if (s.amazonAutoCancelDaysAfterShipBy !== DEFAULT_SETTINGS.amazonAutoCancelDaysAfterShipBy)
    return { amount: s.amazonAutoCancelDaysAfterShipBy, unit: 'business days', source: SRC.amazonAutoCancel };
  return m.autoCancel;
}

/** The page's own cancellation date, or NaN. */
const pageAutoCancelAt = (f: TimeFacts): number => f.autoCancelAt;

/** The computed auto-cancel date (NaN when the page shows one or no ship-by date is known). */
function estimatedAutoCancelAt(f: TimeFacts, s: Readonly<Settings>, m: MarketFacts): number {
  if (!Number.isNaN(f.autoCancelAt) || Number.isNaN(f.shipBy)) return NaN;
  const basis = autoCancelBasis(s, m);
  return basis.unit === 'hours' ? f.shipBy + basis.amount * HOUR : addBusinessDays(f.shipBy, basis.amount);
}

function amazonAutoCancelAt(f: TimeFacts, s: Readonly<Settings>, m: MarketFacts): { at: number; from: 'page' | 'computed' } {
  if (!Number.isNaN(f.autoCancelAt)) return { at: f.autoCancelAt, from: 'page' };
  return { at: estimatedAutoCancelAt(f, s, m), from: 'computed' };
}

function pageOr(page: number, computed: number): { at: number; from: 'page' | 'computed' } {
  return Number.isNaN(page) ? { at: computed, from: 'computed' } : { at: page, from: 'page' };
}

const aePayTimeout = (f: TimeFacts, s: Readonly<Settings>) => pageOr(f.deadlineAt, f.orderedAt + s.aliexpressPayDays * DAY);
const aeResponseWindow = (f: TimeFacts, s: Readonly<Settings>) =>
  pageOr(f.deadlineAt, f.cancelRequestedAt + s.aliexpressCancelResponseHours * HOUR);
const trackingWaitEnd = (f: TimeFacts, s: Readonly<Settings>) => addBusinessDays(f.shippedAt, s.aliexpressTrackingWaitWorkingDays);
const selfCancelEnd = (f: TimeFacts, s: Readonly<Settings>) => f.orderedAt + s.amazonBuyerSelfCancelMinutes * MINUTE;
const autoConfirmReceipt = (f: TimeFacts, s: Readonly<Settings>) =>
  pageOr(f.deadlineAt, f.shippedAt + s.trade1688AutoConfirmReceiptDays * DAY);
const refundAutoAgree = (f: TimeFacts, s: Readonly<Settings>) =>
  pageOr(f.deadlineAt, f.refundRequestedAt + s.trade1688RefundAutoAgreeHours * HOUR);

type Test = (f: TimeFacts, s: Readonly<Settings>, m: MarketFacts) => boolean;

/** Named time conditions a rule row can require. Missing dates make a predicate false. */
export const TIME_PREDICATES = {
  'within-buyer-self-cancel-window': {
    text: { en: 'within the buyer’s self-cancel window after purchase', zh: '仍在买家可自行取消的时段内' },
    test: (f: TimeFacts, s: Readonly<Settings>) => f.now < selfCancelEnd(f, s) && f.now >= f.orderedAt,
  },
  /** The cancellation date the order page shows has passed (a page fact). */
  'auto-cancel-page-date-passed': {
    text: { en: 'the cancellation date shown on the page has passed', zh: '页面显示的取消日期已过' },
    test: (f: TimeFacts) => f.now >= pageAutoCancelAt(f),
  },
  /** Only our estimate of the auto-cancel date has passed; the page shows no date of its own. */
  'auto-cancel-estimate-passed': {
    text: { en: 'the estimated auto-cancel date has passed (no date on the page)', zh: '估算的自动取消日期已过（页面未显示日期）' },
    test: (f: TimeFacts, s: Readonly<Settings>, m: MarketFacts) => f.now >= estimatedAutoCancelAt(f, s, m),
  },
  /*
   * The two below switch a verdict to "the platform has ended it", so only the page's own countdown
   * may trigger them: a computed pay or response deadline (20 days, 48 h — sources disagree) only
   * labels the deadline as estimated and leaves the order's open state in charge.
   */
  'pay-timer-passed': {
    text: { en: 'the payment countdown shown on the page has run out', zh: '页面显示的付款倒计时已结束' },
    test: (f: TimeFacts) => f.now >= f.deadlineAt,
  },
  'response-window-passed': {
    text: { en: 'the response countdown shown on the page has run out', zh: '页面显示的响应倒计时已结束' },
    test: (f: TimeFacts) => f.now >= f.deadlineAt,
  },
  'tracking-wait-passed': {
    text: { en: 'the wait for a tracking number has passed', zh: '等待物流单号的时限已过' },
    test: (f: TimeFacts, s: Readonly<Settings>) => f.now >= trackingWaitEnd(f, s),
  },
} as const satisfies Record<string, { text: LocalizedText; test: Test }>;
export type TimePredicateId = keyof typeof TIME_PREDICATES;

type Builder = (f: TimeFacts, s: Readonly<Settings>, m: MarketFacts) => Deadline | null;

/**
 * A page date is the platform's own ('policy-page'); a computed one carries the confidence of the
 * figure it was computed from, and never more than 'secondary' (holidays and time zones are not known).
 */
function deadline(
  id: string,
  at: number,
  from: 'page' | 'computed',
  text: LocalizedText,
  source?: SourceRef,
  computedConfidence: Confidence = 'estimate',
): Deadline | null {
  if (!Number.isFinite(at)) return null;
  const confidence: Confidence = from === 'page' ? 'policy-page' : computedConfidence === 'policy-page' ? 'secondary' : computedConfidence;
  const d: Deadline = { id, at: isoString(at), from, text, confidence };
  if (source !== undefined) d.sourceId = source.id;
  return d;
}

/** Estimate texts already made, per text and basis: the same deadline text on every order, made once. */
const ESTIMATES = new WeakMap<LocalizedText, WeakMap<LocalizedText, LocalizedText>>();

/** Deadline text for a computed date: what it is, that it is an estimate, and what it rests on. */
function estimated(what: LocalizedText, basis: LocalizedText): LocalizedText {
  let byBasis = ESTIMATES.get(what);
  if (byBasis === undefined) {
    byBasis = new WeakMap();
    ESTIMATES.set(what, byBasis);
  }
  let text = byBasis.get(basis);
  if (text === undefined) {
    text = Object.freeze({
      en: `${what.en} Estimated: ${basis.en}; a date or status on the order page wins.`,
      zh: `${what.zh}此为估算：${basis.zh}；以订单页面显示的日期或状态为准。`,
    });
    byBasis.set(basis, text);
  }
  return text;
}

/** The basis text of an auto-cancel day count the seller set, once per count (a few figures; bounded all the same). */
const CUSTOM_BASES = new Map<number, LocalizedText>();

function customAutoCancelBasis(days: number): LocalizedText {
  let text = CUSTOM_BASES.get(days);
  // -0 shares 0's key but prints as "0" too, so either text serves both.
  if (text === undefined) {
    if (CUSTOM_BASES.size >= 64) CUSTOM_BASES.clear();
    text = Object.freeze({
      en: `ship-by date + ${days} business days (your setting)`,
      zh: `最晚发货日 + ${days} 个工作日（你的设置）`,
    });
    CUSTOM_BASES.set(days, text);
  }
  return text;
}

const T = {
  selfCancel: Object.freeze({
    en: 'Until then the buyer can still cancel by themselves on Amazon (Cancel items); after that only you can cancel.',
    zh: '在此之前买家仍可在亚马逊上自行取消（Cancel items）；之后只有卖家可以取消。',
  }),
  amazonAuto: Object.freeze({
    en: 'Amazon cancels the order automatically if it is not shipped and confirmed by then; that counts toward your Cancellation Rate.',
    zh: '若届时仍未发货并确认，亚马逊会自动取消订单，并计入你的订单取消率。',
  }),
  autoConfirm1688: Object.freeze({
    en: '1688 confirms receipt automatically then and releases the payment to the supplier; after that the buyer has only after-sale (售后) options left.',
    zh: '届时 1688 自动确认收货并将货款放给供应商；此后买家只能走售后流程。',
  }),
  autoConfirm1688Basis: Object.freeze({
    en: 'shipment + the auto-confirm days in the settings',
    zh: '发货时间 + 设置中的自动确认收货天数',
  }),
  refundAutoAgree1688: Object.freeze({
    en: 'If the supplier has not answered the refund request by then, 1688 agrees it automatically.',
    zh: '若供应商届时仍未处理退款申请，1688 将自动同意退款。',
  }),
  refundAutoAgree1688Basis: Object.freeze({
    en: 'the refund request + the auto-agree hours in the settings',
    zh: '退款申请时间 + 设置中的自动同意时长',
  }),
  amazonPending: Object.freeze({
    en: 'Amazon cancels a Pending order by itself after about 21 days and releases the inventory.',
    zh: 'Pending 订单约 21 天后由亚马逊自行取消，库存随之释放。',
  }),
  shipBy: Object.freeze({ en: 'Ship-by date.', zh: '最晚发货日期。' }),
  aePay: Object.freeze({
    en: 'The order closes by itself when the payment timer runs out.',
    zh: '付款倒计时结束后订单自动关闭。',
  }),
  aeRisk: Object.freeze({
    en: 'Payment risk control ends about then (about 24 h after payment).',
    zh: '风控审核约在此时结束（付款后约 24 小时）。',
  }),
  aeResponse: Object.freeze({
    en: 'The seller must accept or reject the cancellation request by then; no answer means the order is canceled and refunded.',
    zh: '卖家须在此前同意或拒绝取消申请；逾期未处理，订单自动取消并退款。',
  }),
  aeShip: Object.freeze({
    en: 'Shipping deadline: without a tracking number uploaded by then the order closes and is refunded (non-fulfillment).',
    zh: '发货截止时间：届时未填写物流单号，订单关闭并退款（成交不卖）。',
  }),
  dispute: Object.freeze({
    en: 'Answer by then; a missed response is decided against you.',
    zh: '须在此前回应；逾期未回应将判对方胜诉。',
  }),
  tracking: Object.freeze({
    en: 'If the supplier has not given a tracking number by then, open a dispute.',
    zh: '若届时供应商仍未提供物流单号，即可提起纠纷。',
  }),
  pay1688: Object.freeze({
    en: 'Payment timeout shown on the page: the system closes the order then.',
    zh: '页面显示的付款超时时间：到期系统自动关闭订单。',
  }),
  response1688: Object.freeze({
    en: 'Deadline shown on the page for the current step.',
    zh: '页面显示的当前环节截止时间。',
  }),
};

/** Deadline builders a rule row can name. Each returns null when it has no date to work from. */
export const DEADLINE_BUILDERS = {
  'buyer-self-cancel-window': ((f, s, m) =>
    f.now < selfCancelEnd(f, s)
      ? deadline(
          'buyer-self-cancel-window',
          selfCancelEnd(f, s),
          'computed',
          T.selfCancel,
          m.buyerSelfCancelMinutes?.source ?? SRC.amazonCancelHelp,
          'policy-page',
        )
      : null) as Builder,
  'amazon-auto-cancel': ((f, s, m) => {
    const d = amazonAutoCancelAt(f, s, m);
    if (d.from === 'page') return deadline('auto-cancel', d.at, 'page', T.amazonAuto, SRC.amazonOrderPageJson);
    const custom = s.amazonAutoCancelDaysAfterShipBy !== DEFAULT_SETTINGS.amazonAutoCancelDaysAfterShipBy;
    const basis = custom ? customAutoCancelBasis(s.amazonAutoCancelDaysAfterShipBy) : m.autoCancel.text;
    return deadline(
      'auto-cancel',
      d.at,
      'computed',
      estimated(T.amazonAuto, basis),
      custom ? SRC.amazonAutoCancel : m.autoCancel.source,
      'estimate',
    );
  }) as Builder,
  'amazon-pending-cancel': ((f, s) => {
    const d = pageOr(f.autoCancelAt, f.orderedAt + s.amazonPendingMaxDays * DAY);
    return deadline('auto-cancel', d.at, d.from, T.amazonPending, SRC.amazonPending21Days, 'estimate');
  }) as Builder,
  'ship-by': ((f) => deadline('ship-by', f.shipBy, 'page', T.shipBy, SRC.orderPage)) as Builder,
  'aliexpress-pay-timeout': ((f, s) => {
    const d = aePayTimeout(f, s);
    return deadline('pay-timeout', d.at, d.from, T.aePay, SRC.aliexpressCancelFlow, 'estimate');
  }) as Builder,
  'aliexpress-risk-review': ((f, s) => {
    const d = pageOr(f.deadlineAt, f.orderedAt + s.aliexpressRiskControlHours * HOUR);
    return deadline('risk-review', d.at, d.from, T.aeRisk, SRC.aliexpressStatuses, 'secondary');
  }) as Builder,
  'aliexpress-response-window': ((f, s) => {
    const d = aeResponseWindow(f, s);
    return deadline('response-window', d.at, d.from, T.aeResponse, SRC.aliexpressCancelFlow, 'estimate');
  }) as Builder,
  'aliexpress-ship-deadline': ((f) => {
    const d = pageOr(f.deadlineAt, f.shipBy);
    return deadline('ship-by', d.at, 'page', T.aeShip, SRC.aliexpressNonFulfillment);
  }) as Builder,
  'dispute-response': ((f) => deadline('response-window', f.deadlineAt, 'page', T.dispute, SRC.orderPage)) as Builder,
  'tracking-number-wait': ((f, s) =>
    deadline('tracking-number-wait', trackingWaitEnd(f, s), 'computed', T.tracking, SRC.seed004, 'secondary')) as Builder,
  '1688-pay-timeout': ((f) => deadline('pay-timeout', f.deadlineAt, 'page', T.pay1688, SRC.trade1688Api)) as Builder,
  '1688-auto-confirm-receipt': ((f, s) => {
    const d = autoConfirmReceipt(f, s);
    const text = d.from === 'page' ? T.autoConfirm1688 : estimated(T.autoConfirm1688, T.autoConfirm1688Basis);
    return deadline('auto-confirm-receipt', d.at, d.from, text, SRC.trade1688Timers, 'estimate');
  }) as Builder,
  '1688-refund-auto-agree': ((f, s) => {
    const d = refundAutoAgree(f, s);
    const text = d.from === 'page' ? T.refundAutoAgree1688 : estimated(T.refundAutoAgree1688, T.refundAutoAgree1688Basis);
    return deadline('refund-auto-agree', d.at, d.from, text, SRC.trade1688Timers, 'estimate');
  }) as Builder,
  'page-deadline': ((f) => deadline('response-window', f.deadlineAt, 'page', T.response1688, SRC.orderPage)) as Builder,
} satisfies Record<string, Builder>;
export type DeadlineBuilderId = keyof typeof DEADLINE_BUILDERS;

/** Short descriptions for docs/rules.md. */
export const DEADLINE_DOC: Record<DeadlineBuilderId, string> = {
  'buyer-self-cancel-window': 'buyer-self-cancel-window: orderedAt + amazonBuyerSelfCancelMinutes (only while open)',
  'amazon-auto-cancel':
    'auto-cancel: page autoCancelAt, else an estimate from shipBy and the marketplace basis (default + 7 business days; amazon.in + 24 h; amazon.ae + 1 working day), or amazonAutoCancelDaysAfterShipBy when you changed it',
  'amazon-pending-cancel': 'auto-cancel: page autoCancelAt, else orderedAt + amazonPendingMaxDays',
  'ship-by': 'ship-by: page shipBy',
  'aliexpress-pay-timeout': 'pay-timeout: page deadlineAt, else orderedAt + aliexpressPayDays',
  'aliexpress-risk-review': 'risk-review: page deadlineAt, else orderedAt + aliexpressRiskControlHours',
  'aliexpress-response-window': 'response-window: page deadlineAt, else cancelRequestedAt + aliexpressCancelResponseHours',
  'aliexpress-ship-deadline': 'ship-by: page deadlineAt, else page shipBy',
  'dispute-response': 'response-window: page deadlineAt',
  'tracking-number-wait': 'tracking-number-wait: shippedAt + aliexpressTrackingWaitWorkingDays working days',
  '1688-pay-timeout': 'pay-timeout: page deadlineAt (no default: 1688 timeouts vary per order)',
  '1688-auto-confirm-receipt': 'auto-confirm-receipt: page deadlineAt, else shippedAt + trade1688AutoConfirmReceiptDays (estimate)',
  '1688-refund-auto-agree': 'refund-auto-agree: page deadlineAt, else refundRequestedAt + trade1688RefundAutoAgreeHours (estimate)',
  'page-deadline': 'response-window: page deadlineAt',
};

export function timeFacts(order: OrderSnapshot, now: number): TimeFacts {
  return {
    now,
    orderedAt: parseDate(order.orderedAt),
    shipBy: parseDate(order.shipBy),
    autoCancelAt: parseDate(order.autoCancelAt),
    deadlineAt: parseDate(order.deadlineAt),
    cancelRequestedAt: parseDate(order.cancelRequestedAt),
    shippedAt: parseDate(order.shippedAt),
    deliverBy: parseDate(order.deliverBy),
    refundRequestedAt: parseDate(order.refundRequestedAt),
  };
}

/** NaN when absent or unparseable; the engine has already rejected unparseable present dates. */
export function parseDate(value: string | undefined): number {
  return typeof value === 'string' ? parseIsoDate(value) : NaN;
}
