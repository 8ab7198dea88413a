/**
 * The page moves under us (issue 15, "Pages"): a hash or query change that names the same order
 * leaves the hints as they are; a page that rewrites the order id under a hint gets the new
 * verdict and never a pile of stale hints; recording per page is bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hints, launch, loadFixture, serve, unfoldHint, waitForHints, type Launched } from '../support/browser';
import { freshenDates } from '../support/fresh-dates';

let browser: Launched;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const DETAILS = 'amazon/details-unshipped-us.html';
const ORDER_ID = '111-2222222-3333333';

async function open(html: string, url: string): Promise<Page> {
  await serve(browser.context, url, html);
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

async function recordedKeys(): Promise<string[]> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  const answer = (await page.evaluate(() => chrome.runtime.sendMessage({ kind: 'history/recent', limit: 1000 }))) as {
    ok: boolean;
    value: Array<{ key: string }>;
  };
  await page.close();
  expect(answer.ok).toBe(true);
  return answer.value.map((o) => o.key);
}

describe('when the URL changes but names the same order', () => {
  it('keeps an unfolded hint unfolded through hash and query rewrites', async () => {
    const { url, html } = loadFixture(DETAILS);
    const page = await open(freshenDates(html), url);
    const [bar] = await waitForHints(page);
    const unfolded = await unfoldHint(page, bar!);
    await page.evaluate(() => {
      location.hash = '#shipping';
      for (let i = 0; i < 200; i++) history.replaceState(null, '', `${location.pathname}?tab=${i}#shipping`);
    });
    await page.waitForTimeout(600);
    const after = await hints(page);
    expect(after).toHaveLength(1);
    expect(after[0]!.backendNodeId).toBe(unfolded.backendNodeId);
    // Still the unfolded card: a restart would have drawn a folded bar in its place.
    expect(after[0]!.text).toBe(unfolded.text);
    await page.close();
  });
});

describe('when the page rewrites the order id under a hint', () => {
  it('shows the new order’s verdict, never a pile of stale hints, and records a bounded number of orders', async () => {
    const { url, html } = loadFixture(DETAILS);
    const page = await open(freshenDates(html), url);
    await waitForHints(page);
    const before = (await recordedKeys()).length;
    // Forty rewrites of the order id shown on the page, as a hostile or broken page might do.
    await page.evaluate(async (id) => {
      const cell = document.querySelector('[data-test-id="order-id-value"]');
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.nodeValue ?? '').includes(id)) nodes.push(n as Text);
      for (let i = 1; i <= 40; i++) {
        const next = `${id.slice(0, -2)}${String(i).padStart(2, '0')}`;
        for (const n of nodes) n.nodeValue = (n.nodeValue ?? '').replace(/\d{3}-\d{7}-\d{7}/, next);
        if (cell && !nodes.some((n) => cell.contains(n))) cell.textContent = next;
        await new Promise((r) => setTimeout(r, 120));
      }
    }, ORDER_ID);
    const last = `${ORDER_ID.slice(0, -2)}40`;
    const settled = await waitForHints(page, (h) => h.length > 0 && h.every((x) => x.attrs['data-order-id'] === last), 15_000);
    expect(settled).toHaveLength(1);
    const added = (await recordedKeys()).length - before;
    expect(added).toBeLessThanOrEqual(5);
    await page.close();
  });
});

describe('when the page defines <cancel-or-close-hint> itself', () => {
  it('still shows every hint with its verdict, its UI in a box of ours inside the element', async () => {
    const { url, html } = loadFixture(DETAILS);
    // The page takes the tag first: its constructor attaches a closed root of its own.
    const hostile = freshenDates(html).replace(
      '<head>',
      `<head><script>customElements.define('cancel-or-close-hint', class extends HTMLElement {
        constructor() { super(); this.attachShadow({ mode: 'closed' }).innerHTML = '<slot></slot>'; }
      });</script>`,
    );
    const page = await open(hostile, url);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const [hint] = await waitForHints(page);
    expect(hint!.attrs['data-order-id']).toBe(ORDER_ID);
    expect(hint!.attrs['data-action']).toBe('cancel');
    expect(hint!.text).toMatch(/Show details/);
    await unfoldHint(page, hint!);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a buyer’s request seen on the list', () => {
  it('stays on the order on its own page, which shows no request: the cancel costs no rate', async () => {
    const list = loadFixture('amazon/manage-orders-unshipped.html');
    const listPage = await open(freshenDates(list.html), list.url);
    const rows = await waitForHints(listPage, (h) => h.length >= 6 && h.every((x) => x.text !== ''));
    const requested = '111-0000002-0000002';
    expect(rows.find((h) => h.attrs['data-order-id'] === requested)?.attrs['data-cancel-requested']).toBe('true');
    await listPage.close();

    // The order's own page, without any banner: only history knows the buyer asked.
    const { url, html } = loadFixture(DETAILS);
    const detail = freshenDates(html).replaceAll(ORDER_ID, requested);
    const page = await open(detail, url.replace(ORDER_ID, requested));
    const [hint] = await waitForHints(page);
    expect(hint!.attrs['data-order-id']).toBe(requested);
    expect(hint!.attrs['data-cancel-requested']).toBe('true');
    expect(hint!.attrs['data-action']).toBe('cancel');
    expect(hint!.text).not.toMatch(/counts toward/i);
    await page.close();
  });
});
