/**
 * The current time for countdowns, refreshed every 30 s while the page is visible (a background
 * tab does no work) and at once when it becomes visible again.
 */
import { useEffect, useState } from 'preact/hooks';

export const TICK_MS = 30_000;

export function useNow(initial?: Date, intervalMs = TICK_MS): Date {
  const [now, setNow] = useState(() => initial ?? new Date());
  // A caller that passes a newer time (the hint redrawn after a page change) moves the clock too.
  const initialTime = initial?.getTime();
  useEffect(() => {
    if (initialTime !== undefined) setNow(new Date(initialTime));
  }, [initialTime]);
  useEffect(() => {
    const doc = typeof document === 'undefined' ? null : document;
    const refresh = () => {
      if (!doc?.hidden) setNow(new Date());
    };
    const timer = setInterval(refresh, intervalMs);
    doc?.addEventListener('visibilitychange', refresh);
    return () => {
      clearInterval(timer);
      doc?.removeEventListener('visibilitychange', refresh);
    };
  }, [intervalMs]);
  return now;
}
