/**
 * 'aliexpress/buyer-order-detail': one order from the buyer's side (`/p/order/detail.html?orderId=…`). The status
 * block has no documented class, so the status is found by vocabulary (status-in-page.ts); the order id comes from
 * the URL, else from the "Order ID" info row.
 */
import type { PageReader, ReadResult } from '../types';
import { isAliexpressBuyerHost } from './platform';
import { findLabeledOrderDate, findLabeledOrderIds, orderIdFromHref } from './labels';
import { captchaResult, clockOf, deadlineIn, hasCaptcha, isLoading, type ReaderOptions } from './page-state';
import { textOf } from '../text';
import { scopeOf, WITHOUT_LINKS } from './page-text';
import { buildSnapshot, buyerMarketplace, statusFromFinding } from './snapshot';
import { findStatusWord } from './status-in-page';

const BUYER_ORDER_DETAIL_ID = 'aliexpress/buyer-order-detail';
const DETAIL_PATH = '/p/order/detail.html';

export function createBuyerOrderDetailReader(options: ReaderOptions = {}): PageReader {
  const now = clockOf(options);
  return {
    id: BUYER_ORDER_DETAIL_ID,
    platform: 'aliexpress',
    kind: 'detail',
    matches: (url) => isAliexpressBuyerHost(url.hostname) && url.pathname === DETAIL_PATH,
    root: (doc) => doc.body,
    read(root, url): ReadResult {
      const scope = scopeOf(root);
      const text = textOf(scope, WITHOUT_LINKS);
      const labeledId = findLabeledOrderIds(text)[0];
      const orderId = orderIdFromHref(url.href, url) ?? labeledId;
      const finding = findStatusWord(scope);
      const rendered = labeledId !== undefined || finding.kind !== 'none';
      if (!rendered) {
        if (hasCaptcha(scope)) return captchaResult(orderId);
        if (isLoading(scope) || orderId !== undefined) return { status: 'not-ready' };
      }
      if (orderId === undefined) {
        return {
          status: 'unreadable',
          missing: ['orderId'],
          note: {
            en: 'This order page shows no order number, neither in the address nor on the page.',
            zh: '此订单页面的网址和页面上都没有订单号。',
          },
        };
      }
      return {
        status: 'read',
        orders: [
          {
            snapshot: buildSnapshot({
              reader: BUYER_ORDER_DETAIL_ID,
              perspective: 'buyer',
              url,
              orderId,
              status: statusFromFinding(finding, text),
              orderedAt: findLabeledOrderDate(text),
              deadlineAt: deadlineIn(text, now),
              marketplace: buyerMarketplace(url),
            }),
            mount: finding.kind === 'found' ? { anchor: finding.word.element, where: 'after' } : null,
          },
        ],
      };
    },
  };
}
