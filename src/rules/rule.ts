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
  OrderProgram,
  Outcome,
  PaymentStatus,
  Perspective,
  Platform,
  RefundRequestKind,
  Settings,
  SourceRef,
  Stage,
} from './types';
import type { TemplateId } from '../templates/ids';
import type { MarketFacts } from './marketplaces';
import type { DeadlineBuilderId, TimePredicateId } from './time';

/**
 * Why an order ended, from the page's end reason (AliExpress end_reason, 1688 closeReason, Amazon
 * cancel reason): an agreed cancellation, a normal completion, out of stock, never paid, the seller
 * did not ship in time, closed by risk control, refunded through a dispute, or a dispute decided
 * against the seller.
 */
export type EndReasonKind =
  | 'cancel'
  | 'completion'
  | 'out-of-stock'
  | 'unpaid'
  | 'seller-fault'
  | 'risk'
  | 'dispute-refund'
  | 'dispute-lost';

/** Every end reason that means the order ended without going through (closed, not completed). */
export const CLOSING_END_REASON_KINDS: readonly EndReasonKind[] = [
  'cancel',
  'out-of-stock',
  'unpaid',
  'seller-fault',
  'risk',
  'dispute-refund',
  'dispute-lost',
];

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
  /** One kind, or any of several. */
  endReasonKind?: EndReasonKind | readonly EndReasonKind[];
  refundInProgress?: boolean;
  fulfillmentInProgress?: boolean;
  trackingNumberShown?: boolean;
  /** The order belongs to this programme (Amazon Seller Fulfilled Prime, Business, pre-order, Easy Ship). */
  program?: OrderProgram;
  pickupScheduled?: boolean;
  returnInProgress?: boolean;
  paymentStatus?: PaymentStatus;
  refundRequestKind?: RefundRequestKind;
  buyerAskedByMessage?: boolean;
}

/**
 * A consequence whose text depends on a setting or on the marketplace is a function of both;
 * it returns null when it does not apply to this order (e.g. no cancellation fee on this marketplace).
 */
export type ConsequenceEntry = Consequence | ((settings: Readonly<Settings>, market: MarketFacts) => Consequence | null);

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
  /**
   * Breaks the specificity order where one fact overrides every other (Easy Ship pickup scheduled
   * means shipped, whatever else is true). Rows with a higher priority are tried first.
   */
  priority?: number;
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
    'program',
    'pickupScheduled',
    'returnInProgress',
    'paymentStatus',
    'refundRequestKind',
    'buyerAskedByMessage',
  ] as const) {
    if (when[key] !== undefined) n++;
  }
  return n;
}
