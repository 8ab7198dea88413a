/**
 * AliExpress status words → contract stages, and countdown texts → deadlines.
 *
 * Sources: reference/platform-rules.md §2.1 (status codes, seller-centre CN labels, English UI labels, end_reason codes)
 * and reference/seller-pages.md §2 (buyer UI labels). A word that is not in these tables is 'unknown', never a guess:
 * only phrasings whose meaning is unambiguous are listed, so a missing translation costs a match, not a wrong stage.
 */
import type { Stage } from '../../rules/types';
import { ALIEXPRESS_CLOSING_END_REASONS, ALIEXPRESS_COMPLETING_END_REASONS } from '../../rules/end-reasons';
import { type InterfaceLanguage, type LanguageBlock, meaningsOf, type NotRead } from '../coverage';
import { taughtStage } from '../taught-words';
import { fillerWords, lookupMeaning, matchKey, meaningTable, searchableText, type WordTable } from '../text';

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
export const STATUS_CODES: Record<string, StatusMeaning> = {
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

/** The meanings a status word can have, by name (the blocks below are data, the names point at the meanings). */
type MeaningName =
  | 'awaiting-payment'
  | 'payment-review'
  | 'awaiting-shipment'
  | 'cancel-requested'
  | 'partially-shipped'
  | 'shipped'
  | 'completed'
  | 'closed'
  | 'canceled'
  | 'in-dispute'
  | 'frozen'
  | 'by-end-reason'
  | 'fund-processing';

const MEANINGS: Readonly<Record<MeaningName, StatusMeaning>> = {
  'awaiting-payment': AWAITING_PAYMENT,
  'payment-review': PAYMENT_REVIEW,
  'awaiting-shipment': AWAITING_SHIPMENT,
  'cancel-requested': CANCEL_REQUESTED,
  'partially-shipped': PARTIALLY_SHIPPED,
  shipped: SHIPPED,
  completed: COMPLETED,
  closed: CLOSED,
  canceled: CANCELED,
  'in-dispute': IN_DISPUTE,
  frozen: FROZEN,
  'by-end-reason': ENDED,
  'fund-processing': FUND_PROCESSING,
};

/**
 * Status words as the pages write them, by interface language and meaning; matched whole, by `matchKey` (../text.ts).
 * Sources resolve in src/platforms/coverage-sources.ts; an empty list marks an older table's words no source was found
 * for (docs/reader-evidence.md, AliExpress).
 */
export const STATUS_WORDS: readonly LanguageBlock<MeaningName>[] = [
  {
    // English buyer UI labels and the seller centre's English words
    lang: 'en',
    sources: ['ref §2.1'],
    words: {
      'awaiting-payment': ['Awaiting payment'],
      'awaiting-shipment': ['Awaiting shipment'],
      shipped: ['Awaiting delivery'],
      completed: ['Completed'],
      closed: ['Closed'],
    },
  },
  { lang: 'en', sources: ['weak alimaniac.com'], words: { 'payment-review': ['Payment being verified'] } },
  {
    lang: 'en',
    sources: [],
    words: {
      'payment-review': ['Payment not yet confirmed'],
      'awaiting-shipment': ['Waiting for your shipment'],
      'cancel-requested': ['Awaiting cancellation', 'Buyer requested cancellation', 'Buyer request cancellation'],
      'partially-shipped': ['Partial shipment', 'Partial delivery'],
      shipped: ['Waiting for buyer to receive goods'],
      completed: ['Order completed', 'Finished'],
      canceled: ['Cancelled', 'Canceled'],
      'in-dispute': ['Dispute', 'Dispute orders', 'In dispute'],
      frozen: ['Frozen', 'Frozen orders'],
      'fund-processing': ['Fund processing'],
    },
  },
  {
    // the seller centre's Chinese labels
    lang: 'zh',
    sources: ['platform-rules §2.1'],
    words: {
      'awaiting-payment': ['等待买家付款'],
      'payment-review': ['订单处于风控24小时中', '资金未到账'],
      'awaiting-shipment': ['等待您发货', '等待发货'],
      'cancel-requested': ['买家申请取消'],
      'partially-shipped': ['部分发货'],
      shipped: ['等待买家收货', '等待收货'],
      completed: ['交易完成', '订单完成'],
      closed: ['订单关闭', '交易关闭', '已关闭'],
      'in-dispute': ['含纠纷的订单', '纠纷中'],
      frozen: ['冻结中的订单'],
      'by-end-reason': ['已结束的订单'],
      'fund-processing': ['资金处理中', '买卖家达成一致，资金处理中'],
    },
  },
  // es "En espera de …": issue 14, boxing.niimi.work; "Aguardando envío" (the accent folds away), "Terminado",
  // "Congelado": chinapost.es; "Cerrado": miorti.es
  {
    lang: 'es',
    sources: ['issue 14', 'weak boxing.niimi.work', 'weak chinapost.es', 'weak miorti.es'],
    words: {
      'awaiting-payment': ['En espera de pago'],
      'awaiting-shipment': ['En espera de envío', 'Aguardando envío'],
      completed: ['Terminado'],
      closed: ['Cerrado'],
      frozen: ['Congelado'],
    },
  },
  {
    lang: 'es',
    sources: [],
    words: {
      'awaiting-payment': ['Pago pendiente', 'Pendiente de pago', 'Esperando el pago'],
      'payment-review': ['Verificando el pago'],
      'awaiting-shipment': ['Pendiente de envío', 'Esperando el envío'],
      shipped: ['Pendiente de entrega', 'Esperando la entrega'],
      completed: ['Completado'],
      canceled: ['Cancelado'],
    },
  },
  // fr "En attente de paiement": bestchinaproducts.com/fr; "L'envoi est attendu": alideliv.ru/fr (machine-translated).
  // Its sibling "En attente de livraisons" is left out: it names awaiting shipment there but reads as "awaiting
  // delivery", which means shipped.
  {
    lang: 'fr',
    sources: ['weak bestchinaproducts.com/fr', 'weak alideliv.ru/fr'],
    words: { 'awaiting-payment': ['En attente de paiement'], 'awaiting-shipment': ["L'envoi est attendu"] },
  },
  {
    lang: 'fr',
    sources: [],
    words: {
      'payment-review': ['Paiement en cours de vérification'],
      'awaiting-shipment': ["En attente d'expédition"],
      shipped: ['En attente de livraison'],
      completed: ['Terminé'],
      closed: ['Fermé'],
      canceled: ['Annulé'],
    },
  },
  // pt and ru: the words of the existing fixtures buyer-list-pt.html and buyer-list-ru.html, unsourced there
  {
    lang: 'pt',
    sources: [],
    words: {
      'awaiting-payment': ['Aguardando pagamento'],
      'payment-review': ['Pagamento em verificação'],
      'awaiting-shipment': ['Aguardando envio'],
      shipped: ['Aguardando entrega'],
      completed: ['Concluído'],
      closed: ['Fechado'],
    },
  },
  {
    lang: 'ru',
    sources: [],
    words: {
      'awaiting-payment': ['Ожидает оплаты', 'Ожидание оплаты'],
      'payment-review': ['Платёж проверяется'],
      'awaiting-shipment': ['Ожидает отправки'],
      shipped: ['Ожидает получения'],
      completed: ['Завершён', 'Завершен'],
      closed: ['Закрыт'],
      canceled: ['Отменён', 'Отменен'],
    },
  },
  // de "Warten auf Zahlung", "Ihre Zahlung wird überprüft", "Der Verkäufer bearbeitet Ihre Bestellung", "Geschlossen":
  // realbazar.ru/de (a translated guide)
  {
    lang: 'de',
    sources: ['weak realbazar.ru/de'],
    words: {
      'awaiting-payment': ['Warten auf Zahlung'],
      'payment-review': ['Ihre Zahlung wird überprüft'],
      'awaiting-shipment': ['Der Verkäufer bearbeitet Ihre Bestellung'],
      closed: ['Geschlossen'],
    },
  },
  {
    lang: 'de',
    sources: [],
    words: {
      'awaiting-payment': ['Zahlung ausstehend'],
      'payment-review': ['Zahlung wird überprüft'],
      'awaiting-shipment': ['Versand ausstehend', 'Warten auf Versand'],
      shipped: ['Lieferung ausstehend'],
      completed: ['Abgeschlossen'],
      canceled: ['Storniert'],
    },
  },
];

/** The languages AliExpress's sites and seller centre are shown in, as issue 14 lists them: a row each in the coverage. */
export const SITE_LANGUAGES: readonly InterfaceLanguage[] = ['en', 'zh', 'es', 'fr', 'de', 'pt', 'ru', 'ko', 'ja'];

/** What was searched for and not found: these stay unknown (docs/reader-evidence.md, "Gaps"). */
export const NOT_READ: readonly NotRead[] = [
  {
    lang: 'zh',
    what: 'order list rows on csp.aliexpress.com (/m_apps/order-manage/orderList)',
    searched: 'public scrapers open the page by its address (files 59691180314, 61442577725) but none captures its row markup or words',
  },
  {
    lang: 'ko',
    what: 'buyer order statuses',
    searched: 'only bloggers naming the app tab 결제 대기 (a tab, not the card status) and a machine-translated closing notice',
  },
  {
    lang: 'ja',
    what: 'buyer order statuses',
    searched: 'one guide naming 完了 and 配送待ち/配送待機中 (which could mean awaiting shipment or awaiting delivery)',
  },
  { lang: 'es', what: '"Pago verificado"', searched: 'a guide names it without saying whether review passed or the order awaits shipment' },
  {
    lang: 'fr',
    what: '"En attente de livraisons"',
    searched: 'its source names it for awaiting shipment while the words say awaiting delivery',
  },
];

/** Label → meaning by `matchKey`. Two labels that fold to one key must mean the same: a table that says otherwise throws. */
export const BY_KEY: WordTable<StatusMeaning> = meaningTable(
  meaningsOf(STATUS_WORDS).map(([name, words]) => [MEANINGS[name], words] as const),
);

/**
 * Words that may stand around a known status phrase without changing it: the possessives a sentence-long status puts
 * before it ("Ihre Zahlung wird überprüft", "Your payment …"). Negations and nouns are never filler.
 */
export const STATUS_FILLER = fillerWords(['Ihre', 'Your', 'Su', 'Tu', 'Votre', 'Sua', 'Seu']);

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
export const BUYER_CANCEL_REASON_WORDS: LanguageBlock<'reason'> = {
  lang: 'zh',
  sources: ['capture 17837019666'],
  words: { reason: ['其他原因', '买家现在不想购买', '备货期不满足买家期望值'] },
};
export const BUYER_CANCEL_REASONS: readonly string[] = (BUYER_CANCEL_REASON_WORDS.words.reason ?? []).map(matchKey);

/** Whether a message's text holds one of the buyer's cancellation reasons the seller centre shows. */
export function namesBuyerCancelReason(text: string | null | undefined): boolean {
  const key = matchKey(text);
  return key !== '' && BUYER_CANCEL_REASONS.some((reason) => key.includes(reason));
}

/** FINISH end reasons that mean the goods were received (platform-rules.md §2.1); every other known one closes the order. */
const COMPLETING_END_REASONS = ALIEXPRESS_COMPLETING_END_REASONS;
const CLOSING_END_REASONS = ALIEXPRESS_CLOSING_END_REASONS;
export const END_REASON_CODES: readonly string[] = [...COMPLETING_END_REASONS, ...CLOSING_END_REASONS];

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
/** The words that announce a countdown (a page sample keeps them: src/platforms/aliexpress/page-words.ts). */
export const COUNTDOWN_KEYWORDS = ['剩余时间', '剩余', '还剩', '倒计时', 'time left', 'time remaining', 'remaining'];
const COUNTDOWN_AFTER_KEYWORD = new RegExp(`(?:${COUNTDOWN_KEYWORDS.join('|')})[^\\d]{0,12}?(?=\\d)${COUNTDOWN_SOURCE}`, 'gi');
const COUNTDOWN_BEFORE_KEYWORD = new RegExp(`${COUNTDOWN_SOURCE}\\s*(?:left|remaining)${LATIN_END}`, 'gi');
/** What every countdown keyword holds (each of COUNTDOWN_KEYWORDS, and "left"/"remaining" after the number). */
const COUNTDOWN_WORD = /剩余|还剩|倒计时|left|remaining/i;

/**
 * Whether a text may hold a countdown at all: false means `findCountdown` finds none in it, nor in any part of it
 * (a list card's whole text answers for the text it is read from, links and all left in).
 */
export const mayHoldCountdown = (text: string): boolean => COUNTDOWN_WORD.test(searchableText(text));

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
  // searchableText: NFKC (skipped for printable ASCII, like every other reader) and white space collapsed, which the
  // pattern's \s* does not mind.
  const m = searchableText(text).match(COUNTDOWN_ONLY);
  return m ? durationOf(m) : null;
}

/** Milliseconds of the first countdown a text announces ("剩余 1天3小时5分", "2 days 18 hours left"); null if none. */
export function findCountdown(text: string): number | null {
  const t = searchableText(text);
  // Both patterns need one of these words: a card without any (most of a list) is not scanned digit by digit.
  if (!COUNTDOWN_WORD.test(t)) return null;
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
