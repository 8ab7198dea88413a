/**
 * Shopify admin order page (admin.shopify.com/store/<store>/orders/<id> and the legacy
 * <shop>.myshopify.com/admin/orders/<id>). Read by text and structure only: the order name
 * from the `<h1>`, the header badges as exact badge words near it, the date from the subtitle.
 */
import type { OrderSnapshot } from '../../rules/types';
import { deepQuery } from '../dom';
import { textOf } from '../text';
import type { PageReader, ReadResult } from '../types';
import { SHOPIFY_ADMIN_HOST, SHOPIFY_LEGACY_HOST_SUFFIX } from './platform';
import { HEADER_CLIMB, MAIN, ORDER_TITLE, OTHER_HEADING } from './selectors';
import { isShopifyBadge, parseShopifyDate, readShopifyBadges } from './status';

const READER_ID = 'shopify/order';

const ADMIN_ORDER_PATH = /^\/store\/([^/]+)\/orders\/(\d+)\/?$/;
const LEGACY_ORDER_PATH = /^\/admin\/orders\/(\d+)\/?$/;

/** The numeric order id from a Shopify admin order-page URL; null on any other page. */
export function shopifyOrderIdFromUrl(url: URL): string | null {
  if (url.protocol !== 'https:') return null;
  if (url.hostname === SHOPIFY_ADMIN_HOST) return ADMIN_ORDER_PATH.exec(url.pathname)?.[2] ?? null;
  if (url.hostname.endsWith(SHOPIFY_LEGACY_HOST_SUFFIX)) return LEGACY_ORDER_PATH.exec(url.pathname)?.[1] ?? null;
  return null;
}

/**
 * The badge texts under `region` (outside `skip`). A badge is a wrapper whose leaf holds a known word
 * (Polaris puts a hidden tone label beside it); the wrappers' siblings in the same row are badges
 * too, and one without a known word — a word we do not know, or an empty badge — is returned as it
 * reads, so the stage becomes unknown rather than decided by the badges left over. Structure only:
 * class names change with every admin build.
 */
function badgeTexts(region: Element, skip: Element): string[] {
  const known = Array.from(region.querySelectorAll('*')).filter(
    (el) => el.childElementCount === 0 && !skip.contains(el) && isShopifyBadge(textOf(el)),
  );
  const wrappers = new Set<Element>(known.flatMap((el) => (el.parentElement && el.parentElement !== region ? [el.parentElement] : [])));
  const rows = new Set<Element>(
    [...wrappers].flatMap((el) => (el.parentElement && region.contains(el.parentElement) ? [el.parentElement] : [])),
  );
  const unreadable: string[] = [];
  for (const row of rows) {
    for (const sibling of Array.from(row.children)) {
      if (wrappers.has(sibling) || sibling.contains(skip) || skip.contains(sibling)) continue;
      if (sibling.tagName !== Array.from(wrappers)[0]?.tagName) continue;
      // The visible word is the badge's last leaf; a hidden tone label ("Attention Incomplete") comes before it.
      const leaves = Array.from(sibling.querySelectorAll('*')).filter((el) => el.childElementCount === 0 && textOf(el) !== '');
      unreadable.push(textOf(leaves.at(-1) ?? sibling) || '(empty badge)');
    }
  }
  return [...known.map((el) => textOf(el)), ...unreadable];
}

/** An order name: "#1001", "SO-1001-EU" — one word with a digit. Anything else is not a name we trust. */
const ORDER_NAME = /^\S{0,38}\d\S{0,38}$/u;

/**
 * Climbs from the title through the page header (at most HEADER_CLIMB ancestors, never past
 * `top`, never into an ancestor that holds another heading) until `found` gives something.
 */
function nearTitle<T>(title: Element, top: Element, found: (region: Element) => T | null): T | null {
  let region: Element | null = title.parentElement;
  for (let level = 1; region && level <= HEADER_CLIMB; level++) {
    if (region.querySelector(OTHER_HEADING)) break;
    const value = found(region);
    if (value !== null) return value;
    if (region === top) break;
    region = region.parentElement;
  }
  return null;
}

function readShopifyOrder(root: ParentNode, url: URL): ReadResult {
  const title = deepQuery(root, ORDER_TITLE);
  const name = textOf(title);
  // The skeleton page has no title yet; the order has not rendered.
  if (!title || name === '') return { status: 'not-ready' };
  if (!ORDER_NAME.test(name)) {
    return {
      status: 'unreadable',
      missing: ['orderId'],
      note: {
        en: 'The order title on this page does not look like an order number, so the order cannot be told.',
        zh: '此页面的订单标题看起来不像订单号，无法确定是哪一笔订单。',
      },
    };
  }
  const top = (root as Node).nodeType === 1 ? (root as Element) : title.ownerDocument.documentElement;
  const badges =
    nearTitle(title, top, (region) => {
      const texts = badgeTexts(region, title);
      return texts.length > 0 ? texts : null;
    }) ?? [];
  const orderedAt = nearTitle(title, top, (region) => parseShopifyDate(textOf(region)));
  const { stage, fulfillmentInProgress } = readShopifyBadges(badges);
  const missing: string[] = [];
  if (badges.length === 0) missing.push('nativeStatus');
  if (stage === 'unknown') missing.push('stage');
  if (!orderedAt) missing.push('orderedAt');
  const snapshot: OrderSnapshot = {
    platform: 'shopify',
    perspective: 'seller',
    orderId: name,
    stage,
    nativeStatus: badges.join(' · '),
    // Shopify has no buyer cancel request on the order page.
    cancelRequested: false,
    ...(orderedAt ? { orderedAt } : {}),
    fulfillmentInProgress,
    source: { url: url.href, reader: READER_ID, missing },
  };
  return { status: 'read', orders: [{ snapshot, mount: { anchor: title, where: 'after', leaveFlexRow: true } }] };
}

export const shopifyOrderReader: PageReader = {
  id: READER_ID,
  platform: 'shopify',
  kind: 'detail',
  matches: (url) => shopifyOrderIdFromUrl(url) !== null,
  root: (doc) => doc.querySelector(MAIN),
  read: readShopifyOrder,
};
