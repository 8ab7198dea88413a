/**
 * The built extension in Debian's Chromium on Amazon Seller Central order pages (fixtures served at
 * the real URLs). Asserts the hint's contract attributes and what the person reads in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import {
  clickInHint,
  hints,
  launch,
  loadFixture,
  openFixture,
  serve,
  unfoldHint,
  waitForHints,
  waitForStableHints,
  type Launched,
} from '../support/browser';
import { freshenDates } from '../support/fresh-dates';
import { MANAGE_ORDERS_BENCH_URL, benchOrderId, makeManageOrdersHtml } from '../fixtures/amazon/make-manage-orders';

let browser: Launched;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Errors the page's console shows while we are on it (ours would come from the content script). */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

interface Case {
  fixture: string;
  attrs: Record<string, string>;
  /** Phrases the person must read in the hint. */
  says: RegExp[];
  /** At least this many ready-to-copy messages. */
  copies: number;
}

const CASES: Case[] = [
  {
    fixture: 'amazon/details-unshipped-us.html',
    attrs: {
      'data-platform': 'amazon',
      'data-order-id': '111-2222222-3333333',
      'data-stage': 'awaiting-shipment',
      'data-action': 'cancel',
      'data-outcome': 'canceled',
      'data-cancel-requested': 'false',
    },
    says: [/Cancellation Rate/, /2\.5 %/, /Manage Orders/, /Cancel order/, /not charged/i],
    copies: 2,
  },
  {
    fixture: 'amazon/details-unshipped-buyer-cancel-us.html',
    attrs: {
      'data-order-id': '112-3333333-4444444',
      'data-stage': 'awaiting-shipment',
      'data-action': 'cancel',
      'data-outcome': 'canceled',
      'data-cancel-requested': 'true',
    },
    says: [/Buyer Canceled/, /does not count toward your Cancellation Rate/i],
    copies: 2,
  },
  {
    fixture: 'amazon/details-unshipped-buyer-cancel-jp-en.html',
    attrs: { 'data-order-id': '503-1111111-2222222', 'data-action': 'cancel', 'data-cancel-requested': 'true' },
    says: [/Buyer Canceled/],
    copies: 2,
  },
  {
    fixture: 'amazon/details-pending-us.html',
    attrs: { 'data-stage': 'awaiting-payment', 'data-action': 'wait', 'data-cancel-requested': 'false' },
    says: [/Pending/, /21 days/],
    copies: 2,
  },
  {
    fixture: 'amazon/details-fba-de.html',
    attrs: { 'data-stage': 'awaiting-shipment', 'data-action': 'contact-support' },
    says: [/Fulfilled by Amazon/, /Seller Support/],
    copies: 1,
  },
  {
    fixture: 'amazon/details-shipped-eu.html',
    attrs: { 'data-stage': 'shipped', 'data-action': 'return-and-refund', 'data-outcome': '' },
    says: [/refund/i, /return/i],
    copies: 2,
  },
  {
    fixture: 'amazon/details-partially-shipped-uk.html',
    attrs: { 'data-stage': 'partially-shipped', 'data-action': 'refund' },
    says: [/unshipped items/i],
    copies: 2,
  },
  {
    fixture: 'amazon/details-canceled-es.html',
    attrs: { 'data-stage': 'canceled', 'data-action': 'none', 'data-outcome': 'canceled' },
    says: [/cancel/i],
    copies: 1,
  },
  {
    fixture: 'amazon/details-unshipped-zh.html',
    attrs: { 'data-stage': 'awaiting-shipment', 'data-action': 'cancel' },
    says: [/Cancellation Rate|取消率/],
    copies: 2,
  },
];

describe('order details hint', () => {
  it.each(CASES)('$fixture', async ({ fixture, attrs, says, copies }) => {
    const { url, html } = loadFixture(fixture);
    const page = await browser.context.newPage();
    const errors = watchConsole(page);
    await serve(browser.context, url, freshenDates(html));
    await page.goto(url);
    const [hint, ...more] = await waitForHints(page);
    expect(more).toHaveLength(0);
    expect(hint!.attrs).toMatchObject({ ...attrs, 'data-state': 'ready' });
    // The compact bar says the verdict; unfolded, the hint has the steps and the messages.
    expect(hint!.text).toMatch(says[0]!);
    const full = await unfoldHint(page, hint!);
    for (const phrase of says) expect(full.text).toMatch(phrase);
    expect(full.text.match(/\bCopy\b|复制/g)?.length ?? 0).toBeGreaterThanOrEqual(copies);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('speaks the interface language chosen in the options, which comes with the verdicts', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const send = (message: unknown) =>
      options.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<{ ok: boolean; value?: unknown }>;
    const before = (await send({ kind: 'settings/get' })).value as Record<string, unknown>;
    expect((await send({ kind: 'settings/set', settings: { ...before, uiLang: 'zh' } })).ok).toBe(true);
    try {
      const { url, html } = loadFixture('amazon/details-unshipped-us.html');
      await serve(browser.context, url, freshenDates(html));
      const page = await browser.context.newPage();
      await page.goto(url);
      // The page's browser language is English: only the verdicts' answer can have said Chinese.
      expect(await page.evaluate(() => navigator.language)).toMatch(/^en/);
      const [bar] = await waitForHints(page);
      expect(bar!.text).toContain('可以取消');
      expect(bar!.text).not.toMatch(/You can cancel/);
      expect(bar!.text).toContain('展开详情');
      const full = await unfoldHint(page, bar!, 15_000, '展开详情');
      expect(full.text).toContain('可以取消');
      expect(full.text).not.toMatch(/Show details|Can cancel|Steps/); // the buyer's messages stay in the buyer's language
      await page.close();
    } finally {
      await send({ kind: 'settings/set', settings: before });
      await options.close();
    }
  });

  it('reads the same page on every marketplace host, EU and JP included', async () => {
    const { html } = loadFixture('amazon/details-unshipped-us.html');
    for (const host of [
      'sellercentral-europe.amazon.com',
      'sellercentral-japan.amazon.com',
      'sellercentral.amazon.com.au',
      'sellercentral.amazon.in',
    ]) {
      const url = `https://${host}/orders-v3/order/111-2222222-3333333`;
      await serve(browser.context, url, freshenDates(html));
      const page = await browser.context.newPage();
      await page.goto(url);
      const [hint] = await waitForHints(page);
      expect(hint!.attrs, host).toMatchObject({ 'data-order-id': '111-2222222-3333333', 'data-action': 'cancel' });
      await page.close();
    }
  });

  it('an order whose auto-cancel date has passed is not offered as a cancellation', async () => {
    const page = await openFixture(browser.context, 'amazon/details-unshipped-us.html', { freshDates: false });
    const [hint] = await waitForHints(page);
    expect(hint!.attrs['data-action']).not.toBe('cancel');
    expect(hint!.text).toMatch(/auto-cancel/i);
    await page.close();
  });

  it('a status word we do not know gives an unknown hint, never a guess', async () => {
    const page = await openFixture(browser.context, 'amazon/details-unknown-layout.html');
    const [hint] = await waitForHints(page);
    expect(hint!.attrs).toMatchObject({ 'data-action': 'unknown', 'data-outcome': '' });
    expect(hint!.text).toMatch(/state by hand/i);
    await page.close();
  });

  it('a page that never renders its order gets an unknown hint after a bounded wait', async () => {
    const page = await browser.context.newPage();
    const errors = watchConsole(page);
    const { url, html } = loadFixture('amazon/details-skeleton.html');
    await serve(browser.context, url, html);
    const started = Date.now();
    await page.goto(url);
    const [hint] = await waitForHints(page, (h) => h.length > 0, 20_000);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(hint!.attrs).toMatchObject({ 'data-action': 'unknown', 'data-stage': 'unknown', 'data-state': 'unreadable' });
    expect(hint!.text).toMatch(/could not read this order/i);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a hint appears once the page renders its data late', async () => {
    const { url, html } = loadFixture('amazon/details-unshipped-us.html');
    // The body starts empty; a page script renders the order 1.5 s after load, as the SPA does.
    const late = freshenDates(html).replace(
      /<body([^>]*)>([\s\S]*)<\/body>/,
      `<body$1><template id="later">$2</template><script>setTimeout(() => document.body.append(document.getElementById('later').content.cloneNode(true)), 1500)</script></body>`,
    );
    expect(late).not.toBe(html);
    await serve(browser.context, url, late);
    const page = await browser.context.newPage();
    await page.goto(url);
    expect(await hints(page)).toHaveLength(0);
    const [hint] = await waitForHints(page);
    expect(hint!.attrs).toMatchObject({ 'data-order-id': '111-2222222-3333333', 'data-action': 'cancel' });
    await page.close();
  });

  it('can be dismissed, and never restyles the host page', async () => {
    const page = await openFixture(browser.context, 'amazon/details-unshipped-us.html');
    const before = await page.evaluate(() => ({ sheets: document.styleSheets.length, font: getComputedStyle(document.body).fontFamily }));
    const [hint] = await waitForHints(page);
    const after = await page.evaluate(() => ({ sheets: document.styleSheets.length, font: getComputedStyle(document.body).fontFamily }));
    expect(after).toEqual(before);
    // Page scripts cannot reach into the hint: its shadow root is closed.
    expect(await page.evaluate(() => document.querySelector('cancel-or-close-hint')?.shadowRoot ?? null)).toBeNull();
    await clickInHint(page, hint!, 'Dismiss');
    await expect.poll(async () => (await hints(page)).length).toBe(0);
    await page.close();
  });

  it('copies a buyer message to the clipboard with one click', async () => {
    const page = await openFixture(browser.context, 'amazon/details-unshipped-us.html');
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    const [hint] = await waitForHints(page);
    const full = await unfoldHint(page, hint!);
    // The item comes from the page; the store name is the one blank: Copy takes the keyboard to it, the person types it.
    await clickInHint(page, full, 'Copy');
    await page.keyboard.type('Sample Store');
    await clickInHint(page, full, 'Copy');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('Sample Store');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The product title as the page shows it (its angle brackets are the page's own text, copied as text).
    expect(copied).toContain('<img src=x onerror=alert(1)> Stainless Steel Water Bottle 750 ml');
    expect(copied).toContain('111-2222222-3333333');
    expect(copied).not.toMatch(/undefined|null|\[item\]|\[store name\]/i);
    await page.close();
  });
});

describe('Manage Orders list', () => {
  it('hangs one hint on every order row it can read', async () => {
    const page = await openFixture(browser.context, 'amazon/manage-orders-unshipped.html');
    const seen = await waitForStableHints(page);
    const ids = seen.map((h) => h.attrs['data-order-id']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(seen.length).toBeGreaterThanOrEqual(6);
    const byId = new Map(seen.map((h) => [h.attrs['data-order-id'], h.attrs]));
    // The buyer-cancellation banner row belongs to the order below it.
    expect([...byId.values()].some((a) => a['data-cancel-requested'] === 'true')).toBe(true);
    expect([...byId.values()].some((a) => a['data-action'] === 'contact-support')).toBe(true);
    await page.close();
  });

  it('on a long list every row has its hint at once; far rows are drawn as the person scrolls to them', async () => {
    await serve(browser.context, MANAGE_ORDERS_BENCH_URL, freshenDates(makeManageOrdersHtml(120)));
    const page = await browser.context.newPage();
    await page.goto(MANAGE_ORDERS_BENCH_URL);
    // Every row's element with its verdict's facts, in its own row…
    await expect.poll(() => page.locator('cancel-or-close-hint[data-state="ready"]').count(), { timeout: 15_000 }).toBe(120);
    const inOwnRow = await page.evaluate(() =>
      [...document.querySelectorAll('cancel-or-close-hint')].every((h) =>
        h.closest('tr')?.textContent?.includes(h.getAttribute('data-order-id') ?? '?'),
      ),
    );
    expect(inOwnRow).toBe(true);
    // …drawn near the view only: the last rows wait, hidden (no box, nothing for the table to lay out).
    const last = `cancel-or-close-hint[data-order-id="${benchOrderId(119)}"]`;
    await expect.poll(() => page.locator(`cancel-or-close-hint:not([hidden])`).count()).toBeGreaterThan(0);
    expect(await page.locator(last).getAttribute('hidden')).toBe('');
    const drawnBefore = await page.locator('cancel-or-close-hint:not([hidden])').count();
    expect(drawnBefore).toBeLessThan(120);
    await page.locator(last).evaluate((el) => el.closest('tr')?.scrollIntoView());
    await expect.poll(() => page.locator(last).getAttribute('hidden')).toBeNull();
    const [drawn] = (await hints(page)).filter((h) => h.attrs['data-order-id'] === benchOrderId(119));
    expect(drawn!.text).toMatch(/Can cancel|Ask support/);
    await page.close();
  });

  it('judges every row of a list longer than one request can carry', async () => {
    await serve(browser.context, MANAGE_ORDERS_BENCH_URL, freshenDates(makeManageOrdersHtml(1_100)));
    const page = await browser.context.newPage();
    await page.goto(MANAGE_ORDERS_BENCH_URL);
    await expect.poll(() => page.locator('cancel-or-close-hint[data-state="ready"]').count(), { timeout: 30_000 }).toBe(1_100);
    expect(await page.locator('cancel-or-close-hint[data-action="unknown"]').count()).toBe(0);
    await page.close();
  });
});
