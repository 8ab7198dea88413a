/**
 * What differs between Amazon marketplaces, each figure with the help page it comes from.
 * The engine resolves one `MarketFacts` per order (marketplace + programmes) and hands it to the
 * consequence texts, time predicates and deadline builders, so every row that talks about a
 * seller cancellation says the right target, fee and auto-cancel timing for that marketplace —
 * not only the rows written for one marketplace.
 */
import { localized } from './parts';
import { SRC } from './sources';
import type { Confidence, LocalizedText, OrderProgram, OrderSnapshot, SourceRef } from './types';

/** When Amazon cancels an unshipped seller-fulfilled order by itself, counted from the ship-by date. */
export interface AutoCancelBasis {
  amount: number;
  unit: 'business days' | 'hours';
  /** How the basis is described to the person (always said to be an estimate when computed). */
  text: LocalizedText;
  source: SourceRef;
  confidence: Confidence;
}

export interface CancellationFee {
  text: LocalizedText;
  source: SourceRef;
  confidence: Confidence;
}

export interface MarketFacts {
  /** Lower-case host such as 'amazon.in'; undefined when the page did not say. */
  marketplace: string | undefined;
  programs: ReadonlySet<OrderProgram>;
  /** Cancellation-rate target for this marketplace, when it differs from the setting's default. */
  crTargetPct?: { value: number; source: SourceRef };
  /** Buyer self-cancel minutes for this marketplace, when they differ (and the seller did not set their own). */
  buyerSelfCancelMinutes?: { value: number; source: SourceRef };
  autoCancel: AutoCancelBasis;
  /** A fee for a seller cancellation that the buyer did not request. */
  cancellationFee?: CancellationFee;
}

/** Seller Forums announcement of 2020-09-30, the basis every marketplace without its own page falls back to. */
const DEFAULT_AUTO_CANCEL: AutoCancelBasis = Object.freeze({
  amount: 7,
  unit: 'business days',
  text: localized(
    'ship-by date + 7 business days (weekends skipped, public holidays not known)',
    '最晚发货日 + 7 个工作日（跳过周末，不计公共假日）',
  ),
  source: SRC.amazonAutoCancel,
  confidence: 'secondary',
});

interface MarketplaceRow {
  crTargetPct?: { value: number; source: SourceRef };
  buyerSelfCancelMinutes?: { value: number; source: SourceRef };
  autoCancel?: AutoCancelBasis;
  cancellationFee?: CancellationFee;
}

const GCC_FEE_NOTE = localized(
  'A seller cancellation the buyer did not request may incur a cancellation fee (Amazon.sa help); a buyer-requested one does not.',
  '非买家请求的卖家取消可能被收取取消费（Amazon.sa 帮助）；买家请求的取消不收费。',
);

/** Per-marketplace differences. Absent fields fall back to the settings and the default auto-cancel basis. */
export const AMAZON_MARKETPLACES: Readonly<Record<string, MarketplaceRow>> = Object.freeze({
  'amazon.in': {
    crTargetPct: { value: 2, source: SRC.amazonCancellationRateIn },
    autoCancel: {
      amount: 24,
      unit: 'hours',
      text: localized(
        'estimated ship date + 24 hours (Easy Ship Guaranteed Delivery and Local Shops: the ship date itself)',
        '预计发货日 + 24 小时（Easy Ship 限时达与本地商店订单：预计发货日当天）',
      ),
      source: SRC.amazonCancellationRateIn,
      confidence: 'policy-page',
    },
    cancellationFee: {
      text: localized(
        'Amazon.in charges a cancellation fee for a seller cancellation, from the first minute of the order: 100 % of the referral fee if canceled on or before the estimated ship date, 150 % after. Automatic cancellations for not shipping count toward the rate too.',
        'Amazon.in 对卖家取消收取取消费，自下单起即适用：在预计发货日当天或之前取消收佣金的 100%，之后收 150%。因未发货被自动取消同样计入取消率。',
      ),
      source: SRC.amazonCancellationRateIn,
      confidence: 'policy-page',
    },
  },
  'amazon.sa': {
    cancellationFee: { text: GCC_FEE_NOTE, source: SRC.amazonCancelHelpSa, confidence: 'policy-page' },
  },
  'amazon.ae': {
    autoCancel: {
      amount: 1,
      unit: 'business days',
      text: localized(
        'estimated ship date + 1 working day, when not handed to the courier (estimate from the Amazon.ae help page)',
        '预计发货日 + 1 个工作日仍未交给快递（根据 Amazon.ae 帮助页面估算）',
      ),
      source: SRC.amazonCancelHelpAe,
      confidence: 'estimate',
    },
    cancellationFee: {
      text: localized(
        'A seller cancellation may incur a cancellation fee: the Amazon.sa help page says so for the region; no Amazon.ae page confirming it was found (estimate).',
        '卖家取消可能被收取取消费：Amazon.sa 帮助页面对本区域如此说明；未找到 Amazon.ae 的确认页面（估计）。',
      ),
      source: SRC.amazonCancelHelpSa,
      confidence: 'estimate',
    },
  },
  'amazon.eg': {
    cancellationFee: {
      text: localized(
        'A seller cancellation may incur a cancellation fee: the Amazon.sa help page says so for the region; no Amazon.eg page confirming it was found (estimate).',
        '卖家取消可能被收取取消费：Amazon.sa 帮助页面对本区域如此说明；未找到 Amazon.eg 的确认页面（估计）。',
      ),
      source: SRC.amazonCancelHelpSa,
      confidence: 'estimate',
    },
  },
  'amazon.co.jp': {
    buyerSelfCancelMinutes: { value: 5, source: SRC.amazonBuyerCancelJp },
  },
});

const NO_PROGRAMS: ReadonlySet<OrderProgram> = new Set();
const PREORDER_STATUS = /pending\s*-?\s*availability|予約注文/i;

/** Programmes from the snapshot, plus a pre-order recognised from the status text the page shows. */
export function programsOf(order: OrderSnapshot): ReadonlySet<OrderProgram> {
  const listed = Array.isArray(order.programs) ? order.programs : [];
  const preorder = typeof order.nativeStatus === 'string' && PREORDER_STATUS.test(order.nativeStatus);
  if (listed.length === 0 && !preorder) return NO_PROGRAMS;
  const set = new Set<OrderProgram>(listed);
  if (preorder) set.add('preorder');
  return set;
}

/** The facts of orders in no programme, once per marketplace (most orders; bounded, as a marketplace is page text). */
const PLAIN_ORDER_FACTS = new Map<string | undefined, MarketFacts>();

export function marketFacts(marketplace: string | undefined, programs: ReadonlySet<OrderProgram>): MarketFacts {
  if (programs !== NO_PROGRAMS) return factsOf(marketplace, programs);
  let facts = PLAIN_ORDER_FACTS.get(marketplace);
  if (facts === undefined) {
    if (PLAIN_ORDER_FACTS.size >= 64) PLAIN_ORDER_FACTS.clear();
    facts = Object.freeze(factsOf(marketplace, NO_PROGRAMS));
    PLAIN_ORDER_FACTS.set(marketplace, facts);
  }
  return facts;
}

function factsOf(marketplace: string | undefined, programs: ReadonlySet<OrderProgram>): MarketFacts {
  const row = (marketplace !== undefined ? AMAZON_MARKETPLACES[marketplace] : undefined) ?? {};
  return { marketplace, programs, ...row, autoCancel: row.autoCancel ?? DEFAULT_AUTO_CANCEL };
}

/** For docs/rules.md: one line per marketplace that differs. */
export function marketplaceDocRows(): Array<{ marketplace: string; facts: string[]; sources: SourceRef[] }> {
  return Object.entries(AMAZON_MARKETPLACES).map(([marketplace, row]) => {
    const facts: string[] = [];
    const sources: SourceRef[] = [];
    if (row.crTargetPct) {
      facts.push(`Cancellation Rate target < ${row.crTargetPct.value} %`);
      sources.push(row.crTargetPct.source);
    }
    if (row.buyerSelfCancelMinutes) {
      facts.push(`buyer self-cancel window ${row.buyerSelfCancelMinutes.value} minutes`);
      sources.push(row.buyerSelfCancelMinutes.source);
    }
    if (row.autoCancel) {
      facts.push(`auto-cancel: ${row.autoCancel.text.en} (${row.autoCancel.confidence})`);
      sources.push(row.autoCancel.source);
    }
    if (row.cancellationFee) {
      facts.push(`fee: ${row.cancellationFee.text.en} (${row.cancellationFee.confidence})`);
      sources.push(row.cancellationFee.source);
    }
    return { marketplace, facts, sources: [...new Set(sources)] };
  });
}

export { DEFAULT_AUTO_CANCEL };
