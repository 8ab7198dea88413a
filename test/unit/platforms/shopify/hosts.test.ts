import { describe, expect, it } from 'vitest';
import { shopify } from '../../../../src/platforms/shopify/platform';
import { shopifyOrderIdFromUrl, shopifyOrderReader } from '../../../../src/platforms/shopify/order';

describe('Shopify hosts', () => {
  it('injects on the whole store admin (an SPA), so in-app navigation to an order is covered', () => {
    expect(shopify.matchPatterns).toEqual(['https://admin.shopify.com/store/*', 'https://*.myshopify.com/admin/*']);
  });

  it.each([
    ['https://admin.shopify.com/store/demo-store-7/orders/5551234567890', '5551234567890'],
    ['https://admin.shopify.com/store/demo-store-7/orders/5551234567890/', '5551234567890'],
    ['https://demo-legacy-shop.myshopify.com/admin/orders/42', '42'],
  ])('%s is an order page', (href, id) => {
    expect(shopifyOrderIdFromUrl(new URL(href))).toBe(id);
    expect(shopifyOrderReader.matches(new URL(href))).toBe(true);
  });

  it.each([
    'https://admin.shopify.com/store/demo-store-7/orders',
    'https://admin.shopify.com/store/demo-store-7/orders/5551234567890/refund',
    'https://admin.shopify.com/store/demo-store-7/draft_orders/123',
    'https://demo.myshopify.com/admin/products/42',
    'https://evil.example/store/x/orders/1',
    'http://admin.shopify.com/store/demo-store-7/orders/1',
  ])('%s is not', (href) => {
    expect(shopifyOrderReader.matches(new URL(href))).toBe(false);
  });
});
