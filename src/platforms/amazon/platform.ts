/**
 * Amazon Seller Central: everything the rest of the extension knows about the platform (see PlatformDefinition).
 * Light data only: the worker and the popup read it through the registry, so no reader code is imported here.
 */
import type { Language } from '../../templates/types';
import type { PlatformDefinition } from '../types';
import { amazonOnPage } from './on-page.ts';

/**
 * Every Seller Central host we read. The manifest's match patterns come from this list (vite.config.ts via the
 * registry), so a host is added in one place.
 */
const AMAZON_SELLER_HOSTS = [
  'sellercentral.amazon.com',
  'sellercentral.amazon.ca',
  'sellercentral.amazon.com.mx',
  'sellercentral.amazon.com.br',
  'sellercentral.amazon.co.uk',
  'sellercentral.amazon.de',
  'sellercentral.amazon.fr',
  'sellercentral.amazon.it',
  'sellercentral.amazon.es',
  'sellercentral.amazon.nl',
  'sellercentral.amazon.se',
  'sellercentral.amazon.pl',
  'sellercentral.amazon.com.be',
  'sellercentral.amazon.ie',
  'sellercentral.amazon.com.tr',
  'sellercentral.amazon.ae',
  'sellercentral.amazon.sa',
  'sellercentral.amazon.eg',
  'sellercentral.amazon.in',
  'sellercentral.amazon.co.jp',
  'sellercentral.amazon.com.au',
  'sellercentral.amazon.sg',
  'sellercentral-europe.amazon.com',
  'sellercentral-japan.amazon.com',
] as const;

/** Marketplaces served by one Seller Central host each, e.g. 'amazon.de' (the regional hosts serve several and are left out). */
export const AMAZON_MARKETPLACES: readonly string[] = AMAZON_SELLER_HOSTS.filter((h) => h.startsWith('sellercentral.amazon.')).map((h) =>
  h.slice('sellercentral.'.length),
);

/**
 * The marketplace's language for Amazon. Amazon.ae keeps English (its default site language);
 * Amazon.sa and Amazon.eg write to buyers in Arabic; 'pt' is written as Brazilian Portuguese
 * (Amazon.com.br); the other languages are a switch away.
 */
export function amazonMarketplaceLanguage(marketplace: string | undefined): Language {
  const host = (marketplace ?? '').trim().toLowerCase();
  if (host.endsWith('.de')) return 'de';
  if (host.endsWith('.fr')) return 'fr';
  if (host.endsWith('.es') || host.endsWith('.com.mx')) return 'es';
  if (host.endsWith('.it')) return 'it';
  if (host.endsWith('.co.jp')) return 'ja';
  if (host.endsWith('.com.br')) return 'pt';
  if (host.endsWith('.nl')) return 'nl';
  if (host.endsWith('.pl')) return 'pl';
  if (host.endsWith('.se')) return 'sv';
  if (host.endsWith('.com.tr')) return 'tr';
  if (host.endsWith('.sa') || host.endsWith('.eg')) return 'ar';
  return 'en';
}

export const amazon: PlatformDefinition = {
  ...amazonOnPage,
  matchPatterns: AMAZON_SELLER_HOSTS.map((h) => `https://${h}/*`),
  contentEntry: 'src/platforms/amazon/content.ts',
  // The extension reads Seller Central only: the seller's side.
  perspectives: { seller: { writesTo: 'buyer' } },
  templateLanguages: { buyer: ['en', 'de', 'fr', 'es', 'it', 'ja', 'pt', 'nl', 'pl', 'sv', 'tr', 'ar'] },
  messageLanguage: (snapshot) => amazonMarketplaceLanguage(snapshot.marketplace),
  picker: {
    marketplaces: AMAZON_MARKETPLACES,
    platformFulfilment: { en: 'Fulfilled by Amazon (FBA)', zh: '亚马逊配送（FBA）' },
    facts: [
      {
        id: 'preorder',
        label: { en: 'A pre-order (“Pending availability”)', zh: '预售订单（“待到货”）' },
        stages: ['awaiting-payment'],
        set: { programs: ['preorder'] },
      },
      { id: 'prime', label: { en: 'Seller Fulfilled Prime', zh: '卖家自配送 Prime' }, set: { programs: ['prime'] } },
      { id: 'business', label: { en: 'An Amazon Business order', zh: '亚马逊企业购订单' }, set: { programs: ['business'] } },
      {
        id: 'easy-ship-pickup',
        label: { en: 'Easy Ship, pickup already scheduled', zh: 'Easy Ship，已预约取件' },
        stages: ['awaiting-shipment'],
        set: { programs: ['easy-ship'], pickupScheduled: true },
      },
      {
        id: 'asked-by-message',
        label: { en: 'The buyer asked to cancel in a message, not through Amazon', zh: '买家通过消息（而非亚马逊的取消请求）要求取消' },
        stages: ['awaiting-shipment'],
        set: { buyerAskedByMessage: true },
      },
    ],
  },
};
