/**
 * The shape of one rule row. Rules are data: conditions to match, verdict parts to return,
 * and the sources they rest on. The engine (engine.ts) only interprets these rows.
 */
import type {
  Action,
  Actor,
  Consequence,
  FollowUp,
  FulfilledBy,
  LocalizedText,
  Outcome,
  Perspective,
  Platform,
  Settings,
  SourceRef,
  Stage,
} from './types';
import type { TemplateId } from '../templates/ids';
import type { DeadlineBuilderId, TimePredicateId } from './time';

/** How the page's end reason (AliExpress end_reason, 1688 closeReason, Amazon cancel reason) reads. */
export type EndReasonKind = 'cancel' | 'completion' | 'out-of-stock';

export interface RuleConditions {
  /** 'any' is for the shared 'ended' table; it does not add to specificity. */
  platform: Platform | 'any';
  perspective?: Perspective;
  stages: readonly Stage[];
  cancelRequested?: boolean;
  /** Matches only a snapshot that says so; an Amazon order whose fulfiller was not read is 'unknown'. */
  fulfilledBy?: FulfilledBy;
  /** Lower-case marketplace hosts, e.g. 'amazon.co.jp'. */
  marketplaces?: readonly string[];
  time?: TimePredicateId;
  endReasonKind?: EndReasonKind;
  refundInProgress?: boolean;
  fulfillmentInProgress?: boolean;
  trackingNumberShown?: boolean;
}

/** A consequence whose text or ETA depends on a setting is a function of the settings. */
export type ConsequenceEntry = Consequence | ((settings: Readonly<Settings>) => Consequence);

export interface Rule {
  id: string;
  when: RuleConditions;
  action: Action;
  outcome: Outcome;
  actor: Actor;
  headline: LocalizedText;
  steps: readonly LocalizedText[];
  consequences: readonly ConsequenceEntry[];
  deadlines: readonly DeadlineBuilderId[];
  templates: readonly TemplateId[];
  followUps: readonly FollowUp[];
  /** Overrides the default canceled/closed note when the platform words it differently. */
  outcomeNote?: LocalizedText;
  /** A caveat worth saying with this verdict (e.g. an unverified fact). */
  caveat?: LocalizedText;
  sources: readonly SourceRef[];
}

/** Number of conditions a row sets; the most specific matching row wins. */
export function specificity(when: RuleConditions): number {
  let n = when.platform === 'any' ? 0 : 1;
  for (const key of [
    'perspective',
    'cancelRequested',
    'fulfilledBy',
    'marketplaces',
    'time',
    'endReasonKind',
    'refundInProgress',
    'fulfillmentInProgress',
    'trackingNumberShown',
  ] as const) {
    if (when[key] !== undefined) n++;
  }
  return n;
}
