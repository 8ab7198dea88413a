/**
 * `npx tsx scripts/screenshots.ts`: the README's screenshots, taken from the built extension
 * (run `npx vite build` first) on the bundled fixture pages, each cropped to what it shows:
 * the in-page hint of one order per platform (unfolded; Amazon's also as its compact bar), a Manage
 * Orders list with its row hints, the popup beside a seller tab, the options page.
 * Writes docs/screenshots/*.png. The interface is English; no CJK font is needed.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, launch, openFixture, hintShadowRootId, unfoldHint, waitForHints, type HintSeen } from '../test/support/browser';

const OUT = join(ROOT, 'docs/screenshots');

/** One detail page per platform; the hint is shot unfolded, as the person sees it after one click. */
const HINTS: ReadonlyArray<{ file: string; fixture: string }> = [
  { file: 'hint-amazon.png', fixture: 'amazon/details-unshipped-buyer-cancel-us.html' },
  { file: 'hint-aliexpress.png', fixture: 'aliexpress/buyer-detail-awaiting-shipment.html' },
  { file: 'hint-1688.png', fixture: '1688/buyer-detail-air.html' },
  { file: 'hint-shopify.png', fixture: 'shopify/unfulfilled-paid.html' },
];

/**
 * The hint only: the box of its `.coc-hint` root inside the closed shadow root, measured through
 * the DevTools protocol (page scripts cannot see inside), and a clip of exactly that.
 */
async function shootHint(page: Page, hint: HintSeen, path: string): Promise<void> {
  await page.locator('cancel-or-close-hint').first().scrollIntoViewIfNeeded();
  const s = await page.context().newCDPSession(page);
  try {
    await s.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodeIds: roots } = (await s.send('DOM.pushNodesByBackendIdsToFrontend', {
      backendNodeIds: [await hintShadowRootId(s, hint.backendNodeId)],
    })) as { nodeIds: number[] };
    const { nodeId } = (await s.send('DOM.querySelector', { nodeId: roots[0]!, selector: '.coc-hint' })) as { nodeId: number };
    const { model } = (await s.send('DOM.getBoxModel', { nodeId })) as { model: { border: number[] } };
    const [x1, y1, x2, , , y3] = model.border as [number, number, number, number, number, number];
    const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
    await page.screenshot({ path, fullPage: true, clip: { x: x1 + scroll.x, y: y1 + scroll.y, width: x2 - x1, height: y3 - y1 } });
  } finally {
    await s.detach();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await launch({ viewport: { width: 900, height: 900 } });
  try {
    for (const { file, fixture } of HINTS) {
      const page = await openFixture(browser.context, fixture);
      const [bar] = await waitForHints(page);
      if (bar?.attrs['data-state'] !== 'ready') throw new Error(`${fixture}: no verdict (${JSON.stringify(bar?.attrs)})`);
      if (file === 'hint-amazon.png') await shootHint(page, bar, join(OUT, 'hint-amazon-bar.png'));
      await shootHint(page, await unfoldHint(page, bar), join(OUT, file));
      console.log(`${file.padEnd(22)} ${fixture} → ${bar.attrs['data-action']}`);
      await page.close();
    }

    // A Manage Orders list: one fixed-size hint per row, in the row's status cell.
    const list = await openFixture(browser.context, 'amazon/manage-orders-unshipped.html');
    await list.setViewportSize({ width: 1280, height: 900 });
    await waitForHints(list);
    await list.waitForTimeout(300);
    await list.screenshot({ path: join(OUT, 'hint-amazon-list.png'), clip: { x: 0, y: 120, width: 1280, height: 620 } });
    console.log('hint-amazon-list.png');
    await list.close();

    // The popup for the Amazon tab, which is still open (the last tab opened is the seller tab).
    const [sw] = browser.context.serviceWorkers();
    const amazon = await openFixture(browser.context, 'amazon/details-unshipped-us.html');
    await waitForHints(amazon);
    const tabId = await sw!.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? 0)));
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('.coc-card');
    // The top of the popup: the verdict as the person first sees it.
    await popup.screenshot({ path: join(OUT, 'popup.png'), clip: { x: 0, y: 0, width: 380, height: 760 } });
    console.log('popup.png');

    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 720, height: 960 });
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.waitForSelector('.options-timer');
    await options.screenshot({ path: join(OUT, 'options.png') });
    console.log('options.png');
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
