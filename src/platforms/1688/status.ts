/**
 * 1688 order-status vocabulary → contract stage (architecture.md §3.4).
 * Sources: reference/seller-pages.md §3.3 (trade_status keys and page labels) and
 * reference/platform-rules.md §3.1 (API `baseInfo.status`, `refundStatus`).
 * A status we have no source-backed stage for maps to 'unknown', never to a guess.
 */
import type { PaymentStatus, Stage } from '../../rules/types';
import type { NotRead } from '../coverage';
import { taughtStage } from '../taught-words';

interface StatusTerm {
  /** Page labels (Chinese) for this state. */
  labels: string[];
  /** trade_status / API keys for this state. */
  keys: string[];
  stage: Stage;
  /** The payment fact the words state beside the stage (the rules read it: src/rules/tables/1688.ts). */
  payment?: PaymentStatus;
}

export const TRADE_STATUS: StatusTerm[] = [
  { labels: ['等待买家付款', '待付款', '等待付款'], keys: ['waitbuyerpay', 'WAIT_BUYER_PAY'], stage: 'awaiting-payment' },
  // Paid, but the money has not reached 1688 (paid_but_not_fund, ref §3.3): the order still waits for its payment,
  // and the rules tell the person not to pay again or close it (1688.buyer/seller.awaiting-payment.paid-not-received).
  { labels: ['已支付，未到账'], keys: ['paid_but_not_fund'], stage: 'awaiting-payment', payment: 'paid-not-received' },
  {
    labels: ['等待卖家发货', '待发货', '已付款，待发货'],
    keys: ['waitsellersend', 'WAIT_SELLER_SEND_GOODS'],
    stage: 'awaiting-shipment',
  },
  {
    labels: ['等待买家确认收货', '等待买家收货', '已发货', '待收货', '等待物流揽件', '等待物流揽收', '等待买家签收', '已付款，已发货'],
    keys: ['waitbuyerreceive', 'waitbuyerconfirmgoods', 'waitlogisticstakein', 'waitbuyersign', 'WAIT_BUYER_CONFIRM_GOODS'],
    stage: 'shipped',
  },
  // Shipped while the buyer's money has not arrived (send_goods_but_not_fund, ref §3.3).
  { labels: ['已发货，未到账'], keys: ['send_goods_but_not_fund'], stage: 'shipped', payment: 'paid-not-received' },
  { labels: ['已收货', '买家已签收'], keys: ['confirm_goods', 'signinsuccess'], stage: 'delivered' },
  { labels: ['交易成功'], keys: ['success', 'TRADE_FINISHED'], stage: 'completed' },
  // The page shows 交易关闭 for both cancel and terminated (platform-rules.md §3.1).
  { labels: ['交易关闭', '交易取消', '交易终止'], keys: ['cancel', 'terminated', 'TRADE_CLOSED'], stage: 'closed' },
  // Recognised states with no sourced stage: order confirmation/negotiation steps, failed
  // delivery and staged-order steps. Reading them as 'unknown' keeps the verdict honest.
  {
    labels: ['等待卖家确认订单', '等待买家确认订单', '签收失败', '等待买家确认操作', '等待卖家推进', '等待卖家操作'],
    keys: ['waitsellerconfirm', 'waitbuyerconfirm', 'signinfailed', 'waitbuyerconfirmaction', 'waitsellerpush', 'waitselleract'],
    stage: 'unknown',
  },
];

/** A refund under way on the order (售中 refundStatus); it rides on top of the trade stage. */
export const REFUND_IN_PROGRESS: Pick<StatusTerm, 'labels' | 'keys'> = {
  labels: ['退款中', '退款处理中', '等待卖家同意', '待买家修改', '等待买家退货', '等待卖家确认收货', '售后处理中'],
  keys: ['waitselleragree', 'waitbuyermodify', 'waitbuyersend', 'waitsellerreceive'],
};

export interface Status1688 {
  /** 'unknown' when the text names no known state, a state without a sourced stage, or two states. */
  stage: Stage;
  refundInProgress: boolean;
  /** The payment fact the one known state states ("已支付，未到账": paid, not received); absent otherwise. */
  paymentStatus?: PaymentStatus;
}

interface Match {
  stage: Stage | 'refund';
  payment?: PaymentStatus | undefined;
}

const matchOf = (t: StatusTerm): Match => ({ stage: t.stage, payment: t.payment });

/** Labels longest first, so '已发货，未到账' wins over '已发货' and '已付款，待发货' over '待发货'. */
const LABEL_TABLE: Array<{ label: string; match: Match }> = [
  ...TRADE_STATUS.flatMap((t) => t.labels.map((label) => ({ label, match: matchOf(t) }))),
  ...REFUND_IN_PROGRESS.labels.map((label) => ({ label, match: { stage: 'refund' as const } })),
].sort((a, b) => b.label.length - a.label.length);

const KEY_TABLE = new Map<string, Match>([
  ...TRADE_STATUS.flatMap((t) => t.keys.map((k) => [k.toLowerCase(), matchOf(t)] as [string, Match])),
  ...REFUND_IN_PROGRESS.keys.map((k) => [k.toLowerCase(), { stage: 'refund' }] as [string, Match]),
]);

/** Unify the comma forms: the page writes both '已付款，待发货' and '已付款,待发货'. */
const normalizeCommas = (text: string): string => text.replace(/\s*[,，]\s*/g, '，');

function matchesIn(text: string): Match[] {
  let rest = normalizeCommas(text);
  const found: Match[] = [];
  for (const { label, match } of LABEL_TABLE) {
    if (!rest.includes(label)) continue;
    found.push(match);
    // Blank the match out so a shorter label inside it is not counted again.
    rest = rest.split(label).join('\u0000');
  }
  for (const word of rest.toLowerCase().split(/[^a-z_]+/)) {
    const match = KEY_TABLE.get(word);
    if (match) found.push(match);
  }
  return found;
}

/**
 * Reads the status text of one order (a label such as 等待卖家发货, a key such as
 * waitsellersend, or both with a refund marker: "等待卖家发货 退款中").
 */
export function read1688Status(statusText: string): Status1688 {
  const found = matchesIn(statusText);
  // Only a text with no known word at all is looked up among the words a person taught: a taught word never
  // overrides the sourced vocabulary, and never joins it to make two states one.
  if (found.length === 0) return { stage: taughtStage('1688', statusText) ?? 'unknown', refundInProgress: false };
  const refundInProgress = found.some((m) => m.stage === 'refund');
  const stages = [...new Set(found.map((m) => m.stage).filter((s): s is Stage => s !== 'refund'))];
  const stage = stages.length === 1 ? stages[0]! : 'unknown';
  const payments = new Set(found.filter((m) => m.stage !== 'refund').map((m) => m.payment));
  const [payment] = payments;
  // A payment fact only when every state word agrees on it (and on the stage): two words, no fact.
  return { stage, refundInProgress, ...(stage !== 'unknown' && payments.size === 1 && payment ? { paymentStatus: payment } : {}) };
}

/**
 * The status text of a snapshot's `nativeStatus` when it holds no word the vocabulary knows (a known word with no
 * sourced stage, such as 等待卖家确认订单, is not offered: teaching it would change nothing, the vocabulary decides).
 */
export function unknownStatusWords(nativeStatus: string): string[] {
  const text = nativeStatus.trim();
  return text === '' || matchesIn(text).length > 0 || taughtStage('1688', text) !== undefined ? [] : [text];
}

/**
 * The interface language of every 1688 word above (1688 shows its seller and buyer pages in Chinese only) and where
 * the words come from, for docs/reader-coverage.md; the stages its status words name.
 */
export const STATUS_COVERAGE_1688 = {
  lang: 'zh',
  sources: ['ref §3.3', 'platform-rules §3.1', 'capture 56512699945', 'capture 38985252345', 'capture 41030259442', 'weak 26741212313'],
  stages: (): Stage[] => [...new Set(TRADE_STATUS.map((term) => term.stage).filter((stage) => stage !== 'unknown'))],
} as const;

/** What was searched for and not found: these stay unknown (docs/reader-evidence.md, "Gaps"). */
export const NOT_READ_1688: readonly NotRead[] = [
  {
    lang: 'zh',
    what: 'a seller-list heading row in other words than 交易状态 / 订单状态 / 状态',
    searched: "no 1688 capture of the heading row; the headings are a look-alike shop system's (file 26741212313)",
  },
  {
    lang: 'zh',
    what: "a buyer's cancellation request as its own state (1688 shows a refund under way, 退款中, which is read)",
    searched: 'no public capture of a separate request state on 1688 order pages',
  },
];
