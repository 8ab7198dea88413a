/**
 * The two sides of an order chain (src/history/chains.ts): who sells to the customer, and who supplies
 * the goods. Its own module, free of the database, because the in-page hint reads it too.
 */
import type { Platform } from '../rules/types';

const SALES_PLATFORMS: readonly Platform[] = ['amazon', 'shopify'];
const SUPPLIER_PLATFORMS: readonly Platform[] = ['aliexpress', '1688'];

export const sideOf = (p: Platform): 'sales' | 'supplier' => (SALES_PLATFORMS.includes(p) ? 'sales' : 'supplier');
export const otherSide = (p: Platform): readonly Platform[] => (sideOf(p) === 'sales' ? SUPPLIER_PLATFORMS : SALES_PLATFORMS);
