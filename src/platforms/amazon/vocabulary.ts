/**
 * The words Seller Central prints, in the UI languages we read, mapped to our vocabularies.
 * Words are compared by `matchKey` (case, width, accents, punctuation and spacing folded), and the
 * patterns below are written in that folded form. An unknown word is 'unknown' / undefined: we
 * never guess what a status we have not seen means.
 */
import type { FulfilledBy, Stage } from '../../rules/types';
import { type InterfaceLanguage, type LanguageBlock, type LanguagePattern, meaningsOf, type NotRead, wordsFor } from '../coverage';
import { taughtStage } from '../taught-words';
import { displayText, matchKey, meaningTable, searchableText } from '../text';
import { AMAZON_MARKETPLACES } from './platform';

/*
 * Sources, as cited in docs/reader-evidence.md and resolved to addresses in src/platforms/coverage-sources.ts ("help":
 * Seller Central help in that language; "capture": public code that reads the live page; "issue": issue 14; "weak": a
 * translated guide, a synonym to accept, not proof; "ref": shared/reference/seller-pages.md). A block whose sources are
 * empty holds an older table's words that no source was found for. Words are grouped by interface language, so
 * docs/reader-coverage.md can say per language what is read (npm run readers:doc).
 */

/** Item and order status words, by interface language. */
export const STATUS_WORDS: readonly LanguageBlock<Stage>[] = [
  {
    // Pending, Unshipped, Shipped, Canceled (UI); PartiallyShipped, PendingAvailability (SP-API)
    lang: 'en',
    sources: ['ref §1.7'],
    words: {
      'awaiting-shipment': ['Unshipped'],
      'awaiting-payment': ['Pending', 'Pending availability'],
      shipped: ['Shipped'],
      'partially-shipped': ['Partially shipped'],
      delivered: ['Delivered'],
      canceled: ['Canceled', 'Cancelled'],
    },
  },
  // en (help in en_AE on sellercentral.amazon.eg): "Undispatched" is the status Unshipped is elsewhere ("you will see one of three
  // different status types in Manage Orders: Undispatched … Pending … Canceled")
  { lang: 'en', sources: ['help 200200040 en_AE'], words: { 'awaiting-shipment': ['Undispatched'] } },
  {
    // "Nicht versendet", "Ausstehend", "storniert", "versendet"; "versandt" is the other correct participle (older
    // fixture details-unshipped-de.html)
    lang: 'de',
    sources: ['help 200200040 de_DE', 'help 200141600 de_DE'],
    words: {
      'awaiting-shipment': ['Nicht versendet', 'Nicht versandt'],
      'awaiting-payment': ['Ausstehend'],
      shipped: ['Versendet', 'Versandt'],
      canceled: ['Storniert'],
    },
  },
  { lang: 'de', sources: [], words: { 'partially-shipped': ['Teilweise versendet', 'Teilweise versandt'], delivered: ['Zugestellt'] } },
  // fr: "En attente", "Non expédiée" (help, and salest.io/fr quoting it)
  {
    lang: 'fr',
    sources: ['help GRXAS2XTAYEF77BG fr_FR', 'weak salest.io/fr'],
    words: { 'awaiting-shipment': ['Non expédiée'], 'awaiting-payment': ['En attente'] },
  },
  // the masculine forms and "Expédiée"/"Annulée" are the older table's (not found in help)
  {
    lang: 'fr',
    sources: [],
    words: {
      'awaiting-shipment': ['Non expédié'],
      shipped: ['Expédié', 'Expédiée'],
      'partially-shipped': ['Partiellement expédié'],
      delivered: ['Livré', 'Livrée'],
      canceled: ['Annulé', 'Annulée'],
    },
  },
  // es: "Pendiente", "No enviado"
  {
    lang: 'es',
    sources: ['help 200143560 es_MX', 'weak salest.io/es'],
    words: { 'awaiting-shipment': ['No enviado', 'No enviada'], 'awaiting-payment': ['Pendiente'] },
  },
  {
    lang: 'es',
    sources: [],
    words: {
      shipped: ['Enviado', 'Enviada'],
      'partially-shipped': ['Enviado parcialmente'],
      delivered: ['Entregado'],
      canceled: ['Cancelado', 'Cancelada'],
    },
  },
  // it: "In sospeso", "Non spediti"/"Non spedito", "spediti", "annullati" (the help writes plurals; the page writes
  // one order's status)
  {
    lang: 'it',
    sources: ['help 200141600 it_IT', 'help 200495750 it_IT', 'help GRXAS2XTAYEF77BG it_IT'],
    words: {
      'awaiting-shipment': ['Non spedito', 'Non spediti'],
      'awaiting-payment': ['In sospeso'],
      shipped: ['Spedito', 'Spediti'],
      canceled: ['Annullato', 'Annullati'],
    },
  },
  { lang: 'it', sources: [], words: { 'partially-shipped': ['Spedito parzialmente'], delivered: ['Consegnato'] } },
  // ja: 保留中, 未出荷, キャンセル済み (help G200200040); 出荷済み (help 6MB2B6CQFZ528X3, and a seller's guide to 注文管理)
  {
    lang: 'ja',
    sources: ['help G200200040 ja_JP', 'help 6MB2B6CQFZ528X3 ja_JP', 'weak aucfan.com/times/archives/4108'],
    words: { 'awaiting-shipment': ['未出荷'], 'awaiting-payment': ['保留中'], shipped: ['出荷済み'], canceled: ['キャンセル済み'] },
  },
  { lang: 'ja', sources: [], words: { 'partially-shipped': ['一部出荷済み'], delivered: ['配達済み'] } },
  // zh: 待处理 (Pending), 未发货 (Unshipped), written 【待处理】 in the help (brackets fold away)
  {
    lang: 'zh',
    sources: ['help boobastic.com/news/13033', 'issue 14'],
    words: { 'awaiting-shipment': ['未发货'], 'awaiting-payment': ['待处理'] },
  },
  {
    lang: 'zh',
    sources: [],
    words: {
      'awaiting-payment': ['等待中'],
      shipped: ['已发货'],
      'partially-shipped': ['部分发货', '部分已发货'],
      delivered: ['已送达', '已妥投'],
      canceled: ['已取消'],
    },
  },
  // pl: "niewysłane" (unshipped)
  { lang: 'pl', sources: ['help 200198080 pl_PL'], words: { 'awaiting-shipment': ['Niewysłane'] } },
  // sv: "Väntande" (Pending), "Olevererat" (Unshipped; "rapporten över olevererade order"), canceled orders show "som
  // annullerade" in Hantera ordrar (the help's plural; "Annullerad" is the same word for one order)
  {
    lang: 'sv',
    sources: ['help 200200040 sv_SE'],
    words: {
      'awaiting-shipment': ['Olevererat', 'Olevererade'],
      'awaiting-payment': ['Väntande'],
      canceled: ['Annullerade', 'Annullerad'],
    },
  },
  // tr: "Beklemede" (Pending), a translated article only
  { lang: 'tr', sources: ['weak mostathmr.com/tr'], words: { 'awaiting-payment': ['Beklemede'] } },
  // pt-BR, nl, ko, ar: not found (NOT_READ below); they stay unknown until taught.
];

export const STATUS_STAGES = meaningTable<Stage>(meaningsOf(STATUS_WORDS));

/**
 * The interface languages Seller Central's language switcher offers, as issue 14 lists them, with the help-page
 * `language=` codes that show each exists (coverage-sources.ts). docs/reader-coverage.md has a row for each.
 */
export const SELLER_CENTRAL_LANGUAGES: readonly InterfaceLanguage[] = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'ja',
  'zh',
  'pt-BR',
  'nl',
  'sv',
  'pl',
  'tr',
  'ko',
  'ar',
];

/** What was searched for and not found: these stay unknown (docs/reader-evidence.md, "Gaps"). */
export const NOT_READ: readonly NotRead[] = [
  {
    lang: 'pt-BR',
    what: 'status words, row labels, the request banner',
    searched: 'Seller Central help in pt_BR (Gerenciar pedidos, Pendente, Não enviado): only English help on sellercentral.amazon.com.br',
  },
  {
    lang: 'nl',
    what: 'status words, row labels, the request banner',
    searched: 'Seller Central help in nl_NL (Bestellingen beheren, In behandeling, Niet verzonden): not in the index',
  },
  {
    lang: 'ko',
    what: 'status words, row labels, the request banner',
    searched: 'Seller Central help in ko_KR (주문 관리, 미발송): not in the index',
  },
  {
    lang: 'ar',
    what: 'status words, row labels, the request banner',
    searched: 'Seller Central help in ar_AE (إدارة الطلبات): only English help on the .ae, .sa and .eg hosts',
  },
  {
    lang: 'tr',
    what: 'Unshipped, Shipped, Canceled, row labels, the request banner',
    searched: 'help in tr_TR: not in the index; one translated article',
  },
  {
    lang: 'pl',
    what: 'Pending, Shipped, Canceled, row labels, the request banner',
    searched: 'help 200198080 and GRXAS2XTAYEF77BG in pl_PL name only "niewysłane"',
  },
  {
    lang: 'sv',
    what: 'Shipped, row labels, fulfilment values, the request banner',
    searched: 'help 200200040 sv_SE names Väntande, Olevererat, annullerade only',
  },
  {
    lang: 'fr',
    what: "row labels (Canal de vente, Mode d'expédition)",
    searched: "help in fr_FR names the FBA programme, not the list's labels",
  },
  { lang: 'ja', what: 'row labels', searched: "help in ja_JP names 注文番号 and 出品者出荷, not the list's labels" },
  { lang: 'it', what: 'the fulfilment label', searched: 'help 200141600 it_IT names Canale di vendita only' },
  {
    lang: 'en',
    what: "the order detail page's own display of a buyer's request",
    searched: 'no capture shows where the detail page repeats it',
  },
];

/**
 * Stage for one status word: the built-in table, then the words the person taught for Amazon; 'unknown' when the
 * word is in neither. Whole words only: "Nicht versendet" must never read as "versendet".
 */
export function stageFromStatusText(text: string | null | undefined): Stage {
  return STATUS_STAGES(matchKey(text)) ?? taughtStage('amazon', text) ?? 'unknown';
}

/**
 * The status words of a snapshot's `nativeStatus` that neither the table nor a taught word knows: what the hint
 * offers to teach. The detail reader joins its item statuses with ", ", so each is looked at alone.
 */
export function unknownStatusWords(nativeStatus: string): string[] {
  const words = nativeStatus
    .split(', ')
    .map((word) => word.trim())
    .filter((word) => word !== '');
  return [...new Set(words.filter((word) => stageFromStatusText(word) === 'unknown' && !isOrderCanceledHeading(word)))];
}

/**
 * The buyer-requested-cancellation banner. Amazon spells it "canceled … cancelation rate" on JP/DE
 * pages and "cancelled … cancellation rate" elsewhere (help PNRJVBQMJRS942V), so both are matched. The localised
 * banner sentences were not found (docs/reader-evidence.md): the non-English patterns are the older table's.
 */
export const BUYER_CANCEL_PATTERNS: readonly LanguagePattern[] = [
  {
    lang: 'en',
    sources: ['help PNRJVBQMJRS942V en_JP', 'help PNRJVBQMJRS942V en_GB'],
    pattern: /\bbuyer has requested (?:that )?this order be cancell?ed\b/u,
  },
  { lang: 'en', sources: ['issue 14'], pattern: /\bbuyer requested cancell?ation\b/u },
  { lang: 'de', sources: [], pattern: /kaufer hat (?:die |eine )?stornierung (?:dieser|der) bestellung (?:beantragt|angefordert)/u },
  { lang: 'fr', sources: [], pattern: /acheteur a demande (?:l )?annulation de (?:cette|la) commande/u },
  { lang: 'es', sources: [], pattern: /comprador ha solicitado (?:la )?cancelacion de(?:l| este)? pedido/u },
  { lang: 'it', sources: [], pattern: /acquirente ha richiesto (?:l annullamento|la cancellazione) d(?:i questo|ell) ?ordine/u },
  { lang: 'ja', sources: [], pattern: /購入者がこの注文のキャンセルを(?:リクエスト|依頼|要求)しました/u },
  { lang: 'zh', sources: [], pattern: /买家已?(?:申请|请求|要求)取消(?:此|该|这个)?订单/u },
];
const BUYER_CANCEL_REGEXPS: readonly RegExp[] = BUYER_CANCEL_PATTERNS.map((entry) => entry.pattern);

/**
 * A word every request pattern here holds (test/unit/platforms/amazon/vocabulary.test.ts proves it), found in a page
 * text as written: a text without one cannot match, so it is neither folded nor tested (a list asks this of every
 * row's status cell). Half- and full-width forms fold to these words too, so a text with any is tested in full.
 */
const REQUEST_WORD = /cancel|annul|stornierung|キャンセル|取消|[\uff00-\uffef]/i;

/** Whether `text` may name a buyer's request: false only when no request pattern can match it. */
export const mayNameRequest = (text: string): boolean => REQUEST_WORD.test(text);

/** The key the request patterns are tested on; '' when no pattern can match (nothing to fold). */
const requestKey = (text: string | null | undefined): string => (mayNameRequest(text ?? '') ? matchKey(text) : '');

export function isBuyerCancelRequestText(text: string | null | undefined): boolean {
  const key = requestKey(text);
  return key !== '' && BUYER_CANCEL_REGEXPS.some((pattern) => pattern.test(key));
}

/**
 * What the status cell's request element (`.buyer-requested-cancel`) says: "Buyer cancellation" and the line
 * "Cancellation reason: <reason>" (capture: an order-sync extension matches exactly these, file 15496181388).
 * Only read inside that element or the status cell: a reason line elsewhere could be a past order's.
 */
export const STATUS_CELL_REQUEST_PATTERNS: readonly LanguagePattern[] = [
  { lang: 'en', sources: ['capture 15496181388'], pattern: /(?:^| )buyer cancell?ation(?: |$)/u },
  { lang: 'en', sources: ['capture 15496181388'], pattern: /(?:^| )cancell?ation reason(?: |$)/u },
];
/** The cell's own words for a request, and the banner's sentences, which count in the cell too. */
const STATUS_CELL_REQUEST_REGEXPS: readonly RegExp[] = [
  ...BUYER_CANCEL_REGEXPS,
  ...STATUS_CELL_REQUEST_PATTERNS.map((entry) => entry.pattern),
];

export function isStatusCellRequestText(text: string | null | undefined): boolean {
  const key = requestKey(text);
  return key !== '' && STATUS_CELL_REQUEST_REGEXPS.some((pattern) => pattern.test(key));
}

/** Order-level "Order canceled" alert headings (the ES one is used by public scripts, seller-pages.md §1.3). */
export const ORDER_CANCELED_HEADING_WORDS: readonly string[] = [
  'Order canceled',
  'Order cancelled',
  'Bestellung storniert',
  'Commande annulée',
  'Pedido cancelado',
  'Ordine annullato',
  '注文キャンセル済み',
  '订单已取消',
];
const ORDER_CANCELED_HEADINGS = meaningTable([[true, ORDER_CANCELED_HEADING_WORDS]]);

export function isOrderCanceledHeading(text: string | null | undefined): boolean {
  return ORDER_CANCELED_HEADINGS(matchKey(text)) === true;
}

/** Fulfilment channel values, by interface language. */
export const FULFILMENT_VALUE_WORDS: readonly LanguageBlock<FulfilledBy>[] = [
  // "Seller" / "Amazon" (ref §6.1); MFN/AFN/FBA/FBM (SP-API and reports)
  { lang: 'en', sources: ['ref §6.1'], words: { merchant: ['Seller', 'MFN', 'FBM'], platform: ['Amazon', 'AFN', 'FBA'] } },
  // "Merchant" (order reports' fulfillment-channel, file 44222434000); "Seller Fulfilled" (issue 14)
  { lang: 'en', sources: ['capture 44222434000', 'issue 14'], words: { merchant: ['Merchant', 'Seller Fulfilled'] } },
  { lang: 'en', sources: [], words: { merchant: ['Fulfilled by Merchant', 'Fulfilled by seller'], platform: ['Fulfilled by Amazon'] } },
  // "Versand durch Amazon"; "Versand durch Verkäufer" is its seller counterpart, not captured, read because its every
  // word is evidenced and it cannot mean Amazon
  {
    lang: 'de',
    sources: ['help 200141600 de_DE'],
    words: { merchant: ['Verkäufer', 'Versand durch Verkäufer'], platform: ['Versand durch Amazon'] },
  },
  // "Expédié par Amazon"; "Vendeur" is the older table's
  { lang: 'fr', sources: ['help 200332450 fr_FR'], words: { merchant: ['Vendeur'], platform: ['Expédié par Amazon'] } },
  // "Logística de Amazon"; "Vendedor" is the older table's
  { lang: 'es', sources: ['help 200143560 es_MX'], words: { merchant: ['Vendedor'], platform: ['Logística de Amazon'] } },
  { lang: 'it', sources: ['help 200141600 it_IT'], words: { merchant: ['Venditore'], platform: ['Logistica di Amazon'] } },
  { lang: 'ja', sources: ['help G201817070 ja_JP'], words: { merchant: ['出品者', '出品者出荷'] } },
  // 卖家自行配送 (MFN), 亚马逊配送 (AFN): Amazon's Chinese MWS docs
  {
    lang: 'zh',
    sources: ['capture 3781576743', 'capture 4828627914'],
    words: { merchant: ['卖家', '卖家自行配送'], platform: ['亚马逊', '亚马逊配送'] },
  },
];

export const FULFILMENT_CHANNELS = meaningTable<FulfilledBy>(meaningsOf(FULFILMENT_VALUE_WORDS));

/** 'merchant' (MFN) or 'platform' (FBA) from the fulfilment channel value; undefined when unknown. */
export function fulfilledByFromText(text: string | null | undefined): FulfilledBy | undefined {
  return FULFILMENT_CHANNELS(matchKey(text));
}

/** The list's row labels, by field and interface language. Compared by `matchKey`, so case, accents and the colon do not matter. */
export type RowLabel = 'shipBy' | 'deliverBy' | 'fulfilledBy' | 'salesChannel';
export const ROW_LABEL_BLOCKS: readonly LanguageBlock<RowLabel>[] = [
  // the one-l spelling on amazon.in
  {
    lang: 'en',
    sources: ['capture 66703854200', 'ref §1.4'],
    words: {
      shipBy: ['Ship by date'],
      deliverBy: ['Deliver by date'],
      fulfilledBy: ['Fulfillment method', 'Fulfilment method'],
      salesChannel: ['Sales channel'],
    },
  },
  { lang: 'de', sources: ['help 200141600 de_DE'], words: { fulfilledBy: ['Versandmethode'], salesChannel: ['Vertriebskanal'] } },
  {
    lang: 'es',
    sources: ['help 200143560 es_MX'],
    words: { fulfilledBy: ['Método de gestión logística'], salesChannel: ['Canal de venta'] },
  },
  { lang: 'it', sources: ['help 200141600 it_IT'], words: { salesChannel: ['Canale di vendita'] } },
  {
    lang: 'zh',
    sources: ['capture 3781576743', 'capture 4828627914', 'issue 14'],
    words: { fulfilledBy: ['配送方式'], salesChannel: ['销售渠道'] },
  },
  // fr, ja and the other languages' labels: not found (NOT_READ).
];
export const ROW_LABEL_WORDS: Readonly<Record<RowLabel, readonly string[]>> = {
  shipBy: wordsFor(ROW_LABEL_BLOCKS, 'shipBy'),
  deliverBy: wordsFor(ROW_LABEL_BLOCKS, 'deliverBy'),
  fulfilledBy: wordsFor(ROW_LABEL_BLOCKS, 'fulfilledBy'),
  salesChannel: wordsFor(ROW_LABEL_BLOCKS, 'salesChannel'),
};

export const ROW_LABELS = meaningTable<RowLabel>(meaningsOf(ROW_LABEL_BLOCKS));

/** The field a label names ("Vertriebskanal", "配送方式：", "Sales Channel"), or undefined. */
export function rowLabelOf(text: string | null | undefined): RowLabel | undefined {
  return ROW_LABELS(matchKey(text));
}

/** Marketplaces served by the Seller Central hosts we read, e.g. 'amazon.de'. */
const KNOWN_MARKETPLACES: ReadonlySet<string> = new Set(AMAZON_MARKETPLACES);

/** 'amazon.de' from the sales channel "Amazon.de"; undefined for "Non-Amazon" or anything unknown. */
export function marketplaceFromSalesChannel(text: string | null | undefined): string | undefined {
  // A host name, not a word: its dots matter, so it is compared as written, lower-cased.
  const normalized = displayText(text)
    .toLowerCase()
    .replace(/^www\./u, '');
  return KNOWN_MARKETPLACES.has(normalized) ? normalized : undefined;
}

/** Marketplace host names anywhere in a text ("… Amazon.fr …"), lower-cased, each once. */
const MARKETPLACE_NAME = /\bamazon(?:\.[a-z]{2,3}){1,2}\b/gi;

export function marketplacesNamedIn(text: string | null | undefined): string[] {
  const named = new Set<string>();
  for (const [name] of (text ?? '').matchAll(MARKETPLACE_NAME)) {
    const marketplace = name.toLowerCase();
    if (KNOWN_MARKETPLACES.has(marketplace)) named.add(marketplace);
  }
  return [...named];
}

/**
 * The marketplace a Seller Central host serves by default. The unified EU host serves many
 * marketplaces, so it has none; the Japan host serves only amazon.co.jp.
 */
export function defaultMarketplaceForHost(hostname: string): string | undefined {
  const host = hostname.toLowerCase();
  if (host === 'sellercentral-japan.amazon.com') return 'amazon.co.jp';
  if (!host.startsWith('sellercentral.amazon.')) return undefined;
  const marketplace = host.slice('sellercentral.'.length);
  return KNOWN_MARKETPLACES.has(marketplace) ? marketplace : undefined;
}

/** Phrases that introduce Amazon's own auto-cancel date ("Cancel by …", "will be canceled on …"). */
const AUTO_CANCEL_LEAD = /\b(?:cancel by|will be (?:automatically )?cancell?ed (?:on|by|after))\s*:?\s*(.+)$/i;

/** The text after an auto-cancel phrase (to be parsed as a date), or undefined when there is none. */
export function autoCancelDateText(text: string | null | undefined): string | undefined {
  // Searchable, not a match key: the date after the phrase keeps its dots and colons.
  const match = AUTO_CANCEL_LEAD.exec(searchableText(text).replace(/[.。]$/u, ''));
  return match?.[1];
}
