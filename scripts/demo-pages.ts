/**
 * The demo seller pages `npm start` opens (demo/pages/<platform>/*.html), served at their real URLs.
 * They keep the markup the readers read (as the test fixtures model it) and add what a newcomer needs to
 * judge them: a header and navigation, the site's colours, fonts and spacing in its own spirit
 * (demo/pages/<platform>/site.css, inlined when served; no logos or other assets of the real sites),
 * made-up shops, buyers and products, and no hostile text (that lives in the test fixtures only).
 *
 * Each page starts with `<!-- url: … -->` and `<!-- dates-as-of: YYYY-MM-DD -->`, the day its dates
 * were written for; when served, every date on it moves so that day is today (test/support/fresh-dates.ts).
 * A unit test (test/unit/demo/demo-pages.test.ts) fails when a page is stale, hostile or judged
 * other than `expect` says; a real-browser test (test/e2e/demo-pages.test.ts) checks the same hints in Chromium.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { Action } from '../src/rules/types';
import { freshenPage } from '../test/support/fresh-dates';

export const DEMO_DIR = resolve(import.meta.dirname, '../demo/pages');

export interface DemoPage {
  title: string;
  /** Path under demo/pages/ */
  page: string;
  /** The verdict each order on the page must get, in page order (one entry for a detail page). */
  expect: readonly Action[];
}

export const DEMO_PAGES: readonly DemoPage[] = [
  { title: 'Amazon · unshipped, seller-fulfilled (US)', page: 'amazon/unshipped-us.html', expect: ['cancel'] },
  { title: 'Amazon · buyer requested cancellation (US)', page: 'amazon/buyer-requested-cancel-us.html', expect: ['cancel'] },
  { title: 'Amazon · pending payment (US)', page: 'amazon/pending-us.html', expect: ['wait'] },
  { title: 'Amazon · fulfilled by Amazon (DE)', page: 'amazon/fba-de.html', expect: ['contact-support'] },
  { title: 'Amazon · shipped (US)', page: 'amazon/shipped-us.html', expect: ['return-and-refund'] },
  { title: 'Amazon · canceled (US)', page: 'amazon/canceled-us.html', expect: ['none'] },
  { title: 'Amazon · unshipped, Chinese interface', page: 'amazon/unshipped-zh.html', expect: ['cancel'] },
  {
    title: 'Amazon · Manage Orders list',
    page: 'amazon/manage-orders.html',
    expect: ['cancel', 'cancel', 'cancel', 'contact-support', 'wait'],
  },
  { title: 'Amazon · page that never renders', page: 'amazon/never-renders.html', expect: ['unknown'] },
  {
    title: 'AliExpress · My Orders list (buyer)',
    page: 'aliexpress/my-orders.html',
    expect: ['cancel', 'request-cancel', 'dispute', 'none', 'none'],
  },
  { title: 'AliExpress · order awaiting shipment (buyer)', page: 'aliexpress/order-awaiting-shipment.html', expect: ['request-cancel'] },
  {
    title: 'AliExpress · seller centre orders (zh)',
    page: 'aliexpress/seller-orders-zh.html',
    expect: ['request-cancel', 'respond', 'dispute', 'wait', 'wait'],
  },
  {
    title: '1688 · buyer order list',
    page: '1688/buyer-orders.html',
    expect: ['close', 'request-cancel', 'return-and-refund', 'none', 'none'],
  },
  { title: '1688 · seller order list', page: '1688/seller-orders.html', expect: ['close', 'request-cancel', 'none'] },
  { title: '1688 · order awaiting payment (buyer)', page: '1688/order-awaiting-payment.html', expect: ['close'] },
  { title: 'Shopify · unfulfilled, paid', page: 'shopify/unfulfilled-paid.html', expect: ['cancel'] },
  { title: 'Shopify · fulfillment in progress', page: 'shopify/fulfillment-in-progress.html', expect: ['request-cancel'] },
  { title: 'Shopify · fulfilled', page: 'shopify/fulfilled.html', expect: ['refund'] },
  { title: 'Shopify · canceled', page: 'shopify/canceled.html', expect: ['none'] },
];

const URL_LINE = /^<!--\s*url:\s*(\S+)\s*-->/;
const AS_OF_LINE = /<!--\s*dates-as-of:\s*(\d{4}-\d{2}-\d{2})\s*-->/;

/** A demo page as served: its URL, and its HTML with the site's stylesheet inlined and its dates moved to `now`. */
export function loadDemoPage(page: string, now = new Date()): { url: string; html: string } {
  const raw = readFileSync(join(DEMO_DIR, page), 'utf8');
  const url = URL_LINE.exec(raw)?.[1];
  const asOf = AS_OF_LINE.exec(raw)?.[1];
  if (!url || !asOf) throw new Error(`demo/pages/${page} must start with <!-- url: … --> and <!-- dates-as-of: YYYY-MM-DD -->`);
  const css = readFileSync(join(DEMO_DIR, page.split('/')[0]!, 'site.css'), 'utf8');
  return { url, html: freshenPage(raw.replace('</head>', `<style>\n${css}</style>\n</head>`), asOf, now) };
}

/**
 * Serves every demo page at its real URL in `context`, one route per host, so a page stays served after
 * the next one opens (a tab reloaded in the visible browser gets its page again). Returns each page's URL.
 */
export async function serveDemoPages(context: BrowserContext, now = new Date()): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  const byOrigin = new Map<string, Map<string, string>>();
  for (const demo of DEMO_PAGES) {
    const { url, html } = loadDemoPage(demo.page, now);
    const u = new URL(url);
    const paths = byOrigin.get(u.origin) ?? new Map<string, string>();
    paths.set(u.pathname, html);
    byOrigin.set(u.origin, paths);
    urls.set(demo.page, url);
  }
  for (const [origin, paths] of byOrigin)
    await context.route(`${origin}/**`, (route) => {
      const body = paths.get(new URL(route.request().url()).pathname);
      if (body) return route.fulfill({ contentType: 'text/html; charset=utf-8', body });
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    });
  return urls;
}
