/**
 * Deadlines that come to the person, in the real browser: a countdown read from a seller page sets
 * the alarm; the worker is stopped; the alarm wakes it and the notification is shown, from what the
 * history holds. The toolbar badge follows the history (an order due, the history deleted).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickInHint, launch, loadFixture, serve, unfoldHint, waitForHints, type Launched } from '../support/browser';
import { freshenDates } from '../support/fresh-dates';

let browser: Launched;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
});
afterAll(async () => {
  await browser?.close();
});

const send = (message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> =>
  page.evaluate((m) => chrome.runtime.sendMessage(m), message);
const badge = (): Promise<string> => page.evaluate(() => chrome.action.getBadgeText({}));
const notifications = (): Promise<string[]> => page.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
const ORDER = 'aliexpress:8100000000000102';

/** The AliExpress seller detail page with a buyer's cancellation request, its countdown set to `countdown`. */
async function openRequestPage(countdown: string): Promise<Page> {
  const { url, html } = loadFixture('aliexpress/seller-detail-zh.html');
  expect(html).toContain('剩余 1天23小时10分');
  await serve(browser.context, url, freshenDates(html).replace('剩余 1天23小时10分', `剩余 ${countdown}`));
  const seller = await browser.context.newPage();
  await seller.goto(url);
  await waitForHints(seller);
  return seller;
}

describe('deadline reminders', () => {
  it('notifies ahead of a page deadline after the worker was stopped, and the click target is the order page', async () => {
    // One hour of lead time, and a countdown of one hour and 40 seconds: the notification is due in 40 s.
    expect(await send({ kind: 'settings/set', settings: { rules: {}, reminders: { leadMinutes: 60 } } })).toMatchObject({ ok: true });
    const seller = await openRequestPage('01:00:40');
    await expect.poll(badge, { timeout: 10_000 }).toBe('1');
    const alarm = await page.evaluate(() => chrome.alarms.get('reminders'));
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now() + 20_000);
    expect(alarm?.scheduledTime).toBeLessThan(Date.now() + 60_000);
    expect(await notifications()).toEqual([]);
    await seller.close();

    // Stop the worker: nothing of the reminder may live in its memory.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();

    // Only the alarm can wake the worker now (this page sends it nothing while we wait).
    await expect.poll(notifications, { timeout: 75_000, interval: 2_000 }).toEqual([`order:${ORDER}`]);
    const stored = await page.evaluate(
      (key) =>
        new Promise<Record<string, unknown>>((resolve, reject) => {
          const open = indexedDB.open('cancel-or-close');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('orders').objectStore('orders').get(key);
            get.onsuccess = () => {
              resolve(get.result as Record<string, unknown>);
              open.result.close();
            };
          };
        }),
      ORDER,
    );
    // Shown once, written down; the page to open is the order's, without its query.
    expect(stored.notifiedFor).toBe(stored.dueAt);
    expect(stored.url).toBe('https://gsp.aliexpress.com/apps/order/detail');
  }, 120_000);

  it('keeps the badge in step with the history, and the hint’s bell turns an order’s reminders off and on', async () => {
    await page.evaluate(() => chrome.notifications.clear('order:aliexpress:8100000000000102'));
    const seller = await openRequestPage('05:00:00');
    await expect.poll(badge, { timeout: 10_000 }).toBe('1');
    // The bell is in the unfolded hint, beside the deadline it is about.
    const hint = await unfoldHint(seller, (await waitForHints(seller))[0]!);
    const clicked = async () =>
      clickInHint(seller, hint, 'Remind me before the deadline').then(
        () => true,
        () => false,
      );
    await expect.poll(clicked, { timeout: 10_000 }).toBe(true);
    await expect.poll(badge).toBe('');
    // Seen again, the order keeps the choice: the bell shows it off and the badge stays empty.
    await seller.reload();
    await waitForHints(seller);
    await expect.poll(badge).toBe('');
    expect(await send({ kind: 'reminders/set', platform: 'aliexpress', orderId: '8100000000000102', on: true })).toMatchObject({
      ok: true,
    });
    await expect.poll(badge).toBe('1');
    expect(await send({ kind: 'history/delete-all' })).toMatchObject({ ok: true });
    await expect.poll(badge).toBe('');
    expect(await page.evaluate(() => chrome.alarms.get('reminders'))).toBeUndefined();
    await seller.close();
  });
});
