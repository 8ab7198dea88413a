/**
 * The content script's lazy parts (src/content/lazy-parts.ts) are scripts of their own, each with its
 * own copy of every module it uses. What the content script sets up for the page — the platform it
 * serves (message-box words, the platform's name) and the parts' exports — is shared through the
 * isolated world's global object, so a part sees it; a fresh module registry stands in for a part here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { amazon } from '../../../src/platforms/amazon/platform';

afterEach(() => {
  vi.resetModules();
  delete (globalThis as Record<string, unknown>).__cancelOrClosePlatform;
  delete (globalThis as Record<string, unknown>).__cancelOrCloseParts;
});

describe('a lazy part, in the content script’s world', () => {
  it('finds the platform the content script serves, and names it in its own labels', async () => {
    const contentScript = await import('../../../src/content/page-platform');
    contentScript.servePlatform(amazon);
    vi.resetModules(); // the part's own copies of the modules
    const part = await import('../../../src/content/page-platform');
    const labels = await import('../../../src/ui/labels');
    expect(part.servedPlatform('amazon')).toBe(amazon);
    expect(part.servedPlatform('shopify')).toBeUndefined();
    expect(labels.platformLabel('amazon', 'en')).toBe('amazon'); // not named until the part adopts it
    part.adoptServedPlatform();
    expect(labels.platformLabel('amazon', 'en')).toBe(amazon.name.en);
  });

  it('leaves its exports where the content script’s own copy finds them', async () => {
    const contentScript = await import('../../../src/content/part-registry');
    expect(contentScript.providedPart('page-summary')).toBeUndefined();
    vi.resetModules();
    const part = await import('../../../src/content/part-registry');
    const exports = { summarizeRow: () => undefined, forgetRow: () => undefined };
    part.providePart('page-summary', exports);
    expect(contentScript.providedPart('page-summary')).toBe(exports);
  });
});
