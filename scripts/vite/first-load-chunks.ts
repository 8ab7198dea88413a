/**
 * Vite plugin: a page's first load in few files. The bundler's own splitting gives every set of
 * pages that shares some modules a chunk of its own, so the popup's first load was eight module
 * files, each a request the browser process serves from disk on its thread pool (3–4 ms each on
 * this machine, with the worker and the seller tab asking for the same threads). Here the modules of
 * the page's first load (its static imports, from its HTML down) go into two chunks:
 *   - `<name>-worker`: those the background worker imports as well (message shapes, rule types), so
 *     the worker loads nothing of the page's interface;
 *   - `<name>-shared`: the rest but the page's own folder (its own modules stay in its entry chunk).
 * Other pages that use some of these modules load the chunk whole: more bytes read from disk, fewer
 * files. Modules the page loads later (dynamic imports) are split as before. Measured on the popup
 * with a 100,000-order history (a busy machine, paired opens): first verdict 160 → 141 ms median,
 * cheaper in 15 of 25; the statistics, privacy and options pages load 11, 20 and 6 KB gzip more.
 */
import type { Plugin } from 'vite';
import { normalPath, withSplitGroups } from './split-groups';

export interface FirstLoad {
  /** The page's HTML, relative to the project root (e.g. `src/popup/index.html`). */
  page: string;
  /** The background worker's entry, relative to the project root. */
  worker: string;
  /** The chunks' name prefix. */
  name: string;
}

interface Graph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/** Every module `entry` imports statically, itself included. */
function closure(graph: Graph, entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

export function firstLoadChunks(first: FirstLoad): Plugin {
  let root = '';
  // Computed once per build, on the first module the bundler asks about (the graph is complete by then).
  let sets: { page: Set<string>; worker: Set<string> } | null = null;
  const pageDir = (() => {
    const at = first.page.lastIndexOf('/');
    return at < 0 ? '' : `${first.page.slice(0, at)}/`;
  })();
  const chunkOf = (id: string, graph: Graph): 'worker' | 'shared' | null => {
    sets ??= { page: closure(graph, `${root}/${first.page}`), worker: closure(graph, `${root}/${first.worker}`) };
    const path = normalPath(id);
    if (!sets.page.has(id) || path.startsWith(`${root}/${pageDir}`) || /\.(?:css|html)(?:\?|$)/u.test(path)) return null;
    return sets.worker.has(id) ? 'worker' : 'shared';
  };
  // Two groups, the worker's first: a group also takes the modules its modules import, and the
  // page's shared modules import some of the worker's (the platform registry), which must stay
  // where the worker finds them.
  const worker = { name: (id: string, graph: Graph) => (chunkOf(id, graph) === 'worker' ? `${first.name}-worker` : null), priority: 2 };
  const shared = { name: (id: string, graph: Graph) => (chunkOf(id, graph) === 'shared' ? `${first.name}-shared` : null), priority: 1 };
  return {
    name: 'coc-first-load-chunks',
    apply: 'build',
    configResolved(config) {
      root = normalPath(config.root);
    },
    buildStart() {
      sets = null;
    },
    outputOptions(options) {
      return withSplitGroups(options, worker, shared);
    },
  };
}
