/**
 * Reader for the Seller Central order details page (`/orders-v3/order/<id>`, legacy
 * `/gp/orders-v2/details?orderID=<id>`). The page is a client-rendered app: until the order id and
 * the item statuses are in the DOM it answers 'not-ready'. It never reads the buyer's address or phone.
 */
import type { OrderSnapshot, Stage } from '../../rules/types';
import type { HintMount, PageReader, ReadResult } from '../types';
import { parseSellerCentralDate } from './dates';
import { ORDER_ID_PATTERN, alertText, firstVisible, isHidden, rootElement } from './page-text';
import { itemTitleOf, textOf } from '../text';
import {
  alert,
  alertHeading,
  appRoot,
  buyerRequestedCancel,
  deliverByValue,
  fulfillmentChannelValue,
  headerActionButtons,
  itemStatusLabel,
  keyValueTable,
  orderIdValue,
  productNameCell,
  purchaseDateValue,
  salesChannelValue,
  shipByValue,
} from './selectors';
import {
  autoCancelDateText,
  defaultMarketplaceForHost,
  fulfilledByFromText,
  isBuyerCancelRequestText,
  isOrderCanceledHeading,
  marketplaceFromSalesChannel,
  stageFromStatusText,
} from './vocabulary';

const AMAZON_ORDER_DETAILS_READER_ID = 'amazon/order-details';

const DETAIL_PATH = /^\/orders-v3\/order\/\d{3}-\d{7}-\d{7}(?:\/|$)/u;
const LEGACY_DETAIL_PATH = '/gp/orders-v2/details';

function orderIdFromUrl(url: URL): string | undefined {
  const fromPath = DETAIL_PATH.test(url.pathname) ? ORDER_ID_PATTERN.exec(url.pathname)?.[0] : undefined;
  return fromPath ?? ORDER_ID_PATTERN.exec(url.searchParams.get('orderID') ?? '')?.[0];
}

/**
 * One stage for the whole order from its item statuses. An unknown word anywhere makes the order
 * unknown: we would rather say "cannot tell" than guess from the words we do know.
 */
export function combineItemStages(stages: readonly Stage[]): Stage {
  if (stages.length === 0 || stages.includes('unknown')) return 'unknown';
  const open = stages.filter((stage) => stage !== 'canceled');
  if (open.length === 0) return 'canceled';
  if (open.includes('awaiting-payment')) return 'awaiting-payment';
  const sent = (stage: Stage) => stage === 'shipped' || stage === 'delivered';
  if (open.every((stage) => stage === 'delivered')) return 'delivered';
  if (open.every(sent)) return 'shipped';
  if (open.every((stage) => stage === 'awaiting-shipment')) return 'awaiting-shipment';
  if (open.some((stage) => sent(stage) || stage === 'partially-shipped')) return 'partially-shipped';
  return 'unknown';
}

/** First header cell of a package table ("Package", "Paket" …), in the UI languages we read. */
const PACKAGE_HEADER = /^(?:package|paket|colis|paquete|pacco|荷物|包裹)/i;

/**
 * A package table lists only the items of one shipment: read alone it would make a partly shipped
 * order look shipped. Told by its first header cell, not its class, so a renamed class does not matter.
 */
function inPackageTable(element: Element): boolean {
  const table = element.closest('table');
  const firstHeader = table?.querySelector('th');
  return firstHeader ? PACKAGE_HEADER.test(textOf(firstHeader)) : false;
}

/**
 * Item statuses of the "Order contents" table only: package tables repeat them (seller-pages.md §6.1).
 * When that table is not recognisable, every visible item status outside package tables; none at all
 * leaves the stage unread rather than taken from a package.
 */
function itemStatusElements(root: ParentNode): Element[] {
  const counted = (elements: Iterable<Element>) => Array.from(elements).filter((element) => !isHidden(element) && !inPackageTable(element));
  for (const table of Array.from(root.querySelectorAll(keyValueTable))) {
    const labels = counted(table.querySelectorAll(itemStatusLabel));
    if (labels.length > 0) return labels;
  }
  return counted(root.querySelectorAll(itemStatusLabel));
}

function visibleAlerts(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(alert.join(','))).filter((element) => !isHidden(element));
}

function mountFor(root: ParentNode): HintMount | null {
  const header = root.querySelector(headerActionButtons);
  if (header) return { anchor: header, where: 'after' };
  const anchor = rootElement(root);
  return anchor ? { anchor, where: 'prepend' } : null;
}

function read(root: ParentNode, url: URL): ReadResult {
  const idElement = firstVisible(root, orderIdValue);
  const idText = textOf(idElement);
  const statusElements = itemStatusElements(root);
  if (idText === '' && statusElements.length === 0) return { status: 'not-ready' };
  if (idElement && idText === '') return { status: 'not-ready' }; // the id's span is there but not filled yet
  if (idElement && statusElements.length === 0) return { status: 'not-ready' };

  const orderId = ORDER_ID_PATTERN.exec(idText)?.[0] ?? orderIdFromUrl(url);
  if (!orderId) {
    return {
      status: 'unreadable',
      missing: ['orderId'],
      note: {
        en: 'This looks like an Amazon order page, but the order number could not be found on it.',
        zh: '这看起来是亚马逊订单页面，但页面上找不到订单编号。',
      },
    };
  }

  const missing: string[] = [];
  const readValue = (selector: string, field: string): string | undefined => {
    const text = textOf(firstVisible(root, selector));
    if (text === '') missing.push(field);
    return text === '' ? undefined : text;
  };
  const dateOf = (selector: string, field: string, role: 'start' | 'deadline'): string | undefined => {
    const text = readValue(selector, field);
    const iso = parseSellerCentralDate(text, role);
    if (text !== undefined && iso === undefined) missing.push(field);
    return iso;
  };

  const statusTexts = statusElements.map((el) => textOf(el));
  const canceledHeading = Array.from(root.querySelectorAll(alertHeading)).find(
    (heading) => !isHidden(heading) && isOrderCanceledHeading(heading.textContent),
  );
  // Amazon shows the "Order canceled" heading only on canceled orders, so it outranks item words.
  const stage = canceledHeading ? 'canceled' : combineItemStages(statusTexts.map(stageFromStatusText));
  if (stage === 'unknown') missing.push('stage');

  const alertTexts = visibleAlerts(root).map(alertText);
  // The detail page's banner, or the request element Manage Orders shows in the status cell if the page carries it
  // too (its class is the evidence, whatever language its text is in; file 15496181388).
  const cancelRequested = alertTexts.some(isBuyerCancelRequestText) || firstVisible(root, buyerRequestedCancel) !== null;
  const autoCancelAt = alertTexts
    .map((text) => parseSellerCentralDate(autoCancelDateText(text), 'deadline'))
    .find((iso) => iso !== undefined);

  const orderedAt = dateOf(purchaseDateValue, 'orderedAt', 'start');
  const shipBy = dateOf(shipByValue, 'shipBy', 'deadline');
  const deliverBy = dateOf(deliverByValue, 'deliverBy', 'deadline');
  const channelText = readValue(fulfillmentChannelValue, 'fulfilledBy');
  const fulfilledBy = fulfilledByFromText(channelText);
  if (channelText !== undefined && fulfilledBy === undefined) missing.push('fulfilledBy');
  const salesChannel = textOf(firstVisible(root, salesChannelValue));
  // A sales channel the page shows decides, even when we cannot read it: the host's marketplace would be a guess.
  const marketplace = salesChannel === '' ? defaultMarketplaceForHost(url.hostname) : marketplaceFromSalesChannel(salesChannel);
  if (!marketplace) missing.push('marketplace');

  const nativeStatus = canceledHeading ? textOf(canceledHeading) : Array.from(new Set(statusTexts)).join(', ');
  // The order contents' product names (package tables repeat them; itemTitleOf keeps each once).
  const itemTitle = itemTitleOf(
    Array.from(root.querySelectorAll(productNameCell)).filter((cell) => !isHidden(cell)),
    'a',
  );
  const snapshot: OrderSnapshot = {
    platform: 'amazon',
    perspective: 'seller',
    orderId,
    stage,
    nativeStatus,
    cancelRequested,
    itemCount: statusElements.length,
    source: { url: url.href, reader: AMAZON_ORDER_DETAILS_READER_ID, missing },
    ...(marketplace && { marketplace }),
    ...(fulfilledBy && { fulfilledBy }),
    ...(orderedAt && { orderedAt }),
    ...(shipBy && { shipBy }),
    ...(deliverBy && { deliverBy }),
    ...(autoCancelAt && { autoCancelAt }),
    ...(itemTitle && { itemTitle }),
  };
  return { status: 'read', orders: [{ snapshot, mount: mountFor(root) }] };
}

export const amazonOrderDetailsReader: PageReader = {
  id: AMAZON_ORDER_DETAILS_READER_ID,
  platform: 'amazon',
  kind: 'detail',
  matches: (url) => DETAIL_PATH.test(url.pathname) || (url.pathname === LEGACY_DETAIL_PATH && url.searchParams.has('orderID')),
  root: (doc) => doc.querySelector(appRoot.join(',')) ?? doc.body,
  read,
};
