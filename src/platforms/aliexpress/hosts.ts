/**
 * Every AliExpress host we read. The manifest's match patterns are built from these lists, so the
 * content-script matches and the readers' URL tests never disagree; a host is added in one place.
 *
 * Buyer pages ("My Orders", used by dropshippers buying from a supplier) live on the shopping hosts;
 * the seller centre lives on gsp (older) and csp (cross-border) micro-apps.
 */
export const ALIEXPRESS_BUYER_HOSTS = [
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

export const ALIEXPRESS_SELLER_HOSTS = ['gsp.aliexpress.com', 'csp.aliexpress.com'] as const;

/** The buyer order pages (list and detail) sit under this path on every buyer host. */
export const ALIEXPRESS_BUYER_ORDER_PATH = '/p/order/';

export const aliexpressBuyerMatchPatterns = (): string[] =>
  ALIEXPRESS_BUYER_HOSTS.map((h) => `https://${h}${ALIEXPRESS_BUYER_ORDER_PATH}*`);

export const aliexpressSellerMatchPatterns = (): string[] => ALIEXPRESS_SELLER_HOSTS.map((h) => `https://${h}/*`);

export function isAliexpressBuyerHost(hostname: string): boolean {
  return (ALIEXPRESS_BUYER_HOSTS as readonly string[]).includes(hostname.toLowerCase());
}

export function isAliexpressSellerHost(hostname: string): boolean {
  return (ALIEXPRESS_SELLER_HOSTS as readonly string[]).includes(hostname.toLowerCase());
}
