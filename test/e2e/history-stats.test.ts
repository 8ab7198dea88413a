/**
 * The statistics page in the built extension: orders seen on fixture pages show up in its counts,
 * a follow-up can be marked done, and the history survives export → delete all → import through
 * the page's own buttons (the page reads and writes the database itself; see test/e2e/data-safety.test.ts
 * for the same at 150,000 orders).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, loadFixture, openFixture, serve, waitForHints, type Launched } from '../support/browser';
import { freshenDates } from '../support/fresh-dates';

let browser: Launched;
const downloads = mkdtempSync(join(tmpdir(), 'coc-downloads-'));

beforeAll(async () => {
  browser = await launch();
  for (const p of browser.context.pages()) await p.close();
  // The Spanish order is seen unshipped first, then canceled: an order that ended while the person
  // watched gets its follow-ups (one only ever seen ended gets only what is left to check).
  const { html } = loadFixture('amazon/details-unshipped-us.html');
  const before = 'https://sellercentral.amazon.es/orders-v3/order/404-7777777-8888888';
  await serve(browser.context, before, freshenDates(html).replaceAll('111-2222222-3333333', '404-7777777-8888888'));
  const open = await browser.context.newPage();
  await open.goto(before);
  await waitForHints(open);
  await open.close();
  for (const f of ['amazon/details-unshipped-us.html', 'amazon/details-pending-us.html', 'amazon/details-canceled-es.html']) {
    const page = await openFixture(browser.context, f);
    await waitForHints(page);
    await page.close();
  }
});
afterAll(async () => {
  await browser?.close();
  rmSync(downloads, { recursive: true, force: true });
});

const statsUrl = () => `chrome-extension://${browser.extensionId}/src/stats/index.html`;
const send = (page: Page, message: unknown) =>
  page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; value?: any; error?: string }>;

async function recentKeys(page: Page): Promise<string[]> {
  const answer = await send(page, { kind: 'history/recent', limit: 50 });
  expect(answer.ok).toBe(true);
  return (answer.value as Array<{ key: string }>).map((o) => o.key).sort();
}

describe('statistics page', () => {
  it('shows the orders seen, the canceled one by platform, and its open follow-ups', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(statsUrl());
    const orders = page.locator('.stats-card', { hasText: 'Orders in your history' }).locator('.stats-big');
    await expect.poll(() => orders.innerText(), { timeout: 10_000 }).toBe('3');
    await expect.poll(() => page.getByRole('img', { name: /Amazon: 1 canceled, 0 closed/ }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /1 canceled and 0 closed over the last 30 days/ }).count()).toBe(1);
    // The seller-fulfilled orders are in the 7-day Amazon estimate.
    expect(await page.locator('body').innerText()).toMatch(/seller-fulfilled orders seen/);

    const heading = page.getByRole('heading', { name: /Open follow-ups/ });
    const before = Number(/\((\d+)\)/.exec(await heading.innerText())?.[1]);
    expect(before).toBeGreaterThan(0);
    // Each follow-up links to its order's page and has a due date.
    await expect
      .poll(() => page.getByRole('link', { name: 'Open the order' }).first().getAttribute('href'))
      .toBe('https://sellercentral.amazon.es/orders-v3/order/404-7777777-8888888');
    expect(await page.locator('.stats-follow-ups li').first().innerText()).toMatch(/due [A-Z][a-z]{2} \d/);
    await page
      .getByRole('button', { name: /^Mark .* done for order/ })
      .first()
      .click();
    await expect.poll(async () => Number(/\((\d+)\)/.exec(await heading.innerText())?.[1])).toBe(before - 1);
    expect(before).toBeGreaterThan(1);
    await page
      .getByRole('button', { name: /^Dismiss .* \(not needed\)/ })
      .first()
      .click();
    await expect.poll(async () => Number(/\((\d+)\)/.exec(await heading.innerText())?.[1])).toBe(before - 2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports JSON and CSV, deletes everything, imports the file and finds the records again', async () => {
    const page = await browser.context.newPage();
    await page.goto(statsUrl());
    const keys = await recentKeys(page);
    expect(keys).toHaveLength(3);
    // The page builds the files itself, from the database, and saves them as downloads.
    const saveDownload = async (button: string) => {
      const downloaded = page.waitForEvent('download');
      await page.getByRole('button', { name: button, exact: true }).click();
      const download = await downloaded;
      const path = join(downloads, download.suggestedFilename());
      await download.saveAs(path);
      return path;
    };
    const json = await saveDownload('Export history');
    expect(json).toMatch(/\.json$/);
    expect((JSON.parse(readFileSync(json, 'utf8')) as { orders: Array<{ key: string }> }).orders.map((o) => o.key).sort()).toEqual(keys);
    const csv = await saveDownload('Export for spreadsheets (CSV)');
    expect(readFileSync(csv, 'utf8').split('\r\n')).toHaveLength(1 + 3 + 1);

    expect(await send(page, { kind: 'history/delete-all' })).toEqual({ ok: true, value: { deleted: true } });
    expect(await recentKeys(page)).toEqual([]);
    const report = page.locator('.history-report');
    await page.locator('input[type=file]').setInputFiles(json);
    await expect.poll(() => report.innerText().catch(() => '')).toContain('Imported: 3 orders');
    expect(await report.innerText()).toContain('Nothing in the file was skipped.');
    expect(await recentKeys(page)).toEqual(keys);
    // The same file again adds nothing.
    await page.locator('input[type=file]').setInputFiles(json);
    await expect
      .poll(() => report.innerText().catch(() => ''))
      .toContain('Imported: 0 orders, 0 observations, 0 actions, 0 follow-ups, 0 message templates.');

    await page.reload();
    const orders = page.locator('.stats-card', { hasText: 'Orders in your history' }).locator('.stats-big');
    await expect.poll(() => orders.innerText(), { timeout: 10_000 }).toBe('3');
    await page.close();
  });
});
