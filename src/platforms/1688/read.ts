/**
 * The reading shared by the 1688 readers: one order row (list pages) or one order page
 * (detail pages) → OrderSnapshot. Fields are read by visible label where the page has one,
 * through open shadow roots; anything not found is listed in `source.missing`.
 */
import type { OrderSnapshot, PageAction, Perspective } from '../../rules/types';
import { deepQuery, deepQueryAll, findByLabel, findLabeled, type Labeled } from '../dom';
import { itemTitleOf, matchKey, textOf } from '../text';
import type { ReadEnd, ReadOrder, ReadResult } from '../types';
import { readAllRows } from '../read-rows';
import {
  ACTION_BUTTONS,
  CLICKABLE,
  ORDER_ID_LABELS,
  ORDER_ROW,
  ORDERED_AT_LABELS,
  ROW_DATE,
  ROW_ORDER_ID,
  ROW_STATUS,
  ROW_TRADE_ID_INPUT,
  STATUS_COLUMN_HEADINGS,
  STATUS_LABELS,
  PRODUCT_NAME,
} from './selectors';
import { read1688Status } from './status';

/** 1688 order ids are 19 digits today; accept any long digit run so a longer id still reads. */
const ORDER_ID = /\d{12,24}/;

const TIME = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?/;

const pad = (n: string): string => n.padStart(2, '0');

/**
 * "2024-05-25 10:30:00" → "2024-05-25T10:30:00+08:00". 1688 shows Beijing time (UTC+8, no
 * daylight saving), whatever the viewer's time zone, so the offset is known.
 */
function parse1688Time(text: string): string | null {
  const m = TIME.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  return `${y}-${pad(mo!)}-${pad(d!)}T${pad(h!)}:${mi}:${s ?? '00'}+08:00`;
}

/** The order buttons (关闭订单 / 申请退款) shown under `root`, once each, in a fixed order. */
function readPageActions(root: ParentNode): PageAction[] {
  const texts = new Set(deepQueryAll(root, CLICKABLE).map((el) => textOf(el)));
  return (Object.entries(ACTION_BUTTONS) as Array<[string, PageAction]>).filter(([label]) => texts.has(label)).map(([, action]) => action);
}

interface SnapshotParts {
  orderId: string;
  statusText: string;
  orderedAtText: string | null;
  pageActions: PageAction[];
  itemTitle: string | undefined;
}

function toSnapshot(parts: SnapshotParts, url: URL, reader: string, perspective: Perspective): OrderSnapshot {
  const missing: string[] = [];
  const { stage, refundInProgress, paymentStatus } = read1688Status(parts.statusText);
  if (parts.statusText === '') missing.push('nativeStatus');
  if (stage === 'unknown') missing.push('stage');
  const orderedAt = parts.orderedAtText ? parse1688Time(parts.orderedAtText) : null;
  if (!orderedAt) missing.push('orderedAt');
  return {
    platform: '1688',
    perspective,
    orderId: parts.orderId,
    stage,
    nativeStatus: parts.statusText,
    // 1688 pages show a buyer's refund request as a refund (退款中), not as a cancel request.
    cancelRequested: false,
    ...(orderedAt ? { orderedAt } : {}),
    ...(refundInProgress ? { refundInProgress } : {}),
    ...(paymentStatus ? { paymentStatus } : {}),
    pageActions: parts.pageActions,
    ...(parts.itemTitle ? { itemTitle: parts.itemTitle } : {}),
    source: { url: url.href, reader, missing },
  };
}

const orderIdIn = (text: string | null | undefined): string | null => (text ? (ORDER_ID.exec(text)?.[0] ?? null) : null);

/** The order id a row's host element carries for the page's own tracking: `data-tracker-args="orderId=…&…"`. */
function trackerOrderId(row: Element): string | null {
  const args = row.getAttribute('data-tracker-args');
  return args ? orderIdIn(new URLSearchParams(args).get('orderId')) : null;
}

function readRowOrderId(row: Element): string | null {
  const labelled = orderIdIn(findByLabel(row, ORDER_ID_LABELS));
  if (labelled) return labelled;
  const shown = orderIdIn(textOf(deepQuery(row, ROW_ORDER_ID)));
  if (shown) return shown;
  const input = deepQuery(row, ROW_TRADE_ID_INPUT);
  return orderIdIn(input?.getAttribute('value')) ?? trackerOrderId(row);
}

/** Where the status sits in a row that has no status class: the column whose heading names it. */
interface StatusColumn {
  /** A class the heading cell shares with exactly one cell of each row (the list numbers its columns: s1 … s8). */
  classNames: readonly string[];
  /** The heading's position, for rows whose cells line up with the headings one to one. */
  index: number;
  width: number;
}

const STATUS_HEADING_KEYS: ReadonlySet<string> = new Set(STATUS_COLUMN_HEADINGS.map(matchKey));
const CLASS_TOKEN = /^[A-Za-z][\w-]*$/u;
const MAX_HEADING_CHARS = 24;

/**
 * The status column by meaning: the heading cell (outside every order row) whose text is a status heading. Row
 * markup changes its classes and nesting; the heading's word is what a seller reads.
 */
function findStatusColumn(root: ParentNode): StatusColumn | null {
  for (const cell of deepQueryAll(root, 'th, td')) {
    // A heading is a word or two: longer cells (whole nested tables) are not folded at all.
    if ((cell.textContent ?? '').length > MAX_HEADING_CHARS) continue;
    if (cell.closest(ORDER_ROW) || !STATUS_HEADING_KEYS.has(matchKey(textOf(cell)))) continue;
    const cells = Array.from(cell.parentElement?.children ?? []).filter((c) => c.tagName === 'TH' || c.tagName === 'TD');
    return {
      classNames: Array.from(cell.classList).filter((name) => CLASS_TOKEN.test(name)),
      index: cells.indexOf(cell),
      width: cells.length,
    };
  }
  return null;
}

/** The row's cell under the status heading: by the heading's column class, else by position in a flat row. */
function statusCellOf(row: Element, column: StatusColumn): Element | null {
  for (const name of column.classNames) {
    const cells = deepQueryAll(row, `td.${name}`);
    if (cells.length === 1) return cells[0] ?? null;
  }
  const rowCells = deepQueryAll(row, 'tr').find((tr) => tr.children.length === column.width);
  return rowCells?.children[column.index] ?? null;
}

/** A status cell's words: its text without its links (订单详情 and other actions sit in the same cell). */
const STATUS_CELL_TEXT = { separator: ' ', skip: ['a'] } as const;

function rowStatusText(row: Element, column: () => StatusColumn | null): string {
  const classed = deepQuery(row, ROW_STATUS);
  if (classed) return textOf(classed);
  const heading = column();
  const cell = heading && statusCellOf(row, heading);
  return cell ? textOf(cell, STATUS_CELL_TEXT) : '';
}

/** Reads every order row of a 1688 list page (legacy rows or cards inside shadow roots). */
/** A list's rows in order (PageReader.readRows); the end says why none could be read. */
export function* readOrderRows(root: ParentNode, url: URL, reader: string, perspective: Perspective): Generator<ReadOrder, ReadEnd, void> {
  const rows = deepQueryAll(root, ORDER_ROW);
  // No rows yet: the app has not rendered its list (the current page takes seconds).
  if (rows.length === 0) return { status: 'not-ready' };
  let read = 0;
  // Looked for once, and only when a row has no status class: the other lists never pay for it.
  let column: StatusColumn | null | undefined;
  const statusColumn = (): StatusColumn | null => {
    if (column === undefined) column = findStatusColumn(root);
    return column;
  };
  for (const row of rows) {
    const orderId = readRowOrderId(row);
    // A row without an id cannot be told apart from any other; it gets no hint rather than a wrong one.
    if (!orderId) continue;
    const parts: SnapshotParts = {
      orderId,
      statusText: rowStatusText(row, statusColumn),
      orderedAtText: findByLabel(row, ORDERED_AT_LABELS) ?? textOf(deepQuery(row, ROW_DATE)),
      pageActions: readPageActions(row),
      itemTitle: itemTitleOf(deepQueryAll(row, PRODUCT_NAME), 'a'),
    };
    read += 1;
    yield { snapshot: toSnapshot(parts, url, reader, perspective), mount: { anchor: row, where: 'prepend' } };
  }
  if (read > 0) return { status: 'read' };
  return {
    status: 'unreadable',
    missing: ['orderId'],
    note: {
      en: 'The 1688 order list is shown, but no order number could be read from its rows.',
      zh: '页面显示了 1688 订单列表，但无法从中读取订单号。',
    },
  };
}

/** A list's orders all at once (PageReader.read). */
export function readOrderList(root: ParentNode, url: URL, reader: string, perspective: Perspective): ReadResult {
  return readAllRows(readOrderRows(root, url, reader, perspective));
}

/** A status row longer than this is not one row of status words but a block of the page. */
const MAX_STATUS_LINE = 40;
const STATUS_LABEL_PREFIX = new RegExp(`^(?:${STATUS_LABELS.join('|')})\\s*[:：]?\\s*`, 'u');

/**
 * The whole status row, label left out. 1688 writes a refund tag (退款中) as a sibling of the trade
 * status (the legacy list does: `<span>等待卖家发货</span><span class="refund-tag">退款中</span>`), so
 * the first value after the label alone would hide the refund. Every part of the label's row is read,
 * wherever it sits; a row too long to be status words is a block of the page, and then only the
 * value after the label is read.
 */
function statusLine(status: Labeled): string {
  const row = status.labelElement.parentElement;
  if (!row) return status.value;
  const parts = Array.from(row.childNodes, (node) =>
    node === status.labelElement ? textOf(node).replace(STATUS_LABEL_PREFIX, '') : textOf(node),
  ).filter((text) => text !== '');
  const line = parts.join(' ');
  return line.includes(status.value) && line.length <= MAX_STATUS_LINE ? line : status.value;
}

/** Reads a 1688 order-detail page (legacy trade.1688.com or the air.1688.com app). */
export function readOrderDetail(root: ParentNode, url: URL, reader: string, perspective: Perspective): ReadResult {
  const status = findLabeled(root, STATUS_LABELS);
  const labelledId = orderIdIn(findByLabel(root, ORDER_ID_LABELS));
  // Neither label yet: the detail app has not rendered the order.
  if (!status && !labelledId) return { status: 'not-ready' };
  const orderId = labelledId ?? orderIdIn(url.searchParams.get('orderId'));
  if (!orderId) {
    return {
      status: 'unreadable',
      missing: ['orderId'],
      note: {
        en: 'This 1688 order page shows no order number, so the order cannot be identified.',
        zh: '此 1688 订单页面没有显示订单号，无法确定是哪一个订单。',
      },
    };
  }
  const parts: SnapshotParts = {
    orderId,
    statusText: status ? statusLine(status) : '',
    orderedAtText: findByLabel(root, ORDERED_AT_LABELS),
    pageActions: readPageActions(root),
    itemTitle: itemTitleOf(deepQueryAll(root, PRODUCT_NAME), 'a'),
  };
  const anchor = status ? (status.labelElement.parentElement ?? status.labelElement) : null;
  return {
    status: 'read',
    orders: [{ snapshot: toSnapshot(parts, url, reader, perspective), mount: anchor ? { anchor, where: 'after' } : null }],
  };
}
