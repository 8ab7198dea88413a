/**
 * The built extension in Debian's Chromium on the evidence pages (test/fixtures/<platform>/evidence/: seller pages
 * rebuilt from public evidence of what sellers see, served at their real URLs): every order the expectations list
 * gets a hint whose stage and buyer's-request attributes are what the evidence says. The unit test
 * test/unit/platforms/evidence.test.ts holds the readers to the same pages; this one proves the content script, its
 * match patterns and the shadow-root walk get there in a real browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEvidenceExpectations } from '../fixtures/evidence';
import { launch, openFixture, waitForHints, type Launched } from '../support/browser';

let browser: Launched;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('hints on the evidence pages', () => {
  for (const fixture of loadEvidenceExpectations()) {
    it(`${fixture.file} [${fixture.interfaceLanguage}]: ${fixture.orders.length} order(s) read as the evidence says`, async () => {
      const page = await openFixture(browser.context, fixture.file);
      const wanted = fixture.orders.map((o) => o.orderId);
      const seen = await waitForHints(page, (h) =>
        wanted.every((id) => h.some((x) => x.attrs['data-order-id'] === id && x.attrs['data-state'] === 'ready')),
      );
      for (const order of fixture.orders) {
        const hint = seen.find((h) => h.attrs['data-order-id'] === order.orderId);
        expect(hint?.attrs, order.orderId).toMatchObject({
          'data-stage': order.stage,
          'data-cancel-requested': String(order.cancelRequested),
        });
      }
      await page.close();
    });
  }
});
