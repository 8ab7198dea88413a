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
