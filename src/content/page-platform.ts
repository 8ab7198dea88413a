/**
 * The one platform this content script serves. Each platform's entry names it once at start; the hint reads the
 * message-box words from here and the platform's name through ui/labels. The registry (every platform) is for the
 * worker and the extension pages: a seller page carries its own platform's data only.
 */
import type { Platform } from '../rules/types';
import type { PlatformDefinition } from '../platforms/types';
import { addPlatformNames } from '../ui/labels';

let served: PlatformDefinition | undefined;

export function servePlatform(platform: PlatformDefinition): void {
  served = platform;
  addPlatformNames([platform]);
}

/** The served platform's definition when `id` is it; undefined for any other platform (or before start). */
export function servedPlatform(id: Platform): PlatformDefinition | undefined {
  return served?.id === id ? served : undefined;
}
