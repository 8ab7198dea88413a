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
  const lo = firstIndexWhere(anchored.length, (i) => topOf(anchored[i]!.mount!.anchor) >= 0);
  // From the first row in view downwards, then the rows above it nearest first, then any without a place.
  const first = anchored.slice(lo);
  const above = anchored.slice(0, lo).reverse();
  const placed = new Set(anchored);
  return [...first, ...above, ...reads.filter((r) => !placed.has(r))];
}

/**
 * Which of a list's anchors (in document order, so their positions grow down the page) lie within `margin` px of the
 * view: the [first, end) indexes, found by bisection (a dozen layout reads for a thousand rows). Read before a batch
 * of hints is placed, the layout read is the page's own, already done: the rows near the view can then be drawn in
 * the same task as every other hint is placed, and the browser lays the list out once, not again when an observer
 * reports them a frame later.
 */
export function nearViewRange(
  anchors: readonly Element[],
  margin: number,
  viewHeight: number = window.innerHeight,
  rectOf: (el: Element) => { top: number; bottom: number } = (el) => el.getBoundingClientRect(),
): [number, number] {
  const first = firstIndexWhere(anchors.length, (i) => rectOf(anchors[i] as Element).bottom >= -margin);
  const end = firstIndexWhere(anchors.length, (i) => rectOf(anchors[i] as Element).top > viewHeight + margin);
  return [first, Math.max(first, end)];
}

/** The first index below `length` where `holds` turns true (it stays true after it, as positions down a page do); `length` if none. */
function firstIndexWhere(length: number, holds: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
