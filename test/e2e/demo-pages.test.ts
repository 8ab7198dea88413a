/**
 * The demo set `npm start` opens, in real Chromium with the built extension: every page gets its hints,
 * each with the verdict scripts/demo-pages.ts lists for it (only the page meant to show `unknown` shows
 * it), and no deadline on a hint is already past — what a stale demo page shows ("estimated 215 d ago").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES, serveDemoPages } from '../../scripts/demo-pages';
import { launch, waitForStableHints, type Launched } from '../support/browser';

let browser: Launched;
let urls: Map<string, string>;

beforeAll(async () => {
  browser = await launch();
  urls = await serveDemoPages(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

describe('the demo pages in the browser', () => {
  for (const demo of DEMO_PAGES) {
    it(`${demo.title}: ${demo.expect.join(', ')}`, async () => {
      const page = await browser.context.newPage();
      try {
        await page.goto(urls.get(demo.page)!);
        const seen = await waitForStableHints(page);
        expect(seen.map((h) => h.attrs['data-action'])).toEqual(demo.expect);
        for (const h of seen) {
          expect(h.attrs['data-state'], h.text).not.toBe('reading');
          expect(h.text, h.attrs['data-order-id']).not.toMatch(/\bago\b/);
        }
      } finally {
        await page.close();
      }
    });
  }
});
