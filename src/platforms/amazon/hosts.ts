/**
 * Every Amazon Seller Central host we read, and the marketplace each one serves by default.
 * The manifest's match patterns are generated from this list (vite.config.ts), so a host is
 * added in one place.
 */
export const AMAZON_SELLER_HOSTS = [
  'sellercentral.amazon.com',
  'sellercentral.amazon.ca',
  'sellercentral.amazon.com.mx',
  'sellercentral.amazon.com.br',
  'sellercentral.amazon.co.uk',
  'sellercentral.amazon.de',
  'sellercentral.amazon.fr',
  'sellercentral.amazon.it',
  'sellercentral.amazon.es',
  'sellercentral.amazon.nl',
  'sellercentral.amazon.se',
  'sellercentral.amazon.pl',
  'sellercentral.amazon.com.be',
  'sellercentral.amazon.ie',
  'sellercentral.amazon.com.tr',
  'sellercentral.amazon.ae',
  'sellercentral.amazon.sa',
  'sellercentral.amazon.eg',
  'sellercentral.amazon.in',
  'sellercentral.amazon.co.jp',
  'sellercentral.amazon.com.au',
  'sellercentral.amazon.sg',
  'sellercentral-europe.amazon.com',
  'sellercentral-japan.amazon.com',
] as const;

export const amazonMatchPatterns = (): string[] => AMAZON_SELLER_HOSTS.map((h) => `https://${h}/*`);
