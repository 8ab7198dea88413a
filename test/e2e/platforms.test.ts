/**
 * The built extension in Debian's Chromium on AliExpress, 1688 and Shopify order pages (fixtures
 * served at their real URLs): every hint's contract attributes and key words of what it says, on
 * detail pages, lists (1688's current list renders its rows inside shadow roots) and after a
 * History-API navigation from a list to an order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  hints,
  hintTooltips,
  launch,
  loadFixture,
  openFixture,
  serve,
  waitForHints,
  waitForStableHints,
  type HintSeen,
  type Launched,
} from '../support/browser';
import { freshenDates } from '../support/fresh-dates';

let browser: Launched;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** One expected hint: its attributes (data- prefix left off) and words its visible text must hold. */
type Expect = [orderId: string, stage: string, action: string, cancelRequested: boolean, says: RegExp];

const CASES: Array<{ fixture: string; platform: string; list: boolean; hints: Expect[] }> = [
  {
    fixture: 'aliexpress/buyer-list-en.html',
    platform: 'aliexpress',
    list: true,
    hints: [
      ['8123456789012341', 'awaiting-payment', 'cancel', false, /unpaid|pay/i],
      ['8123456789012342', 'awaiting-shipment', 'request-cancel', false, /supplier/i],
      ['8123456789012343', 'shipped', 'dispute', false, /dispute|refund/i],
      ['8123456789012344', 'completed', 'none', false, /completed|nothing/i],
      ['8123456789012345', 'closed', 'none', false, /closed/i],
    ],
  },
  {
    fixture: 'aliexpress/buyer-detail-awaiting-shipment.html',
    platform: 'aliexpress',
    list: false,
    hints: [['8123456789012342', 'awaiting-shipment', 'request-cancel', false, /supplier must approve/i]],
  },
  {
    fixture: 'aliexpress/seller-list-zh.html',
    platform: 'aliexpress',
    list: true,
    hints: [
      ['8100000000000101', 'awaiting-shipment', 'request-cancel', false, /cancel/i],
      ['8100000000000102', 'awaiting-shipment', 'respond', true, /cancel/i],
      ['8100000000000103', 'in-dispute', 'dispute', false, /dispute/i],
    ],
  },
  {
    fixture: 'aliexpress/seller-list-en.html',
    platform: 'aliexpress',
    list: true,
    hints: [
      ['8100000000000201', 'awaiting-shipment', 'request-cancel', false, /cancel/i],
      ['8100000000000202', 'awaiting-shipment', 'respond', true, /cancel/i],
      ['8100000000000206', 'unknown', 'unknown', false, /could not be judged|pick its state/i],
    ],
  },
  {
    fixture: 'aliexpress/seller-detail-zh.html',
    platform: 'aliexpress',
    list: false,
    hints: [['8100000000000102', 'awaiting-shipment', 'respond', true, /cancel/i]],
  },
  {
    fixture: '1688/buyer-list-legacy.html',
    platform: '1688',
    list: true,
    hints: [
      ['3293626225672531283', 'awaiting-payment', 'close', false, /关闭订单/],
      ['3301122334455667788', 'awaiting-shipment', 'request-cancel', false, /申请退款/],
      ['3301122334455667799', 'awaiting-shipment', 'wait', false, /退款中/],
      ['3287766554433221100', 'shipped', 'return-and-refund', false, /return/i],
      ['3270011223344556677', 'completed', 'none', false, /Completed/],
      ['3260099887766554433', 'closed', 'none', false, /Already closed/],
      ['3258877665544332211', 'awaiting-payment', 'wait', false, /已支付未到账/],
      ['3250000111122223333', 'unknown', 'unknown', false, /could not be judged/],
    ],
  },
  {
    fixture: '1688/buyer-list-current.html',
    platform: '1688',
    list: true,
    hints: [
      ['3312345678901234567', 'awaiting-shipment', 'request-cancel', false, /申请退款/],
      ['3312345678901234568', 'awaiting-payment', 'close', false, /关闭订单/],
      ['3312345678901234569', 'shipped', 'return-and-refund', false, /return/i],
    ],
  },
  {
    fixture: '1688/buyer-detail-legacy.html',
    platform: '1688',
    list: false,
    hints: [['3301122334455667788', 'awaiting-shipment', 'request-cancel', false, /agree with the supplier/]],
  },
  {
    fixture: '1688/buyer-detail-air.html',
    platform: '1688',
    list: false,
    hints: [['3293626225672531283', 'awaiting-payment', 'close', false, /close it yourself/]],
  },
  {
    fixture: '1688/seller-list.html',
    platform: '1688',
    list: true,
    hints: [
      ['3320000000000000001', 'awaiting-payment', 'close', false, /you may close it/],
      ['3320000000000000002', 'awaiting-shipment', 'request-cancel', false, /agree with the buyer/],
      ['3320000000000000003', 'completed', 'none', false, /Completed/],
    ],
  },
  {
    fixture: 'shopify/unfulfilled-paid.html',
    platform: 'shopify',
    list: false,
    hints: [['#1001', 'awaiting-shipment', 'cancel', false, /More actions → Cancel order/]],
  },
  {
    fixture: 'shopify/fulfillment-in-progress.html',
    platform: 'shopify',
    list: false,
    hints: [['#1003', 'awaiting-shipment', 'request-cancel', false, /Fulfillment in progress/]],
  },
  {
    fixture: 'shopify/fulfilled.html',
    platform: 'shopify',
    list: false,
    hints: [['#1005', 'shipped', 'refund', false, /refund the items instead/]],
  },
  {
    fixture: 'shopify/canceled.html',
    platform: 'shopify',
    list: false,
    hints: [['#1006', 'canceled', 'none', false, /Already canceled/]],
  },
];

async function expectHint(
  page: Page,
  seen: HintSeen[],
  platform: string,
  [orderId, stage, action, cancelRequested, says]: Expect,
): Promise<void> {
  const hint = seen.find((h) => h.attrs['data-order-id'] === orderId);
  expect(hint, `a hint for ${orderId}`).toBeDefined();
  expect(hint!.attrs).toMatchObject({
    'data-platform': platform,
    'data-order-id': orderId,
    'data-stage': stage,
    'data-action': action,
    'data-cancel-requested': String(cancelRequested),
    'data-state': 'ready',
  });
  // A list row's box says the verdict in a few words of its own; the headline is in its tooltip.
  expect(`${hint!.text}\n${await hintTooltips(page, hint!)}`).toMatch(says);
}

describe('hints on every order page we serve', () => {
  for (const c of CASES) {
    it(`${c.fixture}: ${c.hints.length} hint(s) with the expected verdicts`, async () => {
      const page = await openFixture(browser.context, c.fixture);
      // Lists mount one hint per row as verdicts arrive, and draw a folded hint's text as it nears
      // the viewport: wait until every expected order has a drawn one.
      const wanted = c.hints.map(([id]) => id);
      const seen = await waitForHints(page, (h) =>
        wanted.every((id) => h.some((x) => x.attrs['data-order-id'] === id && x.attrs['data-state'] !== 'reading' && x.text !== '')),
      );
      for (const expected of c.hints) await expectHint(page, seen, c.platform, expected);
      // One hint per order, never two for the same id.
      const ids = seen.map((h) => h.attrs['data-order-id']);
      expect(new Set(ids).size).toBe(ids.length);
      await page.close();
    });
  }

  it('1688 current list: the hints for rows rendered inside shadow roots are found through them', async () => {
    const page = await openFixture(browser.context, '1688/buyer-list-current.html');
    const seen = await waitForStableHints(page);
    // The rows are not in the light DOM, so the page's own querySelector sees none of them…
    const lightRows = await page.evaluate(() => document.querySelectorAll('cancel-or-close-hint').length);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(lightRows).toBeLessThanOrEqual(seen.length);
    await page.close();
  });
});

describe('History-API navigation', () => {
  it('a list that pushState()s to an order page: the list hints go, the order hint comes', async () => {
    const list = loadFixture('amazon/manage-orders-unshipped.html');
    const detail = loadFixture('amazon/details-unshipped-us.html');
    const detailBody = /<body[^>]*>([\s\S]*)<\/body>/.exec(freshenDates(detail.html))?.[1] ?? '';
    // The page script swaps the DOM and the URL as Seller Central's SPA does, without a reload.
    const script = `<template id="next">${detailBody}</template><script>
      window.goToOrder = () => {
        history.pushState({}, '', ${JSON.stringify(new URL(detail.url).pathname)});
        document.getElementById('MYO-app').replaceWith(document.getElementById('next').content.cloneNode(true));
      };
    </script>`;
    const html = freshenDates(list.html).replace('</body>', `${script}</body>`);
    expect(html).not.toBe(list.html);
    await serve(browser.context, list.url, html);
    const page = await browser.context.newPage();
    await page.goto(list.url);
    const before = await waitForStableHints(page);
    expect(before.length).toBeGreaterThanOrEqual(6);
    await page.evaluate(() => (window as unknown as { goToOrder(): void }).goToOrder());
    await expect
      .poll(async () => (await hints(page)).map((h) => h.attrs['data-order-id']), { timeout: 15_000 })
      .toEqual(['111-2222222-3333333']);
    const [hint] = await waitForHints(page);
    expect(hint!.attrs).toMatchObject({
      'data-order-id': '111-2222222-3333333',
      'data-action': 'cancel',
      'data-stage': 'awaiting-shipment',
    });
    expect(page.url()).toBe(detail.url);
    await page.close();
  });
});

describe('A hint beside a title in a flex row', () => {
  it('Shopify: the order title sits in flex rows with its badges (as the admin lays it out); the hint gets a line of its own, not a squeezed column', async () => {
    const { url, html } = loadFixture('shopify/unfulfilled-paid.html');
    // The admin's header rows are flex rows (Polaris Page-Header__Row and TitleWithMetadataWrapper); the fixture
    // carries their class names without their styles, so the styles come in here, by the same class-name stems.
    const rows =
      '<style>[class*="Page-Header__Row"],[class*="TitleWithMetadataWrapper"],[class*="TitleWrapper"]{display:flex;flex-wrap:nowrap;align-items:center;gap:8px}</style>';
    await serve(browser.context, url, freshenDates(html).replace('</head>', `${rows}</head>`));
    const page = await browser.context.newPage();
    await page.goto(url);
    await waitForHints(page);
    const placed = await page.evaluate(() => {
      const el = document.querySelector('cancel-or-close-hint')!;
      const parent = el.parentElement!;
      const style = getComputedStyle(parent);
      return {
        parentRow: style.display.includes('flex') && !style.flexDirection.startsWith('column'),
        width: el.getBoundingClientRect().width,
      };
    });
    expect(placed.parentRow).toBe(false);
    expect(placed.width).toBeGreaterThan(300);
    await page.close();
  });
});
