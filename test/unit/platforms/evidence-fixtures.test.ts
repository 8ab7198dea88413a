// The evidence pages and their expectations stay consistent with each other. What the readers make of the pages is
// measured by scripts/measure-readers.ts, not here: these pages describe what the readers must learn to read.
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../src/rules/types';
import { evidenceFixtureFiles, loadEvidenceExpectations, readEvidencePage } from '../../fixtures/evidence';

const fixtures = loadEvidenceExpectations();
const files = evidenceFixtureFiles();

describe('evidence fixtures', () => {
  it('exist, and each page on disk has exactly one expectations entry', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(fixtures.map((f) => f.file).sort()).toEqual(files);
  });

  it.each(files)('%s cites its sources right after its URL line', (file) => {
    const { html, href } = readEvidencePage(file);
    const afterUrlLine = html.slice(html.indexOf('\n') + 1);
    expect(afterUrlLine).toMatch(/^<!--\s*\n\s*Evidence\b/);
    const platform = file.split('/')[0];
    expect(PLATFORMS).toContain(platform);
    expect(new URL(href).protocol).toBe('https:');
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s shows every order its expectations name', (_file, fixture) => {
    const { html } = readEvidencePage(fixture.file);
    const ids = fixture.orders.map((o) => o.orderId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(html).toContain(id);
  });

  it('names a marketplace only for Amazon, where the page shows a sales channel', () => {
    for (const fixture of fixtures) {
      const withMarketplace = fixture.orders.filter((o) => o.marketplace !== undefined);
      if (!fixture.file.startsWith('amazon/')) expect(withMarketplace, fixture.file).toEqual([]);
      for (const order of withMarketplace) expect(order.marketplace).toMatch(/^amazon\.[a-z.]+$/);
    }
  });
});
