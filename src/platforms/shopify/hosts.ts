/**
 * Shopify admin hosts: the current admin (admin.shopify.com/store/<store>/…) and the legacy
 * per-shop admin (<shop>.myshopify.com/admin/…).
 *
 * The match patterns cover the whole store admin, not only `/orders/<id>`: the admin is a
 * single-page app, and a content script is injected only on a full page load, so a seller who
 * opens the admin home and then clicks into an order would otherwise get no hint. The reader's
 * `matches()` is what restricts reading to order pages.
 */
export const SHOPIFY_ADMIN_HOST = 'admin.shopify.com';
export const SHOPIFY_LEGACY_HOST_SUFFIX = '.myshopify.com';

export const shopifyMatchPatterns = (): string[] => [
  `https://${SHOPIFY_ADMIN_HOST}/store/*`,
  `https://*${SHOPIFY_LEGACY_HOST_SUFFIX}/admin/*`,
];

const ADMIN_ORDER_PATH = /^\/store\/([^/]+)\/orders\/(\d+)\/?$/;
const LEGACY_ORDER_PATH = /^\/admin\/orders\/(\d+)\/?$/;

/** The numeric order id from a Shopify admin order-page URL; null on any other page. */
export function shopifyOrderIdFromUrl(url: URL): string | null {
  if (url.protocol !== 'https:') return null;
  if (url.hostname === SHOPIFY_ADMIN_HOST) return ADMIN_ORDER_PATH.exec(url.pathname)?.[2] ?? null;
  if (url.hostname.endsWith(SHOPIFY_LEGACY_HOST_SUFFIX)) return LEGACY_ORDER_PATH.exec(url.pathname)?.[1] ?? null;
  return null;
}
