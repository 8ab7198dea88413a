/**
 * Vocabulary → interface string. Explicit maps (not string concatenation) so the compiler checks
 * that every action and platform has a message key (the actions' map and colours are in ./verdict-look.ts, which the
 * worker uses too). What only the unfolded hint and the extension pages name (stages, actors) is in ./order-labels.ts,
 * so its strings stay out of the compact bar.
 */
import type { Action, LocalizedText, Platform } from '../rules/types';
import { pick, t, type MessageKey, type UiLang } from './i18n';
import { ACTION_KEYS } from './verdict-look';

export { actionTone } from './verdict-look';

/**
 * Platform names come from each platform's definition. The extension pages add every platform's (page-strings.ts,
 * from the registry); a content script adds only its own, so a seller page never carries the others.
 */
const PLATFORM_NAMES = new Map<Platform, LocalizedText>();

export function addPlatformNames(platforms: readonly { id: Platform; name: LocalizedText }[]): void {
  for (const p of platforms) PLATFORM_NAMES.set(p.id, p.name);
}

export const actionLabel = (action: Action, lang: UiLang): string => t(ACTION_KEYS[action], lang);

/** Action ids read from history records are plain strings; an unexpected one reads as unknown, never as its id. */
export function actionLabelOf(action: string, lang: UiLang): string {
  const key = (ACTION_KEYS as Record<string, MessageKey | undefined>)[action];
  return t(key ?? 'action_unknown', lang);
}

/** A platform's name; its id when this context was given no name for it (never an empty label). */
export function platformLabel(platform: Platform, lang: UiLang): string {
  const name = PLATFORM_NAMES.get(platform);
  return name ? pick(name, lang) : platform;
}
