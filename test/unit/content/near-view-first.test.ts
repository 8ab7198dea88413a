// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nearViewFirst, nearViewRange } from '../../../src/content/near-view-first';
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

describe('nearViewRange', () => {
  const anchors = (n: number) => rows(n).map((r) => r.mount!.anchor);
  /** Row i spans [i*100, i*100+100) on the page; the page is scrolled by `scroll`. */
  const rect = (scroll: number) => (el: Element) => {
    const top = Number((el as HTMLElement).dataset.i) * 100 - scroll;
    return { top, bottom: top + 100 };
  };

  it('gives the rows within the margin above and below the view', () => {
    // A 900 px view with a 200 px margin, scrolled to 1000: rows touching 800 to 2100 px are near (edges count).
    expect(nearViewRange(anchors(50), 200, 900, rect(1000))).toEqual([7, 22]);
    // At the top: the first rows, up to the view's height and margin.
    expect(nearViewRange(anchors(50), 200, 900, rect(0))).toEqual([0, 12]);
  });

  it('gives an empty range when no row is near, and for no rows', () => {
    expect(nearViewRange(anchors(5), 200, 900, rect(10_000))).toEqual([5, 5]);
    expect(nearViewRange([], 200, 900, rect(0))).toEqual([0, 0]);
  });

  it('reads a few dozen positions for a thousand rows', () => {
    let reads = 0;
    const counting = (el: Element) => {
      reads++;
      return rect(40_000)(el);
    };
    expect(nearViewRange(anchors(1000), 600, 900, counting)).toEqual([393, 416]);
    expect(reads).toBeLessThanOrEqual(22);
  });
});
