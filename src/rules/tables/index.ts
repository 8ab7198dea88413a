/** All rule tables in one list, in table order (the engine's tie-break). */
import type { Rule } from '../rule';
import { RULES_1688 } from './1688';
import { ALIEXPRESS_RULES } from './aliexpress';
import { AMAZON_RULES } from './amazon';
import { ENDED_RULES } from './ended';
import { SHOPIFY_RULES } from './shopify';

export const RULE_TABLES: ReadonlyArray<{ platform: string; title: string; rules: readonly Rule[] }> = [
  { platform: 'amazon', title: 'Amazon Seller Central', rules: AMAZON_RULES },
  { platform: 'aliexpress', title: 'AliExpress (seller center and My Orders)', rules: ALIEXPRESS_RULES },
  { platform: '1688', title: '1688', rules: RULES_1688 },
  { platform: 'shopify', title: 'Shopify admin', rules: SHOPIFY_RULES },
  { platform: 'any', title: 'Ended orders (any platform)', rules: ENDED_RULES },
];

export const ALL_RULES: readonly Rule[] = Object.freeze(RULE_TABLES.flatMap((table) => table.rules));
