/**
 * The privacy policy ships inside the extension: the options page links to it, the link opens the
 * built page, and it shows the policy in the interface language, switchable, with no error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Launched } from '../support/browser';
import { PRIVACY_POLICY } from '../../src/privacy/policy';

let browser: Launched;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the privacy page', () => {
  it('opens from the options page and shows the policy in both languages', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const link = options.getByRole('link', { name: 'Privacy policy' });
    const [policy] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    const errors: string[] = [];
    policy.on('pageerror', (e) => errors.push(e.message));
    policy.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await policy.waitForSelector('h1');
    expect(policy.url()).toBe(`chrome-extension://${browser.extensionId}/src/privacy/index.html`);
    expect(await policy.locator('h1').textContent()).toBe(PRIVACY_POLICY.en.title);
    expect(await policy.locator('h2').count()).toBe(PRIVACY_POLICY.en.sections.length);
    await policy.getByRole('button', { name: PRIVACY_POLICY.en.otherLanguage }).click();
    expect(await policy.locator('h1').textContent()).toBe(PRIVACY_POLICY.zh.title);
    expect(await policy.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(errors).toEqual([]);
  });
});
