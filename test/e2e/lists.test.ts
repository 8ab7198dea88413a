/**
 * A seller's list pages: the row box (badge, the row's own verdict, the next deadline with its
 * name; a cancel that costs looks unlike one that does not), its details in a popover over the page
 * (Escape and the close button fold it, the keyboard goes back to the row), the page's summary that
 * filters the rows, and the hint following the page's colours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import {
  clickInHint,
  launch,
  loadFixture,
  serve,
  waitForHints,
  waitForStableHints,
  type HintSeen,
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

interface Node {
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: Node[];
  shadowRoots?: Node[];
}
const sessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) sessions.set(page, (s = await page.context().newCDPSession(page)));
  return s;
}
const classOf = (n: Node): string => {
  const a = n.attributes ?? [];
  const i = a.indexOf('class');
  return i >= 0 ? (a[i + 1] ?? '') : '';
};
function walk(n: Node, visit: (n: Node) => void): void {
  visit(n);
  for (const c of n.shadowRoots ?? []) walk(c, visit);
  for (const c of n.children ?? []) walk(c, visit);
}
const textOf = (n: Node): string =>
  n.nodeType === 3
    ? (n.nodeValue ?? '')
    : n.nodeName === 'STYLE'
      ? ''
      : [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(textOf).join(' ');

/** The first element under `within` (a backend node id; the document when absent) whose class names include `cls`. */
async function find(page: Page, cls: string, within?: number): Promise<Node | undefined> {
  const { root } = (await (await cdp(page)).send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  let scope: Node | undefined = within === undefined ? root : undefined;
  if (!scope) walk(root, (n) => void (n.backendNodeId === within && (scope = n)));
  let hit: Node | undefined;
  if (scope) walk(scope, (n) => void (!hit && n.nodeType === 1 && classOf(n).split(/\s+/).includes(cls) && (hit = n)));
  return hit;
}

/** Runs `fn` with `this` = the node (a closed shadow root's insides are reachable only this way). */
async function onNode<T>(page: Page, node: Node, fn: string): Promise<T> {
  const s = await cdp(page);
  const { object } = (await s.send('DOM.resolveNode', { backendNodeId: node.backendNodeId })) as { object: { objectId: string } };
  const { result } = (await s.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn,
    returnByValue: true,
  })) as {
    result: { value: T };
  };
  return result.value;
}

const style = (page: Page, node: Node, prop: string) =>
  onNode<string>(page, node, `function () { return getComputedStyle(this).getPropertyValue(${JSON.stringify(prop)}); }`);

async function openList(rows: number, extraHead = ''): Promise<{ page: Page; seen: HintSeen[] }> {
  const html = freshenDates(makeManageOrdersHtml(rows)).replace('</head>', `${extraHead}</head>`);
  await serve(browser.context, MANAGE_ORDERS_BENCH_URL, html);
  const page = await browser.context.newPage();
  await page.goto(MANAGE_ORDERS_BENCH_URL);
  await expect.poll(() => page.locator('cancel-or-close-hint[data-state="ready"]').count(), { timeout: 15_000 }).toBe(rows);
  // The rows near the view are drawn (a long list draws the far ones as the person scrolls).
  const seen = await waitForHints(page, (h) => h.length === rows && h.filter((x) => x.text !== '').length >= Math.min(rows, 12));
  return { page, seen };
}

const byId = (seen: HintSeen[], index: number) => seen.find((h) => h.attrs['data-order-id'] === benchOrderId(index))!;

describe('a list row’s box', () => {
  it('shows the badge, a verdict written for the row and the next deadline with its name; a cancel that costs looks unlike a free one', async () => {
    const { page, seen } = await openList(12);
    // Row 3 has the buyer's cancellation request; row 1 is a plain seller-fulfilled order.
    const asked = byId(seen, 3);
    const costs = byId(seen, 1);
    expect(asked.attrs['data-cancel-requested']).toBe('true');
    expect(asked.text).toMatch(/^Can cancel Buyer asked — no rate impact (Ship by|Buyer can cancel|Auto-cancel): (estimated )?(in|\d)/);
    expect(costs.text).toMatch(/^Can cancel Cancel — counts toward your rate (Ship by|Buyer can cancel|Auto-cancel): /);
    const headline = await find(page, 'coc-bar-headline', costs.backendNodeId);
    expect(textOf(headline!)).not.toMatch(/You can cancel this order/);
    // Distinct looks: green for the free cancel, red for the one that counts.
    const badgeAsked = (await find(page, 'coc-badge', asked.backendNodeId))!;
    const badgeCosts = (await find(page, 'coc-badge', costs.backendNodeId))!;
    expect(await style(page, badgeAsked, 'color')).toBe('rgb(6, 118, 71)');
    expect(await style(page, badgeCosts, 'color')).toBe('rgb(180, 35, 24)');
    const boxCosts = (await find(page, 'coc-row', costs.backendNodeId))!;
    expect(await style(page, boxCosts, 'border-left-color')).toBe('rgb(180, 35, 24)');
    // The box keeps its fixed size and strict containment.
    const ui = (await find(page, 'coc-row', costs.backendNodeId))!;
    expect(
      await onNode<string>(
        page,
        ui,
        'function () { const h = this.getRootNode().host; return getComputedStyle(h).contain + " " + h.offsetHeight; }',
      ),
    ).toBe('strict 52');
    await page.close();
  });

  it('opens its details in a popover over the page, not in the table; Escape and the close button fold it, the keyboard goes back to the row', async () => {
    const { page, seen } = await openList(12);
    const row = byId(seen, 1);
    const rowHeight = () =>
      page.locator(`tr:has(cancel-or-close-hint[data-order-id="${benchOrderId(1)}"])`).evaluate((tr) => (tr as HTMLElement).offsetHeight);
    const before = await rowHeight();
    await clickInHint(page, row, 'Show details');
    const pop = async () => (await find(page, 'coc-pop', row.backendNodeId))!;
    await expect.poll(async () => (await find(page, 'coc-card', row.backendNodeId)) !== undefined, { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => onNode<boolean>(page, await pop(), 'function () { return this.matches(":popover-open"); }')).toBe(true);
    // Over the page: the row did not grow, the details are wider than the row's box and show the steps.
    expect(await rowHeight()).toBe(before);
    expect(await onNode<number>(page, await pop(), 'function () { return this.getBoundingClientRect().width; }')).toBeGreaterThan(300);
    expect(textOf(await pop())).toMatch(/Steps/);
    // The keyboard is in the details; Escape folds them and gives the keyboard back to the row's box.
    const activeClass = async () => {
      const box = (await find(page, 'coc-row', row.backendNodeId))!;
      return onNode<string>(page, box, 'function () { const a = this.getRootNode().activeElement; return a ? a.className : ""; }');
    };
    expect(await activeClass()).toMatch(/coc-chevron/);
    await page.keyboard.press('Escape');
    await expect.poll(async () => onNode<boolean>(page, await pop(), 'function () { return this.matches(":popover-open"); }')).toBe(false);
    expect(await activeClass()).toBe('coc-fold');
    // Again, closed with its close button this time.
    await clickInHint(page, row, 'Show details');
    await expect.poll(async () => onNode<boolean>(page, await pop(), 'function () { return this.matches(":popover-open"); }')).toBe(true);
    await clickInHint(page, row, 'Close details');
    await expect.poll(async () => onNode<boolean>(page, await pop(), 'function () { return this.matches(":popover-open"); }')).toBe(false);
    expect(await activeClass()).toBe('coc-fold');
    await page.close();
  });
});

describe('the list’s summary', () => {
  it('counts the rows to act on and hides the ones that need nothing', async () => {
    const { url, html } = loadFixture('amazon/manage-orders-canceled-pending.html');
    await serve(browser.context, url, freshenDates(html));
    const page = await browser.context.newPage();
    await page.goto(url);
    const seen = await waitForStableHints(page);
    const idle = seen.filter((h) => ['wait', 'none'].includes(h.attrs['data-action']!));
    const act = seen.length - idle.length;
    expect(idle.length).toBeGreaterThan(0);
    const summary = async () => (await find(page, 'coc-summary'))!;
    await expect
      .poll(async () => textOf((await summary()) ?? ({ nodeType: 3 } as Node)).replace(/\s+/g, ' '))
      .toMatch(act === 0 ? /Nothing to act on/ : new RegExp(`${act} to act on`));
    // Above the list's table, in the page's flow: never over a row.
    expect(await page.evaluate(() => document.querySelector('cancel-or-close-summary')?.nextElementSibling?.tagName)).toBe('TABLE');
    const visibleRows = () =>
      page.evaluate(
        () => [...document.querySelectorAll('cancel-or-close-hint')].filter((h) => h.closest('tr')?.style.display !== 'none').length,
      );
    expect(await visibleRows()).toBe(seen.length);
    const button = (await find(page, 'coc-summary'))!;
    await onNode(page, button, 'function () { this.querySelector("button").click(); }');
    await expect.poll(visibleRows).toBe(act);
    await onNode(page, button, 'function () { this.querySelector("button").click(); }');
    await expect.poll(visibleRows).toBe(seen.length);
    await page.close();
  });

  it('on a list of cards (AliExpress) sits above the cards and hides the ended ones', async () => {
    const { url, html } = loadFixture('aliexpress/buyer-list-en.html');
    await serve(browser.context, url, freshenDates(html));
    const page = await browser.context.newPage();
    await page.goto(url);
    const seen = await waitForStableHints(page);
    const ended = seen.filter((h) => h.attrs['data-action'] === 'none').map((h) => h.attrs['data-order-id']!);
    expect(ended.length).toBeGreaterThan(0);
    await expect.poll(async () => (await find(page, 'coc-summary')) !== undefined).toBe(true);
    // In the page's flow, not floating over the cards.
    expect(await page.evaluate(() => (document.querySelector('cancel-or-close-summary') as HTMLElement).style.position)).toBe('');
    const shown = (id: string) =>
      page.evaluate(
        (orderId) =>
          (document.querySelector(`cancel-or-close-hint[data-order-id="${orderId}"]`) as HTMLElement).getClientRects().length > 0,
        id,
      );
    await onNode(page, (await find(page, 'coc-summary'))!, 'function () { this.querySelector("button").click(); }');
    for (const id of ended) await expect.poll(() => shown(id)).toBe(false);
    const active = seen.find((h) => h.attrs['data-action'] !== 'none')!.attrs['data-order-id']!;
    expect(await shown(active)).toBe(true);
    // The card itself goes, not only the hint: its order number is no longer shown either.
    expect(await page.getByText(ended[0]!, { exact: false }).first().isVisible()).toBe(false);
    await page.close();
  });
});

describe('colours', () => {
  it('follow the page, not only the system: light on a white page in a dark system, dark on a dark page', async () => {
    const light = await openList(4);
    await light.page.emulateMedia({ colorScheme: 'dark' });
    const box = (await find(light.page, 'coc-row', light.seen[0]!.backendNodeId))!;
    await light.page.waitForTimeout(100);
    expect(await style(light.page, box, 'background-color')).toBe('rgb(255, 255, 255)');
    await light.page.close();
    const dark = await openList(4, '<style>body{background:#15171a;color:#ddd}</style>');
    const darkBox = (await find(dark.page, 'coc-row', dark.seen[0]!.backendNodeId))!;
    // Read after the frame that drew the hints (see theme.ts).
    await expect.poll(() => style(dark.page, darkBox, 'background-color')).toBe('rgb(27, 31, 36)');
    await dark.page.close();
  });
});

describe('the popup on a list page', () => {
  it('shows a 120-row list as one compact table grouped by action, with a filter, in under 1 s', async () => {
    for (const p of browser.context.pages()) await p.close();
    const { page } = await openList(120);
    const [sw] = browser.context.serviceWorkers();
    const [tabId] = await sw!.evaluate(async () => (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])));
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForFunction(() => document.querySelectorAll('.popup-row').length === 120, undefined, { timeout: 10_000 });
    // From the popup's navigation to the table with every order: under a second.
    const ms = await popup.evaluate(() => performance.now());
    expect(ms).toBeLessThan(1_000);
    // Grouped by action, those to act on first; no full card until a row is opened.
    const groups = await popup.locator('tbody[data-group]').evaluateAll((els) => els.map((e) => e.getAttribute('data-group')));
    expect(groups).toEqual(['cancel', 'contact-support']);
    expect(await popup.locator('.coc-card').count()).toBe(0);
    // A row of a line or two (an estimated deadline says so, which can wrap): one card per order was 273,000 px for the same list.
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(120 * 70);
    expect(await popup.locator('tbody[data-group="cancel"]').innerText()).toMatch(
      /Buyer asked — no rate impact[\s\S]*Cancel — counts toward your rate|Cancel — counts toward your rate[\s\S]*Buyer asked — no rate impact/,
    );
    // The filter: an order number finds its row; opening it shows its full verdict.
    // The table's own filter (the popup's history search below has a search box too).
    await popup.locator('.popup-filter input[type=search]').fill(benchOrderId(5));
    await expect.poll(() => popup.locator('.popup-row').count()).toBe(1);
    await popup.getByRole('button', { name: benchOrderId(5) }).click();
    await expect.poll(() => popup.locator('.coc-card').count()).toBe(1);
    await expect.poll(() => popup.getByRole('button', { name: /^Copy message/ }).count()).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});

describe('the keyboard on an order page', () => {
  it('unfolds the hint from the keyboard, tabs through it in reading order, and Escape folds it back', async () => {
    const { url, html } = loadFixture('amazon/details-unshipped-us.html');
    await serve(browser.context, url, freshenDates(html));
    const page = await browser.context.newPage();
    await page.goto(url);
    const [bar] = await waitForHints(page);
    const region = async () => (await find(page, 'coc-hint', bar!.backendNodeId))!;
    const active = async () =>
      onNode<string>(
        page,
        await region(),
        'function () { const a = this.getRootNode().activeElement; return a ? (a.getAttribute("aria-label") || a.textContent || a.tagName).trim() : ""; }',
      );
    // Focus the bar as Tab would, then Enter.
    await onNode(page, (await find(page, 'coc-fold', bar!.backendNodeId))!, 'function () { this.focus(); }');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await find(page, 'coc-card', bar!.backendNodeId)) !== undefined, { timeout: 10_000 }).toBe(true);
    expect(await active()).toBe('Hide details');
    // Tab order: fold, dismiss, then into the card (the first step's checkbox comes before the messages and sources).
    await page.keyboard.press('Tab');
    expect(await active()).toBe('Dismiss');
    // The card's own controls above the steps (the reminder bell, the link to a supplier order) may come first.
    const focused = async () =>
      onNode<string>(
        page,
        await region(),
        'function () { const a = this.getRootNode().activeElement; return a ? a.tagName + ":" + (a.type || "") : ""; }',
      );
    const seen: string[] = [];
    for (let i = 0; i < 4 && !seen.includes('INPUT:checkbox'); i++) {
      await page.keyboard.press('Tab');
      seen.push(await focused());
    }
    expect(seen.at(-1)).toBe('INPUT:checkbox');
    expect(seen.every((s) => s === 'INPUT:checkbox' || s.startsWith('BUTTON:') || s.startsWith('INPUT:'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect
      .poll(async () =>
        onNode<boolean>(page, (await find(page, 'coc-hint-body', bar!.backendNodeId))!, 'function () { return this.hidden; }'),
      )
      .toBe(true);
    expect(await active()).toBe('Show details');
    await page.close();
  });
});
