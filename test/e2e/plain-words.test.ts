/**
 * Plain words: nothing a seller reads — the hint folded and unfolded, the popup, the statistics
 * page, in English and in Chinese — carries a rule id, a seed or file name, or an API code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openFixture, unfoldHint, waitForStableHints, type Launched } from '../support/browser';

let browser: Launched;
beforeAll(async () => {
  browser = await launch();
  for (const p of browser.context.pages()) await p.close();
});
afterAll(async () => {
  if (browser) await setLang('en').catch(() => undefined);
  await browser?.close();
});

/** Shapes of internal names: rule ids (a.b.c), seed and reference files, Markdown files, API codes. */
const INTERNAL: Array<[string, RegExp]> = [
  ['rule id', /\b[a-z0-9]+(\.[a-z0-9-]+){2,}\b/],
  ['seed file', /\bseeds?\//],
  ['Markdown file', /\.md\b/],
  ['API code', /\b[A-Z]+_[A-Z_]+\b/],
  ['rule label', /\bRule [a-z0-9]|规则 [a-z0-9]/],
];

function internalNames(text: string): string[] {
  return INTERNAL.flatMap(([name, re]) => {
    const m = re.exec(text);
    return m ? [`${name}: "${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40)}"`] : [];
  });
}

/** Fixtures of every platform and side, a list and detail pages. */
const PAGES = [
  'amazon/details-unshipped-us.html',
  'amazon/details-unshipped-buyer-cancel-us.html',
  'amazon/details-pending-us.html',
  'amazon/manage-orders-unshipped.html',
  'aliexpress/seller-detail-zh.html',
  'aliexpress/buyer-detail-awaiting-shipment.html',
  'aliexpress/buyer-detail-closed.html',
  'aliexpress/buyer-list-en.html',
  '1688/buyer-detail-legacy.html',
  '1688/seller-list.html',
  'shopify/unfulfilled-paid.html',
  'shopify/fulfilled.html',
];

async function setLang(lang: 'en' | 'zh'): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await options.evaluate((uiLang) => chrome.runtime.sendMessage({ kind: 'settings/set', settings: { rules: {}, uiLang } }), lang);
  await options.close();
}

async function tabOf(): Promise<number> {
  const [sw] = browser.context.serviceWorkers();
  const ids = await sw!.evaluate(async () => (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])));
  return Math.max(...ids);
}

async function popupText(): Promise<string> {
  const tab = await tabOf();
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tab}`);
  await popup.waitForFunction(
    () => !/Loading|正在加载/.test(document.body.innerText) && document.querySelector('.popup-stats') !== null,
    undefined,
    { timeout: 10_000 },
  );
  // A list's table: open one order, so its full verdict is read too.
  const row = popup.locator('.popup-row-btn').first();
  if (await row.count()) {
    await row.click();
    await popup.locator('.coc-card').first().waitFor();
  }
  const text = await popup.locator('body').innerText();
  await popup.close();
  return text;
}

describe('no internal names in what a seller reads', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`hint (folded and unfolded), popup and statistics, ${lang}`, async () => {
      await setLang(lang);
      const found: string[] = [];
      const unfold = lang === 'zh' ? '展开详情' : 'Show details';
      for (const fixture of PAGES) {
        const page: Page = await openFixture(browser.context, fixture);
        const folded = await waitForStableHints(page);
        for (const h of folded) found.push(...internalNames(h.text).map((f) => `${fixture} folded: ${f}`));
        const first = folded.find((h) => h.attrs['data-state'] === 'ready');
        if (first) {
          const full = await unfoldHint(page, first, 15_000, unfold);
          found.push(...internalNames(full.text).map((f) => `${fixture} unfolded: ${f}`));
        }
        found.push(...internalNames(await popupText()).map((f) => `${fixture} popup: ${f}`));
        await page.close();
      }
      const stats = await browser.context.newPage();
      await stats.goto(`chrome-extension://${browser.extensionId}/src/stats/index.html`);
      await stats.waitForFunction(
        () => document.querySelector('h1') !== null && !/Loading|正在加载/.test(document.body.innerText),
        undefined,
        { timeout: 10_000 },
      );
      await expect.poll(() => stats.locator('body').innerText()).toMatch(lang === 'zh' ? /原因|取消/ : /Reason|cancel/i);
      found.push(...internalNames(await stats.locator('body').innerText()).map((f) => `statistics: ${f}`));
      await stats.close();
      expect(found).toEqual([]);
    });
  }
});
