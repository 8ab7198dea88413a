/**
 * Draws list-row hints only as their row comes near the viewport (one IntersectionObserver for the page).
 */
/**
 * Row hints are drawn only as their row comes near the viewport: a 500-row list draws the rows
 * around the view at once and the rest as the person scrolls. Until then the element is on the
 * page with its data-* attributes but hidden (no box: nothing to lay out or paint), so it is the
 * row's cell that is watched.
 */
export const NEAR_VIEW_PX = 600;
let nearView: IntersectionObserver | null = null;
const pendingDraws = new Map<Element, Array<() => void>>();
export function whenNearView(target: Element, draw: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    draw();
    return () => undefined;
  }
  nearView ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        nearView?.unobserve(entry.target);
        const draws = pendingDraws.get(entry.target) ?? [];
        pendingDraws.delete(entry.target);
        for (const pending of draws) pending();
      }
    },
    { rootMargin: `${NEAR_VIEW_PX}px 0px` },
  );
  const draws = pendingDraws.get(target);
  if (draws) draws.push(draw);
  else {
    pendingDraws.set(target, [draw]);
    nearView.observe(target);
  }
  return () => {
    const left = (pendingDraws.get(target) ?? []).filter((d) => d !== draw);
    if (left.length > 0) return void pendingDraws.set(target, left);
    pendingDraws.delete(target);
    nearView?.unobserve(target);
  };
}
