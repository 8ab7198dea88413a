/**
 * "Save a page sample" in the real browser: an order page we cannot judge offers it, folded and unfolded; the click
 * hands the browser a file (no downloads permission, no request) whose name says the platform and the day, which
 * keeps the page's status words and labels, and in which no personal text planted on the page survives.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInHint, launch, loadFixture, openFixture, serve, unfoldHint, waitForHints, type Launched } from '../support/browser';

let browser: Launched;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A buyer's name, e-mail, phone number and address, and a product title, written into the page's order area. */
const PLANTED = [
  'Johanna Quist',
  'johanna.quist@example.org',
  '+1 415 867 0199',
  '742 Evergreen Terrace',
  'Bamboo Cutting Board',
  '张伟明',
];

async function plant(page: Page): Promise<void> {
  await page.evaluate((texts) => {
    const area = document.querySelector('#MYO-app') ?? document.body;
    const box = document.createElement('div');
    box.className = 'buyer-note';
    box.title = texts[0]!;
    for (const text of texts) box.append(Object.assign(document.createElement('p'), { textContent: text }));
    area.append(box);
  }, PLANTED);
}

async function savedFile(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

function expectRedacted(html: string): void {
  expect(html.split('\n')[0]).toBe('<!-- url: https://sellercentral.amazon.com/orders-v3/order/000-0000001-0000002 -->');
  expect(html).toContain('redacted by Cancel or Close — check before sharing');
  for (const text of [...PLANTED, 'Quist', '415', 'Evergreen', 'Bamboo', '伟明']) expect(html, text).not.toContain(text);
  // The fixture's own buyer, address, phone, product and price.
  for (const text of ['Testa', 'Mustermann', 'Example Lane', '555 0100', 'Reading Lamp', '19.99', '116-1111111-9999999'])
    expect(html, text).not.toContain(text);
  // What makes it a fixture: the structure, the selectors' hooks, the status word and the labels.
  expect(html).toContain('data-test-id="item-status-label"');
  expect(html).toContain('>Shipped</span>');
  expect(html).toContain('Order contents');
  expect(html).toContain('<div class="buyer-note" title="Xxxxxxx Xxxxx">');
  expect(html).not.toMatch(/<script|<cancel-or-close-hint/);
}

const today = (): string => new Date().toISOString().slice(0, 10);

describe('a page sample from an unknown hint', () => {
  it('the folded bar saves it, and then says what the file keeps and replaces', async () => {
    const page = await openFixture(browser.context, 'amazon/details-unknown-layout.html');
    const [hint] = await waitForHints(page);
    expect(hint!.attrs['data-action']).toBe('unknown');
    expect(hint!.text).toContain('Save a page sample');
    await plant(page);
    const [download] = await Promise.all([page.waitForEvent('download'), clickInHint(page, hint!, 'Save a page sample')]);
    expect(download.suggestedFilename()).toBe(`cancel-or-close-sample-amazon-${today()}.html`);
    expectRedacted(await savedFile(download));
    const [after] = await waitForHints(page, (h) => h[0]?.text.includes('check it before sharing') === true);
    expect(after!.text).toMatch(/Kept: the layout, class names, labels and status words/);
    await page.close();
  });

  it('the unfolded view offers it beside the way to pick the state by hand', async () => {
    const page = await openFixture(browser.context, 'amazon/details-unknown-layout.html');
    const [hint] = await waitForHints(page);
    await plant(page);
    const open = await unfoldHint(page, hint!);
    expect(open.text).toMatch(/Replaced by placeholders: names, addresses, phone numbers/);
    const [download] = await Promise.all([page.waitForEvent('download'), clickInHint(page, open, 'Save a page sample')]);
    expectRedacted(await savedFile(download));
    await page.close();
  });

  it('a page that never shows its order offers it too; a page we can judge does not', async () => {
    const { url, html } = loadFixture('amazon/details-skeleton.html');
    await serve(browser.context, url, html);
    const page = await browser.context.newPage();
    await page.goto(url);
    const [hint] = await waitForHints(page, (h) => h[0]?.attrs['data-state'] === 'unreadable', 20_000);
    const [download] = await Promise.all([page.waitForEvent('download'), clickInHint(page, hint!, 'Save a page sample')]);
    const saved = await savedFile(download);
    expect(saved).toMatch(/^<!-- url: https:\/\/sellercentral\.amazon\.com\/orders-v3\/order\/0{3}-0+1-0+2 -->/);
    expect(saved).toContain('Platform: amazon. Page: amazon/order-details.');
    await page.close();

    const judged = await openFixture(browser.context, 'amazon/details-unshipped-us.html');
    const [ready] = await waitForHints(judged);
    expect(ready!.attrs['data-action']).toBe('cancel');
    expect(ready!.text).not.toContain('Save a page sample');
    await judged.close();
  });
});
