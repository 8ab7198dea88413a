/**
 * A verdict in a few words, for the places that have room for no more: a list row's box, the
 * popup's order table, the page's summary. Written from the verdict's facts (action, consequences,
 * the other party's request) with interface strings, never the headline cut short.
 */
import type { Consequence, Deadline, OrderSnapshot, Verdict } from '../rules/types';
import { formatCountdown } from './format';
import { pick, t, type MessageKey, type UiLang } from './i18n';
import { actionTone, type ActionTone } from './labels';

/** Consequences that cost the seller something real (metrics, penalties, fees); "cannot be undone" is a warning, not a cost. */
const isCost = (c: Consequence): boolean => c.tone === 'bad' && c.id !== 'irreversible';

/** The badge's colour: a cancel or close that costs something never looks like the free, green one. */
export function verdictTone(verdict: Pick<Verdict, 'action' | 'consequences'>): ActionTone {
  const tone = actionTone(verdict.action);
  return tone === 'go' && verdict.consequences.some(isCost) ? 'cost' : tone;
}

type RowFacts = Pick<Verdict, 'action' | 'consequences' | 'actor'>;
type RowOrder = Pick<OrderSnapshot, 'cancelRequested' | 'perspective' | 'platform'>;

/** The row's short verdict: what the person can do, and the one fact that decides how it feels. */
function rowVerdictKey(verdict: RowFacts, snapshot: RowOrder): MessageKey {
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

export const rowVerdict = (verdict: RowFacts, snapshot: RowOrder, lang: UiLang): string => t(rowVerdictKey(verdict, snapshot), lang);

/** Whether the row asks something of the person now (a list's summary counts these; the others can be hidden). */
export const needsAction = (verdict: Pick<Verdict, 'action'>): boolean => verdict.action !== 'wait' && verdict.action !== 'none';

const DEADLINE_KEYS: Record<string, MessageKey> = {
  'auto-cancel': 'deadline_auto_cancel',
  'buyer-self-cancel-window': 'deadline_self_cancel',
  'response-window': 'deadline_response',
  'pay-timeout': 'deadline_pay',
  'ship-by': 'deadline_ship_by',
  'risk-review': 'deadline_review',
  'tracking-number-wait': 'deadline_tracking',
};

/** A deadline's name in two or three words ("Ship by"), for a countdown that must say what it counts down to. */
function deadlineName(deadline: Pick<Deadline, 'id' | 'text'>, lang: UiLang): string {
  const key = DEADLINE_KEYS[deadline.id];
  return key ? t(key, lang) : t('deadline_other', lang);
}

/**
 * "Ship by: in 2 d 4 h": the countdown with what it counts down to; the rule's full sentence is the
 * tooltip. A computed date is an estimate and says so ("estimated"), even in a row box.
 */
export function labelledCountdown(deadline: Deadline, now: Date, lang: UiLang): { text: string; title: string } {
  const when = formatCountdown(deadline.at, now, lang);
  return {
    text: t(
      'deadline_label',
      lang,
      deadlineName(deadline, lang),
      deadline.from === 'computed' ? `${t('deadline_computed', lang)} ${when}` : when,
    ),
    title: pick(deadline.text, lang),
  };
}
