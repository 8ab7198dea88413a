/** What a page sample of a Shopify admin page keeps (see ../page-words.ts): the badges, and the order page's headings. */
import type { PageWords } from '../page-words';
import { matchKey } from '../text';
import { BADGES } from './status';

/** Headings and buttons of the order page (the fixtures under test/fixtures/shopify/ show them), not read by the reader. */
const PAGE_HEADINGS = [
  'Orders',
  'Order',
  'Customer',
  'Contact information',
  'Shipping address',
  'Billing address',
  'Notes',
  'Timeline',
  'Subtotal',
  'Shipping',
  'Taxes',
  'Total',
  'Paid',
  'Refund',
  'Restock',
  'Return',
  'Edit',
  'More actions',
  'Cancel order',
  'Fulfill item',
  'Fulfill items',
  'Create shipping label',
  'Mark as paid',
  'Collect payment',
  'Print',
  'Duplicate',
  'Archive',
  'Unarchive',
  'Tags',
  'Conversion summary',
  'Order risk',
];

export const pageWords: PageWords = {
  words: [...BADGES.keys()].map(matchKey).concat(PAGE_HEADINGS.map(matchKey)),
  patterns: [],
  pathWords: ['store', 'orders', 'admin'],
};
