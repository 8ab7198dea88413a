/**
 * All seller pages we read, as manifest match patterns, per platform. The manifest's
 * content_scripts (vite.config.ts expands the `__PLATFORM__` placeholders), the worker's sender
 * check and the content scripts' reader choice all come from these lists.
 */
import type { Platform } from '../rules/types.ts';
import { amazonMatchPatterns } from './amazon/hosts.ts';
import { aliexpressBuyerMatchPatterns, aliexpressSellerMatchPatterns } from './aliexpress/hosts.ts';
import { alibaba1688MatchPatterns } from './1688/hosts.ts';
import { shopifyMatchPatterns } from './shopify/hosts.ts';

export const MATCH_PATTERNS_BY_PLATFORM: Readonly<Record<Platform, readonly string[]>> = {
  amazon: amazonMatchPatterns(),
  aliexpress: [...aliexpressBuyerMatchPatterns(), ...aliexpressSellerMatchPatterns()],
  '1688': alibaba1688MatchPatterns(),
  shopify: shopifyMatchPatterns(),
};

export const SELLER_MATCH_PATTERNS: readonly string[] = Object.values(MATCH_PATTERNS_BY_PLATFORM).flat();
