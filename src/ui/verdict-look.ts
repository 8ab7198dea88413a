/**
 * How a verdict looks in a compact bar, apart from its language and the clock: the badge's colour and the message keys
 * of the badge's and a row's few words. Light on purpose (no strings, no formatting): the worker names the look of each
 * verdict it sends a seller page (`barLook`), so the content script every seller page loads carries none of these
 * tables and choices; the popup and the unfolded hint use the same functions (through ./labels and ./row).
 */
import type { Action, Consequence, OrderSnapshot, Verdict } from '../rules/types';
import type { BarLook } from '../messages/protocol';
import type { MessageKey } from './i18n';

export const ACTION_KEYS: Record<Action, MessageKey> = {
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
 * How the headline badge is colored: 'go' = you can end it now at no cost, 'cost' = you can end it
 * now but it costs you (rate, penalty: see verdictTone below), 'ask' = needs someone else,
 * 'instead' = cancelling is over, another path applies, 'idle' = nothing to do, 'unknown'.
 */
export const ACTION_TONE_NAMES = ['go', 'cost', 'ask', 'instead', 'idle', 'unknown'] as const;
export type ActionTone = (typeof ACTION_TONE_NAMES)[number];

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

export const actionTone = (action: Action): ActionTone => ACTION_TONES[action];

/** Consequences that cost the seller something real (metrics, penalties, fees); "cannot be undone" is a warning, not a cost. */
const isCost = (c: Consequence): boolean => c.tone === 'bad' && c.id !== 'irreversible';

/** The badge's colour: a cancel or close that costs something never looks like the free, green one. */
export function verdictTone(verdict: Pick<Verdict, 'action' | 'consequences'>): ActionTone {
  const tone = actionTone(verdict.action);
  return tone === 'go' && verdict.consequences.some(isCost) ? 'cost' : tone;
}

export type RowFacts = Pick<Verdict, 'action' | 'consequences' | 'actor'>;
export type RowOrder = Pick<OrderSnapshot, 'cancelRequested' | 'perspective' | 'platform'>;

/** The row's short verdict: what the person can do, and the one fact that decides how it feels. */
export function rowVerdictKey(verdict: RowFacts, snapshot: RowOrder): MessageKey {
  const has = (id: string) => verdict.consequences.some((c) => c.id === id);
  const costs = verdict.consequences.some(isCost);
  const free = !costs && verdict.consequences.some((c) => c.tone === 'good');
  switch (verdict.action) {
    case 'cancel':
      // "No rate impact" only where the verdict says so (a platform without a rate has nothing to say it of).
      if (snapshot.cancelRequested && !costs && has('no-metric-impact')) return 'row_cancel_buyer_asked';
      if (has('counts-toward-cancellation-rate')) return 'row_cancel_counts';
      if (costs) return 'row_cancel_costs';
      return free ? 'row_cancel_free' : 'row_cancel';
    case 'close':
      if (costs) return 'row_cancel_costs';
      return free ? 'row_close_free' : 'row_close';
    case 'request-cancel':
      if (snapshot.platform === 'shopify') return 'row_ask_service';
      return snapshot.perspective === 'buyer' ? 'row_ask_supplier' : 'row_ask_buyer';
    case 'respond':
      return 'row_respond';
    case 'refund':
      return 'row_refund';
    case 'return-and-refund':
      return 'row_return';
    case 'dispute':
      return 'row_dispute';
    case 'contact-support':
      return 'row_support';
    case 'wait':
      return snapshot.cancelRequested ? 'row_wait_request' : 'row_wait';
    case 'none':
      return 'row_none';
    case 'unknown':
      return 'row_unknown';
  }
}

/** A verdict's bar look, as the worker sends it with each verdict for a seller page. */
export function barLook(verdict: RowFacts, snapshot: RowOrder): BarLook {
  return { tone: verdictTone(verdict), badge: ACTION_KEYS[verdict.action], row: rowVerdictKey(verdict, snapshot) };
}
