/**
 * Pages cannot reach our files, so a page cannot tell that the extension is installed, nor which
 * build it is (issue 15, item 9). From the page's own script (its main world) on a seller page we
 * read, and on an attacker's own Shopify store (any `*.myshopify.com` page, the one seller host a
 * stranger can put scripts on), every file of the built extension is asked for at its
 * chrome-extension:// URL, with fetch() and as <script src>, <link href> and <img src>: every
 * attempt must fail. While the content script still works on the same page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST, launch, loadFixture, serve, unfoldHint, waitForHints, type Launched } from '../support/browser';
import { freshenDates } from '../support/fresh-dates';

let browser: Launched;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Every file in dist/, as a path below the extension's root. */
const DIST_FILES = filesUnder(DIST).map((f) => relative(DIST, f).split('\\').join('/'));

interface Attempt {
  file: string;
  how: 'fetch' | 'script' | 'link' | 'img';
}

const OURS = (): string => `chrome-extension://${browser.extensionId}/`;

/** From the page's main world: every way a page loads a URL, for every file below `base`; returns the attempts that got through. */
async function reachable(page: Page, files: string[], base = OURS()): Promise<Attempt[]> {
  return page.evaluate(
    async ({ base, files }) => {
      const viaElement = (tag: 'script' | 'link' | 'img', url: string): Promise<boolean> =>
        new Promise((resolve) => {
          const el = document.createElement(tag);
          const done = (loaded: boolean) => {
            el.remove();
            resolve(loaded);
          };
          el.addEventListener('load', () => done(true));
          el.addEventListener('error', () => done(false));
          setTimeout(() => done(false), 5000);
          if (el instanceof HTMLScriptElement) el.src = url;
          else if (el instanceof HTMLLinkElement) {
            el.rel = 'stylesheet';
            el.href = url;
          } else (el as HTMLImageElement).src = url;
          document.head.append(el);
        });
      const viaFetch = (url: string): Promise<boolean> =>
        fetch(url).then(
          () => true,
          () => false,
        );
      const attempts = files.flatMap((file) => {
        const url = base + file;
        return [
          viaFetch(url).then((ok) => (ok ? [{ file, how: 'fetch' as const }] : [])),
          viaElement('script', url).then((ok) => (ok ? [{ file, how: 'script' as const }] : [])),
          viaElement('link', url).then((ok) => (ok ? [{ file, how: 'link' as const }] : [])),
          viaElement('img', url).then((ok) => (ok ? [{ file, how: 'img' as const }] : [])),
        ];
      });
      return (await Promise.all(attempts)).flat();
    },
    { base, files },
  );
}

describe('a page cannot fetch any file of the extension', () => {
  it('the build has files to try, scripts among them, and its manifest makes none web-accessible', () => {
    expect(DIST_FILES).toContain('manifest.json');
    expect(DIST_FILES.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(5);
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { web_accessible_resources?: unknown[] };
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('on a seller page we read, with its hint shown and unfolded', async () => {
    const { url, html } = loadFixture('amazon/details-unshipped-us.html');
    await serve(browser.context, url, freshenDates(html));
    const page = await browser.context.newPage();
    await page.goto(url);
    const [hint] = await waitForHints(page);
    // Unfolded: the lazy parts are in the page's frame now, and still out of the page's reach.
    await unfoldHint(page, hint!);
    expect(await reachable(page, DIST_FILES)).toEqual([]);
    await page.close();
  });

  it('on an attacker’s own *.myshopify.com store, in its admin (where our content script runs) and outside it', async () => {
    const { html } = loadFixture('shopify/unfulfilled-paid.html');
    for (const url of ['https://attacker-store.myshopify.com/admin/orders/1', 'https://attacker-store.myshopify.com/']) {
      await serve(browser.context, url, freshenDates(html));
      const page = await browser.context.newPage();
      await page.goto(url);
      expect(await reachable(page, DIST_FILES), url).toEqual([]);
      await page.close();
    }
  });

  it('the same attempts do report a file the page can load (the check can fail)', async () => {
    const url = 'https://attacker-store.myshopify.com/';
    await serve(browser.context, url, '<!doctype html><title>store</title>');
    const page = await browser.context.newPage();
    await page.goto(url);
    const got = await reachable(page, [''], url);
    expect(got.map((a) => a.how)).toContain('fetch');
    await page.close();
  });
});
