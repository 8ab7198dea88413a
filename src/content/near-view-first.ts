/**
 * Orders a list's rows so that those around the view come first: the verdicts the person can see
 * arrive before those of rows a thousand lines below. Rows are in document order, so their tops
 * grow down the page and the first row at or below the top of the view is found by bisection
 * (a dozen layout reads for a thousand rows, not a thousand).
 */
import type { ReadOrder } from '../platforms/types';

export function nearViewFirst(
  reads: readonly ReadOrder[],
  topOf: (el: Element) => number = (el) => el.getBoundingClientRect().bottom,
): ReadOrder[] {
  const anchored = reads.filter((r) => r.mount?.anchor.isConnected);
  if (anchored.length < 2) return [...reads];
  let lo = 0;
  let hi = anchored.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (topOf(anchored[mid]!.mount!.anchor) < 0) lo = mid + 1;
    else hi = mid;
  }
  // From the first row in view downwards, then the rows above it nearest first, then any without a place.
  const first = anchored.slice(lo);
  const above = anchored.slice(0, lo).reverse();
  const placed = new Set(anchored);
  return [...first, ...above, ...reads.filter((r) => !placed.has(r))];
}
