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
import type { PageReader, ReadEnd, ReadOrder } from '../types';
import { readAllRows } from '../read-rows';
import { parseSellerCentralDate } from './dates';
import { displayText, itemTitleOf, textOf } from '../text';
import { HIDDEN_SELECTOR, ORDER_ID_PATTERN, alertText, isHidden, isHiddenElement } from './page-text';
import {
  alert,
  appRoot,
  buyerRequestedCancel,
  mainStatus,
  ordersTable,
  productNameCell,
  secondaryStatus,
  totalOrdersHeading,
} from './selectors';
import {
  defaultMarketplaceForHost,
  fulfilledByFromText,
  isBuyerCancelRequestText,
  isStatusCellRequestText,
  mayNameRequest,
  marketplaceFromSalesChannel,
  marketplacesNamedIn,
  rowLabelOf,
  ROW_LABEL_WORDS,
  stageFromStatusText,
  type RowLabel,
} from './vocabulary';

const AMAZON_MANAGE_ORDERS_READER_ID = 'amazon/manage-orders';

type RowField = RowLabel;

/**
 * The row labels as patterns over a line's raw text: every language's words from the vocabulary, also without their
 * accents, case-insensitive; which field a found label names is then decided by `rowLabelOf` (matchKey). Longer words
 * first, so "Fulfillment method" is not cut at a shorter label. Without the `u` flag: a case-insensitive Unicode
 * pattern costs a part of a millisecond to compile on every page load (test/unit/platforms/regex-flags.test.ts).
 * Built at the first row, so an order's own page never builds them.
 */
interface LabelPatterns {
  /** "Label: value" at the start of a line; the colon may be full-width ("配送方式：") or spaced ("Canal de venta :"). */
  line: RegExp;
  /** Text that starts with a label (the colon may follow in a sibling, as in `<b>Ship by date</b>: …`). */
  start: RegExp;
  /** A label anywhere in an element's text: worth descending into. */
  any: RegExp;
  /** Every naming of a label in a row's text, for counting. */
  everywhere: RegExp;
}

let patterns: LabelPatterns | null = null;

function labelPatterns(): LabelPatterns {
  if (patterns) return patterns;
  // Each word once: most have no accents to drop, and a pattern twice as long is slower on every row's text.
  const words = new Set(
    Object.values(ROW_LABEL_WORDS)
      .flat()
      .flatMap((word) => [word, word.normalize('NFD').replace(/[\u0300-\u036f]/gu, '')]),
  );
  const alternatives = [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|');
  patterns = {
    line: new RegExp(`^\\s*(${alternatives})\\s*[:：]\\s*`, 'i'),
    start: new RegExp(`^\\s*(?:${alternatives})`, 'i'),
    any: new RegExp(alternatives, 'i'),
    everywhere: new RegExp(alternatives, 'gi'),
  };
  return patterns;
}

/** Does `text` start with a row label? */
const startsWithLabel = (text: string): boolean => labelPatterns().start.test(text);

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
  values: Partial<Record<RowField, string>>;
  /** Marketplace names ("Amazon.fr") anywhere in the row, looked for only when no sales-channel label was read. */
  marketplacesNamed: readonly string[];
  mainStatus?: Element;
  secondaryStatusText: string;
  /** The status cell holds a buyer's request (`.buyer-requested-cancel`, "Cancellation reason: …"). */
  statusCellRequest: boolean;
  productCells: number;
  /** The product names shown in the row (OrderSnapshot.itemTitle). */
  itemTitle?: string;
  alerts: Element[];
}

/** The line an element sits in: itself when it is a block, else its nearest block ancestor inside the row. */
function blockOf(element: Element, row: Element): Element {
  let block: Element | null = element;
  while (block && block !== row && !LINE_ELEMENTS.has(block.tagName)) block = block.parentElement;
  return block ?? row;
}

/** Whether an element holds lines of its own (block children): then it is not one line. */
function hasLineChild(element: Element): boolean {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (LINE_ELEMENTS.has(child.tagName)) return true;
  }
  return false;
}

/** A block's own line: its text without the text of the blocks nested in it. */
function lineText(block: Element): string {
  if (!hasLineChild(block)) return displayText(block.textContent ?? '');
  let text = '';
  for (const child of block.childNodes as unknown as Iterable<Node>) {
    if (child.nodeType === 1 && LINE_ELEMENTS.has((child as Element).tagName)) continue;
    text += child.textContent ?? '';
  }
  return displayText(text);
}

/**
 * Finds the label lines under `element` by descending only into children whose text holds a label,
 * and reads each line with one textContent: no walk over every text node, which cost as much as
 * reading every cell's text (hundreds of rows on every re-render). An element with blocks inside is
 * several lines, so it is descended into even when its text starts with a label.
 */
function readLabelLines(element: Element, row: Element, values: Partial<Record<RowField, string>>): void {
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    const text = child.textContent ?? '';
    if (!labelPatterns().any.test(text)) continue;
    if (hasLineChild(child)) readLabelLines(child, row, values);
    else if (startsWithLabel(text)) readLabelLine(child, row, values);
  }
}

/**
 * A label line: the block the label sits in (a label in a `<span>` is one line with the value after
 * it). A line that only holds the label (`<div>Label:</div><div>value</div>`) takes its value from
 * the next line.
 */
function readLabelLine(labelElement: Element, row: Element, values: Partial<Record<RowField, string>>): number {
  const block = blockOf(labelElement, row);
  const line = lineText(block);
  const found = labelPatterns().line.exec(line);
  const field = found ? rowLabelOf(found[1]) : undefined;
  if (!found || !field || values[field] !== undefined) return 0;
  const value = line.slice(found[0].length).trim() || nextLine(labelElement, block);
  if (value === '') return 0;
  values[field] = value;
  return 1;
}

/** How often the row's text names each label. */
function labelCounts(rowText: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [name] of rowText.matchAll(labelPatterns().everywhere)) {
    const key = rowLabelOf(name) ?? name;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * The shortcut for the usual row, where each label is a `<span>` of its own ("Ship by date:"):
 * the row's spans are short, so testing them costs far less than building the text of every cell
 * on the way down (the full search below; hundreds of rows on every load). It answers only when the
 * row names each label exactly once and each named label sits at the start of a span with no
 * elements inside, whose line starts with the label and yields its value; otherwise null, and the
 * row is searched in full. Its reading is then the full search's, with one difference: a label line
 * set inside an inline element after other text of its cell (`<td>x <a><div><span>Ship by date:` …) is
 * read here, where the full search, which only descends into elements holding lines, misses it.
 */
function readLabelsInSpans(row: Element, rowText: string): Partial<Record<RowField, string>> | null {
  const counts = labelCounts(rowText);
  const values: Partial<Record<RowField, string>> = {};
  if (counts.size === 0) return values;
  for (const count of counts.values()) if (count !== 1) return null;
  const spans = row.getElementsByTagName('span');
  let found = 0;
  for (let index = 0; index < spans.length && found < counts.size; index += 1) {
    const span = spans[index] as Element;
    if (!startsWithLabel(span.textContent ?? '')) continue;
    if (span.firstElementChild !== null) return null;
    const set = readLabelLine(span, row, values);
    if (set === 0) return null;
    found += set;
  }
  return found === counts.size ? values : null;
}

/** A row's label lines: by the span shortcut when it answers, else by the full search. */
function readRowLabels(row: Element, rowText: string): Partial<Record<RowField, string>> {
  const shortcut = readLabelsInSpans(row, rowText);
  if (shortcut) return shortcut;
  const values: Partial<Record<RowField, string>> = {};
  readLabelLines(row, row, values);
  return values;
}

/** The first line after a label that has a line of its own: inside its block, or after it; never another label. */
function nextLine(labelElement: Element, block: Element): string {
  for (let element: Element | null = labelElement; element; element = element === block ? null : element.parentElement) {
    for (let sibling = element.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      if (element !== block && !LINE_ELEMENTS.has(sibling.tagName)) continue; // inline: part of the label's own line
      const text = lineText(sibling);
      if (text !== '') return startsWithLabel(text) ? '' : text;
    }
  }
  return '';
}

function orderIdOfLink(link: Element): string | undefined {
  return ORDER_ID_PATTERN.exec(link.getAttribute('href') ?? '')?.[0] ?? ORDER_ID_PATTERN.exec(link.textContent ?? '')?.[0];
}

function orderIdOfRow(row: Element): string | undefined {
  const links = row.getElementsByTagName('a');
  for (let index = 0; index < links.length; index += 1) {
    const id = orderIdOfLink(links[index] as Element);
    if (id) return id;
  }
  return undefined;
}

/**
 * The alerts of the table, by body row, from one query over the whole table: most rows have none,
 * and 500 row-scoped queries cost more than one over the table.
 */
function alertsByRow(table: Element): Map<Element, Element[]> {
  const byRow = new Map<Element, Element[]>();
  for (const found of Array.from(table.querySelectorAll(ALERT_SELECTOR))) {
    let row: Element | null = found;
    while (row && row.parentElement?.parentElement !== table) row = row.parentElement;
    if (!row) continue;
    const list = byRow.get(row);
    if (list) list.push(found);
    else byRow.set(row, [found]);
  }
  return byRow;
}

/** Native queries scoped to the row; text is read only down the elements that hold labels. */
function scanRow(row: Element, alerts: ReadonlyMap<Element, Element[]>): RowScan {
  const rowText = row.textContent ?? '';
  const values = readRowLabels(row, rowText);
  const orderId = orderIdOfRow(row);
  const status = row.querySelector(mainStatus);
  const productCells = row.getElementsByClassName(PRODUCT_CELL_CLASS);
  const itemTitle = itemTitleOf(Array.from(productCells), 'a');
  return {
    ...(orderId && { orderId }),
    values,
    marketplacesNamed: values.salesChannel === undefined ? marketplacesNamedIn(rowText) : [],
    ...(status && { mainStatus: status }),
    secondaryStatusText: textOf(row.querySelector(secondaryStatus)),
    statusCellRequest: statusCellShowsRequest(row, status),
    productCells: productCells.length,
    ...(itemTitle && { itemTitle }),
    alerts: alerts.get(row) ?? [],
  };
}

/**
 * A buyer's request inside the row's status cell: the request element (its class is the evidence, whatever language
 * its text is in), or the cell's own words for it. Hidden copies (preloaded popovers) do not count.
 */
function statusCellShowsRequest(row: Element, status: Element | null): boolean {
  const element = row.querySelector(buyerRequestedCancel);
  if (element && !isHidden(element)) return true;
  const cell = status && cellOf(status, row);
  // The cell's visible text is walked for only when its raw text may name a request.
  return cell && mayNameRequest(cell.textContent ?? '') ? isStatusCellRequestText(visibleText(cell)) : false;
}

/** An element's text without its hidden parts (preloaded popovers, templates), text nodes kept apart by a space. */
function visibleText(element: Element): string {
  if (element.querySelector(HIDDEN_SELECTOR) === null) return textOf(element, { separator: ' ' });
  const parts: string[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
    else if (child.nodeType === 1 && !isHiddenElement(child as Element)) parts.push(visibleText(child as Element));
  }
  return displayText(parts.join(' '));
}

/**
 * The marketplace an order was sold on. The sales channel's value decides when its label was read. When it was not
 * (a label in a language we do not know), the host's marketplace is used only if the row names no other one: an
 * EU account lists every EU marketplace's orders, and a wrong marketplace is worse than none.
 */
function marketplaceOfRow(scan: RowScan, url: URL): string | undefined {
  if (scan.values.salesChannel !== undefined) return marketplaceFromSalesChannel(scan.values.salesChannel);
  const host = defaultMarketplaceForHost(url.hostname);
  return scan.marketplacesNamed.every((named) => named === host) ? host : undefined;
}

/**
 * A banner row ("The buyer has requested that this order be canceled…") above its order row. The
 * banner may hold a link with the order id, so an alert inside the row decides before the id does.
 */
function isBuyerCancelBannerRow(row: Element, scan: RowScan): boolean {
  if (scan.alerts.length > 0) {
    return scan.alerts.some((element) => isBuyerCancelRequestText(alertText(element)) && !isHidden(element));
  }
  return scan.orderId === undefined && isBuyerCancelRequestText(textOf(row));
}

function readRow(row: Element, scan: RowScan, orderId: string, url: URL, bannerAbove: boolean): ReadOrder {
  const missing: string[] = [];
  const nativeStatus = textOf(scan.mainStatus);
  const stage = stageFromStatusText(nativeStatus);
  if (stage === 'unknown') missing.push('stage');
  const cancelRequested = bannerAbove || scan.statusCellRequest || isBuyerCancelRequestText(scan.secondaryStatusText);

  const { values } = scan;
  const shipBy = parseSellerCentralDate(values.shipBy, 'deadline');
  const deliverBy = parseSellerCentralDate(values.deliverBy, 'deadline');
  const fulfilledBy = fulfilledByFromText(values.fulfilledBy) ?? fulfilledByFromListPath(url.pathname);
  const marketplace = marketplaceOfRow(scan, url);
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
    ...(scan.itemTitle && { itemTitle: scan.itemTitle }),
  };
  const anchor = (scan.mainStatus && cellOf(scan.mainStatus, row)) ?? row.lastElementChild;
  return { snapshot, mount: anchor ? { anchor, where: 'append' } : null };
}

/** The row's cell holding `element` (a parent climb: cheaper than closest(), and never leaves the row). */
function cellOf(element: Element, row: Element): Element | undefined {
  for (let current: Element | null = element; current && current !== row; current = current.parentElement) {
    if (current.tagName === 'TD') return current;
  }
  return undefined;
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
  return /^0(?!\d)/u.test(displayText(heading));
}

/** The rows in order: a banner row is not an order, and marks the row below it as asked to be canceled. */
function* readRows(root: ParentNode, url: URL): Generator<ReadOrder, ReadEnd, void> {
  const table = root.querySelector(ordersTable);
  if (!table) return { status: 'not-ready' };
  let read = 0;
  let bannerAbove = false;
  const alerts = alertsByRow(table);
  for (const row of orderTableRows(table)) {
    const scan = scanRow(row, alerts);
    if (isBuyerCancelBannerRow(row, scan)) {
      bannerAbove = true;
      continue;
    }
    if (scan.orderId) {
      read += 1;
      yield readRow(row, scan, scan.orderId, url, bannerAbove);
    }
    bannerAbove = false; // a banner belongs only to the row directly below it
  }
  if (read === 0 && !tableSaysNoOrders(root)) return { status: 'not-ready' };
  return { status: 'read' };
}

const LIST_PATH = /^\/orders-v3(?:\/|$)/u;
const DETAIL_PATH = /^\/orders-v3\/order\//u;

export const amazonManageOrdersReader: PageReader = {
  id: AMAZON_MANAGE_ORDERS_READER_ID,
  platform: 'amazon',
  kind: 'list',
  matches: (url) => LIST_PATH.test(url.pathname) && !DETAIL_PATH.test(url.pathname),
  root: (doc) => doc.querySelector(appRoot.join(',')) ?? doc.body,
  read: (root, url) => readAllRows(readRows(root, url)),
  readRows,
};
