/**
 * The statistics page in the built extension: orders seen on fixture pages show up in its counts,
 * a follow-up can be marked done, and the history survives export → delete all → import through
 * the worker's messages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, loadFixture, openFixture, serve, waitForHints, type Launched } from '../support/browser';
import { freshenDates } from '../support/fresh-dates';

let browser: Launched;

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
});

const statsUrl = () => `chrome-extension://${browser.extensionId}/src/stats/index.html`;
const send = (page: Page, message: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; value?: any; error?: string }>;

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
    await expect.poll(() => page.getByRole('link', { name: 'Open the order' }).first().getAttribute('href')).toBe('https://sellercentral.amazon.es/orders-v3/order/404-7777777-8888888');
    expect(await page.locator('.stats-follow-ups li').first().innerText()).toMatch(/due [A-Z][a-z]{2} \d/);
    await page.getByRole('button', { name: /^Mark .* done for order/ }).first().click();
    await expect.poll(async () => Number(/\((\d+)\)/.exec(await heading.innerText())?.[1])).toBe(before - 1);
    expect(before).toBeGreaterThan(1);
    await page.getByRole('button', { name: /^Dismiss .* \(not needed\)/ }).first().click();
    await expect.poll(async () => Number(/\((\d+)\)/.exec(await heading.innerText())?.[1])).toBe(before - 2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports JSON, deletes everything, imports the file and finds the records again', async () => {
    const page = await browser.context.newPage();
    await page.goto(statsUrl());
    const keys = await recentKeys(page);
    expect(keys).toHaveLength(3);
    const exported = await send(page, { kind: 'history/export', format: 'json' });
    expect(exported).toMatchObject({ ok: true, value: { mime: 'application/json', filename: expect.stringMatching(/\.json$/) } });
    const csv = await send(page, { kind: 'history/export', format: 'csv' });
    expect((csv.value.text as string).split('\r\n')).toHaveLength(1 + 3 + 1);

    expect(await send(page, { kind: 'history/delete-all' })).toEqual({ ok: true, value: { deleted: true } });
    expect(await recentKeys(page)).toEqual([]);
    const imported = await send(page, { kind: 'history/import', text: exported.value.text });
    expect(imported).toMatchObject({ ok: true, value: { added: { orders: 3 }, skipped: [] } });
    expect(await recentKeys(page)).toEqual(keys);
    // The same file again adds nothing.
    const again = await send(page, { kind: 'history/import', text: exported.value.text });
    expect(again.value.added).toEqual({ orders: 0, observations: 0, actions: 0, followUps: 0, templates: 0 });

    await page.reload();
    const orders = page.locator('.stats-card', { hasText: 'Orders in your history' }).locator('.stats-big');
    await expect.poll(() => orders.innerText(), { timeout: 10_000 }).toBe('3');
    await page.close();
  });
});

