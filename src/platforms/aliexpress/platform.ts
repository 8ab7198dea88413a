/**
 * AliExpress: everything the rest of the extension knows about the platform (see PlatformDefinition).
 * Light data only: the worker and the popup read it through the registry, so no reader code is imported here.
 */
import type { OrderSnapshot } from '../../rules/types';
import type { Language } from '../../templates/types';
import type { PlatformDefinition } from '../types';
import { aliexpressOnPage } from './on-page.ts';

/** Countries whose AliExpress buyers read one of the seller-message languages other than English. */
const COUNTRY_LANGUAGE: Readonly<Record<string, Language>> = {
  BR: 'pt',
  PT: 'pt',
  ES: 'es',
  MX: 'es',
  CL: 'es',
  CO: 'es',
  AR: 'es',
  PE: 'es',
  UY: 'es',
  FR: 'fr',
  BE: 'fr',
  LU: 'fr',
  RU: 'ru',
  BY: 'ru',
  KZ: 'ru',
};
/** Country sites of the AliExpress shop front (es.aliexpress.com, aliexpress.ru …). */
const SITE_LANGUAGE: ReadonlyArray<readonly [RegExp, Language]> = [
  [/^(?:www\.)?aliexpress\.ru$|^ru\.aliexpress\./, 'ru'],
  [/^es\.aliexpress\./, 'es'],
  [/^fr\.aliexpress\./, 'fr'],
  [/^pt\.aliexpress\.|aliexpress\.com\.br$/, 'pt'],
];

/**
 * The AliExpress buyer's language: from the ship-to country the seller page shows, else from the
 * country site the order came through; English only when neither is known.
 */
export function aliexpressBuyerLanguage(snapshot: Pick<OrderSnapshot, 'buyerCountry' | 'marketplace'>): Language {
  const country = typeof snapshot.buyerCountry === 'string' ? snapshot.buyerCountry.trim().toUpperCase() : '';
  const byCountry = COUNTRY_LANGUAGE[country];
  if (byCountry !== undefined) return byCountry;
  const host = (snapshot.marketplace ?? '').trim().toLowerCase();
  for (const [site, language] of SITE_LANGUAGE) if (site.test(host)) return language;
  return 'en';
}

/**
 * Buyer pages ("My Orders", used by dropshippers buying from a supplier) live on the shopping hosts;
 * the seller centre lives on gsp (older) and csp (cross-border) micro-apps.
 */
const ALIEXPRESS_BUYER_HOSTS = [
  'www.aliexpress.com',
  'www.aliexpress.us',
  'www.aliexpress.ru',
  'aliexpress.ru',
  'es.aliexpress.com',
  'fr.aliexpress.com',
  'de.aliexpress.com',
  'it.aliexpress.com',
  'nl.aliexpress.com',
  'pt.aliexpress.com',
  'pl.aliexpress.com',
  'ja.aliexpress.com',
  'ko.aliexpress.com',
  'ar.aliexpress.com',
  'th.aliexpress.com',
  'vi.aliexpress.com',
  'he.aliexpress.com',
  'tr.aliexpress.com',
] as const;

const ALIEXPRESS_SELLER_HOSTS = ['gsp.aliexpress.com', 'csp.aliexpress.com'] as const;

/** The buyer order pages (list and detail) sit under this path on every buyer host. */
const BUYER_ORDER_PATH = '/p/order/';

export function isAliexpressBuyerHost(hostname: string): boolean {
  return (ALIEXPRESS_BUYER_HOSTS as readonly string[]).includes(hostname.toLowerCase());
}

export function isAliexpressSellerHost(hostname: string): boolean {
  return (ALIEXPRESS_SELLER_HOSTS as readonly string[]).includes(hostname.toLowerCase());
}

export const aliexpress: PlatformDefinition = {
  ...aliexpressOnPage,
  matchPatterns: [
    ...ALIEXPRESS_BUYER_HOSTS.map((h) => `https://${h}${BUYER_ORDER_PATH}*`),
    ...ALIEXPRESS_SELLER_HOSTS.map((h) => `https://${h}/*`),
  ],
  contentEntry: 'src/platforms/aliexpress/content.ts',
  perspectives: { seller: { writesTo: 'buyer' }, buyer: { writesTo: 'supplier', dropshipping: true } },
  // To the store's buyers in their language; to a supplier in English or Chinese.
  templateLanguages: { buyer: ['en', 'es', 'fr', 'pt', 'ru'], supplier: ['en', 'zh'] },
  // A seller writes to the buyer in the buyer's language; a dropshipper writes to the supplier in English.
  messageLanguage: (snapshot, audience) => (audience === 'buyer' ? aliexpressBuyerLanguage(snapshot) : 'en'),
  picker: {
    facts: [
      {
        id: 'no-tracking',
        label: { en: 'Marked shipped, but no tracking number shown', zh: '已标记发货，但没有物流单号' },
        perspectives: ['buyer'],
        stages: ['shipped'],
        set: { trackingNumberShown: false },
      },
      {
        id: 'ended-never-paid',
        label: { en: 'It closed because it was never paid', zh: '因未付款而关闭' },
        stages: ['closed', 'canceled'],
        set: { endReason: 'buyer_pay_timeout' },
      },
      {
        id: 'ended-not-shipped-in-time',
        label: { en: 'It closed because the seller did not ship in time', zh: '因卖家未按时发货而关闭' },
        stages: ['closed', 'canceled'],
        set: { endReason: 'seller_send_goods_timeout' },
      },
      {
        id: 'ended-risk',
        label: { en: 'It was closed by risk control', zh: '被风控关闭' },
        stages: ['closed', 'canceled'],
        set: { endReason: 'risk_reject_closed' },
      },
      {
        id: 'ended-dispute-refund',
        label: { en: 'It closed with a refund through a dispute', zh: '通过纠纷退款后关闭' },
        stages: ['closed', 'canceled'],
        set: { endReason: 'seller_accept_issue_no_goods_return' },
      },
      {
        id: 'ended-dispute-lost',
        label: { en: 'It closed after a dispute the seller did not answer in time', zh: '卖家未及时回应纠纷后关闭' },
        stages: ['closed', 'canceled'],
        set: { endReason: 'seller_response_issue_timeout' },
      },
    ],
  },
};
