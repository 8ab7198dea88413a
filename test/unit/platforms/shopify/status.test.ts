import { describe, expect, it } from 'vitest';
import { parseShopifyDate, readShopifyBadges } from '../../../../src/platforms/shopify/status';

describe('readShopifyBadges', () => {
  it.each([
    [['Paid', 'Unfulfilled'], 'awaiting-shipment', false],
    [['Paid', 'On hold'], 'awaiting-shipment', false],
    [['Paid', 'Scheduled'], 'awaiting-shipment', false],
    [['Partially refunded', 'Unfulfilled'], 'awaiting-shipment', false],
    [['Payment pending', 'Unfulfilled'], 'awaiting-payment', false],
    [['Authorized', 'Unfulfilled'], 'awaiting-payment', false],
    [['Paid', 'In progress'], 'awaiting-shipment', true],
    [['Paid', 'Fulfillment in progress'], 'awaiting-shipment', true],
    [['Paid', 'Request to fulfill accepted'], 'awaiting-shipment', true],
    [['Paid', 'Partially fulfilled'], 'partially-shipped', false],
    [['Paid', 'Fulfilled'], 'shipped', false],
    [['Payment pending', 'Fulfilled'], 'shipped', false],
    [['Voided', 'Unfulfilled', 'Canceled'], 'canceled', false],
    [['Refunded', 'Fulfilled', 'Archived', 'canceled'], 'canceled', false],
    [['Paid'], 'unknown', false],
    [['Paid', 'Fulfilled', 'Unfulfilled'], 'unknown', false],
    [[], 'unknown', false],
  ])('%j → %s', (badges, stage, fulfillmentInProgress) => {
    expect(readShopifyBadges(badges)).toEqual({ stage, fulfillmentInProgress });
  });
});

describe('parseShopifyDate', () => {
  it.each([
    ['May 3, 2025 at 2:14 pm', '2025-05-03T14:14:00'],
    ['May 3, 2025 at 2:14 pm from Online Store', '2025-05-03T14:14:00'],
    ['Dec 31, 2024 at 12:05 am', '2024-12-31T00:05:00'],
    ['January 9, 2025 at 12:00 PM', '2025-01-09T12:00:00'],
    ['Sept 1, 2025 at 17:45', '2025-09-01T17:45:00'],
  ])('%s → %s', (text, iso) => {
    expect(parseShopifyDate(text)).toBe(iso);
  });

  it.each(['', 'Yesterday at 2:14 pm', 'Foo 3, 2025 at 2:14 pm', 'May 3, 2025 at 13:14 pm'])('"%s" → null', (text) => {
    expect(parseShopifyDate(text)).toBeNull();
  });
});
