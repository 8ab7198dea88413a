/**
 * Reader for Seller Central Manage Orders (`/orders-v3/mfn/unshipped`, `/orders-v3/mfn/shipped`,
 * `/orders-v3/fba/…`, search results): one ReadOrder per order row of `#orders-table`.
 *
 * Column positions differ between views (seller-pages.md §1.4), so nothing is read by position:
 * the order id comes from a 3-7-7 pattern in the row's links, the dates and channels from their
 * "Label: value" lines. A buyer-cancellation banner is a row of its own directly above its order.
 * Speed matters (hundreds of rows on every re-render): queries are scoped to the row, text is read
 * with textContent/nodeValue (never innerText, which forces layout), and only the cells holding
 * labels are split into lines.
 */
import type { FulfilledBy, OrderSnapshot } from '../../rules/types';
import type { PageReader, ReadOrder, ReadResult } from '../types';
import { parseSellerCentralDate } from './dates';
import { ORDER_ID_PATTERN, alertText, isHidden, textOf } from './page-text';
import { alert, appRoot, mainStatus, ordersTable, productNameCell, secondaryStatus, totalOrdersHeading } from './selectors';
import {
  defaultMarketplaceForHost,
  fulfilledByFromText,
  isBuyerCancelRequestText,
  marketplaceFromSalesChannel,
  normalizeText,
  stageFromStatusText,
} from './vocabulary';

export const AMAZON_MANAGE_ORDERS_READER_ID = 'amazon/manage-orders';

type RowField = 'shipBy' | 'deliverBy' | 'fulfilledBy' | 'salesChannel';

/** "Label: value" lines in a row (English UI; other UIs leave these fields missing, never guessed). */
const ROW_LABELS: ReadonlyArray<readonly [RegExp, RowField]> = [
  [/^ship by date\s*:\s*/iu, 'shipBy'],
  [/^deliver by date\s*:\s*/iu, 'deliverBy'],
  [/^fulfil{1,2}ment method\s*:\s*/iu, 'fulfilledBy'],
  [/^sales channel\s*:\s*/iu, 'salesChannel'],
];

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, written out: the reader needs no window globals
const ALERT_SELECTOR = alert.join(',');

/** The class name of a single-class selector such as '.myo-list-orders-product-name-cell' (checked at load). */
function classOf(selector: string): string {
  if (!/^\.[\w-]+$/u.test(selector)) throw new Error(`not a single-class selector: ${selector}`);
  return selector.slice(1);
}
const PRODUCT_CELL_CLASS = classOf(productNameCell);

/** Elements whose text forms one line; inline elements (span, a, b) join the line they sit in. */
const LINE_ELEMENTS = new Set(['DIV', 'TD', 'TH', 'TR', 'LI', 'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'TABLE']);

/** What a row holds, gathered once per row. */
interface RowScan {
  orderId?: string;
  /** Text lines (one per block element) of the cells that hold "Label: value" lines. */
  lines: string[];
  mainStatus?: Element;
  secondaryStatusText: string;
  productCells: number;
  alerts: Element[];
}

/** A cheap test on a cell's whole text before it is split into lines. */
const ANY_ROW_LABEL = /ship by date|deliver by date|fulfil{1,2}ment method|sales channel/iu;

/** A cell's text as lines, one per block element, in one walk over its text nodes. */
function cellLines(cell: Element, lines: string[]): void {
  const walker = cell.ownerDocument.createTreeWalker(cell, SHOW_TEXT);
  let currentBlock: Element | null = null;
  let current = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (text.trim() === '') continue; // indentation between tags: most text nodes, nothing to read
    let block = node.parentElement;
    while (block && block !== cell && !LINE_ELEMENTS.has(block.tagName)) block = block.parentElement;
    if (block !== currentBlock) {
      if (current !== '') lines.push(current.replace(/\s+/gu, ' ').trim());
      current = '';
      currentBlock = block;
    }
    current += ` ${text}`;
  }
  if (current !== '') lines.push(current.replace(/\s+/gu, ' ').trim());
}

function orderIdOfRow(row: Element): string | undefined {
  const links = row.getElementsByTagName('a');
  for (let index = 0; index < links.length; index += 1) {
    const link = links[index] as Element;
    const id = ORDER_ID_PATTERN.exec(link.getAttribute('href') ?? '')?.[0] ?? ORDER_ID_PATTERN.exec(link.textContent ?? '')?.[0];
    if (id) return id;
  }
  return undefined;
}

/**
 * Native queries scoped to the row, and a line split only of the cells that hold labels: walking
 * every node of every row in script costs more than the rest of the read together.
 */
function scanRow(row: Element): RowScan {
  const lines: string[] = [];
  const cells = row.children;
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index] as Element;
    if (ANY_ROW_LABEL.test(cell.textContent ?? '')) cellLines(cell, lines);
  }
  const orderId = orderIdOfRow(row);
  const status = row.querySelector(mainStatus);
  return {
    ...(orderId && { orderId }),
    lines,
    ...(status && { mainStatus: status }),
    secondaryStatusText: textOf(row.querySelector(secondaryStatus)),
    productCells: row.getElementsByClassName(PRODUCT_CELL_CLASS).length,
    alerts: Array.from(row.querySelectorAll(ALERT_SELECTOR)),
  };
}

function labelledValues(lines: readonly string[]): Partial<Record<RowField, string>> {
  const values: Partial<Record<RowField, string>> = {};
  lines.forEach((line, index) => {
    for (const [pattern, field] of ROW_LABELS) {
      if (values[field] !== undefined || !pattern.test(line)) continue;
      // The value sits after the label on the same line, or on the next line when it has its own block.
      const value = line.replace(pattern, '').trim() || (lines[index + 1] ?? '');
      if (value !== '') values[field] = value;
    }
  });
  return values;
}

/**
 * A banner row ("The buyer has requested that this order be canceled…") above its order row. The
 * banner may hold a link with the order id, so an alert inside the row decides before the id does.
 */
function isBuyerCancelBannerRow(row: Element, scan: RowScan): boolean {
  if (scan.alerts.length > 0) {
    return scan.alerts.some((element) => !isHidden(element) && isBuyerCancelRequestText(alertText(element)));
  }
  return scan.orderId === undefined && isBuyerCancelRequestText(textOf(row));
}

function readRow(row: Element, scan: RowScan, orderId: string, url: URL, bannerAbove: boolean): ReadOrder {
  const missing: string[] = [];
  const nativeStatus = textOf(scan.mainStatus);
  const stage = stageFromStatusText(nativeStatus);
  if (stage === 'unknown') missing.push('stage');
  const cancelRequested = bannerAbove || isBuyerCancelRequestText(scan.secondaryStatusText);

  const values = labelledValues(scan.lines);
  const shipBy = parseSellerCentralDate(values.shipBy, 'deadline');
  const deliverBy = parseSellerCentralDate(values.deliverBy, 'deadline');
  const fulfilledBy = fulfilledByFromText(values.fulfilledBy) ?? fulfilledByFromListPath(url.pathname);
  const marketplace = marketplaceFromSalesChannel(values.salesChannel) ?? defaultMarketplaceForHost(url.hostname);
  if (!shipBy) missing.push('shipBy');
  if (!deliverBy) missing.push('deliverBy');
  if (!fulfilledBy) missing.push('fulfilledBy');
  if (!marketplace) missing.push('marketplace');
  // The list shows the order date as "2 hours ago" plus a date whose order (M/D or D/M) depends on the locale.
  missing.push('orderedAt');

  const snapshot: OrderSnapshot = {
    platform: 'amazon',
    perspective: 'seller',
    orderId,
    stage,
    nativeStatus,
    cancelRequested,
    source: { url: url.href, reader: AMAZON_MANAGE_ORDERS_READER_ID, missing },
    ...(marketplace && { marketplace }),
    ...(fulfilledBy && { fulfilledBy }),
    ...(shipBy && { shipBy }),
    ...(deliverBy && { deliverBy }),
    ...(scan.productCells > 0 && { itemCount: scan.productCells }),
  };
  const anchor = scan.mainStatus?.closest('td') ?? row.lastElementChild;
  return { snapshot, mount: anchor ? { anchor, where: 'append' } : null };
}

/**
 * The list's own tab says who fulfils every row on it: `/orders-v3/mfn/…` lists seller-fulfilled
 * orders, `/orders-v3/fba/…` Amazon-fulfilled ones. Used only when the row has no label of its own.
 */
export function fulfilledByFromListPath(pathname: string): FulfilledBy | undefined {
  if (/^\/orders-v3\/mfn(\/|$)/u.test(pathname)) return 'merchant';
  if (/^\/orders-v3\/fba(\/|$)/u.test(pathname)) return 'platform';
  return undefined;
}

/** The table's body rows, by walking children (cheaper than a selector query, and nested tables are skipped). */
function orderTableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const body of Array.from(table.children)) {
    if (body.tagName !== 'TBODY') continue;
    for (const row of Array.from(body.children)) if (row.tagName === 'TR') rows.push(row);
  }
  return rows;
}

/** The list says "0 orders" when the filter matches nothing; until then an empty table is still loading. */
function tableSaysNoOrders(root: ParentNode): boolean {
  const heading = textOf(root.querySelector(totalOrdersHeading));
  return /^0(?!\d)/u.test(normalizeText(heading));
}

function read(root: ParentNode, url: URL): ReadResult {
  const table = root.querySelector(ordersTable);
  if (!table) return { status: 'not-ready' };
  const orders: ReadOrder[] = [];
  let bannerAbove = false;
  for (const row of orderTableRows(table)) {
    const scan = scanRow(row);
    if (isBuyerCancelBannerRow(row, scan)) {
      bannerAbove = true;
      continue;
    }
    if (scan.orderId) orders.push(readRow(row, scan, scan.orderId, url, bannerAbove));
    bannerAbove = false; // a banner belongs only to the row directly below it
  }
  if (orders.length === 0 && !tableSaysNoOrders(root)) return { status: 'not-ready' };
  return { status: 'read', orders };
}

const LIST_PATH = /^\/orders-v3(?:\/|$)/u;
const DETAIL_PATH = /^\/orders-v3\/order\//u;

export const amazonManageOrdersReader: PageReader = {
  id: AMAZON_MANAGE_ORDERS_READER_ID,
  platform: 'amazon',
  kind: 'list',
  matches: (url) => LIST_PATH.test(url.pathname) && !DETAIL_PATH.test(url.pathname),
  root: (doc) => doc.querySelector(appRoot.join(',')) ?? doc.body,
  read,
};
