import type { PageReader } from '../types';
import { readOrderList, readOrderRows } from './read';

/**
 * trade.1688.com/order/buyer_order_list.htm, and the current list on air.1688.com
 * (/app/ctf-page/trade-order-list/buyer-order-list.html: the URL a puppeteer scraper and a Python extractor open,
 * search index files 17596771592, 63600624455): orders the seller bought from suppliers.
 */
const CURRENT_LIST_PATH = '/app/ctf-page/trade-order-list/buyer-order-list.html';

export const buyerOrderListReader: PageReader = {
  id: '1688/buyer-order-list',
  platform: '1688',
  kind: 'list',
  matches: (url) =>
    (url.hostname === 'trade.1688.com' && url.pathname === '/order/buyer_order_list.htm') ||
    (url.hostname === 'air.1688.com' && url.pathname === CURRENT_LIST_PATH),
  // The body, not an app root: the current page renders its rows inside shadow roots, which an
  // observer on a narrower light-DOM subtree would not see either.
  root: (doc) => doc.body,
  read: (root, url) => readOrderList(root, url, '1688/buyer-order-list', 'buyer'),
  readRows: (root, url) => readOrderRows(root, url, '1688/buyer-order-list', 'buyer'),
};
