// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nearViewFirst } from '../../../src/content/near-view-first';
import type { ReadOrder } from '../../../src/platforms/types';

function rows(n: number): ReadOrder[] {
  return Array.from({ length: n }, (_, i) => {
    const anchor = document.createElement('td');
    anchor.dataset.i = String(i);
    document.body.append(anchor);
    return { snapshot: { orderId: `o${i}` } as ReadOrder['snapshot'], mount: { anchor, where: 'append' } };
  });
}
const ids = (list: ReadOrder[]) => list.map((r) => r.snapshot.orderId);

describe('nearViewFirst', () => {
  it('puts the rows from the view down first, then those above it nearest first', () => {
    const list = rows(8);
    // Each row is 100 px tall; the view has scrolled past the first three rows.
    const bottom = (el: Element) => (Number((el as HTMLElement).dataset.i) + 1) * 100 - 350;
    expect(ids(nearViewFirst(list, bottom))).toEqual(['o3', 'o4', 'o5', 'o6', 'o7', 'o2', 'o1', 'o0']);
  });

  it('keeps document order at the top of the page, and rows without a place go last', () => {
    const list = rows(4);
    const loose: ReadOrder = { snapshot: { orderId: 'floating' } as ReadOrder['snapshot'], mount: null };
    expect(ids(nearViewFirst([loose, ...list], () => 10))).toEqual(['o0', 'o1', 'o2', 'o3', 'floating']);
  });

  it('reads a handful of positions for a thousand rows', () => {
    const list = rows(1000);
    let reads = 0;
    nearViewFirst(list, (el) => {
      reads++;
      return (Number((el as HTMLElement).dataset.i) + 1) * 30 - 15_000;
    });
    expect(reads).toBeLessThanOrEqual(11);
  });
});
