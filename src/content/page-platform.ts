/**
 * The one platform this content script serves. Each platform's entry names it once at start; the hint reads the
 * message-box words from here and the platform's name through ui/labels. The registry (every platform) is for the
 * worker and the extension pages: a seller page carries its own platform's data only.
 *
 * Kept on the global object of the content script's isolated world, not in this module: the lazy parts
 * (src/content/lazy-parts.ts) are scripts of their own, each with its own copy of this module, and they read
 * the platform from there (the page's own scripts cannot see that world).
 */
import type { Platform } from '../rules/types';
import type { PagePlatform } from '../platforms/types';
import { addPlatformNames } from '../ui/labels';

const KEY = '__cancelOrClosePlatform';
type World = typeof globalThis & { [KEY]?: PagePlatform };

export function servePlatform(platform: PagePlatform): void {
  (globalThis as World)[KEY] = platform;
  addPlatformNames([platform]);
}

/** The served platform's definition when `id` is it; undefined for any other platform (or before start). */
export function servedPlatform(id: Platform): PagePlatform | undefined {
  const served = (globalThis as World)[KEY];
  return served?.id === id ? served : undefined;
}

/** In a lazy part: its own copy of ui/labels names the served platform too. */
export function adoptServedPlatform(): void {
  const served = (globalThis as World)[KEY];
  if (served) addPlatformNames([served]);
}
