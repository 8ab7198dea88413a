/**
 * The popup for a seller tab, the manual picker, message validation in the worker, and the order
 * history surviving a stopped worker and a browser restart (same profile).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, openFixture, waitForHints, type Launched } from '../support/browser';

const profileDir = mkdtempSync(join(tmpdir(), 'coc-e2e-history-'));
let browser: Launched;

beforeAll(async () => {
  browser = await launch({ profileDir });
  // The persistent context opens with a blank tab; close it so the only tab is the seller page.
  for (const p of browser.context.pages()) await p.close();
});
afterAll(async () => {
  await browser?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

const popupUrl = (tabId?: number) =>
  `chrome-extension://${browser.extensionId}/src/popup/index.html${tabId === undefined ? '' : `?tab=${tabId}`}`;

/** The tab ids the extension sees (it has no "tabs" permission, so ids only). */
async function tabIds(): Promise<number[]> {
  const [sw] = browser.context.serviceWorkers();
  return sw!.evaluate(async () => (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])));
}

/** Sends a message to the worker from an extension page, as the popup does. */
function sendFrom(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

async function storedOrders(page: Page): Promise<Array<{ key: string; stage: string; lastAction: string }>> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('cancel-or-close');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('orders').objectStore('orders').getAll();
          all.onsuccess = () => {
            resolve(all.result);
            open.result.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

describe('popup', () => {
  it('shows the active seller tab’s verdict in full, with steps and messages', async () => {
    const seller = await openFixture(browser.context, 'amazon/details-unshipped-us.html');
    await waitForHints(seller);
    const [tabId] = await tabIds();
    const popup = await browser.context.newPage();
    await popup.goto(popupUrl(tabId));
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toMatch(/111-2222222-3333333/);
    const text = await popup.locator('body').innerText();
    expect(text).toMatch(/cancel/i);
    expect(text).toMatch(/Cancellation Rate/);
    expect(text).toMatch(/Manage Orders/);
    // The messages follow the verdict (the popup asks the worker for them after the first paint).
    await expect.poll(() => popup.getByRole('button', { name: /^Copy message/ }).count()).toBeGreaterThanOrEqual(2);
    // The order's timeline, from the history the worker recorded.
    await expect.poll(() => popup.locator('body').innerText()).toMatch(/Paid, not shipped → Can cancel/);
    await popup.close();
    await seller.close();
  });

  it('lets the person pick the state by hand when no order page is open', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(popupUrl());
    await expect.poll(() => popup.locator('body').innerText()).toMatch(/Open an order page/);
    // With nothing to read, the picker opens by itself (its form arrives a frame after the note, in the
    // popup's later chunk); otherwise one click opens it.
    const toggle = popup.locator('.popup-actions button[aria-expanded]');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await popup.getByLabel('Platform').selectOption('amazon');
    await popup.getByLabel('Order state').selectOption('awaiting-shipment');
    await popup.getByLabel('The other party asked to cancel').check();
    await popup.getByRole('button', { name: 'Show the verdict' }).click();
    const result = popup.getByRole('region', { name: 'Verdict for the state you picked' });
    await expect.poll(() => result.innerText()).toMatch(/Buyer Canceled/);
    await popup.close();
  });
});

describe('messages between contexts', () => {
  it('the worker rejects malformed messages and answers with an error value', async () => {
    const page = await browser.context.newPage();
    await page.goto(popupUrl());
    expect(await sendFrom(page, { kind: 'evaluate', record: true, snapshot: { platform: 'ebay' } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/rejected/),
    });
    expect(await sendFrom(page, { kind: 'drop-tables' })).toMatchObject({ ok: false });
    expect(await sendFrom(page, 'not an object')).toMatchObject({ ok: false });
    await page.close();
  });

  it('a seller page’s own scripts have no channel to the worker', async () => {
    const seller = await openFixture(browser.context, 'amazon/details-unshipped-us.html');
    expect(
      await seller.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage),
    ).toBe('undefined');
    await seller.close();
  });
});

describe('order history', () => {
  it('records every order seen, once per state, and keeps it when the worker stops', async () => {
    for (const f of ['amazon/details-unshipped-us.html', 'amazon/details-pending-us.html', 'amazon/details-unshipped-us.html']) {
      const page = await openFixture(browser.context, f);
      await waitForHints(page);
      await page.close();
    }
    const page = await browser.context.newPage();
    await page.goto(popupUrl());
    await expect
      .poll(async () => (await storedOrders(page)).map((o) => o.key).sort())
      .toEqual(expect.arrayContaining(['amazon:111-2222222-3333333', 'amazon:113-4444444-5555555']));
    const history = (await sendFrom(page, { kind: 'history/order', platform: 'amazon', orderId: '111-2222222-3333333' })) as {
      ok: boolean;
      value: { observations: unknown[] };
    };
    expect(history.ok).toBe(true);
    expect(history.value.observations).toHaveLength(1); // seen three times, one state: one observation

    // Stop the service worker; the next message starts a fresh one that reads the same records.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const recent = (await sendFrom(page, { kind: 'history/recent', limit: 10 })) as { ok: boolean; value: Array<{ key: string }> };
    expect(recent.ok).toBe(true);
    expect(recent.value.map((o) => o.key)).toEqual(expect.arrayContaining(['amazon:111-2222222-3333333', 'amazon:113-4444444-5555555']));
    await page.close();
  });

  it('keeps the history across a browser restart', async () => {
    await browser.close({ keepProfile: true });
    browser = await launch({ profileDir });
    const page = await browser.context.newPage();
    await page.goto(popupUrl());
    const recent = (await sendFrom(page, { kind: 'history/recent', limit: 10 })) as {
      ok: boolean;
      value: Array<{ key: string; stage: string }>;
    };
    expect(recent.ok).toBe(true);
    expect(recent.value).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'amazon:111-2222222-3333333', stage: 'awaiting-shipment' }),
        expect.objectContaining({ key: 'amazon:113-4444444-5555555', stage: 'awaiting-payment' }),
      ]),
    );
    await page.close();
  });
});
