/**
 * Nothing lost at any size (issue 15), in the built extension:
 * 1. a history of 150,000 orders goes out through "Export history" and back in through "Import
 *    history" on the statistics page, with progress and Cancel — far past the 64 MiB a runtime
 *    message carries;
 * 2. the worker stopped right after a list's first hint has recorded every order of the list.
 */
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, serve, type Launched } from '../support/browser';
import { freshenDates } from '../support/fresh-dates';
import { MANAGE_ORDERS_BENCH_URL, benchOrderId, makeManageOrdersHtml } from '../fixtures/amazon/make-manage-orders';

let browser: Launched;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const extensionPage = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
const send = (page: Page, message: unknown) =>
  page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; value?: any; error?: string }>;

const ORDERS = 150_000;

/**
 * Writes `count` orders (and an observation for every tenth) straight into the extension's database
 * from an extension page, in one transaction: far quicker than recording them one by one.
 */
async function generateHistory(page: Page, count: number): Promise<void> {
  await page.evaluate(async (n) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('cancel-or-close');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const now = Date.now();
    await new Promise<void>((resolve, reject) => {
      // Relaxed: test data need not survive a power cut, and the write is several times quicker.
      const tx = db.transaction(['orders', 'observations'], 'readwrite', { durability: 'relaxed' });
      const orders = tx.objectStore('orders');
      const observations = tx.objectStore('observations');
      for (let i = 0; i < n; i++) {
        const orderId = `111-${String(2_000_000 + i).padStart(7, '0')}-${String(i).padStart(7, '0')}`;
        const key = `amazon:${orderId}`;
        const at = new Date(now - (i % 600) * 3_600_000).toISOString();
        orders.put({
          key,
          platform: 'amazon',
          orderId,
          stage: 'awaiting-shipment',
          firstSeen: at,
          lastSeen: at,
          lastAction: 'cancel',
          lastRuleId: 'amazon.unshipped.mfn.seller-cancel',
          fulfilledBy: 'merchant',
          summary: { mfn: true, ending: null },
        });
        if (i % 10 === 0)
          observations.add({
            orderKey: key,
            at,
            stage: 'awaiting-shipment',
            nativeStatus: 'Unshipped',
            cancelRequested: false,
            action: 'cancel',
            outcome: 'canceled',
            ruleId: 'amazon.unshipped.mfn.seller-cancel',
            rulesetVersion: 'test',
            url: 'https://sellercentral.amazon.com/orders-v3',
            dedupe: `${key}|after:0|generated`,
          });
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, count);
}

/** The orders stored, counted in the database itself (the statistics would compute every figure over them). */
const orderCount = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('cancel-or-close');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('orders').objectStore('orders').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );

describe('export and import at any size', () => {
  it(`round-trips ${ORDERS.toLocaleString('en')} orders through the statistics page, with progress and Cancel`, async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionPage('src/stats/index.html'));
    // The worker has created the database (at its current version) before the page writes into it.
    expect(await send(page, { kind: 'history/stats' })).toMatchObject({ ok: true, value: { orders: 0 } });
    await generateHistory(page, ORDERS);
    expect(await orderCount(page)).toBe(ORDERS);

    // Cancel stops an export while it runs: no file.
    await page.getByRole('button', { name: 'Export history', exact: true }).click();
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => page.getByText('The export was canceled; no file was saved.').count(), { timeout: 20_000 }).toBe(1);

    // The delete-all prompt's "Export first": the progress bar shows while the file is built, and the
    // download is the whole history.
    await page.getByRole('button', { name: 'Delete all history' }).click();
    const downloaded = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Export first', exact: true }).click();
    await expect.poll(() => page.locator('.history-progress progress').count(), { timeout: 10_000 }).toBe(1);
    const download = await downloaded;
    const file = await download.path(); // the browser's own copy, kept until the browser closes
    // Larger than any runtime message may be: this could never have travelled as one.
    expect(statSync(file!).size).toBeGreaterThan(30 * 1024 * 1024);
    await expect.poll(() => page.getByText(/^Saved as cancel-or-close-history-.*\.json\.$/).count()).toBe(1);

    // Then delete everything.
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(() => orderCount(page), { timeout: 20_000 }).toBe(0);

    // Cancel stops an import while the file is read: nothing is written.
    const input = page.locator('input[type=file]');
    await input.setInputFiles(file!);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => page.getByText('The import was canceled. Your history is as it was.').count(), { timeout: 20_000 }).toBe(1);
    expect(await orderCount(page)).toBe(0);

    // Import with progress; the report names every order.
    await input.setInputFiles(file!);
    await expect.poll(() => page.locator('.history-progress progress').count(), { timeout: 10_000 }).toBe(1);
    await expect
      .poll(
        () =>
          page
            .locator('.history-report')
            .innerText()
            .catch(() => ''),
        { timeout: 50_000 },
      )
      .toContain(`Imported: ${ORDERS} orders, ${ORDERS / 10} observations`);
    expect(await page.locator('.history-report').innerText()).toContain('Nothing in the file was skipped.');
    expect(await orderCount(page)).toBe(ORDERS);

    // (Canceling during the write undoes it: test/unit/history/transfer.test.ts.)
    await page.close();
    // About 20 s on an idle two-core machine; the bound leaves room for one shared with other work.
  }, 150_000);
});

describe('recording when the worker stops right after answering', () => {
  it("loses no order of a list when the worker is stopped as the list's first hint appears", async () => {
    const ROWS = 500;
    await serve(browser.context, MANAGE_ORDERS_BENCH_URL, freshenDates(makeManageOrdersHtml(ROWS)));
    const admin = await browser.context.newPage();
    await admin.goto(extensionPage('src/options/index.html'));
    expect(await send(admin, { kind: 'history/delete-all' })).toEqual({ ok: true, value: { deleted: true } });
    // The browser's own service-worker controls, from an extension page's DevTools session: `stopWorker`
    // ends the worker as the browser ends an idle one (chrome.runtime.reload() would restart the extension instead).
    const cdp = await browser.context.newCDPSession(admin);
    const status = new Map<string, string>();
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) if (v.scriptURL.startsWith(extensionPage(''))) status.set(v.versionId, v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => [...status.values()]).toContain('running');
    const [versionId] = [...status.keys()];

    const page = await browser.context.newPage();
    await page.goto(MANAGE_ORDERS_BENCH_URL);
    await page.waitForSelector('cancel-or-close-hint[data-state="ready"]', { timeout: 15_000 });
    await cdp.send('ServiceWorker.stopWorker', { versionId: versionId! });
    await expect.poll(() => status.get(versionId!), { timeout: 10_000 }).toBe('stopped');

    // Every row has its verdict; asking for the history wakes a new worker.
    await expect.poll(() => page.locator('cancel-or-close-hint[data-state="ready"]').count(), { timeout: 30_000 }).toBe(ROWS);
    const recorded = await send(admin, { kind: 'history/recent', limit: 1_000 });
    expect(recorded.ok).toBe(true);
    const ids = new Set((recorded.value as Array<{ orderId: string }>).map((o) => o.orderId));
    const lost = Array.from({ length: ROWS }, (_, i) => benchOrderId(i)).filter((id) => !ids.has(id));
    expect(lost).toHaveLength(0);
    await page.close();
    await admin.close();
  });
});
