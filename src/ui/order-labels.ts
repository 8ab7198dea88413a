/**
 * Stages and actors → interface string, for the unfolded hint and the extension pages (the compact
 * bar names neither, so these strings load with the unfolded hint: scripts/vite/locale-subset.ts).
 * An explicit map (not string concatenation) so the compiler checks that every stage has a message key.
 */
import { STAGES, type Actor, type Perspective, type Platform, type Stage } from '../rules/types';
import { t, type MessageKey, type UiLang } from './i18n';
import { platformLabel } from './labels';

const STAGE_KEYS: Record<Stage, MessageKey> = {
  'awaiting-payment': 'stage_awaiting_payment',
  'payment-review': 'stage_payment_review',
  'awaiting-shipment': 'stage_awaiting_shipment',
  'partially-shipped': 'stage_partially_shipped',
  shipped: 'stage_shipped',
  delivered: 'stage_delivered',
  completed: 'stage_completed',
  canceled: 'stage_canceled',
  closed: 'stage_closed',
  'in-dispute': 'stage_in_dispute',
  frozen: 'stage_frozen',
  unknown: 'stage_unknown',
};

/** The stages a person can pick for an order (the by-hand picker) or teach for a word: all but 'unknown'. */
export const PICKABLE_STAGES: readonly Stage[] = STAGES.filter((s) => s !== 'unknown');

/** Stage ids read from history records are plain strings; an unexpected one reads as an unknown state, never as its id. */
export function stageLabel(stage: string, lang: UiLang): string {
  const key = (STAGE_KEYS as Record<string, MessageKey | undefined>)[stage];
  return t(key ?? 'stage_unknown', lang);
}

/** "The other party" is the buyer on a seller page and the supplier on a buyer (sourcing) page. */
export function actorLabel(actor: Actor, perspective: Perspective, platform: Platform, lang: UiLang): string {
  switch (actor) {
    case 'you':
      return t('actor_you', lang);
    case 'other-party':
      // A Shopify store's other party is the fulfilment service or app that holds the order.
      if (platform === 'shopify') return t('actor_fulfillment_service', lang);
      return t(perspective === 'buyer' ? 'actor_supplier' : 'actor_buyer', lang);
    case 'platform':
      return t('actor_platform', lang, platformLabel(platform, lang));
    case 'support':
      return t('actor_support', lang, platformLabel(platform, lang));
  }
}
