/**
 * Vite plugin: webextension-polyfill hands out the browser's own `browser` through an object that
 * inherits from it, so the bundler has nothing to copy.
 *
 * Where the browser has a native promise-based `browser` namespace (Chrome's content scripts and
 * pages today, Firefox everywhere), the polyfill exports that object as it is. The bundler's
 * CommonJS interop then copies every own property of the export onto the module namespace, reading
 * each one's descriptor, and reading the descriptor of a native API namespace makes the browser
 * build it: in a content script `dom`, `extension`, `i18n` and `runtime`, of which we use only
 * `runtime`. That cost about 1 ms on every seller page (6 ms in a fresh renderer process; content
 * scripts now carry no polyfill at all, src/shared/runtime.ts, but extension pages still do). An object
 * whose prototype is the native `browser` has no own properties to copy, and every `browser.x`
 * still resolves to the native one, built when first used. Where there is no native namespace the
 * polyfill wraps `chrome` in a proxy of the same shape (it already inherits from `chrome`), and
 * nothing here changes.
 */
import type { Plugin } from 'vite';

const POLYFILL_FILE = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(?:\.min)?\.js$/u;
const NATIVE_EXPORT = 'module.exports = globalThis.browser;';
const INHERITING_EXPORT = 'module.exports = Object.create(globalThis.browser);';

export function inheritNativeBrowser(code: string): string {
  const at = code.indexOf(NATIVE_EXPORT);
  if (at < 0 || code.indexOf(NATIVE_EXPORT, at + 1) >= 0)
    throw new Error(`webextension-polyfill: expected "${NATIVE_EXPORT}" exactly once (did the package change?)`);
  return code.slice(0, at) + INHERITING_EXPORT + code.slice(at + NATIVE_EXPORT.length);
}

export function nativeBrowserByPrototype(): Plugin {
  return {
    name: 'coc-native-browser-by-prototype',
    apply: 'build',
    transform(code, id) {
      if (!POLYFILL_FILE.test(id)) return null;
      return { code: inheritNativeBrowser(code), map: null };
    },
  };
}
