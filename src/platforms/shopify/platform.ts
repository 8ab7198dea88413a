/**
 * Shopify admin: everything the rest of the extension knows about the platform (see PlatformDefinition).
 * Light data only: the worker and the popup read it through the registry, so no reader code is imported here.
 */
import type { PlatformDefinition } from '../types';
import { shopifyOnPage } from './on-page.ts';

/** The current admin (admin.shopify.com/store/<store>/…) and the legacy per-shop admin (<shop>.myshopify.com/admin/…). */
export const SHOPIFY_ADMIN_HOST = 'admin.shopify.com';
export const SHOPIFY_LEGACY_HOST_SUFFIX = '.myshopify.com';

export const shopify: PlatformDefinition = {
  ...shopifyOnPage,
  /*
   * The whole store admin, not only `/orders/<id>`: the admin is a single-page app, and a content script is injected
   * only on a full page load, so a seller who opens the admin home and then clicks into an order would otherwise get
   * no hint. The reader's `matches()` is what restricts reading to order pages.
   */
  matchPatterns: [`https://${SHOPIFY_ADMIN_HOST}/store/*`, `https://*${SHOPIFY_LEGACY_HOST_SUFFIX}/admin/*`],
  contentEntry: 'src/platforms/shopify/content.ts',
  // The store owner's admin only; a store writes to its own customers.
  perspectives: { seller: { writesTo: 'customer' } },
  templateLanguages: { customer: ['en', 'de', 'fr', 'es'] },
  picker: {
    facts: [
      {
        id: 'authorized',
        label: { en: 'Payment authorized, not captured yet', zh: '付款已授权，尚未扣款' },
        stages: ['awaiting-payment', 'awaiting-shipment'],
        set: { paymentStatus: 'authorized' },
      },
      {
        id: 'partially-paid',
        label: { en: 'Partially paid', zh: '部分付款' },
        stages: ['awaiting-payment', 'awaiting-shipment'],
        set: { paymentStatus: 'partially-paid' },
      },
      {
        id: 'fulfillment-in-progress',
        label: { en: 'Fulfillment in progress at an app or service', zh: '应用或服务正在履约' },
        stages: ['awaiting-shipment'],
        set: { fulfillmentInProgress: true },
      },
      { id: 'return-in-progress', label: { en: 'A return is in progress', zh: '退货处理中' }, set: { returnInProgress: true } },
    ],
  },
};
