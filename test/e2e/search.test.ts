/**
 * Finding an order, in the real browser: orders seen on seller pages are found on the statistics
 * page and in the popup by a pasted id (whole or its beginning) and by filters, each result linking
 * to the order's page. The timing at 100,000 orders is the bench's (scripts/bench-history.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openFixture, waitForHints, type Launched } from '../support/browser';

let browser: Launched;

beforeAll(async () => {
  browser = await launch();
  for (const fixture of ['amazon/details-unshipped-us.html', 'aliexpress/seller-detail-zh.html', 'shopify/canceled.html']) {
    const page = await openFixture(browser.context, fixture);
    await waitForHints(page);
    await page.close();
  }
});
afterAll(async () => {
  await browser?.close();
});

describe('find an order', () => {
  it('finds a pasted id on the statistics page and links to the order page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/stats/index.html`);
    const search = page.getByRole('search');
    const results = page.getByRole('list', { name: 'Orders found' });
    // All three, newest first, before any filter.
    await expect.poll(() => results.getByRole('listitem').count(), { timeout: 10_000 }).toBe(3);

    await search.getByRole('searchbox').fill('  111-2222222-3333333 ');
    await expect.poll(() => results.innerText()).toMatch(/^Amazon · 111-2222222-3333333 · /);
    expect(await results.getByRole('listitem').count()).toBe(1);
    const link = results.getByRole('link', { name: '111-2222222-3333333' });
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/sellercentral\.amazon\.com\/orders-v3\/order\/111-2222222-3333333$/);

    // The beginning of an id, then a filter that excludes it.
    await search.getByRole('searchbox').fill('81000000');
    await expect.poll(() => results.innerText()).toMatch(/AliExpress · 8100000000000102/);
    await search.getByRole('combobox', { name: 'Filter by site' }).selectOption('amazon');
    await expect.poll(() => page.getByText('No order in the history matches.').isVisible()).toBe(true);

    await search.getByRole('searchbox').fill('');
    await search.getByRole('combobox', { name: 'Filter by site' }).selectOption('');
    await search.getByRole('checkbox', { name: 'Needs action' }).check();
    // The Shopify order is canceled: nothing to do. The other two ask for the person.
    await expect.poll(() => results.getByRole('listitem').count()).toBe(2);
    expect(await results.innerText()).not.toMatch(/Shopify/);
    await page.close();
  });

  it('finds it from the popup too', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
    await popup.getByRole('search').getByRole('searchbox').fill('8100000000000102');
    const results = popup.getByRole('list', { name: 'Orders found' });
    await expect.poll(() => results.innerText(), { timeout: 10_000 }).toMatch(/^AliExpress · 8100000000000102 · /);
    await popup.close();
  });
});
