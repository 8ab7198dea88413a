import type { PageReader } from '../types';
import { readOrderDetail } from './read';

/**
 * One bought order: the legacy trade.1688.com/order/new_step_order_detail.htm?orderId=… and
 * the current air.1688.com/app/ctf-page/trade-order-detail/…?orderId=….
 */
export const buyerOrderDetailReader: PageReader = {
  id: '1688/buyer-order-detail',
  platform: '1688',
  kind: 'detail',
  matches: (url) =>
    (url.hostname === 'trade.1688.com' && url.pathname === '/order/new_step_order_detail.htm') ||
    (url.hostname === 'air.1688.com' && url.pathname.startsWith('/app/ctf-page/trade-order-detail/')),
  root: (doc) => doc.body,
  read: (root, url) => readOrderDetail(root, url, '1688/buyer-order-detail', 'buyer'),
};
