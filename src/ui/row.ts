/**
 * A verdict in a few words, for the places that have room for no more: a list row's box, the
 * popup's order table, the page's summary. Written from the verdict's facts (action, consequences,
 * the other party's request) with interface strings, never the headline cut short.
 */
import type { Deadline, Verdict } from '../rules/types';
import { formatCountdown } from './format';
import { pick, t, type MessageKey, type UiLang } from './i18n';
import { rowVerdictKey, type RowFacts, type RowOrder } from './verdict-look';

export { verdictTone } from './verdict-look';

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
