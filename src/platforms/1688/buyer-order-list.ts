import type { PageReader } from '../types';
import { readOrderList } from './read';

/** trade.1688.com/order/buyer_order_list.htm: orders the seller bought from suppliers. */
export const buyerOrderListReader: PageReader = {
  id: '1688/buyer-order-list',
  platform: '1688',
  kind: 'list',
  matches: (url) => url.hostname === 'trade.1688.com' && url.pathname === '/order/buyer_order_list.htm',
  // The body, not an app root: the current page renders its rows inside shadow roots, which an
  // observer on a narrower light-DOM subtree would not see either.
  root: (doc) => doc.body,
  read: (root, url) => readOrderList(root, url, '1688/buyer-order-list', 'buyer'),
};
