/**
 * The words Seller Central prints, in the UI languages we read, mapped to our vocabularies.
 * Words are compared by `matchKey` (case, width, accents, punctuation and spacing folded), and the
 * patterns below are written in that folded form. An unknown word is 'unknown' / undefined: we
 * never guess what a status we have not seen means.
 */
import type { FulfilledBy, Stage } from '../../rules/types';
import { taughtStage } from '../taught-words';
import { displayText, matchKey, meaningTable, searchableText } from '../text';
import { AMAZON_MARKETPLACES } from './platform';

/*
 * Sources, as cited in docs/reader-evidence.md ("help": Seller Central help in that language; "capture": public code
 * that reads the live page; "issue": issue 14; "weak": a translated guide, a synonym to accept, not proof):
 * ref = shared/reference/seller-pages.md. Words without a mark are the older tables' (ref §1.7 for English).
 */

/** Item and order status words, by language. */
const STATUS_STAGES = meaningTable<Stage>([
  // en: Pending, Unshipped, Shipped, Canceled (UI), PartiallyShipped, PendingAvailability (SP-API): capture, ref §1.7
  ['awaiting-shipment', ['Unshipped']],
  ['awaiting-payment', ['Pending', 'Pending availability']],
  ['shipped', ['Shipped']],
  ['partially-shipped', ['Partially shipped']],
  ['delivered', ['Delivered']],
  ['canceled', ['Canceled', 'Cancelled']],
  // de: "Nicht versendet", "Ausstehend", "storniert", "versendet": help 200200040 de_DE, 200141600 de_DE; "versandt" is
  // the other correct participle (older fixture details-unshipped-de.html)
  ['awaiting-shipment', ['Nicht versendet', 'Nicht versandt']],
  ['awaiting-payment', ['Ausstehend']],
  ['shipped', ['Versendet', 'Versandt']],
  ['partially-shipped', ['Teilweise versendet', 'Teilweise versandt']],
  ['delivered', ['Zugestellt']],
  ['canceled', ['Storniert']],
  // fr: "En attente", "Non expédiée": help GRXAS2XTAYEF77BG fr_FR, salest.io/fr quoting it; the masculine forms and
  // "Expédiée"/"Annulée" are the older tables' (not found in help)
  ['awaiting-shipment', ['Non expédiée', 'Non expédié']],
  ['awaiting-payment', ['En attente']],
  ['shipped', ['Expédié', 'Expédiée']],
  ['partially-shipped', ['Partiellement expédié']],
  ['delivered', ['Livré', 'Livrée']],
  ['canceled', ['Annulé', 'Annulée']],
  // es: "Pendiente", "No enviado": help 200143560 es_MX, salest.io/es
  ['awaiting-shipment', ['No enviado', 'No enviada']],
  ['awaiting-payment', ['Pendiente']],
  ['shipped', ['Enviado', 'Enviada']],
  ['partially-shipped', ['Enviado parcialmente']],
  ['delivered', ['Entregado']],
  ['canceled', ['Cancelado', 'Cancelada']],
  // it: "In sospeso", "Non spediti"/"Non spedito", "spediti", "annullati": help 200141600, 200495750,
  // GRXAS2XTAYEF77BG it_IT (the help writes plurals; the page writes one order's status)
  ['awaiting-shipment', ['Non spedito', 'Non spediti']],
  ['awaiting-payment', ['In sospeso']],
  ['shipped', ['Spedito', 'Spediti']],
  ['partially-shipped', ['Spedito parzialmente']],
  ['delivered', ['Consegnato']],
  ['canceled', ['Annullato', 'Annullati']],
  // ja: 保留中, 未出荷, キャンセル済み: help G200200040; 出荷済み: help 6MB2B6CQFZ528X3 ja_JP and a seller's guide to the
  // 注文管理 page (aucfan.com/times/archives/4108, which also shows 未出荷)
  ['awaiting-shipment', ['未出荷']],
  ['awaiting-payment', ['保留中']],
  ['shipped', ['出荷済み']],
  ['partially-shipped', ['一部出荷済み']],
  ['delivered', ['配達済み']],
  ['canceled', ['キャンセル済み']],
  // zh: 待处理 (Pending), 未发货 (Unshipped), written 【待处理】 in the help (brackets fold away): help mirrored at
  // boobastic.com/news/13033, issue 14; the rest are the older table's
  ['awaiting-shipment', ['未发货']],
  ['awaiting-payment', ['待处理', '等待中']],
  ['shipped', ['已发货']],
  ['partially-shipped', ['部分发货', '部分已发货']],
  ['delivered', ['已送达', '已妥投']],
  ['canceled', ['已取消']],
  // pl: "niewysłane" (unshipped): help 200198080 pl_PL
  ['awaiting-shipment', ['Niewysłane']],
  // tr: "Beklemede" (Pending): weak, mostathmr.com/tr
  ['awaiting-payment', ['Beklemede']],
  // pt-BR, nl, sv, ko, ar and the rest: not found (docs/reader-evidence.md); they stay unknown until taught.
]);

/**
 * Stage for one status word: the built-in table, then the words the person taught for Amazon; 'unknown' when the
 * word is in neither. Whole words only: "Nicht versendet" must never read as "versendet".
 */
export function stageFromStatusText(text: string | null | undefined): Stage {
  return STATUS_STAGES.get(matchKey(text)) ?? taughtStage('amazon', text) ?? 'unknown';
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
const BUYER_CANCEL_PATTERNS: readonly RegExp[] = [
  /\bbuyer has requested (?:that )?this order be cancell?ed\b/u,
  /\bbuyer requested cancell?ation\b/u,
  /kaufer hat (?:die |eine )?stornierung (?:dieser|der) bestellung (?:beantragt|angefordert)/u,
  /acheteur a demande (?:l )?annulation de (?:cette|la) commande/u,
  /comprador ha solicitado (?:la )?cancelacion de(?:l| este)? pedido/u,
  /acquirente ha richiesto (?:l annullamento|la cancellazione) d(?:i questo|ell) ?ordine/u,
  /購入者がこの注文のキャンセルを(?:リクエスト|依頼|要求)しました/u,
  /买家已?(?:申请|请求|要求)取消(?:此|该|这个)?订单/u,
];

export function isBuyerCancelRequestText(text: string | null | undefined): boolean {
  const key = matchKey(text);
  return key !== '' && BUYER_CANCEL_PATTERNS.some((pattern) => pattern.test(key));
}

/**
 * What the status cell's request element (`.buyer-requested-cancel`) says: "Buyer cancellation" and the line
 * "Cancellation reason: <reason>" (capture: an order-sync extension matches exactly these, file 15496181388).
 * Only read inside that element or the status cell: a reason line elsewhere could be a past order's.
 */
const STATUS_CELL_REQUEST_PATTERNS: readonly RegExp[] = [/(?:^| )buyer cancell?ation(?: |$)/u, /(?:^| )cancell?ation reason(?: |$)/u];

export function isStatusCellRequestText(text: string | null | undefined): boolean {
  const key = matchKey(text);
  return key !== '' && (isBuyerCancelRequestText(text) || STATUS_CELL_REQUEST_PATTERNS.some((pattern) => pattern.test(key)));
}

/** Order-level "Order canceled" alert headings (the ES one is used by public scripts, seller-pages.md §1.3). */
const ORDER_CANCELED_HEADINGS = new Set(
  [
    'Order canceled',
    'Order cancelled',
    'Bestellung storniert',
    'Commande annulée',
    'Pedido cancelado',
    'Ordine annullato',
    '注文キャンセル済み',
    '订单已取消',
  ].map(matchKey),
);

export function isOrderCanceledHeading(text: string | null | undefined): boolean {
  return ORDER_CANCELED_HEADINGS.has(matchKey(text));
}

/** Fulfilment channel values, by language. */
const FULFILMENT_CHANNELS = meaningTable<FulfilledBy>([
  // en: "Seller" / "Amazon" (capture, ref §6.1); "Merchant" (order reports, file 44222434000); "Seller Fulfilled"
  // (issue 14); MFN/AFN/FBA/FBM (SP-API and reports)
  ['merchant', ['Seller', 'Merchant', 'Seller Fulfilled', 'Fulfilled by Merchant', 'Fulfilled by seller', 'MFN', 'FBM']],
  ['platform', ['Amazon', 'Fulfilled by Amazon', 'AFN', 'FBA']],
  // de: "Versand durch Amazon" (help 200141600 de_DE); "Versand durch Verkäufer" is its seller counterpart, not
  // captured, read because its every word is evidenced and it cannot mean Amazon
  ['merchant', ['Verkäufer', 'Versand durch Verkäufer']],
  ['platform', ['Versand durch Amazon']],
  // fr: "Expédié par Amazon" (help 200332450 fr_FR); "Vendeur" is the older table's
  ['merchant', ['Vendeur']],
  ['platform', ['Expédié par Amazon']],
  // es: "Logística de Amazon" (help 200143560 es_MX); "Vendedor" is the older table's
  ['merchant', ['Vendedor']],
  ['platform', ['Logística de Amazon']],
  // it: "Logistica di Amazon" (help 200141600 it_IT)
  ['merchant', ['Venditore']],
  ['platform', ['Logistica di Amazon']],
  // ja: 出品者出荷 (help G201817070 ja_JP)
  ['merchant', ['出品者', '出品者出荷']],
  // zh: 卖家自行配送 (MFN), 亚马逊配送 (AFN): Amazon's Chinese MWS docs, files 3781576743, 4828627914
  ['merchant', ['卖家', '卖家自行配送']],
  ['platform', ['亚马逊', '亚马逊配送']],
]);

/** 'merchant' (MFN) or 'platform' (FBA) from the fulfilment channel value; undefined when unknown. */
export function fulfilledByFromText(text: string | null | undefined): FulfilledBy | undefined {
  return FULFILMENT_CHANNELS.get(matchKey(text));
}

/** The list's row labels, by field and language. Compared by `matchKey`, so case, accents and the colon do not matter. */
export type RowLabel = 'shipBy' | 'deliverBy' | 'fulfilledBy' | 'salesChannel';
export const ROW_LABEL_WORDS: Readonly<Record<RowLabel, readonly string[]>> = {
  // en: capture, file 66703854200 (the one-l spelling on amazon.in); ref §1.4
  shipBy: ['Ship by date'],
  deliverBy: ['Deliver by date'],
  fulfilledBy: [
    'Fulfillment method',
    'Fulfilment method',
    // de "Versandmethode": help 200141600 de_DE; es "método de gestión logística": help 200143560 es_MX;
    // zh 配送方式: Chinese MWS docs (files 3781576743, 4828627914), issue 14
    'Versandmethode',
    'Método de gestión logística',
    '配送方式',
  ],
  salesChannel: [
    'Sales channel',
    // de "Vertriebskanal": help 200141600 de_DE; es "canal de venta": help 200143560 es_MX; it "Canale di vendita":
    // help 200141600 it_IT; zh 销售渠道: Chinese MWS docs
    'Vertriebskanal',
    'Canal de venta',
    'Canale di vendita',
    '销售渠道',
  ],
};
// fr "Canal de vente"/"Mode d'expédition", ja labels and the other languages' labels: not found.

const ROW_LABELS = meaningTable<RowLabel>(Object.entries(ROW_LABEL_WORDS) as [RowLabel, readonly string[]][]);

/** The field a label names ("Vertriebskanal", "配送方式：", "Sales Channel"), or undefined. */
export function rowLabelOf(text: string | null | undefined): RowLabel | undefined {
  return ROW_LABELS.get(matchKey(text));
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
const MARKETPLACE_NAME = /\bamazon(?:\.[a-z]{2,3}){1,2}\b/giu;

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
const AUTO_CANCEL_LEAD = /\b(?:cancel by|will be (?:automatically )?cancell?ed (?:on|by|after))\s*:?\s*(.+)$/iu;

/** The text after an auto-cancel phrase (to be parsed as a date), or undefined when there is none. */
export function autoCancelDateText(text: string | null | undefined): string | undefined {
  // Searchable, not a match key: the date after the phrase keeps its dots and colons.
  const match = AUTO_CANCEL_LEAD.exec(searchableText(text).replace(/[.。]$/u, ''));
  return match?.[1];
}
