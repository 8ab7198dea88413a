/**
 * Loads a lazy part of the content script (src/content/lazy-parts.ts): the worker injects its
 * script into this page's isolated world and answers once it has run, and the part is then in the
 * registry. The parts are not web-accessible, so they cannot be imported from here; this is the
 * one way in, and it costs a round trip to the worker only when the part is first needed.
 */
import { askWorker } from '../messages/client';
import type { ContentPart } from './lazy-parts';
import { providedPart, type PartExports } from './part-registry';

const loading = new Map<ContentPart, Promise<unknown>>();

/** The part's exports; a failure (the worker refused, the extension was updated) rejects, and the next call tries again. */
export function loadPart<P extends ContentPart>(part: P): Promise<PartExports[P]> {
  const ready = providedPart(part);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(part) as Promise<PartExports[P]> | undefined;
  if (!pending) {
    pending = askWorker({ kind: 'content/part', part }).then((answer) => {
      const exports = providedPart(part);
      if (answer.ok && exports) return exports;
      loading.delete(part);
      throw new Error(answer.ok ? `${part} did not register` : answer.error);
    });
    loading.set(part, pending);
  }
  return pending;
}
