/** Every kind of page a rule can be read on: each platform of the registry, from each side it has pages for. */
import { PLATFORM_DEFINITIONS } from '../../../src/platforms/registry';
import type { Perspective, Platform } from '../../../src/rules/types';

export const EVERY_PAGE: ReadonlyArray<{ platform: Platform; perspective: Perspective }> = PLATFORM_DEFINITIONS.flatMap((p) =>
  (Object.keys(p.perspectives) as Perspective[]).map((perspective) => ({ platform: p.id, perspective })),
);
