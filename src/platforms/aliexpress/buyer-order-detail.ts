/**
 * 'aliexpress/buyer-order-detail': one order from the buyer's side (`/p/order/detail.html?orderId=…`). The status
 * block has no documented class, so the status is found by vocabulary (status-in-page.ts); the order id comes from
 * the URL, else from the "Order ID" info row.
 */
import type { Stage } from '../../rules/types';
import type { PageReader, ReadResult } from '../types';
import { showsTrackingNumber } from './tracking';
import { isAliexpressBuyerHost } from './platform';
import { findLabeledOrderDate, findLabeledOrderIds, orderIdFromHref } from './labels';
import { captchaResult, clockOf, deadlineIn, hasCaptcha, isLoading, type ReaderOptions } from './page-state';
import { itemTitleOf, textOf } from '../text';
import { DETAIL_PRODUCT_NAME } from './selectors';
import { scopeOf, WITHOUT_LINKS } from './page-text';
import { buildSnapshot, buyerMarketplace, statusFromFinding } from './snapshot';
import { findStatusWord } from './status-in-page';

const BUYER_ORDER_DETAIL_ID = 'aliexpress/buyer-order-detail';
const DETAIL_PATH = '/p/order/detail.html';

/**
 * `trackingNumberShown` for a shipped order: true when the page shows a number, false when the rendered page (its
 * order-info rows are there) shows none. Before shipment, or on a page not rendered yet, it is left out: the rule
 * that reads it is about a shipped order without a number, and "not rendered" is not "none".
 */
function trackingFact(scope: ParentNode, stage: Stage, rendered: boolean): boolean | undefined {
  if (stage !== 'shipped') return undefined;
  if (showsTrackingNumber(scope)) return true;
  return rendered ? false : undefined;
}

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
      const status = statusFromFinding(finding, text);
      const snapshot = buildSnapshot({
        reader: BUYER_ORDER_DETAIL_ID,
        perspective: 'buyer',
        url,
        orderId,
        status,
        orderedAt: findLabeledOrderDate(text),
        deadlineAt: deadlineIn(text, now),
        itemTitle: itemTitleOf(scope.querySelectorAll(DETAIL_PRODUCT_NAME)),
        marketplace: buyerMarketplace(url),
      });
      const tracking = trackingFact(scope, status.stage, labeledId !== undefined);
      return {
        status: 'read',
        orders: [
          {
            snapshot: tracking === undefined ? snapshot : { ...snapshot, trackingNumberShown: tracking },
            mount: finding.kind === 'found' ? { anchor: finding.word.element, where: 'after' } : null,
          },
        ],
      };
    },
  };
}
