/**
 * Vite plugin: a dynamic import with nothing to preload stays a plain `import()`.
 *
 * Vite wraps every dynamic import of a client build in its preload helper, even when the list of
 * files to preload is empty, as it is for the in-page hint's lazy chunk (an extension has nothing
 * to fetch ahead). The helper's setup runs when the content script loads, on every seller page:
 * it creates a `<link>` element in the host page's document to test `relList`, which cost about
 * 1 ms there. Unwrapped, the helper is unused and the minifier drops it.
 */
import type { Plugin } from 'vite';

/** `__vitePreload(() => import("./x.js"), [])` and the forms Vite writes for an empty list. */
const EMPTY_PRELOAD =
  /__vitePreload\(\s*\(\)\s*=>\s*(import\(\s*(["'])[^"']+\2\s*\))\s*,\s*(?:\[\s*\]|void 0|__VITE_PRELOAD__)\s*(?:,\s*import\.meta\.url\s*)?\)/gu;

export function unwrapEmptyPreloads(code: string): string {
  return code.replace(EMPTY_PRELOAD, '$1');
}

/**
 * Vite's preload helper with nothing to preload ahead: it only adds the stylesheets a lazy chunk
 * needs. Vite's own helper starts by creating a `<link>` to test `relList`; where two entries (the
 * content script and the popup) both have lazy chunks, it lands in a chunk they share, exported, so
 * the minifier keeps that test even where every call to it was unwrapped, and it ran on every seller
 * page. This one has no top-level work.
 */
export const PLAIN_PRELOAD_HELPER = `export const __vitePreload = (load, deps) => {
  const css = (deps ?? []).filter((d) => d.endsWith('.css'));
  if (css.length === 0) return load();
  return Promise.all(
    css.map((d) => new Promise((done) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = '/' + d;
      link.addEventListener('load', done);
      link.addEventListener('error', done);
      document.head.append(link);
    })),
  ).then(load);
};`;

const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/** Serves PLAIN_PRELOAD_HELPER in place of Vite's preload helper module. */
export function plainPreloadHelper(): Plugin {
  return {
    name: 'coc-plain-preload-helper',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      return id === PRELOAD_HELPER_ID ? PRELOAD_HELPER_ID : null;
    },
    load(id) {
      return id === PRELOAD_HELPER_ID ? PLAIN_PRELOAD_HELPER : null;
    },
  };
}

export function plainDynamicImports(): Plugin {
  return {
    name: 'coc-plain-dynamic-imports',
    apply: 'build',
    enforce: 'post',
    renderChunk(code) {
      if (!code.includes('__vitePreload(')) return null;
      const next = unwrapEmptyPreloads(code);
      return next === code ? null : { code: next, map: null };
    },
  };
}
