/**
 * Shopify admin order page (admin.shopify.com/store/<store>/orders/<id> and the legacy
 * <shop>.myshopify.com/admin/orders/<id>). Read by text and structure only: the order name
 * from the `<h1>`, the header badges as exact badge words near it, the date from the subtitle.
 */
import type { OrderSnapshot } from '../../rules/types';
import { deepQuery, textOf } from '../dom';
import type { PageReader, ReadResult } from '../types';
import { shopifyOrderIdFromUrl } from './hosts';
import { HEADER_CLIMB, MAIN, ORDER_TITLE, OTHER_HEADING } from './selectors';
import { isShopifyBadge, parseShopifyDate, readShopifyBadges } from './status';

const READER_ID = 'shopify/order';

/** Leaf elements under `region`, outside `skip`, whose whole text is a known badge word. */
function badgeTexts(region: Element, skip: Element): string[] {
  return Array.from(region.querySelectorAll('*'))
    .filter((el) => el.childElementCount === 0 && !skip.contains(el))
    .map(textOf)
    .filter(isShopifyBadge);
}

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

export function readShopifyOrder(root: ParentNode, url: URL): ReadResult {
  const title = deepQuery(root, ORDER_TITLE);
  const name = textOf(title);
  // The skeleton page has no title yet; the order has not rendered.
  if (!title || name === '') return { status: 'not-ready' };
  const top = (root as Node).nodeType === 1 ? (root as Element) : title.ownerDocument.documentElement;
  const badges = nearTitle(title, top, (region) => {
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
  return { status: 'read', orders: [{ snapshot, mount: { anchor: title, where: 'after' } }] };
}

export const shopifyOrderReader: PageReader = {
  id: READER_ID,
  platform: 'shopify',
  kind: 'detail',
  matches: (url) => shopifyOrderIdFromUrl(url) !== null,
  root: (doc) => doc.querySelector(MAIN),
  read: readShopifyOrder,
};
