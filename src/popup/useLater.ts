/**
 * Loads the popup's later parts (./later.tsx) after the next paint, once asked: the first verdict
 * paints from the first bundle alone, and the rest arrives a frame later in one chunk.
 */
import { useEffect, useState } from 'preact/hooks';

export type Later = typeof import('./later')['later'];

// The popup's later chunk, fetched once (see loadLater).
const chunk = () => import('./later');

let loading: Promise<Later> | null = null;
let loaded: Later | null = null;

/** The later chunk, fetched once; tests await it before looking for the parts it draws. */
export function loadLater(): Promise<Later> {
  loading ??= chunk().then((m) => (loaded = m.later));
  return loading;
}

/** Resolves after the browser has painted what is on screen now (at once where there are no frames). */
export function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** The later parts once `wanted` is true and their chunk has come (at once if it came before); null until then. */
export function useLater(wanted: boolean): Later | null {
  const [, arrived] = useState(0);
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    void afterPaint()
      .then(loadLater)
      .then(() => live && arrived((n) => n + 1));
    return () => {
      live = false;
    };
  }, [wanted]);
  return wanted ? loaded : null;
}
