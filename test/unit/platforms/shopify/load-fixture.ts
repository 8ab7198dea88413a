import type { FixtureShopify } from '../../../../src/platforms/shopify/selectors';
import { loadFixture, type LoadedFixture } from '../dom-fixtures';

export const FIXTURES_SHOPIFY: FixtureShopify[] = [
  'unfulfilled-paid',
  'unfulfilled-paid-v2',
  'unfulfilled-paid-de',
  'payment-pending',
  'fulfillment-in-progress',
  'partially-fulfilled',
  'fulfilled',
  'canceled',
  'skeleton',
];

/** A saved Shopify admin order page (no shadow DOM on these pages). */
export const loadShopify = (name: FixtureShopify): LoadedFixture => loadFixture('shopify', name);
