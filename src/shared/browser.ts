/**
 * The one door to the WebExtension API. Everything else imports `browser` from here, so the
 * polyfill can be dropped (Chrome ships a native promise-based `browser` namespace) by
 * changing this file alone. Where that native namespace exists the build has the polyfill hand it
 * out through an object that inherits from it (scripts/vite/native-browser-by-prototype.ts).
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime } from 'webextension-polyfill';
