/**
 * 'aliexpress/seller-order-list' and 'aliexpress/seller-order-detail': the seller centre (gsp `apps/order/…`,
 * csp `m_apps/order-manage/…`). No public DOM of these micro-apps is known (seller-pages.md §2.3, §6.5), so they are
 * read by labels and vocabulary, never by class names:
 * - an order is an order-id label followed by digits ("订单号：8123…", "Order ID: 8123…"), or a link with orderId=;
 * - its container is the largest ancestor that holds no other order's id (a table row, a card, or the whole page);
 * - its status is the status word inside that container, its deadline the countdown there.
 */
import type { PageReader, ReadEnd, ReadOrder, ReadResult } from '../types';
import { readAllRows } from '../read-rows';
import { isAliexpressSellerHost } from './platform';
import { findLabeledOrderDate, hasOrderIdLabel, idAfterLabel, orderIdFromHref } from './labels';
import { captchaResult, clockOf, deadlineInElement, hasCaptcha, type ReaderOptions } from './page-state';
import { isNeverRead, NEVER_READ, textOf } from '../text';
import { FUSION_MESSAGE_CONTENT } from './selectors';
import { BUYER_CANCEL_REQUEST, namesBuyerCancelReason } from './vocabulary';
import { scopeOf, SPACED } from './page-text';
import { buildSnapshot, statusFromFinding, statusRead, type StatusRead } from './snapshot';
import { findStatusWord } from './status-in-page';

const SELLER_ORDER_LIST_ID = 'aliexpress/seller-order-list';
const SELLER_ORDER_DETAIL_ID = 'aliexpress/seller-order-detail';

/** An order id and the smallest element that shows it with its label (or the detail link that carries it). */
interface IdAnchor {
  id: string;
  element: Element;
}

/** How many text nodes after the label the digits may be ("订单号", "：", "8100…" in three spans). */
const LABEL_TO_VALUE_TEXTS = 4;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Text nodes under `scope` in document order, skipping never-read subtrees (see ../text.ts) and blank nodes. */
function textNodes(scope: ParentNode): Text[] {
  const found: Text[] = [];
  const walk = (n: Node): void => {
    for (const child of Array.from(n.childNodes)) {
      if (child.nodeType === TEXT_NODE && (child.nodeValue ?? '').trim() !== '') found.push(child as Text);
      else if (child.nodeType === ELEMENT_NODE && !isNeverRead(child as Element)) walk(child);
    }
  };
  walk(scope as Node);
  return found;
}

function commonAncestor(a: Element, b: Element): Element {
  let el: Element | null = a;
  while (el && !el.contains(b)) el = el.parentElement;
  return el ?? a;
}

/**
 * Order ids by label, then by detail links. A label inside a link is skipped: product titles are links, and a
 * title may well say "Order ID: …".
 */
function findIdAnchors(scope: ParentNode, base: URL): IdAnchor[] {
  const anchors: IdAnchor[] = [];
  const seen = new Set<Element>();
  const add = (a: IdAnchor): void => {
    if (!seen.has(a.element)) {
      seen.add(a.element);
      anchors.push(a);
    }
  };
  const texts = textNodes(scope);
  texts.forEach((node, i) => {
    const labelElement = node.parentElement;
    if (!labelElement || labelElement.closest('a') || !hasOrderIdLabel(node.nodeValue ?? '')) return;
    const window = texts.slice(i, i + LABEL_TO_VALUE_TEXTS);
    const found = idAfterLabel(window.map((t) => t.nodeValue ?? ''));
    const valueElement = found ? window[found.last]?.parentElement : null;
    if (found && valueElement) add({ id: found.id, element: commonAncestor(labelElement, valueElement) });
  });
  for (const link of Array.from(scope.querySelectorAll('a[href*="orderId="]'))) {
    const id = orderIdFromHref(link.getAttribute('href') ?? '', base);
    if (id !== undefined) add({ id, element: link });
  }
  return anchors;
}

/** Walk up from the anchor while the ancestor still shows exactly one order id: that ancestor is the order's row. */
function containerOf(anchor: IdAnchor, anchors: IdAnchor[], scope: ParentNode): Element {
  let el = anchor.element;
  while (el !== scope && el.parentElement && (scope as Node).contains(el.parentElement)) {
    const parent = el.parentElement;
    const ids = new Set(anchors.filter((a) => parent.contains(a.element)).map((a) => a.id));
    if (ids.size !== 1) break;
    el = parent;
  }
  return el;
}

function readOrder(reader: string, anchor: IdAnchor, container: Element, url: URL, now: () => Date): ReadOrder {
  const finding = findStatusWord(container);
  const text = textOf(container, SPACED);
  return {
    snapshot: buildSnapshot({
      reader,
      perspective: 'seller',
      url,
      orderId: anchor.id,
      status: statusFromFinding(finding, text),
      orderedAt: findLabeledOrderDate(text),
      deadlineAt: deadlineInElement(container, now),
    }),
    mount: { anchor: anchor.element, where: 'after' },
  };
}

/**
 * The buyer's cancellation request on a seller-centre order detail: a Fusion message whose content names one of the
 * buyer's reasons the seller centre offers. The message, not a status word, is what the page shows (greasyfork
 * 405170); its title wording is not evidenced, so only the reason decides.
 */
function buyerCancelMessage(scope: ParentNode): Element | null {
  for (const content of Array.from(scope.querySelectorAll(FUSION_MESSAGE_CONTENT))) {
    if (content.closest(NEVER_READ) === null && namesBuyerCancelReason(textOf(content, SPACED))) return content;
  }
  return null;
}

/**
 * A request on top of what the status word said. With no status word the request itself is the state (IN_CANCEL: a
 * paid, unshipped order); a word for a later or ended stage (shipped, closed) keeps its stage, the request noted.
 */
function withBuyerCancelRequest(status: StatusRead, request: Element | null): StatusRead {
  if (!request) return status;
  if (status.stage !== 'unknown' || status.nativeStatus !== '') return { ...status, cancelRequested: true };
  const nativeStatus = textOf(request.closest('.next-message') ?? request, SPACED);
  return statusRead(nativeStatus, '', BUYER_CANCEL_REQUEST);
}

const firstPerId = (anchors: IdAnchor[]): IdAnchor[] => {
  const byId = new Map<string, IdAnchor>();
  for (const a of anchors) if (!byId.has(a.id)) byId.set(a.id, a);
  return [...byId.values()];
};

const GSP = 'gsp.aliexpress.com';
const CSP = 'csp.aliexpress.com';
const CSP_ORDER_APP = '/m_apps/order-manage/';

function isSellerList(url: URL): boolean {
  if (!isAliexpressSellerHost(url.hostname)) return false;
  const host = url.hostname.toLowerCase();
  if (host === GSP) return url.pathname.startsWith('/apps/order/index');
  return host === CSP && url.pathname.toLowerCase() === `${CSP_ORDER_APP}orderlist`;
}

function isSellerDetail(url: URL): boolean {
  if (!isAliexpressSellerHost(url.hostname)) return false;
  const host = url.hostname.toLowerCase();
  if (host === GSP) return url.pathname.startsWith('/apps/order/detail');
  // The csp detail route is not documented; every order-manage route named "…detail…" is one order.
  return host === CSP && url.pathname.startsWith(CSP_ORDER_APP) && /detail/i.test(url.pathname.slice(CSP_ORDER_APP.length));
}

export function createSellerOrderListReader(options: ReaderOptions = {}): PageReader {
  const now = clockOf(options);
  return {
    id: SELLER_ORDER_LIST_ID,
    platform: 'aliexpress',
    kind: 'list',
    matches: isSellerList,
    // The micro-app's mount point is not documented; the body is the one root known to exist.
    root: (doc) => doc.body,
    read: (root, url) => readAllRows(readRows(root, url)),
    readRows,
  };
  /** The orders in page order, each read from its own container; the end says why none could be. */
  function* readRows(root: ParentNode, url: URL): Generator<ReadOrder, ReadEnd, void> {
    const scope = scopeOf(root);
    const anchors = findIdAnchors(scope, url);
    if (anchors.length === 0) return hasCaptcha(scope) ? captchaResult() : { status: 'not-ready' };
    for (const a of firstPerId(anchors)) yield readOrder(SELLER_ORDER_LIST_ID, a, containerOf(a, anchors, scope), url, now);
    return { status: 'read' };
  }
}

export function createSellerOrderDetailReader(options: ReaderOptions = {}): PageReader {
  const now = clockOf(options);
  return {
    id: SELLER_ORDER_DETAIL_ID,
    platform: 'aliexpress',
    kind: 'detail',
    matches: isSellerDetail,
    root: (doc) => doc.body,
    read(root, url): ReadResult {
      const scope = scopeOf(root);
      const anchors = findIdAnchors(scope, url);
      const urlId = orderIdFromHref(url.href, url);
      const anchor = anchors.find((a) => a.id === urlId) ?? (urlId === undefined ? anchors[0] : undefined);
      const orderId = urlId ?? anchor?.id;
      const container = anchor ? containerOf(anchor, anchors, scope) : scope;
      const finding = findStatusWord(container);
      if (anchor === undefined && finding.kind === 'none') {
        if (hasCaptcha(scope)) return captchaResult(orderId);
        if (orderId !== undefined) return { status: 'not-ready' };
      }
      if (orderId === undefined) {
        return {
          status: 'unreadable',
          missing: ['orderId'],
          note: {
            en: 'This seller-centre order page shows no order number, neither in the address nor on the page.',
            zh: '此卖家后台订单页面的网址和页面上都没有订单号。',
          },
        };
      }
      const text = textOf(container, SPACED);
      const request = buyerCancelMessage(scope);
      return {
        status: 'read',
        orders: [
          {
            snapshot: buildSnapshot({
              reader: SELLER_ORDER_DETAIL_ID,
              perspective: 'seller',
              url,
              orderId,
              status: withBuyerCancelRequest(statusFromFinding(finding, text), request),
              orderedAt: findLabeledOrderDate(text),
              deadlineAt: deadlineInElement(container, now),
            }),
            mount:
              request && finding.kind !== 'found'
                ? { anchor: request, where: 'after' }
                : finding.kind === 'found'
                  ? { anchor: finding.word.element, where: 'after' }
                  : anchor
                    ? { anchor: anchor.element, where: 'after' }
                    : null,
          },
        ],
      };
    },
  };
}
