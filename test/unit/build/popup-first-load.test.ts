/**
 * The popup's first load (scripts/vite/async-first-script.ts, scripts/vite/first-load-chunks.ts),
 * checked on the built dist/ (npm test builds first): the tab is asked from a first script that
 * imports nothing, every module of the first load is named in the HTML (fetched in one wave, none
 * discovered an import level later), they are few (one stylesheet), and the worker loads none of the popup's interface.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlAssetsOf, importsOf, reachableFiles } from '../../../scripts/bench/bundle';
import { tabToAsk } from '../../../src/popup/first-ask';

const DIST = resolve(import.meta.dirname, '../../../dist');
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const manifest = JSON.parse(read('manifest.json')) as { action: { default_popup: string }; background: { service_worker: string } };
const POPUP = manifest.action.default_popup;

describe('the popup first load', () => {
  const html = read(POPUP);
  const named = htmlAssetsOf(POPUP, html);
  const modules = reachableFiles([POPUP], read).filter((f) => f.endsWith('.js'));

  it('asks the tab from an async module script that comes first and imports nothing', () => {
    const first = /<script type="module" async[^>]*\ssrc="\/([^"]+)"/u.exec(html)?.[1];
    expect(first).toBeDefined();
    expect(html.indexOf(first!)).toBeLessThan(Math.min(...named.filter((f) => f !== first).map((f) => html.indexOf(f))));
    expect(importsOf(first!, read(first!))).toEqual([]);
    expect(read(first!)).toContain('page/orders');
    // The bundle imports the same file, so the page runs it once and the bundle finds its ask.
    expect(modules.filter((f) => f !== first).some((f) => importsOf(f, read(f)).includes(first!))).toBe(true);
  });

  it('names every module it loads in the HTML, and they are few', () => {
    expect(modules.filter((f) => !named.includes(f))).toEqual([]);
    expect(modules.length).toBeLessThanOrEqual(5);
    // One stylesheet: the card styles come inside the popup's own.
    expect(named.filter((f) => f.endsWith('.css'))).toHaveLength(1);
  });

  it('leaves the worker without the popup interface modules', () => {
    const worker = reachableFiles([manifest.background.service_worker], read);
    const popupOnly = modules.filter((f) => /popup-shared|index\.html/u.test(f));
    expect(popupOnly.length).toBeGreaterThan(0);
    expect(worker.filter((f) => popupOnly.includes(f))).toEqual([]);
  });
});

describe('tabToAsk', () => {
  const query = async () => [{ id: 5, url: 'https://sellercentral.amazon.com/orders-v3/order/1' }];
  it('takes ?tab= when given (the popup opened as a page)', async () => {
    await expect(tabToAsk('?tab=12', query)).resolves.toEqual({ id: 12, url: '' });
  });
  it('asks for the active tab otherwise, and says when there is none', async () => {
    await expect(tabToAsk('', query)).resolves.toEqual({ id: 5, url: 'https://sellercentral.amazon.com/orders-v3/order/1' });
    await expect(tabToAsk('?tab=abc', query)).resolves.toEqual({ id: 5, url: 'https://sellercentral.amazon.com/orders-v3/order/1' });
    await expect(tabToAsk('', async () => [])).resolves.toBeNull();
    await expect(tabToAsk('', async () => [{ url: 'x' }])).resolves.toBeNull();
  });
});
