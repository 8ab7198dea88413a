/**
 * How an order ended, read from its observations: the facts the seller statistics count.
 *
 * The result (an OrderSummary) is kept on the order record and rewritten whenever the order's
 * observations change (recording, import, the v3 migration), so the statistics read one record per
 * recent order instead of every observation of every recent order.
 */
import type { ObservationRecord, OrderRecord } from '../messages/protocol';

export type Initiator = 'seller' | 'buyer' | 'platform' | 'unknown';
export type EndedOutcome = 'canceled' | 'closed';

export type Observation = Pick<ObservationRecord, 'at' | 'stage' | 'outcome' | 'cancelRequested' | 'action' | 'ruleId'>;

/** How an observation ended the order, or null while it is still running. */
export function endedOutcome(obs: Pick<Observation, 'stage' | 'outcome'>): EndedOutcome | null {
  if (obs.stage === 'canceled') return 'canceled';
  if (obs.stage === 'closed') return 'closed';
  // AliExpress FINISH with a cancel-type end reason: "completed" on the page, closed in fact.
  if (obs.stage === 'completed' && obs.outcome === 'closed') return 'closed';
  return null;
}

export interface Ending {
  outcome: EndedOutcome;
  /** When the extension first saw the order ended (the start of its final ended run). */
  endedAt: string;
  /** Observations before the ending, oldest first: what the order looked like while it ran. */
  before: Observation[];
}

/** The order's ending, from its observations oldest first; null when its latest state is not ended. */
export function endingOf(observations: readonly Observation[]): Ending | null {
  const latest = observations.at(-1);
  const outcome = latest ? endedOutcome(latest) : null;
  if (!latest || !outcome) return null;
  let start = observations.length - 1;
  while (start > 0 && endedOutcome(observations[start - 1]!) !== null) start--;
  return { outcome, endedAt: observations[start]!.at, before: observations.slice(0, start) };
}

/** Rule rows where the person is the buyer (dropshipping on AliExpress, sourcing on 1688). */
const BUYER_SIDE = /^(aliexpress|1688)\.buyer\./;
/** Rule rows for a cancellation the other party asked for. */
const ASKED_BY_BUYER = /buyer-requested|cancel-requested/;
/** Rule rows whose time had run out: the platform cancels or closes by itself. */
const SYSTEM_TIMEOUT = /auto-cancel-passed|timer-passed/;
/** Amazon rule rows for orders the seller ships. */
const MERCHANT_FULFILLED = /\.mfn(\.|$)/;

/**
 * Who started the ending, from the verdicts seen while the order ran:
 * the buyer asked (cancelRequested, buyer-requested rows) → buyer; the platform's timer ran out
 * (auto-cancel-passed, timer-passed rows, or a "wait" verdict: pending or unpaid orders the
 * platform cancels) → platform; the last verdict told the person to cancel or close → the
 * person's side (seller, or buyer on a buyer-side page). Seen only after it ended → unknown.
 */
export function initiatorOf(before: readonly Observation[]): Initiator {
  const last = before.at(-1);
  if (!last) return 'unknown';
  if (before.some((o) => o.cancelRequested || ASKED_BY_BUYER.test(o.ruleId))) return 'buyer';
  if (SYSTEM_TIMEOUT.test(last.ruleId) || last.action === 'wait') return 'platform';
  if (last.action === 'cancel' || last.action === 'close') return BUYER_SIDE.test(last.ruleId) ? 'buyer' : 'seller';
  return 'unknown';
}

/** The rules' verdict for an AliExpress order closed against the seller (not shipped in time, dispute lost). */
const SELLER_FAULT_ENDING = /^aliexpress\.seller\.ended\.seller-fault$/;
/** Endings the end reason shows were not the seller's doing (never paid, risk control, an agreed dispute refund). */
const NOT_SELLER_FAULT_ENDING = /^aliexpress\.seller\.ended\.(?:never-paid|risk|dispute-refund)$/;

/**
 * AliExpress counts a seller's cancellation, or a ship-by timeout, against the seller. AliExpress
 * shows both a cancellation and a timeout as closed, so either outcome counts; the end reason, when
 * the page showed one, decides over the inference from the verdicts before.
 */
function isAliexpressSellerFault(ending: Ending, initiator: Initiator, endRuleId: string): boolean {
  if (SELLER_FAULT_ENDING.test(endRuleId)) return true;
  if (NOT_SELLER_FAULT_ENDING.test(endRuleId)) return false;
  const last = ending.before.at(-1);
  if (!last || BUYER_SIDE.test(last.ruleId)) return false;
  if (initiator === 'seller') return true;
  return initiator === 'platform' && (last.stage === 'awaiting-shipment' || last.stage === 'partially-shipped');
}

/** Amazon rows for an unshipped seller-fulfilled order: an ending the platform started from one is an automatic cancellation. */
const AMAZON_UNSHIPPED_MFN = /^amazon\.unshipped\.mfn\./;

/**
 * Whether an ended Amazon order counts in the Cancellation Rate estimate: the seller cancelled it,
 * or Amazon cancelled it automatically because it was not shipped in time (help 200285210 counts both;
 * buyer-requested and Pending cancellations do not).
 */
export function countsTowardAmazonRate(ending: NonNullable<OrderSummary['ending']>): boolean {
  if (ending.outcome !== 'canceled') return false;
  if (ending.initiator === 'seller') return true;
  return ending.initiator === 'platform' && AMAZON_UNSHIPPED_MFN.test(ending.lastRuleId);
}

/** What the statistics need from an order's observations, kept on the order record. */
export interface OrderSummary {
  /** A merchant-fulfilled (mfn) rule matched at some point. */
  mfn: boolean;
  ending: {
    outcome: EndedOutcome;
    endedAt: string;
    initiator: Initiator;
    /** The rule of the last verdict before the ending (or of the ending itself when none came before). */
    lastRuleId: string;
    /** Would count against an AliExpress seller (the platform is checked by the reader). */
    sellerFault: boolean;
  } | null;
}

/** An order record as stored: `summary` is absent on records written before schema v3 or by other tools. */
export interface StoredOrder extends OrderRecord {
  summary?: OrderSummary;
}

/** Summarises an order's observations, oldest first. */
export function summarize(observations: readonly Observation[]): OrderSummary {
  const mfn = observations.some((o) => MERCHANT_FULFILLED.test(o.ruleId));
  const ending = endingOf(observations);
  if (!ending) return { mfn, ending: null };
  const initiator = initiatorOf(ending.before);
  return {
    mfn,
    ending: {
      outcome: ending.outcome,
      endedAt: ending.endedAt,
      initiator,
      lastRuleId: ending.before.at(-1)?.ruleId ?? observations.at(-1)!.ruleId,
      sellerFault: isAliexpressSellerFault(ending, initiator, observations.at(-1)!.ruleId),
    },
  };
}

/** Oldest first, as `summarize` expects (ISO strings sort by time). */
export const byTime = (a: Pick<Observation, 'at'>, b: Pick<Observation, 'at'>): number => a.at.localeCompare(b.at);

/** Amazon orders the seller ships: the page said so, or a merchant-fulfilled (mfn) rule matched. */
export function isSellerFulfilled(order: Pick<OrderRecord, 'fulfilledBy'>, summary: OrderSummary): boolean {
  if (order.fulfilledBy !== undefined) return order.fulfilledBy === 'merchant';
  return summary.mfn;
}

/** The public record, without the statistics summary (storage plumbing, like an observation's dedupe key). */
export function withoutSummary({ summary: _summary, ...order }: StoredOrder): OrderRecord {
  return order;
}
