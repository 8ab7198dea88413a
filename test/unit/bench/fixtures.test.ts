// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchAliexpressOrderId, makeAliexpressBuyerListHtml } from '../../fixtures/bench/make-aliexpress-list';
import { makeLateDetailHtml } from '../../fixtures/bench/make-late-detail';
import { emptyManifestFrom } from '../../../scripts/bench/empty-extension';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('makeAliexpressBuyerListHtml', () => {
  it('has the asked number of cards, each with its own order id', () => {
    const doc = parse(makeAliexpressBuyerListHtml(100));
    const cards = doc.querySelectorAll('.order-main > .order-item');
    expect(cards).toHaveLength(100);
    expect(cards[42]!.querySelector('.order-item-header-right-info')!.textContent).toContain(`Order ID: ${benchAliexpressOrderId(42)}`);
  });
});

describe('makeLateDetailHtml', () => {
  const fixture = readFileSync(join(import.meta.dirname, '../../fixtures/amazon/details-unshipped-us.html'), 'utf8');
  it('leaves #MYO-app empty, keeps its content in an inert template, and keeps the footer', () => {
    const doc = parse(makeLateDetailHtml(fixture));
    expect(doc.getElementById('MYO-app')!.children).toHaveLength(0);
    const template = doc.getElementById('bench-late-data') as HTMLTemplateElement;
    expect(template.innerHTML).toContain('data-test-id="order-id-value"');
    expect(doc.getElementById('sc-footer')).not.toBeNull();
    expect(doc.querySelector('script')!.textContent).toContain('__benchDataAt');
  });
  it('refuses a page without the app root rather than serving something else', () => {
    expect(() => makeLateDetailHtml('<html><body></body></html>')).toThrow(/MYO-app/);
  });
});

describe('emptyManifestFrom', () => {
  it('copies every content-script match list, with the empty script in place of ours', () => {
    const dist = {
      content_scripts: [
        { js: ['assets/a.js'], matches: ['https://sellercentral.amazon.com/*'], run_at: 'document_idle' },
        { js: ['assets/b.js'], matches: ['https://www.aliexpress.com/p/order/*'] },
      ],
    };
    const m = emptyManifestFrom(dist) as { manifest_version: number; content_scripts: { js: string[]; matches: string[]; run_at: string }[] };
    expect(m.manifest_version).toBe(3);
    expect(m.content_scripts.map((c) => c.matches)).toEqual([['https://sellercentral.amazon.com/*'], ['https://www.aliexpress.com/p/order/*']]);
    expect(m.content_scripts.every((c) => c.js.join() === 'content.js' && c.run_at === 'document_idle')).toBe(true);
  });
});
