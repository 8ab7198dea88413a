/**
 * Work on a long list, done in short slices while the page is idle: each slice stops after SLICE_MS
 * (or earlier, when the browser says its idle time is up), so the rows far from the view never make
 * a long task of their own, and the page's own input and frames run between slices. A slice also
 * comes within IDLE_TIMEOUT_MS on a page that is never idle, so every row is done in the end.
 */

/** A few milliseconds: well under a frame, far under a 50 ms long task. */
export const SLICE_MS = 4;
const IDLE_TIMEOUT_MS = 200;

type Deadline = { timeRemaining(): number };

const nextIdle = (run: (deadline: Deadline) => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(() => run({ timeRemaining: () => SLICE_MS }), 0);
};

/**
 * Calls `each` on every item, in order, in idle slices; `slice` wraps each slice's run (e.g. to keep
 * an observer off while it changes the page), `afterSlice` runs after each. Stops, leaving the rest
 * undone, once `signal` aborts.
 */
export function inIdleSlices<T>(
  items: readonly T[],
  each: (item: T) => void,
  opts: { signal: AbortSignal; slice?: (run: () => void) => void; afterSlice?: () => void },
): void {
  let next = 0;
  const runSlice = (deadline: Deadline) => {
    if (opts.signal.aborted) return;
    const end = performance.now() + Math.max(1, Math.min(SLICE_MS, deadline.timeRemaining()));
    const work = () => {
      do each(items[next++] as T);
      while (next < items.length && performance.now() < end);
    };
    if (opts.slice) opts.slice(work);
    else work();
    opts.afterSlice?.();
    if (next < items.length) nextIdle(runSlice);
  };
  if (items.length > 0) nextIdle(runSlice);
}
