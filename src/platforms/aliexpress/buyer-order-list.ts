/**
 * 'aliexpress/buyer-order-list': the buyer's "My Orders" list (`/p/order/index.html`), read by a dropshipper who
 * buys from a supplier. Cards render after load and more arrive with "View orders"; every read reads all cards
 * present and changes nothing on the page, so reading again after more cards arrive is safe.
 */
import type { PageReader, ReadEnd, ReadOrder, ReadResult } from '../types';
import { readAllRows } from '../read-rows';
import { isAliexpressBuyerHost } from './platform';
import { findLabeledOrderDate, findLabeledOrderIds, orderIdFromHref } from './labels';
import { captchaResult, clockOf, deadlineInElement, hasCaptcha, isLoading, type ReaderOptions } from './page-state';
import { itemTitleOf, searchableText, textOf } from '../text';
import { scopeOf, SPACED, WITHOUT_LINKS } from './page-text';
import { CARD_HEADER, CARD_INFO, CARD_PRODUCT_IMAGE, CARD_PRODUCT_NAME, CARD_STATUS, DETAIL_LINK, ORDER_CARD } from './selectors';
import { buildSnapshot, buyerMarketplace, statusRead } from './snapshot';

const BUYER_ORDER_LIST_ID = 'aliexpress/buyer-order-list';
const LIST_PATH = '/p/order/index.html';

function readCard(card: Element, url: URL, now: () => Date): ReadOrder | null {
  const info = card.querySelector(CARD_INFO);
  const infoText = info ? textOf(info, SPACED) : '';
  const link = card.querySelector(DETAIL_LINK);
  const orderId = findLabeledOrderIds(infoText)[0] ?? orderIdFromHref(link?.getAttribute('href') ?? '', url);
  if (orderId === undefined) return null;
  const statusEl = card.querySelector(CARD_STATUS);
  const nativeStatus = searchableText(statusEl?.textContent ?? '');
  // The card's text without its links, read only for an ended order's reason: most cards of a list need none.
  let text: string | undefined;
  const cardText = (): string => (text ??= textOf(card, WITHOUT_LINKS));
  const header = card.querySelector(CARD_HEADER);
  const lines = card.querySelectorAll(CARD_PRODUCT_IMAGE).length;
  return {
    snapshot: buildSnapshot({
      reader: BUYER_ORDER_LIST_ID,
      perspective: 'buyer',
      url,
      orderId,
      status: statusRead(nativeStatus, cardText),
      orderedAt: findLabeledOrderDate(infoText),
      deadlineAt: deadlineInElement(card, now),
      itemCount: lines > 0 ? lines : undefined,
      itemTitle: itemTitleOf(card.querySelectorAll(CARD_PRODUCT_NAME)),
      marketplace: buyerMarketplace(url),
    }),
    mount: { anchor: header ?? card, where: 'append' },
  };
}

export function createBuyerOrderListReader(options: ReaderOptions = {}): PageReader {
  const now = clockOf(options);
  /** The cards in order; the end says why none could be read. */
  function* readRows(root: ParentNode, url: URL): Generator<ReadOrder, ReadEnd, void> {
    const scope = scopeOf(root);
    const cards = Array.from(scope.querySelectorAll(ORDER_CARD));
    let read = 0;
    for (const card of cards) {
      const order = readCard(card, url, now);
      if (!order) continue;
      read += 1;
      yield order;
    }
    if (read > 0) return { status: 'read' };
    // A captcha is only in the way when no order shows; a dismissed overlay can linger hidden next to real cards.
    if (hasCaptcha(scope)) return captchaResult();
    if (cards.length === 0 || isLoading(scope)) return { status: 'not-ready' };
    return {
      status: 'unreadable',
      missing: ['orderId'],
      note: {
        en: 'The order cards on this page show no order number that could be read.',
        zh: '此页面的订单卡片上读不到订单号。',
      },
    };
  }
  return {
    id: BUYER_ORDER_LIST_ID,
    platform: 'aliexpress',
    kind: 'list',
    matches: (url) => isAliexpressBuyerHost(url.hostname) && url.pathname === LIST_PATH,
    // The list app's mount point is not documented; the body is the one root known to exist.
    root: (doc) => doc.body,
    read(root, url): ReadResult {
      return readAllRows(readRows(root, url));
    },
    readRows,
  };
}
