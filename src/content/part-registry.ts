/**
 * Where a lazy part (src/content/lazy-parts.ts) leaves its exports once the worker has injected it:
 * a property of the content script's global object. Content scripts and the parts injected with
 * them share one isolated world per page and extension, which the page's own scripts never see,
 * so nothing here is reachable from the page.
 */
import type { ContentPart } from './lazy-parts';

export interface PartExports {
  'hint-ui': typeof import('./hint/hint-ui');
  'page-summary': typeof import('./hint/page-summary');
  'page-sample': typeof import('./page-sample/save');
}

const KEY = '__cancelOrCloseParts';
type Registry = { [P in ContentPart]?: PartExports[P] };

function registry(): Registry {
  const world = globalThis as typeof globalThis & { [KEY]?: Registry };
  world[KEY] ??= {};
  return world[KEY];
}

/** Called by a part's script when it runs. */
export function providePart<P extends ContentPart>(part: P, exports: PartExports[P]): void {
  (registry() as Record<P, PartExports[P]>)[part] = exports;
}

/** The part's exports, when its script has run in this world. */
export function providedPart<P extends ContentPart>(part: P): PartExports[P] | undefined {
  return registry()[part];
}
