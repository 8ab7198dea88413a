/**
 * The extension pages' content security policy is default-deny: a remote image, stylesheet or
 * frame that found its way into the options, popup or statistics page would not load, and the
 * pages themselves break no rule of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Launched } from '../support/browser';

let browser: Launched;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = ['src/options/index.html', 'src/popup/index.html', 'src/stats/index.html'];

describe('extension pages under their CSP', () => {
  for (const path of PAGES) {
    it(`${path} draws without a policy violation and refuses remote images, styles and frames`, async () => {
      const page = await browser.context.newPage();
      const remote: string[] = [];
      // A blocked load may still show as a request; what must never happen is a response.
      page.on('response', (r) => void (/^https?:/.test(r.url()) && remote.push(r.url())));
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __violations: string[] }).__violations = seen;
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
      });
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);

      await page.evaluate(() => {
        const img = document.createElement('img');
        img.src = 'https://tracker.example/pixel.png';
        const css = document.createElement('link');
        css.rel = 'stylesheet';
        css.href = 'https://cdn.example/x.css';
        const frame = document.createElement('iframe');
        frame.src = 'https://frame.example/';
        document.body.append(img, css, frame);
      });
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.map((v) => v.split(' ')[0]).sort()))
        .toEqual(['frame-src', 'img-src', 'style-src-elem']);
      expect(remote).toEqual([]);
      await page.close();
    });
  }
});
