/**
 * The one list of platforms. The manifest's content scripts (vite.config.ts), the worker's sender check, the popup's
 * by-hand picker, template language choice and platform names all read it. Every entry is light data
 * (src/platforms/<site>/platform.ts); reader code is reached only from each platform's own content entry, so the
 * worker and the extension pages that import this list carry no reader.
 *
 * Adding a platform: `npm run new:platform -- NAME` writes its folder and the one line below.
 */
import type { Perspective, Platform } from '../rules/types';
import { alibaba1688 } from './1688/platform.ts';
import { aliexpress } from './aliexpress/platform.ts';
import { amazon } from './amazon/platform.ts';
import { shopify } from './shopify/platform.ts';
import type { PlatformDefinition } from './types';

/** Every platform, in the order the interface lists them. A unit test checks the ids against the rules' PLATFORMS. */
export const PLATFORM_DEFINITIONS: readonly PlatformDefinition[] = [
  amazon,
  aliexpress,
  alibaba1688,
  shopify,
  // new:platform adds its line above this one
];

const BY_ID = new Map<Platform, PlatformDefinition>(PLATFORM_DEFINITIONS.map((p) => [p.id, p]));

/** The definition of a platform the rules name (every one is registered: the registry test fails otherwise). */
export function platformDefinition(id: Platform): PlatformDefinition {
  const definition = BY_ID.get(id);
  if (!definition) throw new Error(`platform not registered: ${id}`);
  return definition;
}

/** Every seller page we read, as manifest match patterns. */
export const SELLER_MATCH_PATTERNS: readonly string[] = PLATFORM_DEFINITIONS.flatMap((p) => p.matchPatterns);

/** The sides a platform has pages for, seller first. */
export const perspectivesOf = (id: Platform): Perspective[] =>
  (['seller', 'buyer'] as const).filter((side) => platformDefinition(id).perspectives[side] !== undefined);
