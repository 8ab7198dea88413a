/**
 * Vocabulary → interface string. Explicit maps (not string concatenation) so the compiler checks
 * that every action and platform has a message key. What only the unfolded hint and the extension
 * pages name (stages, actors) is in ./order-labels.ts, so its strings stay out of the compact bar.
 */
import type { Action, LocalizedText, Platform } from '../rules/types';
import { pick, t, type MessageKey, type UiLang } from './i18n';

const ACTION_KEYS: Record<Action, MessageKey> = {
  cancel: 'action_cancel',
  close: 'action_close',
  'request-cancel': 'action_request_cancel',
  respond: 'action_respond',
  refund: 'action_refund',
  'return-and-refund': 'action_return_and_refund',
  dispute: 'action_dispute',
  'contact-support': 'action_contact_support',
  wait: 'action_wait',
  none: 'action_none',
  unknown: 'action_unknown',
};

/**
 * Platform names come from each platform's definition. The extension pages add every platform's (page-strings.ts,
 * from the registry); a content script adds only its own, so a seller page never carries the others.
 */
const PLATFORM_NAMES = new Map<Platform, LocalizedText>();

export function addPlatformNames(platforms: readonly { id: Platform; name: LocalizedText }[]): void {
  for (const p of platforms) PLATFORM_NAMES.set(p.id, p.name);
}

/**
 * How the headline badge is colored: 'go' = you can end it now at no cost, 'cost' = you can end it
 * now but it costs you (rate, penalty: see verdictTone in ./row), 'ask' = needs someone else,
 * 'instead' = cancelling is over, another path applies, 'idle' = nothing to do, 'unknown'.
 */
export type ActionTone = 'go' | 'cost' | 'ask' | 'instead' | 'idle' | 'unknown';

const ACTION_TONES: Record<Action, ActionTone> = {
  cancel: 'go',
  close: 'go',
  'request-cancel': 'ask',
  respond: 'ask',
  'contact-support': 'ask',
  refund: 'instead',
  'return-and-refund': 'instead',
  dispute: 'instead',
  wait: 'idle',
  none: 'idle',
  unknown: 'unknown',
};

export const actionLabel = (action: Action, lang: UiLang): string => t(ACTION_KEYS[action], lang);
export const actionTone = (action: Action): ActionTone => ACTION_TONES[action];

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
