/**
 * Order chains in the real browser: the customer's Amazon order is linked, from the popup on its
 * page, to the supplier's AliExpress order; each order's hint then shows the other's last known
 * state and the chain's next step (the supplier order closed: order again, or cancel and refund).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickInHint, launch, openFixture, unfoldHint, waitForHints, type Launched } from '../support/browser';

let browser: Launched;

beforeAll(async () => {
  browser = await launch();
  for (const p of browser.context.pages()) await p.close();
});
afterAll(async () => {
  await browser?.close();
});

async function tabIds(): Promise<number[]> {
  const [sw] = browser.context.serviceWorkers();
  return sw!.evaluate(async () => (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])));
}

/** The hint's text once unfolded (the linked order shows in the full hint). */
async function unfoldedText(page: Page): Promise<string> {
  const [hint] = await waitForHints(page);
  return (await unfoldHint(page, hint!)).text;
}

/** Focuses the input labelled `label` inside the page's hint (closed shadow root: through DevTools). */
async function focusField(page: Page, label: string): Promise<void> {
  const s = await page.context().newCDPSession(page);
  type Node = { backendNodeId: number; nodeName: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  let found: Node | undefined;
  const walk = (n: Node) => {
    const a = n.attributes ?? [];
    if (n.nodeName === 'INPUT' && a[a.indexOf('aria-label') + 1] === label && a.includes('aria-label')) found ??= n;
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(c);
  };
  walk(root);
  if (!found) throw new Error(`no field labelled "${label}" in the hint`);
  await s.send('DOM.focus', { backendNodeId: found.backendNodeId });
  await s.detach();
}

describe('order chains', () => {
  it('links the supplier order from the customer order’s popup, and both hints show the chain’s next step', async () => {
    const supplier = await openFixture(browser.context, 'aliexpress/buyer-detail-closed.html');
    await waitForHints(supplier);
    await supplier.close();

    const customer = await openFixture(browser.context, 'amazon/details-unshipped-us.html');
    await waitForHints(customer);
    const [tabId] = await tabIds();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Link the supplier order…' }).click();
    const form = popup.getByRole('form', { name: 'Link the supplier order…' });
    const recent = form.getByRole('combobox', { name: 'Recently seen orders' });
    // Only orders of the other side are offered: the AliExpress order, not the Amazon one itself.
    await expect.poll(() => recent.locator('option').allInnerTexts()).toEqual(['Recently seen orders', 'AliExpress · 8123456789012345']);
    await recent.selectOption('aliexpress:8123456789012345');
    await form.getByRole('button', { name: 'Link' }).click();
    const linked = popup.getByRole('list', { name: 'Linked orders' });
    await expect.poll(() => linked.innerText()).toMatch(/Linked: AliExpress order 8123456789012345 — Closed/);
    expect(await linked.innerText()).toMatch(/order again .* or cancel the customer’s order and refund them/);
    await popup.close();

    await customer.reload();
    await expect
      .poll(() => unfoldedText(customer), { timeout: 15_000 })
      .toMatch(/Linked: AliExpress order 8123456789012345 — Closed \(last seen .+\)\. The supplier order has ended without the goods/);
    await customer.close();

    const again = await openFixture(browser.context, 'aliexpress/buyer-detail-closed.html');
    await expect
      .poll(() => unfoldedText(again), { timeout: 15_000 })
      .toMatch(/Linked: Amazon order 111-2222222-3333333 — .+ The supplier order has ended without the goods/);
    await again.close();
  });

  it('links from the hint by the other order’s number', async () => {
    const shop = await openFixture(browser.context, 'shopify/unfulfilled-paid-v2.html');
    const hint = await unfoldHint(shop, (await waitForHints(shop))[0]!);
    await clickInHint(shop, hint, 'Link the supplier order…');
    // The form is inside the hint's closed shadow root: typed the way a person does, after focusing the field, and sent with Enter.
    await focusField(shop, 'Order number');
    await shop.keyboard.type('8123456789012345');
    await shop.keyboard.press('Enter');
    await expect
      .poll(async () => (await waitForHints(shop))[0]!.text, { timeout: 10_000 })
      .toMatch(/Linked: AliExpress order 8123456789012345 — Closed .+ The supplier order has ended without the goods/);
    await shop.close();
  });

  it('removes a link from the popup', async () => {
    const customer = await openFixture(browser.context, 'amazon/details-unshipped-us.html');
    await waitForHints(customer);
    const ids = await tabIds();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${ids.at(-1)}`);
    await popup.getByRole('list', { name: 'Linked orders' }).getByRole('button', { name: 'Unlink' }).click();
    await expect.poll(() => popup.getByRole('list', { name: 'Linked orders' }).count()).toBe(0);
    await popup.close();
    await customer.close();
  });
});
