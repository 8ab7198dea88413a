/**
 * What the Shopify reader relies on: element names and roles only, never Polaris class names
 * (they carry build hashes such as `Polaris-Page-Header__Row_375v7` and change with every
 * admin release). Each selector has a `<NAME>_` twin: how many elements it must match in each
 * saved page under test/fixtures/shopify/ (test/unit/platforms/shopify/selectors.test.ts).
 */

export type FixtureShopify =
  | 'unfulfilled-paid'
  | 'unfulfilled-paid-v2'
  | 'unfulfilled-paid-de'
  | 'payment-pending'
  | 'fulfillment-in-progress'
  | 'partially-fulfilled'
  | 'fulfilled'
  | 'canceled'
  | 'skeleton';

type Counts = Readonly<Record<FixtureShopify, number>>;

/** The admin's page area (Polaris Frame's `<main>`), present before the order renders. */
export const MAIN = 'main, [role="main"]';
export const MAIN_: Counts = {
  'unfulfilled-paid': 1,
  'unfulfilled-paid-v2': 1,
  'unfulfilled-paid-de': 1,
  'payment-pending': 1,
  'fulfillment-in-progress': 1,
  'partially-fulfilled': 1,
  fulfilled: 1,
  canceled: 1,
  skeleton: 1,
};

/** The order name ("#1001"); the badges and the date sit next to it in the page header. */
export const ORDER_TITLE = 'h1';
export const ORDER_TITLE_: Counts = {
  'unfulfilled-paid': 1,
  'unfulfilled-paid-v2': 1,
  'unfulfilled-paid-de': 1,
  'payment-pending': 1,
  'fulfillment-in-progress': 1,
  'partially-fulfilled': 1,
  fulfilled: 1,
  canceled: 1,
  skeleton: 0,
};

/**
 * Headings other than the title belong to the cards below the page header. The header region
 * is found by climbing from the title and stops before any ancestor holding one of these, so
 * the "Unfulfilled (2)" card, the notes and the timeline dates never count as the order's.
 */
export const OTHER_HEADING = 'h2, h3, h4, h5, h6, [role="heading"]';
export const OTHER_HEADING_: Counts = {
  'unfulfilled-paid': 3,
  'unfulfilled-paid-v2': 3,
  'unfulfilled-paid-de': 3,
  'payment-pending': 3,
  'fulfillment-in-progress': 3,
  'partially-fulfilled': 3,
  fulfilled: 3,
  canceled: 3,
  skeleton: 0,
};

/**
 * And at most this many ancestors above the title (title → title-with-metadata wrapper →
 * title wrapper → header row → page header, plus a wrapper a redesign may add).
 */
export const HEADER_CLIMB = 5;
