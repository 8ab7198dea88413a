/**
 * Seed 004, from a real page: a dropshipper's supplier order shows "Awaiting delivery" with no
 * tracking number. While the wait lasts, the hint says to ask the supplier for one; once the order
 * has been shipped for more than the wait (5 working days), to open a dispute. When it shipped comes
 * from history (the worker's record), as it does when the person saw the order before and after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, loadFixture, serve, waitForHints, type Launched } from '../support/browser';

let browser: Launched;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const FIXTURE = 'aliexpress/evidence/buyer-detail-en-shipped-no-tracking.html';
const ORDER_ID = '8123456789017002';
const DAY = 86_400_000;

async function openOrder(): Promise<Page> {
  const { url, html } = loadFixture(FIXTURE);
  await serve(browser.context, url, html);
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

describe('seed 004: shipped without a tracking number', () => {
  it('asks the supplier for the tracking number while the wait lasts', async () => {
    const page = await openOrder();
    const [hint] = await waitForHints(page);
    expect(hint!.attrs['data-order-id']).toBe(ORDER_ID);
    expect(hint!.attrs['data-stage']).toBe('shipped');
    // Waiting for the tracking number (the page shows none), not yet a dispute.
    expect(hint!.attrs['data-action']).toBe('wait');
    expect(hint!.text).toMatch(/tracking number/i);
    await page.close();
  });

  it('says to open a dispute once the order has been shipped longer than the wait', async () => {
    // History knows the order shipped twelve days ago (it saw it before and after shipment): the
    // extension's own database says so, as the worker wrote it.
    const page0 = await browser.context.newPage();
    await page0.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const stored = await page0.evaluate(
      ({ key, shippedAt }) =>
        new Promise<boolean>((resolve, reject) => {
          const open = indexedDB.open('cancel-or-close');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('orders', 'readwrite');
            const orders = tx.objectStore('orders');
            const get = orders.get(key);
            get.onsuccess = () => {
              if (!get.result) return resolve(false);
              orders.put({ ...get.result, shippedAt });
            };
            tx.oncomplete = () => resolve(Boolean(get.result));
            tx.onerror = () => reject(tx.error);
          };
        }),
      { key: `aliexpress:${ORDER_ID}`, shippedAt: new Date(Date.now() - 12 * DAY).toISOString() },
    );
    expect(stored).toBe(true);
    await page0.close();

    const page = await openOrder();
    const [hint] = await waitForHints(page);
    expect(hint!.attrs['data-action']).toBe('dispute');
    await page.close();
  });
});
