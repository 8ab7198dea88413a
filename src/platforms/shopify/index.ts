/** The Shopify admin page readers. */
import type { PageReader } from '../types';
import { shopifyOrderReader } from './order';

export const shopifyReaders: PageReader[] = [shopifyOrderReader];

export { shopifyMatchPatterns, shopifyOrderIdFromUrl } from './hosts';
export { parseShopifyDate, readShopifyBadges, type ShopifyStatus } from './status';
