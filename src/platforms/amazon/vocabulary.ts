/**
 * The words Seller Central prints, in the UI languages we read, mapped to our vocabularies.
 * Words are compared by `matchKey` (case, width, accents, punctuation and spacing folded), and the
 * patterns below are written in that folded form. An unknown word is 'unknown' / undefined: we
 * never guess what a status we have not seen means.
 */
import type { FulfilledBy, Stage } from '../../rules/types';
import { displayText, matchKey, searchableText } from '../text';
import { AMAZON_MARKETPLACES } from './platform';

/** Word → meaning by `matchKey`. Two words that fold to one key must mean the same: a table that says otherwise throws. */
function table<T>(entries: ReadonlyArray<readonly [T, readonly string[]]>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of entries) {
    for (const word of words) {
      const key = matchKey(word);
      if (map.has(key) && map.get(key) !== value) throw new Error(`vocabulary: "${word}" means two things`);
      map.set(key, value);
    }
  }
  return map;
}

/** Item and order status words (EN, DE, FR, ES, IT, JA, ZH). */
const STATUS_STAGES = table<Stage>([
  ['awaiting-shipment', ['Unshipped', 'Nicht versandt', 'Non expédié', 'Non expédiée', 'No enviado', 'No enviada', 'Non spedito', '未出荷', '未发货']],
  ['awaiting-payment', ['Pending', 'Pending availability', 'Ausstehend', 'En attente', 'Pendiente', 'In sospeso', '保留中', '等待中']],
  ['shipped', ['Shipped', 'Versandt', 'Expédié', 'Expédiée', 'Enviado', 'Enviada', 'Spedito', '出荷済み', '已发货']],
  ['partially-shipped', ['Partially shipped', 'Teilweise versandt', 'Partiellement expédié', 'Enviado parcialmente', 'Spedito parzialmente', '一部出荷済み', '部分发货', '部分已发货']],
  ['delivered', ['Delivered', 'Zugestellt', 'Livré', 'Livrée', 'Entregado', 'Consegnato', '配達済み', '已送达', '已妥投']],
  ['canceled', ['Canceled', 'Cancelled', 'Storniert', 'Annulé', 'Annulée', 'Cancelado', 'Cancelada', 'Annullato', 'キャンセル済み', '已取消']],
]);

/** Stage for one status word; 'unknown' when the word is not one we know. */
export function stageFromStatusText(text: string | null | undefined): Stage {
  return STATUS_STAGES.get(matchKey(text)) ?? 'unknown';
}

/**
 * The buyer-requested-cancellation banner. Amazon spells it "canceled … cancelation rate" on JP/DE
 * pages and "cancelled … cancellation rate" elsewhere (seller-pages.md §1.5), so both are matched.
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

/** Order-level "Order canceled" alert headings (the ES one is used by public scripts, seller-pages.md §1.3). */
const ORDER_CANCELED_HEADINGS = new Set(
  ['Order canceled', 'Order cancelled', 'Bestellung storniert', 'Commande annulée', 'Pedido cancelado', 'Ordine annullato', '注文キャンセル済み', '订单已取消'].map(matchKey),
);

export function isOrderCanceledHeading(text: string | null | undefined): boolean {
  return ORDER_CANCELED_HEADINGS.has(matchKey(text));
}

const FULFILMENT_CHANNELS = table<FulfilledBy>([
  ['merchant', ['Seller', 'Merchant', 'Verkäufer', 'Vendeur', 'Vendedor', 'Venditore', '出品者', '卖家', 'MFN', 'FBM', 'Fulfilled by Merchant', 'Fulfilled by seller']],
  ['platform', ['Amazon', 'AFN', 'FBA', 'Fulfilled by Amazon', 'Versand durch Amazon', 'Expédié par Amazon', '亚马逊', '亚马逊配送']],
]);

/** 'merchant' (MFN) or 'platform' (FBA) from the fulfilment channel value; undefined when unknown. */
export function fulfilledByFromText(text: string | null | undefined): FulfilledBy | undefined {
  return FULFILMENT_CHANNELS.get(matchKey(text));
}

/** Marketplaces served by the Seller Central hosts we read, e.g. 'amazon.de'. */
const KNOWN_MARKETPLACES: ReadonlySet<string> = new Set(AMAZON_MARKETPLACES);

/** 'amazon.de' from the sales channel "Amazon.de"; undefined for "Non-Amazon" or anything unknown. */
export function marketplaceFromSalesChannel(text: string | null | undefined): string | undefined {
  // A host name, not a word: its dots matter, so it is compared as written, lower-cased.
  const normalized = displayText(text).toLowerCase().replace(/^www\./u, '');
  return KNOWN_MARKETPLACES.has(normalized) ? normalized : undefined;
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
