/**
 * Vite plugin: one module of a page's bundle gets a chunk of its own and runs first, as an async
 * module script, instead of waiting for the rest of the page's modules.
 *
 * A page's `<script type="module">` runs only once every module it imports has arrived. The popup's
 * first script (src/popup/first-ask.ts) asks the seller tab for its orders, and that answer is what
 * the first verdict waits for: asked from a file of its own that runs the moment it arrives, the
 * question travels while the browser is still fetching the rest. The page's bundle still imports
 * the module (a page runs a module once, so the bundle finds the ask already made). The extension
 * pages' CSP allows no inline script, hence a file.
 *
 * The module must import nothing at run time (types only): the plugin checks that its chunk has no
 * imports, since an import would make it wait for another file after all.
 */
import type { Plugin } from 'vite';
import { normalPath, withSplitGroups } from './split-groups';

export interface FirstScript {
  /** The page, as the build names it (e.g. `src/popup/index.html`). */
  page: string;
  /** The module to run first, relative to the project root (e.g. `src/popup/first-ask.ts`). */
  module: string;
  /** Its chunk's name. */
  name: string;
}

export function asyncFirstScript(first: FirstScript): Plugin {
  let root = '';
  const isModule = (id: string) => normalPath(id) === `${root}/${first.module}`;
  return {
    name: 'coc-async-first-script',
    apply: 'build',
    configResolved(config) {
      root = normalPath(config.root);
    },
    outputOptions(options) {
      return withSplitGroups(options, { name: first.name, test: (id: string) => isModule(id) });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (normalPath(ctx.path).replace(/^\//u, '') !== first.page || !ctx.bundle) return html;
        const chunk = Object.values(ctx.bundle).find((c) => c.type === 'chunk' && c.moduleIds.some(isModule));
        if (chunk?.type !== 'chunk') throw new Error(`${first.module}: no chunk of its own in ${first.page}`);
        if (chunk.imports.length > 0 || chunk.moduleIds.length > 1)
          throw new Error(
            `${first.module} must run alone: its chunk holds ${chunk.moduleIds.join(', ')} and imports ${chunk.imports.join(', ')}`,
          );
        const preload = `<link rel="modulepreload" crossorigin href="/${chunk.fileName}">`;
        const at = html.indexOf(preload);
        if (at < 0) throw new Error(`${first.page}: no modulepreload link for ${chunk.fileName} to run first`);
        const script = `<script type="module" async crossorigin src="/${chunk.fileName}"></script>`;
        // First in <head>: the browser asks for it before the page's other files.
        const without = html.slice(0, at).trimEnd() + html.slice(at + preload.length);
        return without.replace(/<head>/u, `<head>${script}`);
      },
    },
  };
}
