/** What a page sample of a Seller Central page keeps (see ../page-words.ts): the readers' tables, and the page's headings. */
import { keysOf } from '../coverage';
import type { PageWords } from '../page-words';
import { matchKey } from '../text';
import { AMAZON_MARKETPLACES } from './platform';
import {
  BUYER_CANCEL_PATTERNS,
  FULFILMENT_VALUE_WORDS,
  ORDER_CANCELED_HEADING_WORDS,
  ROW_LABEL_BLOCKS,
  STATUS_CELL_REQUEST_PATTERNS,
  STATUS_WORDS,
} from './vocabulary';

/**
 * Headings, column names and buttons of the order pages (the fixtures under test/fixtures/amazon/ show them): not read
 * by any reader, but a sample without them is hard to turn into a fixture.
 */
const PAGE_HEADINGS = [
  'Order details',
  'Order ID',
  'Order contents',
  'Order summary',
  'Ship to',
  'Ship by',
  'Deliver by',
  'Purchase date',
  'Shipping service',
  'Fulfillment',
  'Sales channel',
  'Status',
  'Quantity',
  'Unit price',
  'Proceeds',
  'Product name',
  'Image',
  'Order date',
  'Customer option',
  'Actions',
  'Cancel order',
  'Confirm shipment',
  'Buy shipping',
  'Print packing slip',
  'Refund order',
  'Contact Buyer',
  'Phone',
  'Address Type',
  'Residential',
  'Commercial',
  'Manage Orders',
  'Go back to Manage Orders',
  'Copy',
  'Home',
  'Orders',
  'Help',
  'Search',
  'Package',
  'Packages',
  'Carrier',
  'Contents',
  'Item subtotal',
  'Shipping total',
  'Item total',
  'Promotion',
  'orders',
  'Standard',
  'Expedited',
  'Buyer cancellation',
  'Cancellation reason',
];

export const pageWords: PageWords = {
  words: [
    ...keysOf(STATUS_WORDS),
    ...ORDER_CANCELED_HEADING_WORDS.map(matchKey),
    ...keysOf(FULFILMENT_VALUE_WORDS),
    ...keysOf(ROW_LABEL_BLOCKS),
    ...AMAZON_MARKETPLACES.map(matchKey),
    ...PAGE_HEADINGS.map(matchKey),
  ],
  patterns: [...BUYER_CANCEL_PATTERNS, ...STATUS_CELL_REQUEST_PATTERNS].map((entry) => entry.pattern),
  pathWords: [
    'orders-v3',
    'order',
    'mfn',
    'afn',
    'fba',
    'all',
    'unshipped',
    'pending',
    'shipped',
    'canceled',
    'search',
    'gp',
    'orders-v2',
    'details',
  ],
};
