import type { PageReader } from '../types';
import { readOrderList, readOrderRows } from './read';

/**
 * The seller's sold-orders list: trade.1688.com/order/seller_order_list.htm, and the same list
 * opened inside the work.1688.com workbench. No public scraper shows the workbench's own URL
 * or markup (seller-pages.md §3.4), so it is matched by the list's page name only.
 */
export const sellerOrderListReader: PageReader = {
  id: '1688/seller-order-list',
  platform: '1688',
  kind: 'list',
  matches: (url) =>
    (url.hostname === 'trade.1688.com' && url.pathname === '/order/seller_order_list.htm') ||
    (url.hostname === 'work.1688.com' && `${url.pathname}${url.search}${url.hash}`.includes('seller_order_list')),
  root: (doc) => doc.body,
  read: (root, url) => readOrderList(root, url, '1688/seller-order-list', 'seller'),
  readRows: (root, url) => readOrderRows(root, url, '1688/seller-order-list', 'seller'),
};
