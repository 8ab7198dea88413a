/**
 * What The Shopify admin's content script needs of the platform's definition on a seller page (PagePlatform): the rest of
 * it (hosts, picker facts, template languages) is for the worker and the extension pages, and stays out of the
 * script every seller page loads. platform.ts spreads this into the whole definition.
 */
import type { PagePlatform } from '../types';

export const shopifyOnPage: PagePlatform = {
  id: 'shopify',
  name: { en: 'Shopify', zh: 'Shopify' },
  messageBoxWords: /\b(?:message|note to customer|custom message)/i,
};
