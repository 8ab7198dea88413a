/**
 * AliExpress status words → contract stages, and countdown texts → deadlines.
 *
 * Sources: reference/platform-rules.md §2.1 (status codes, seller-centre CN labels, English UI labels, end_reason codes)
 * and reference/seller-pages.md §2 (buyer UI labels). A word that is not in these tables is 'unknown', never a guess:
 * only phrasings whose meaning is unambiguous are listed, so a missing translation costs a match, not a wrong stage.
 */
import type { Stage } from '../../rules/types';
import { ALIEXPRESS_CLOSING_END_REASONS, ALIEXPRESS_COMPLETING_END_REASONS } from '../../rules/end-reasons';
import { taughtStage } from '../taught-words';
import { fillerWords, lookupMeaning, matchKey, meaningTable } from '../text';

/** What a status word means. 'by-end-reason': the order has ended, and only the end reason says completed or closed. */
export interface StatusMeaning {
  stage: Stage | 'by-end-reason';
  cancelRequested: boolean;
}

const meaning = (stage: StatusMeaning['stage'], cancelRequested = false): StatusMeaning => ({ stage, cancelRequested });

const AWAITING_PAYMENT = meaning('awaiting-payment');
const PAYMENT_REVIEW = meaning('payment-review');
const AWAITING_SHIPMENT = meaning('awaiting-shipment');
/** IN_CANCEL: the buyer asked to cancel a paid, unshipped order (architecture.md §3.4). */
const CANCEL_REQUESTED = meaning('awaiting-shipment', true);
const PARTIALLY_SHIPPED = meaning('partially-shipped');
/** "Awaiting delivery" / WAIT_BUYER_ACCEPT_GOODS: shipped, the buyer has not confirmed receipt. */
const SHIPPED = meaning('shipped');
const COMPLETED = meaning('completed');
const CLOSED = meaning('closed');
const CANCELED = meaning('canceled');
const IN_DISPUTE = meaning('in-dispute');
const FROZEN = meaning('frozen');
const ENDED = meaning('by-end-reason');
/**
 * FUND_PROCESSING ("buyer and seller agree, funds processing"): the wording does not say whether money goes back
 * to the buyer or on to the seller, so the stage stays unknown even though the word is recognised.
 */
const FUND_PROCESSING = meaning('unknown');

/** Open-platform status codes (platform-rules.md §2.1). */
const STATUS_CODES: Record<string, StatusMeaning> = {
  PLACE_ORDER_SUCCESS: AWAITING_PAYMENT,
  RISK_CONTROL: PAYMENT_REVIEW,
  WAIT_SELLER_SEND_GOODS: AWAITING_SHIPMENT,
  IN_CANCEL: CANCEL_REQUESTED,
  SELLER_PART_SEND_GOODS: PARTIALLY_SHIPPED,
  WAIT_BUYER_ACCEPT_GOODS: SHIPPED,
  FUND_PROCESSING,
  IN_ISSUE: IN_DISPUTE,
  IN_FROZEN: FROZEN,
  FINISH: ENDED,
};

/** Labels as the pages write them, grouped by meaning; matched whole, by `matchKey` (../text.ts). */
const LABELS: [StatusMeaning, string[]][] = [
  [
    AWAITING_PAYMENT,
    [
      'Awaiting payment',
      '等待买家付款',
      // ES / FR / PT / RU / DE buyer UI
      'Pago pendiente',
      'Pendiente de pago',
      'Esperando el pago',
      'En attente de paiement',
      'Aguardando pagamento',
      'Ожидает оплаты',
      'Ожидание оплаты',
      'Zahlung ausstehend',
      'Warten auf Zahlung',
      // es "En espera de pago": issue 14; weak, boxing.niimi.work (docs/reader-evidence.md, AliExpress buyer)
      'En espera de pago',
    ],
  ],
  [
    PAYMENT_REVIEW,
    [
      'Payment being verified',
      'Payment not yet confirmed',
      '订单处于风控24小时中',
      '资金未到账',
      'Verificando el pago',
      'Paiement en cours de vérification',
      'Pagamento em verificação',
      'Платёж проверяется',
      'Zahlung wird überprüft',
      // de "Ihre Zahlung wird überprüft": weak, realbazar.ru/de (a translated guide)
      'Ihre Zahlung wird überprüft',
    ],
  ],
  [
    AWAITING_SHIPMENT,
    [
      'Awaiting shipment',
      'Waiting for your shipment',
      '等待您发货',
      '等待发货',
      'Pendiente de envío',
      'Esperando el envío',
      "En attente d'expédition",
      'Aguardando envio',
      'Ожидает отправки',
      'Versand ausstehend',
      'Warten auf Versand',
      // es "En espera de envío": issue 14; "Aguardando envío" (the accent folds away): weak, chinapost.es
      'En espera de envío',
      // de "Der Verkäufer bearbeitet Ihre Bestellung": weak, realbazar.ru/de
      'Der Verkäufer bearbeitet Ihre Bestellung',
      // fr "L'envoi est attendu": weak, alideliv.ru/fr (machine-translated). Its sibling "En attente de livraisons"
      // is left out: it names awaiting shipment there but reads as "awaiting delivery", which means shipped.
      "L'envoi est attendu",
    ],
  ],
  [CANCEL_REQUESTED, ['Awaiting cancellation', 'Buyer requested cancellation', 'Buyer request cancellation', '买家申请取消']],
  [PARTIALLY_SHIPPED, ['Partial shipment', 'Partial delivery', '部分发货']],
  [
    SHIPPED,
    [
      'Awaiting delivery',
      'Waiting for buyer to receive goods',
      '等待买家收货',
      '等待收货',
      'Pendiente de entrega',
      'Esperando la entrega',
      'En attente de livraison',
      'Aguardando entrega',
      'Ожидает получения',
      'Lieferung ausstehend',
    ],
  ],
  [
    COMPLETED,
    [
      'Completed',
      'Order completed',
      'Finished',
      '交易完成',
      '订单完成',
      'Completado',
      'Terminé',
      'Concluído',
      'Завершён',
      'Завершен',
      'Abgeschlossen',
      // es "Terminado": weak, chinapost.es (AliExpress's "Finished")
      'Terminado',
    ],
  ],
  [CLOSED, ['Closed', '订单关闭', '交易关闭', '已关闭', 'Cerrado', 'Fermé', 'Fechado', 'Закрыт', 'Geschlossen']],
  [CANCELED, ['Cancelled', 'Canceled', 'Cancelado', 'Annulé', 'Отменён', 'Отменен', 'Storniert']],
  [IN_DISPUTE, ['Dispute', 'Dispute orders', 'In dispute', '含纠纷的订单', '纠纷中']],
  // es "Congelado": weak, chinapost.es
  [FROZEN, ['Frozen', 'Frozen orders', '冻结中的订单', 'Congelado']],
  [ENDED, ['已结束的订单']],
  [FUND_PROCESSING, ['Fund processing', '资金处理中', '买卖家达成一致，资金处理中']],
];

/** Label → meaning by `matchKey`. Two labels that fold to one key must mean the same: a table that says otherwise throws. */
const BY_KEY: ReadonlyMap<string, StatusMeaning> = meaningTable(LABELS);

/**
 * Words that may stand around a known status phrase without changing it: the possessives a sentence-long status puts
 * before it ("Ihre Zahlung wird überprüft", "Your payment …"). Negations and nouns are never filler.
 */
const STATUS_FILLER = fillerWords(['Ihre', 'Your', 'Su', 'Tu', 'Votre', 'Sua', 'Seu']);

/**
 * The meaning of a status word or code: a code, the whole word, a known phrase with only filler around it, then a
 * word the person taught for AliExpress; null when the word is none of these.
 */
export function lookupStatus(text: string): StatusMeaning | null {
  const code = text.trim();
  if (Object.hasOwn(STATUS_CODES, code)) return STATUS_CODES[code] ?? null;
  const known = lookupMeaning(BY_KEY, text, STATUS_FILLER);
  if (known) return known;
  const taught = taughtStage('aliexpress', text);
  return taught === undefined ? null : meaning(taught);
}

/**
 * The status word of a snapshot's `nativeStatus` that nothing knows, as a list (empty when the word is known, or when
 * the reader saw several words: a choice between known words is not a word to teach).
 */
export function unknownStatusWords(nativeStatus: string): string[] {
  const word = nativeStatus.trim();
  return word === '' || lookupStatus(word) !== null ? [] : [word];
}

/** What IN_CANCEL means: a paid, unshipped order whose buyer asked to cancel. */
export const BUYER_CANCEL_REQUEST: StatusMeaning = CANCEL_REQUESTED;

/**
 * The buyer's reasons the seller centre shows in a cancellation request's message (greasyfork script 405170
 * "自动取消" decides on exactly these; docs/reader-evidence.md, AliExpress seller centre).
 */
const BUYER_CANCEL_REASONS: readonly string[] = ['其他原因', '买家现在不想购买', '备货期不满足买家期望值'].map(matchKey);

/** Whether a message's text holds one of the buyer's cancellation reasons the seller centre shows. */
export function namesBuyerCancelReason(text: string | null | undefined): boolean {
  const key = matchKey(text);
  return key !== '' && BUYER_CANCEL_REASONS.some((reason) => key.includes(reason));
}

/** FINISH end reasons that mean the goods were received (platform-rules.md §2.1); every other known one closes the order. */
const COMPLETING_END_REASONS = ALIEXPRESS_COMPLETING_END_REASONS;
const CLOSING_END_REASONS = ALIEXPRESS_CLOSING_END_REASONS;
const END_REASON_CODES: readonly string[] = [...COMPLETING_END_REASONS, ...CLOSING_END_REASONS];

/** Stage of a FINISH order by its end reason; unknown when the reason is missing or not one we know. */
export function stageForEndReason(endReason: string | undefined): Stage {
  if (endReason === undefined) return 'unknown';
  if (COMPLETING_END_REASONS.includes(endReason)) return 'completed';
  if (CLOSING_END_REASONS.includes(endReason)) return 'closed';
  return 'unknown';
}

/** The first known end_reason code written in a text, e.g. a closed order's "Reason: buyer_pay_timeout". */
export function findEndReason(text: string): string | undefined {
  const words = text.match(/[a-z]+(?:_[a-z]+)+/g) ?? [];
  return words.find((w) => END_REASON_CODES.includes(w));
}

// ---------------------------------------------------------------------------------------------------------------
// Countdowns

const LATIN_END = '(?![a-z])';
/** "01:42:16", "2天18小时", "2 days 18 hours", "1天3小时5分", "2d 18h", "2天 01:42:16"; every part optional, checked after. */
const COUNTDOWN_SOURCE =
  `(?:(\\d+)\\s*(?:天|days?${LATIN_END}|d${LATIN_END})\\s*)?` +
  `(?:(\\d{1,3}):(\\d{2}):(\\d{2})|` +
  `(?:(\\d+)\\s*(?:小时|時間|时|hours?${LATIN_END}|hrs?${LATIN_END}|h${LATIN_END})\\s*)?` +
  `(?:(\\d+)\\s*(?:分钟|分|minutes?${LATIN_END}|mins?${LATIN_END}|m${LATIN_END})\\s*)?` +
  `(?:(\\d+)\\s*(?:秒|seconds?${LATIN_END}|secs?${LATIN_END}|s${LATIN_END}))?)`;

const COUNTDOWN_ONLY = new RegExp(`^${COUNTDOWN_SOURCE}$`, 'i');
/**
 * A countdown only counts next to a word that says time is running out. Without that guard an order time
 * ("2026-04-13 10:22:05") or a rule sentence ("请在48小时内处理") would read as a deadline.
 */
const COUNTDOWN_AFTER_KEYWORD = new RegExp(
  `(?:剩余时间|剩余|还剩|倒计时|time left|time remaining|remaining)[^\\d]{0,12}?(?=\\d)${COUNTDOWN_SOURCE}`,
  'gi',
);
const COUNTDOWN_BEFORE_KEYWORD = new RegExp(`${COUNTDOWN_SOURCE}\\s*(?:left|remaining)${LATIN_END}`, 'gi');

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function durationOf(m: RegExpMatchArray | RegExpExecArray): number | null {
  const [, days, clockH, clockM, clockS, hours, minutes, seconds] = m;
  const parts = [days, clockH, clockM, clockS, hours, minutes, seconds];
  if (parts.every((p) => p === undefined)) return null;
  const n = (p: string | undefined): number => (p === undefined ? 0 : Number(p));
  if (clockM !== undefined && (n(clockM) > 59 || n(clockS) > 59)) return null;
  return n(days) * DAY + (n(clockH) + n(hours)) * HOUR + (n(clockM) + n(minutes)) * MINUTE + (n(clockS) + n(seconds)) * SECOND;
}

/** Milliseconds in a text that is nothing but a countdown ("01:42:16", "2天18小时"); null otherwise. */
export function parseCountdown(text: string): number | null {
  const m = text.normalize('NFKC').trim().match(COUNTDOWN_ONLY);
  return m ? durationOf(m) : null;
}

/** Milliseconds of the first countdown a text announces ("剩余 1天3小时5分", "2 days 18 hours left"); null if none. */
export function findCountdown(text: string): number | null {
  const t = text.normalize('NFKC').replace(/\s+/g, ' ');
  for (const re of [COUNTDOWN_AFTER_KEYWORD, COUNTDOWN_BEFORE_KEYWORD]) {
    for (const m of t.matchAll(re)) {
      const ms = durationOf(m);
      if (ms !== null) return ms;
    }
  }
  return null;
}

/** The ISO instant a countdown of `ms` ends, counted from `now`. */
export function deadlineFrom(now: Date, ms: number): string {
  return new Date(now.getTime() + ms).toISOString();
}
