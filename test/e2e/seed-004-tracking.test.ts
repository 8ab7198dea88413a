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

type Answer = { ok: boolean; value?: any; error?: string };
async function ask(message: unknown): Promise<Answer> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  const answer = (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as Answer;
  await page.close();
  return answer;
}

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
    // History knows the order shipped twelve days ago (it saw it before and after shipment).
    const exported = await ask({ kind: 'history/export', format: 'json' });
    expect(exported.ok).toBe(true);
    const file = JSON.parse(exported.value.text);
    const order = file.orders.find((o: { orderId: string }) => o.orderId === ORDER_ID);
    expect(order).toBeDefined();
    order.shippedAt = new Date(Date.now() - 12 * DAY).toISOString();
    expect((await ask({ kind: 'history/delete-all' })).ok).toBe(true);
    const imported = await ask({ kind: 'history/import', text: JSON.stringify(file) });
    expect(imported.ok).toBe(true);

    const page = await openOrder();
    const [hint] = await waitForHints(page);
    expect(hint!.attrs['data-action']).toBe('dispute');
    await page.close();
  });
});
