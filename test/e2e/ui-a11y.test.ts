/**
 * Accessibility in the real browser: axe-core (node_modules/axe-core) finds no serious or critical
 * issue in the in-page hint (unfolded, with its card), the popup showing a verdict, and the
 * options page, in English and in Chinese.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, openFixture, ROOT, hintShadowRootId, unfoldHint, waitForHints, type HintSeen, type Launched } from '../support/browser';

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

let browser: Launched;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Loads axe into the page through DevTools, which extension pages' CSP (no inline scripts) does not stop. */
async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(readFileSync(AXE, 'utf8'));
}

type AxeRun = (
  ctx: unknown,
  opts: unknown,
) => Promise<{
  passes: unknown[];
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown }> }>;
}>;

/** axe on `selector` (or the whole page), keeping only serious and critical findings. */
async function scanPage(page: Page, selector?: string): Promise<Violation[]> {
  await injectAxe(page);
  const { passes, violations } = await page.evaluate(async (sel) => {
    const run = (window as unknown as { axe: { run: AxeRun } }).axe.run;
    const result = await run(sel ? document.querySelector(sel) : document, { resultTypes: ['violations'] });
    return {
      passes: result.passes.length,
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => JSON.stringify(n.target)),
      })),
    };
  }, selector);
  // axe really looked: a scan that saw nothing would pass nothing either.
  expect(passes).toBeGreaterThan(5);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * The hint lives in a closed shadow root, which axe cannot enter. Through DevTools its rendered
 * content (markup and its own style sheet) is copied into an open shadow root on the same page,
 * and axe scans the copy.
 */
async function copyHintOpen(page: Page, hint: HintSeen): Promise<string> {
  const s = await page.context().newCDPSession(page);
  try {
    await s.send('DOM.getDocument', { depth: -1, pierce: true });
    const { object } = (await s.send('DOM.resolveNode', { backendNodeId: await hintShadowRootId(s, hint.backendNodeId) })) as {
      object: { objectId: string };
    };
    await s.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () {
        const host = document.createElement('div');
        host.id = 'hint-copy';
        const open = host.attachShadow({ mode: 'open' });
        for (const n of this.childNodes) open.append(n.cloneNode(true));
        document.body.append(host);
      }`,
    });
    return '#hint-copy';
  } finally {
    await s.detach();
  }
}

describe('accessibility (axe-core: no serious or critical issue)', () => {
  it('the in-page hint, as a compact bar and unfolded with its card', async () => {
    const page = await openFixture(browser.context, 'amazon/details-unshipped-us.html');
    const [bar] = await waitForHints(page);
    expect(await scanPage(page, await copyHintOpen(page, bar!))).toEqual([]);
    await page.evaluate(() => document.getElementById('hint-copy')?.remove());
    const hint = await unfoldHint(page, bar!);
    expect(hint.text).toMatch(/Copy/);
    expect(await scanPage(page, await copyHintOpen(page, hint))).toEqual([]);
    await page.close();
  });

  it('the popup with a verdict, in English and Chinese', async () => {
    const seller = await openFixture(browser.context, 'amazon/details-unshipped-us.html');
    await waitForHints(seller);
    const [sw] = browser.context.serviceWorkers();
    // Without the "tabs" permission tabs have no URLs: the seller tab is the one opened last.
    const tabId = await sw!.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? 0)));
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('.coc-card');
    expect(await scanPage(popup)).toEqual([]);
    await popup.click('.coc-lang-btn[lang="zh-CN"]');
    await popup.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await scanPage(popup)).toEqual([]);
    await popup.click('.coc-lang-btn[lang="en"]');
    await popup.close();
    await seller.close();
  });

  it('the popup on a list page: the order table, one order opened, in English and Chinese', async () => {
    const seller = await openFixture(browser.context, 'amazon/manage-orders-unshipped.html');
    await waitForHints(seller);
    const [sw] = browser.context.serviceWorkers();
    const tabId = await sw!.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? 0)));
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('.popup-row');
    await popup.locator('.popup-row-btn').first().click();
    await popup.waitForSelector('.coc-card');
    expect(await scanPage(popup)).toEqual([]);
    await popup.click('.coc-lang-btn[lang="zh-CN"]');
    await popup.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await scanPage(popup)).toEqual([]);
    await popup.click('.coc-lang-btn[lang="en"]');
    await popup.close();
    await seller.close();
  });

  it('the options page, with the template editor open', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await page.waitForSelector('.options-timer');
    await page.getByRole('button', { name: 'New template' }).click();
    await page.fill('.options-editor textarea', 'Out of stock, please cancel. www.example.com');
    await page.waitForSelector('.options-editor .coc-tpl-problems');
    expect(await scanPage(page)).toEqual([]);
    await page.close();
  });
});
