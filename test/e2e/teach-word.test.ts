/**
 * Teaching a status word, in Debian's Chromium with the built extension: an Amazon order page whose status is a word
 * the vocabulary does not know ("Niet verzonden", Dutch for Unshipped, which no public help page gave us) shows
 * unknown and names the word; the person says what it means in the hint, and the verdict appears at once. A new page
 * load of another order with the same word reads it right away (its hint is never "unknown", not even for a moment);
 * forgetting the word in the options makes it unknown again; the word travels in the history export.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshenDates } from '../support/fresh-dates';
import { hintShadowRootId, launch, loadFixture, serve, unfoldHint, waitForHints, type HintSeen, type Launched } from '../support/browser';

const WORD = 'Niet verzonden';
const FIRST = '111-2222222-3333333';
const SECOND = '111-4444444-5555555';

let browser: Launched;
const downloads = mkdtempSync(join(tmpdir(), 'coc-teach-downloads-'));
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  rmSync(downloads, { recursive: true, force: true });
});

/** The US unshipped order page with its status word replaced, as order `orderId`; served at its own URL. */
async function orderPage(orderId: string): Promise<Page> {
  const { url, html } = loadFixture('amazon/details-unshipped-us.html');
  const page = freshenDates(html).replaceAll(FIRST, orderId).replace('class="a-color-state">Unshipped<', `class="a-color-state">${WORD}<`);
  expect(page).toContain(WORD);
  const at = url.replace(FIRST, orderId);
  await serve(browser.context, at, page);
  const tab = await browser.context.newPage();
  // Every stage the page's hint element ever carries, seen from the page itself (the element is in its DOM).
  await tab.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { stagesSeen: string[] }).stagesSeen = seen;
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as Element;
        if (el.nodeName === 'CANCEL-OR-CLOSE-HINT' && r.attributeName === 'data-stage') seen.push(el.getAttribute('data-stage') ?? '');
        for (const n of r.addedNodes) if (n.nodeName === 'CANCEL-OR-CLOSE-HINT') seen.push((n as Element).getAttribute('data-stage') ?? '');
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-stage'] });
  });
  await tab.goto(at);
  return tab;
}

/** Runs `fn` on the element `selector` finds inside the hint's closed shadow root (through DevTools). */
async function inHint<T>(page: Page, hint: HintSeen, selector: string, fn: string): Promise<T> {
  const s: CDPSession = await page.context().newCDPSession(page);
  try {
    const { object } = (await s.send('DOM.resolveNode', { backendNodeId: await hintShadowRootId(s, hint.backendNodeId) })) as {
      object: { objectId: string };
    };
    const { result } = (await s.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () { const el = this.querySelector(${JSON.stringify(selector)}); if (!el) return null; return (${fn})(el); }`,
      returnByValue: true,
    })) as { result: { value: T } };
    return result.value;
  } finally {
    await s.detach();
  }
}

const stageOf = (page: Page, orderId: string) =>
  waitForHints(page, (h) => h.some((x) => x.attrs['data-order-id'] === orderId && x.attrs['data-state'] === 'ready'));

describe('teaching a status word', () => {
  it('names the unknown word, learns it from the hint, reads it on the next page, forgets it in the options, exports it', async () => {
    // 1. Unknown, and the hint names the word.
    const first = await orderPage(FIRST);
    const [bar] = await stageOf(first, FIRST);
    expect(bar!.attrs).toMatchObject({ 'data-stage': 'unknown', 'data-action': 'unknown' });
    expect(bar!.text).toContain(`“${WORD}”, a word we do not know yet`);

    // 2. Unfolded, it asks what the word means; the answer shows the verdict at once, owning up to the taught word.
    const full = await unfoldHint(first, bar!);
    expect(full.text).toContain('This means');
    expect(full.text).toContain('I am not sure');
    const chosen = await inHint<string>(
      first,
      full,
      '.coc-teach-stage',
      `(select) => { select.value = 'awaiting-shipment'; select.dispatchEvent(new Event('change', { bubbles: true })); return select.value; }`,
    );
    expect(chosen).toBe('awaiting-shipment');
    await first.waitForTimeout(50); // Preact draws the enabled button in the next frame
    expect(await inHint<boolean>(first, full, '.coc-teach-save', '(b) => { b.click(); return true; }')).toBe(true);
    const taught = await waitForHints(first, (h) => h.some((x) => x.attrs['data-stage'] === 'awaiting-shipment'));
    expect(taught[0]!.attrs).toMatchObject({ 'data-order-id': FIRST, 'data-stage': 'awaiting-shipment', 'data-action': 'cancel' });
    await expect.poll(async () => (await waitForHints(first))[0]!.text).toContain(`rests on a word you taught: “${WORD}” means “`);
    await first.close();

    // 3. A new page load of another order with the same word: read at once, never shown as unknown.
    const second = await orderPage(SECOND);
    const [read] = await stageOf(second, SECOND);
    expect(read!.attrs).toMatchObject({ 'data-stage': 'awaiting-shipment', 'data-action': 'cancel' });
    expect(await second.evaluate(() => (window as unknown as { stagesSeen: string[] }).stagesSeen)).not.toContain('unknown');
    await second.close();

    // 4. The options list the word; the export carries it.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const row = options.locator(`tr[data-taught-word="${WORD}"]`);
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toMatch(/Amazon[\s\S]*Niet verzonden[\s\S]*Paid, not shipped/);
    const downloaded = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export history', exact: true }).click();
    const download = await downloaded;
    const path = join(downloads, download.suggestedFilename());
    await download.saveAs(path);
    const file = JSON.parse(readFileSync(path, 'utf8')) as { taughtWords?: Array<Record<string, unknown>> };
    expect(file.taughtWords).toEqual([{ platform: 'amazon', word: WORD, stage: 'awaiting-shipment', at: expect.any(String) }]);

    // 5. Removed in the options: the next page shows the word as unknown again.
    await options.getByRole('button', { name: `Remove “${WORD}”` }).click();
    await expect.poll(() => row.count()).toBe(0);
    await options.close();
    const third = await orderPage(SECOND);
    const [again] = await stageOf(third, SECOND);
    expect(again!.attrs).toMatchObject({ 'data-stage': 'unknown', 'data-action': 'unknown' });
    expect(again!.text).toContain(`“${WORD}”`);
    await third.close();
  });
});
