/**
 * One-click messages in the real browser: the item comes from the page, the store name is asked once and
 * remembered, Copy puts the rendered text on the clipboard, the
 * language switch re-renders it, Insert fills the page's own message box without sending, and a
 * custom Amazon template that breaks the messaging rules is shown flagged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import {
  clickInHint,
  launch,
  loadFixture,
  serve,
  unfoldHint,
  waitForHints,
  hintShadowRootId,
  type HintSeen,
  type Launched,
} from '../support/browser';
import { freshenDates } from '../support/fresh-dates';

let browser: Launched;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The Amazon order page with an open "Contact buyer" compose box whose Send button records a send. */
function orderPageWithComposeBox(): { url: string; html: string } {
  const { url, html } = loadFixture('amazon/details-unshipped-us.html');
  const box = `<form id="compose" onsubmit="event.preventDefault(); window.__sent = (window.__sent || 0) + 1">
    <label for="buyer-message">Message to buyer</label>
    <textarea id="buyer-message" class="a1b2c3"></textarea>
    <button type="submit">Send</button></form>`;
  const withBox = freshenDates(html).replace(
    '</body>',
    `${box}<script>window.__inputs = 0; window.__untrusted = 0; document.getElementById('buyer-message').addEventListener('input', (e) => { window.__inputs++; if (!e.isTrusted) window.__untrusted++; })</script></body>`,
  );
  expect(withBox).not.toBe(freshenDates(html));
  return { url, html: withBox };
}

/** Runs `fn` on the first element matching `selector` inside the hint's closed shadow root (through DevTools). */
async function inHint<T>(page: Page, hint: HintSeen, selector: string, fn: string): Promise<T> {
  const s: CDPSession = await page.context().newCDPSession(page);
  try {
    await s.send('DOM.getDocument', { depth: -1, pierce: true });
    const shadow = { backendNodeId: await hintShadowRootId(s, hint.backendNodeId) };
    const { nodeIds: rootIds } = (await s.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [shadow.backendNodeId] })) as {
      nodeIds: number[];
    };
    const { nodeId } = (await s.send('DOM.querySelector', { nodeId: rootIds[0]!, selector })) as { nodeId: number };
    if (!nodeId) throw new Error(`no ${selector} in the hint`);
    const { object } = (await s.send('DOM.resolveNode', { nodeId })) as { object: { objectId: string } };
    const { result } = (await s.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      returnByValue: true,
      awaitPromise: true,
    })) as {
      result: { value: T };
    };
    return result.value;
  } finally {
    await s.detach();
  }
}

/** Types a value into every blank of the hint's first message, as a person would. */
async function fillBlanks(page: Page, hint: HintSeen, value = 'Sample Store'): Promise<void> {
  await inHint(
    page,
    hint,
    '.coc-tpl',
    `function () { for (const input of this.querySelectorAll('input[data-blank]')) { input.value = ${JSON.stringify(value)}; input.dispatchEvent(new Event('input', { bubbles: true })); } }`,
  );
  await expect.poll(() => inHint<string>(page, hint, '.coc-tpl-text', 'function () { return this.tagName; }')).toBe('TEXTAREA');
}

describe('messages in the hint', () => {
  it('fills the item from the page, asks for the store name at the first message that needs it, and remembers it', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.evaluate(() => chrome.runtime.sendMessage({ kind: 'settings/set', settings: { rules: {} } }));
    try {
      const { url, html } = orderPageWithComposeBox();
      await serve(browser.context, url, html);
      const page = await browser.context.newPage();
      await page.goto(url);
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
      await page.evaluate(() => navigator.clipboard.writeText('before'));
      const hint = await unfoldHint(page, (await waitForHints(page))[0]!);
      // The item is the product the page shows; only the store name (not set yet) is left, marked in the preview
      // and asked for outside the folded text, with the offer to remember it.
      const firstMessage = () =>
        inHint<string>(
          page,
          hint,
          '.coc-tpl',
          "function () { return this.querySelector('.coc-tpl-text').value ?? this.querySelector('.coc-tpl-text').textContent; }",
        );
      expect(
        await inHint<string>(
          page,
          hint,
          '.coc-tpl',
          "function () { return [...this.querySelectorAll('mark.coc-blank')].map((m) => m.textContent).join(); }",
        ),
      ).toBe('[store name]');
      expect(await firstMessage()).toContain('<img src=x onerror=alert(1)> Stainless Steel Water Bottle 750 ml');
      expect(hint.text).toMatch(/Fill in before sending Your store name Remember my store name/);
      await clickInHint(page, hint, 'Copy');
      const said = () => inHint<string>(page, hint, '.coc-tpl .coc-copy-status', 'function () { return this.textContent; }');
      await expect.poll(said).toBe('Fill in Your store name first: the message would go out with a blank.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('before');
      await clickInHint(page, hint, 'Insert into message box');
      expect(await page.inputValue('#buyer-message')).toBe('');
      // The keyboard was taken to the blank.
      expect(
        await inHint<string>(
          page,
          hint,
          '.coc-tpl',
          'function () { return this.getRootNode().activeElement?.getAttribute("data-blank") ?? ""; }',
        ),
      ).toBe('storeName');
      await fillBlanks(page, hint, 'Sample Store');
      await clickInHint(page, hint, 'Copy');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/Sample Store$/);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      // The product's name went out as the page shows it (as text), and no bracketed blank is left.
      expect(copied).toContain('Stainless Steel Water Bottle 750 ml');
      expect(copied).not.toMatch(/\[(store name|item)\]/);
      await clickInHint(page, hint, 'Insert into message box');
      await expect.poll(() => page.inputValue('#buyer-message')).toMatch(/Sample Store$/);
      await page.close();

      // Remembered: the settings hold it, and the next order page's messages are signed without asking.
      await expect
        .poll(() => options.evaluate(() => chrome.runtime.sendMessage({ kind: 'settings/get' }).then((r) => r.value.storeName)))
        .toBe('Sample Store');
      const again = await browser.context.newPage();
      await again.goto(url);
      const next = await unfoldHint(again, (await waitForHints(again))[0]!);
      expect(next.text).not.toMatch(/Fill in before sending/);
      expect(
        await inHint<number>(
          again,
          next,
          '.coc-tpl',
          "function () { return this.querySelectorAll('mark.coc-blank, input[data-blank]').length; }",
        ),
      ).toBe(0);
      expect(await inHint<string>(again, next, '.coc-tpl-text', 'function () { return this.value; }')).toMatch(/Sample Store$/);
      await again.close();
    } finally {
      await options.evaluate(() => chrome.runtime.sendMessage({ kind: 'settings/set', settings: { rules: {} } }));
      await options.close();
    }
  });

  it('asks for the blanks in Chinese by their Chinese names', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.evaluate(() => chrome.runtime.sendMessage({ kind: 'settings/set', settings: { rules: {}, uiLang: 'zh' } }));
    try {
      const { url, html } = orderPageWithComposeBox();
      await serve(browser.context, url, html);
      const page = await browser.context.newPage();
      await page.goto(url);
      const hint = await unfoldHint(page, (await waitForHints(page))[0]!, 15_000, '展开详情');
      await clickInHint(page, hint, '复制');
      await expect
        .poll(() => inHint<string>(page, hint, '.coc-tpl .coc-copy-status', 'function () { return this.textContent; }'))
        .toBe('请先填写你的店铺名称：否则消息会带着空白发出。');
      const full = (await waitForHints(page))[0]!;
      expect(full.text).toMatch(/发送前请填写 你的店铺名称/);
      // The interface names the fields in Chinese (the message itself is in the buyer's language, blanks and all).
      const asked = await inHint<string>(page, hint, '.coc-blanks', 'function () { return this.textContent; }');
      expect(asked).toBe('发送前请填写你的店铺名称 记住我的店铺名称');
      await page.close();
    } finally {
      await options.evaluate(() => chrome.runtime.sendMessage({ kind: 'settings/set', settings: { rules: {} } }));
      await options.close();
    }
  });

  it('copies the rendered message, and the language switch re-renders it', async () => {
    const { url, html } = orderPageWithComposeBox();
    await serve(browser.context, url, html);
    const page = await browser.context.newPage();
    await page.goto(url);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    const [bar] = await waitForHints(page);
    expect(bar!.attrs['data-order-id']).toBe('111-2222222-3333333');
    const hint = await unfoldHint(page, bar!);
    await fillBlanks(page, hint);

    const shown = await inHint<string>(page, hint, '.coc-tpl-text', 'function () { return this.value; }');
    await clickInHint(page, hint, 'Copy');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    expect(shown).toContain('111-2222222-3333333');

    // amazon.com writes English; German is one of the languages the worker rendered too.
    const languages = await inHint<string[]>(
      page,
      hint,
      '.coc-tpl-lang select',
      'function () { return [...this.options].map((o) => o.value); }',
    );
    expect(languages).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es', 'it', 'ja']));
    await inHint(
      page,
      hint,
      '.coc-tpl-lang select',
      "function () { this.value = 'de'; this.dispatchEvent(new Event('change', { bubbles: true })); }",
    );
    await expect
      .poll(() => inHint<string>(page, hint, '.coc-tpl', "function () { return this.getAttribute('data-language'); }"))
      .toBe('de');
    await fillBlanks(page, hint);
    const german = await inHint<string>(page, hint, '.coc-tpl-text', 'function () { return this.value; }');
    expect(german).not.toBe(shown);
    expect(german).toContain('111-2222222-3333333');
    await page.close();
  });

  it('inserts a message into the page’s message box as typing would, without sending it', async () => {
    const { url, html } = orderPageWithComposeBox();
    await serve(browser.context, url, html);
    const page = await browser.context.newPage();
    await page.goto(url);
    const hint = await unfoldHint(page, (await waitForHints(page))[0]!);
    await fillBlanks(page, hint);
    const shown = await inHint<string>(page, hint, '.coc-tpl-text', 'function () { return this.value; }');
    await clickInHint(page, hint, 'Insert into message box');
    await expect.poll(() => page.inputValue('#buyer-message')).toBe(shown);
    // The browser's own input events (one per typed line), as the page's editor sees when a person types.
    expect(await page.evaluate(() => (window as unknown as { __inputs: number }).__inputs)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __untrusted: number }).__untrusted)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __sent?: number }).__sent)).toBeUndefined();
    // Inserted through the browser's own editing, so the person can take it back with undo.
    await page.focus('#buyer-message');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.inputValue('#buyer-message')).toBe('');
    await page.close();
  });

  it('offers no Insert button on a page without a message box', async () => {
    const { url, html } = loadFixture('amazon/details-unshipped-us.html');
    await serve(browser.context, url, freshenDates(html));
    const page = await browser.context.newPage();
    await page.goto(url);
    const hint = await unfoldHint(page, (await waitForHints(page))[0]!);
    expect(hint.text).toMatch(/Copy/);
    expect(hint.text).not.toMatch(/Insert into message box/);
    await page.close();
  });

  it('shows a custom Amazon template that breaks the messaging rules as flagged', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const saved = (await options.evaluate((template) => chrome.runtime.sendMessage({ kind: 'templates/save', template }), {
      platform: 'amazon',
      audience: 'buyer',
      language: 'en',
      title: 'Stock apology (custom)',
      body: 'Sorry, order {orderId} is out of stock. Please cancel it and visit www.samplestore.com',
      situations: [],
    })) as { ok: boolean; value?: { id: string } };
    expect(saved.ok).toBe(true);

    const { url, html } = loadFixture('amazon/details-unshipped-us.html');
    await serve(browser.context, url, freshenDates(html));
    const page = await browser.context.newPage();
    await page.goto(url);
    const hint = await unfoldHint(page, (await waitForHints(page))[0]!);
    expect(hint.text).toContain('Stock apology (custom)');
    expect(hint.text).toMatch(/Breaks Amazon's messaging rules/);
    expect(hint.text).toMatch(/Contains a link/);
    expect(hint.text).toMatch(/Copy anyway/);
    const flagged = await inHint<string>(
      page,
      hint,
      '.coc-tpl-flagged',
      "function () { return this.getAttribute('data-template') + ' ' + this.querySelector('.coc-tpl-problems').getAttribute('data-problems'); }",
    );
    expect(flagged).toBe(`${saved.value!.id} link asks-buyer-to-cancel-for-stock`);

    await options.evaluate((id) => chrome.runtime.sendMessage({ kind: 'templates/delete', id }), saved.value!.id);
    await options.close();
    await page.close();
  });
});
