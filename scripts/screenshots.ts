/**
 * `npx tsx scripts/screenshots.ts`: the README's screenshots, taken from the built extension
 * (run `npx vite build` first) on the demo pages `npm start` opens (scripts/demo-pages.ts), each cropped to what it shows:
 * the in-page hint of one order per platform (unfolded; Amazon's also as its compact bar), a Manage
 * Orders list with its row hints, the popup beside a seller tab, the options page.
 * Writes docs/screenshots/*.png. The interface is English; the 1688 page around its hint is Chinese
 * (Debian: fonts-noto-cjk).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { ROOT, launch, hintShadowRootId, unfoldHint, waitForHints, type HintSeen } from '../test/support/browser';
import { serveDemoPages } from './demo-pages';

const OUT = join(ROOT, 'docs/screenshots');

/** One detail page per platform; the hint is shot unfolded, as the person sees it after one click. */
const HINTS: ReadonlyArray<{ file: string; page: string }> = [
  { file: 'hint-amazon.png', page: 'amazon/buyer-requested-cancel-us.html' },
  { file: 'hint-aliexpress.png', page: 'aliexpress/order-awaiting-shipment.html' },
  { file: 'hint-1688.png', page: '1688/order-awaiting-payment.html' },
  { file: 'hint-shopify.png', page: 'shopify/unfulfilled-paid.html' },
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
  const urls = await serveDemoPages(browser.context);
  const open = async (context: BrowserContext, demoPage: string) => {
    const page = await context.newPage();
    await page.goto(urls.get(demoPage)!);
    return page;
  };
  try {
    for (const { file, page: demoPage } of HINTS) {
      const page = await open(browser.context, demoPage);
      const [bar] = await waitForHints(page);
      if (bar?.attrs['data-state'] !== 'ready') throw new Error(`${demoPage}: no verdict (${JSON.stringify(bar?.attrs)})`);
      if (file === 'hint-amazon.png') await shootHint(page, bar, join(OUT, 'hint-amazon-bar.png'));
      await shootHint(page, await unfoldHint(page, bar), join(OUT, file));
      console.log(`${file.padEnd(22)} ${demoPage} → ${bar.attrs['data-action']}`);
      await page.close();
    }

    // A Manage Orders list, from the site's header down: one fixed-size hint per row, in the row's status cell.
    const list = await open(browser.context, 'amazon/manage-orders.html');
    await list.setViewportSize({ width: 1280, height: 900 });
    await waitForHints(list);
    await list.waitForTimeout(300);
    await list.screenshot({ path: join(OUT, 'hint-amazon-list.png'), clip: { x: 0, y: 0, width: 1280, height: 860 } });
    console.log('hint-amazon-list.png');
    await list.close();

    // The popup for the Amazon tab, which is still open (the last tab opened is the seller tab).
    const [sw] = browser.context.serviceWorkers();
    const amazon = await open(browser.context, 'amazon/unshipped-us.html');
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
