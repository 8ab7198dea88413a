// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchAliexpressOrderId, makeAliexpressBuyerListHtml } from '../../fixtures/bench/make-aliexpress-list';
import { makeLateDetailHtml } from '../../fixtures/bench/make-late-detail';
import { makeManageOrdersHtml } from '../../fixtures/amazon/make-manage-orders';
import { emptyManifestFrom, floorManifestFrom } from '../../../scripts/bench/empty-extension';

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
    const m = emptyManifestFrom(dist) as {
      manifest_version: number;
      content_scripts: { js: string[]; matches: string[]; run_at: string }[];
    };
    expect(m.manifest_version).toBe(3);
    expect(m.content_scripts.map((c) => c.matches)).toEqual([
      ['https://sellercentral.amazon.com/*'],
      ['https://www.aliexpress.com/p/order/*'],
    ]);
    expect(m.content_scripts.every((c) => c.js.join() === 'content.js' && c.run_at === 'document_idle')).toBe(true);
  });
});

describe('the floor extension', () => {
  const FLOOR = join(import.meta.dirname, '../../fixtures/bench/floor-extension');
  const detail = readFileSync(join(import.meta.dirname, '../../fixtures/amazon/details-unshipped-us.html'), 'utf8');

  it('has the same matches as ours', () => {
    const dist = { content_scripts: [{ js: ['assets/a.js'], matches: ['https://sellercentral.amazon.com/*'], run_at: 'document_idle' }] };
    const m = floorManifestFrom(dist) as { name: string; content_scripts: { js: string[]; matches: string[] }[] };
    expect(m.name).toMatch(/floor/);
    expect(m.content_scripts).toEqual([{ js: ['content.js'], matches: ['https://sellercentral.amazon.com/*'], run_at: 'document_idle' }]);
  });

  /** Runs the floor's content script on `html` with a worker that answers as the floor's does. */
  async function runFloor(html: string): Promise<{ asked: string[]; hints: Element[] }> {
    document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
    const asked: string[] = [];
    const worker = new Function('chrome', readFileSync(join(FLOOR, 'background.js'), 'utf8'));
    let listener: (m: unknown, s: unknown, reply: (a: unknown) => void) => void = () => undefined;
    worker({ runtime: { onMessage: { addListener: (l: typeof listener) => (listener = l) } } });
    const chrome = {
      runtime: {
        sendMessage: (m: { ids: string[] }) => {
          asked.push(...m.ids);
          return new Promise((resolve) => listener(m, {}, resolve));
        },
      },
    };
    new Function('chrome', readFileSync(join(FLOOR, 'content.js'), 'utf8'))(chrome);
    await new Promise((r) => setTimeout(r, 0));
    return { asked, hints: Array.from(document.querySelectorAll('cancel-or-close-hint')) };
  }

  it('hangs one hint with the contract attributes on a detail page, and one per row on the list', async () => {
    const one = await runFloor(detail);
    expect(one.asked).toEqual(['111-2222222-3333333']);
    expect(one.hints.map((h) => [h.getAttribute('data-order-id'), h.getAttribute('data-action'), h.getAttribute('data-state')])).toEqual([
      ['111-2222222-3333333', 'cancel', 'ready'],
    ]);
    const list = await runFloor(makeManageOrdersHtml(20));
    expect(list.asked).toHaveLength(20);
    expect(list.hints).toHaveLength(20);
    expect(list.hints.filter((h) => (h as HTMLElement).hidden)).toHaveLength(19);
  });
});
