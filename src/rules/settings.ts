/**
 * Every constant a rule uses, as a named setting with its unit and source.
 * A deadline read from the page always wins over a value computed from these.
 */
import { SRC } from './sources';
import type { Confidence, LocalizedText, Settings, SourceRef } from './types';

export interface SettingDef {
  key: keyof Settings;
  default: number;
  unit: 'minutes' | 'hours' | 'days' | 'business days' | 'working days' | 'percent';
  description: LocalizedText;
  source: SourceRef;
  /** How far the default can be trusted; 'estimate' defaults are said to be estimates wherever they are used. */
  confidence: Confidence;
}

export const SETTING_DEFS: readonly SettingDef[] = Object.freeze([
  {
    key: 'amazonBuyerSelfCancelMinutes',
    default: 30,
    unit: 'minutes',
    description: {
      en: 'Amazon: after purchase, the buyer can cancel by themselves for this long (30 minutes in the help pages, 5 on Amazon.co.jp). If you set a Buyer Auto-Cancellation Window in Seller Central (30 minutes to 72 hours), enter it here.',
      zh: '亚马逊：下单后买家可自行取消订单的时长（帮助页面为 30 分钟，日本站为 5 分钟）。如你在卖家平台设置了“买家自动取消时段”（30 分钟至 72 小时），请在此填写相同的值。',
    },
    source: SRC.amazonCancelHelp,
    confidence: 'policy-page',
  },
  {
    key: 'amazonAutoCancelDaysAfterShipBy',
    default: 7,
    unit: 'business days',
    description: {
      en: 'Amazon: an unshipped seller-fulfilled order is canceled automatically this long after the ship-by date (used only when the page shows no cancellation date).',
      zh: '亚马逊：自配送订单超过最晚发货日仍未发货确认，系统在此时长后自动取消（仅在页面未显示取消日期时使用）。',
    },
    source: SRC.amazonAutoCancel,
    confidence: 'secondary',
  },
  {
    key: 'amazonPendingMaxDays',
    default: 21,
    unit: 'days',
    description: {
      en: 'Amazon: a Pending order is canceled by Amazon after this long.',
      zh: '亚马逊：Pending（待处理）订单超过此时长由亚马逊取消。',
    },
    source: SRC.amazonPending21Days,
    confidence: 'policy-page',
  },
  {
    key: 'amazonCancellationRateTargetPct',
    default: 2.5,
    unit: 'percent',
    description: {
      en: 'Amazon: the Cancellation Rate must stay below this (7-day window).',
      zh: '亚马逊：订单取消率须低于此值（7 天窗口）。',
    },
    source: SRC.amazonCancellationRate,
    confidence: 'policy-page',
  },
  {
    key: 'amazonSfpCancellationRateTargetPct',
    default: 0.5,
    unit: 'percent',
    description: {
      en: 'Amazon Seller Fulfilled Prime: the cancellation rate on Prime orders must not exceed this.',
      zh: '亚马逊卖家自配送 Prime：Prime 订单的取消率不得超过此值。',
    },
    source: SRC.amazonSfp,
    confidence: 'policy-page',
  },
  {
    key: 'aliexpressCancelResponseHours',
    default: 48,
    unit: 'hours',
    description: {
      en: 'AliExpress: the seller must answer a cancellation request within this time, or the order is canceled (older text: 72 h).',
      zh: '速卖通：卖家须在此时限内处理买家的取消申请，否则订单自动取消（旧规则为 72 小时）。',
    },
    source: SRC.aliexpressCancelFlow,
    confidence: 'secondary',
  },
  {
    key: 'aliexpressRiskControlHours',
    default: 24,
    unit: 'hours',
    description: {
      en: 'AliExpress: the risk check after payment (the state “Payment under review”) lasts about this long.',
      zh: '速卖通：付款后的风控审核（状态“付款审核中”）约持续此时长。',
    },
    source: SRC.aliexpressStatuses,
    confidence: 'secondary',
  },
  {
    key: 'aliexpressPayDays',
    default: 20,
    unit: 'days',
    description: {
      en: 'AliExpress: the buyer has this long to pay before the order closes (unverified officially; the page timer wins).',
      zh: '速卖通：买家须在此时限内付款，否则订单关闭（未经官方证实，以页面倒计时为准）。',
    },
    source: SRC.aliexpressCancelFlow,
    confidence: 'secondary',
  },
  {
    key: 'aliexpressTrackingWaitWorkingDays',
    default: 5,
    unit: 'working days',
    description: {
      en: 'AliExpress: when the supplier says it shipped, wait this long for a tracking number before opening a dispute.',
      zh: '速卖通：供应商称已发货时，等待其提供物流单号的时长，超时可提起纠纷。',
    },
    source: SRC.seed004,
    confidence: 'secondary',
  },
  {
    key: 'aliexpressRefundMinWorkingDays',
    default: 3,
    unit: 'working days',
    description: { en: 'AliExpress: shortest refund time after a cancellation.', zh: '速卖通：取消后退款到账的最短时间。' },
    source: SRC.seed004,
    confidence: 'secondary',
  },
  {
    key: 'aliexpressRefundMaxWorkingDays',
    default: 15,
    unit: 'working days',
    description: { en: 'AliExpress: longest refund time after a cancellation.', zh: '速卖通：取消后退款到账的最长时间。' },
    source: SRC.seed004,
    confidence: 'secondary',
  },
  {
    key: 'trade1688AutoConfirmReceiptDays',
    default: 10,
    unit: 'days',
    description: {
      en: '1688: after shipment, receipt is confirmed automatically this long later and the supplier is paid (estimate; the page countdown wins).',
      zh: '1688：发货后超过此时长系统自动确认收货并付款给供应商（估计值，以页面倒计时为准）。',
    },
    source: SRC.trade1688Timers,
    confidence: 'estimate',
  },
  {
    key: 'trade1688RefundAutoAgreeHours',
    default: 48,
    unit: 'hours',
    description: {
      en: '1688: a refund request on an unshipped order is agreed automatically if the supplier does not answer within this time (estimate; the page countdown wins).',
      zh: '1688：未发货订单的退款申请，供应商在此时限内未处理则系统自动同意（估计值，以页面倒计时为准）。',
    },
    source: SRC.trade1688Timers,
    confidence: 'estimate',
  },
] satisfies SettingDef[]);

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(
  Object.fromEntries(SETTING_DEFS.map((d) => [d.key, d.default])) as unknown as Settings,
);

/** Overrides apply only when they are finite, non-negative numbers; anything else keeps the default. */
export function resolveSettings(overrides: Partial<Settings> | undefined): Readonly<Settings> {
  if (overrides === undefined || overrides === null || typeof overrides !== 'object') return DEFAULT_SETTINGS;
  let merged: Settings | undefined;
  for (const def of SETTING_DEFS) {
    const value: unknown = (overrides as Record<string, unknown>)[def.key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value !== DEFAULT_SETTINGS[def.key]) {
      merged ??= { ...DEFAULT_SETTINGS };
      merged[def.key] = value;
    }
  }
  return merged ?? DEFAULT_SETTINGS;
}
