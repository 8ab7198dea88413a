/**
 * The contracts of architecture.md §3: OrderSnapshot, Verdict and their vocabularies.
 * Pure types and constant lists; nothing here touches the DOM, the browser or the clock.
 * Other folders import these types from `src/rules/types.ts` (or `src/rules/index.ts`).
 */

export const PLATFORMS = ['amazon', 'aliexpress', '1688', 'shopify'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PERSPECTIVES = ['seller', 'buyer'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

/** architecture.md §3.4 — contract. */
export const STAGES = [
  'awaiting-payment',
  'payment-review',
  'awaiting-shipment',
  'partially-shipped',
  'shipped',
  'delivered',
  'completed',
  'canceled',
  'closed',
  'in-dispute',
  'frozen',
  'unknown',
] as const;
export type Stage = (typeof STAGES)[number];

/** architecture.md §3.4 — contract. */
export const ACTIONS = [
  'cancel',
  'close',
  'request-cancel',
  'respond',
  'refund',
  'return-and-refund',
  'dispute',
  'contact-support',
  'wait',
  'none',
  'unknown',
] as const;
export type Action = (typeof ACTIONS)[number];

export const OUTCOMES = ['canceled', 'closed'] as const;
export type Outcome = (typeof OUTCOMES)[number] | null;

export const ACTORS = ['you', 'other-party', 'platform', 'support'] as const;
export type Actor = (typeof ACTORS)[number];

export type FulfilledBy = 'merchant' | 'platform';

/** Text in both interface languages. The UI picks one; docs print both. */
export interface LocalizedText {
  en: string;
  zh: string;
}

/**
 * How far a fact can be trusted: read on the platform's own help or policy page, taken from a
 * secondary source (forum announcement, vendor knowledge base, API mirror), or an estimate that
 * no source confirms. Estimates are always said as such to the person.
 */
export type Confidence = 'policy-page' | 'secondary' | 'estimate';

/**
 * Order programmes a page can show (Amazon): Seller Fulfilled Prime, Amazon Business, a pre-order
 * (PendingAvailability), Easy Ship (Amazon's courier collects the parcel).
 */
export const ORDER_PROGRAMS = ['prime', 'business', 'preorder', 'easy-ship'] as const;
export type OrderProgram = (typeof ORDER_PROGRAMS)[number];

/**
 * The payment state where it changes the answer: Shopify 'authorized' (held, not captured) and
 * 'partially-paid'; 1688 'paid-not-received' (已支付未到账: the buyer paid, the money has not reached 1688 yet).
 */
export const PAYMENT_STATUSES = ['pending', 'authorized', 'paid', 'partially-paid', 'paid-not-received'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** What a buyer's refund request asks for (1688 仅退款 vs 退货退款). */
export type RefundRequestKind = 'refund-only' | 'return-refund';

/** An order button a reader saw on the page (OrderSnapshot.pageActions). */
export type PageAction = 'close-order' | 'request-refund';

/** Where a snapshot came from: which reader, which fields it could not read. */
export interface SnapshotSource {
  url: string;
  reader: string;
  missing: string[];
}

/**
 * What a reader saw on a page (architecture.md §3.2 — contract; fields may be added).
 * All dates are ISO 8601 strings. Optional fields are absent when the page did not show them.
 */
export interface OrderSnapshot {
  platform: Platform;
  perspective: Perspective;
  orderId: string;
  /** e.g. 'amazon.com', 'amazon.de', 'amazon.co.jp', 'amazon.in' */
  marketplace?: string;
  stage: Stage;
  /** The platform's own status text or code, as read (e.g. 'Unshipped', '等待卖家发货', 'IN_CANCEL'). */
  nativeStatus: string;
  /** The other party has asked to cancel (Amazon buyer-requested cancellation, AliExpress IN_CANCEL). */
  cancelRequested: boolean;
  fulfilledBy?: FulfilledBy;
  orderedAt?: string;
  shipBy?: string;
  deliverBy?: string;
  /** Auto-cancel date shown by the platform (Amazon cancellationDate). Wins over computed deadlines. */
  autoCancelAt?: string;
  /** The current state's own deadline read from the page (response countdown, pay timeout …). */
  deadlineAt?: string;
  /** AliExpress FINISH end_reason, 1688 closeReason … where the page shows why an order ended. */
  endReason?: string;
  /** Items in the order, as counts; used for partial shipment wording. */
  itemCount?: number;
  /** Shopify: a fulfillment request is in progress at a fulfillment service/app. */
  fulfillmentInProgress?: boolean;
  /** A refund is in progress on the order (1688 退款中, AliExpress refund processing). */
  refundInProgress?: boolean;
  /** When the other party asked to cancel (AliExpress IN_CANCEL start); used when the page shows no response countdown. */
  cancelRequestedAt?: string;
  /** When the seller/supplier marked the order shipped; starts the tracking-number wait (seed 004). */
  shippedAt?: string;
  /** Whether the page shows a tracking number for a shipped order (false = shipped but no tracking number shown). */
  trackingNumberShown?: boolean;
  /**
   * Order buttons the page shows for this order (1688 关闭订单 → 'close-order', 申请退款 →
   * 'request-refund'); absent when the reader does not look. Seed 001: no such button → ask support.
   */
  pageActions?: PageAction[];
  /** Programmes the order belongs to (Amazon Seller Fulfilled Prime, Business, pre-order, Easy Ship). */
  programs?: OrderProgram[];
  /** Amazon Easy Ship: the courier pickup has been scheduled (counts as shipped for cancelling). */
  pickupScheduled?: boolean;
  /** A return is open on the order (Shopify return in progress). */
  returnInProgress?: boolean;
  /** Payment state where the page shows it (see PaymentStatus). */
  paymentStatus?: PaymentStatus;
  /** What an open refund request asks for (1688 仅退款 / 退货退款). */
  refundRequestKind?: RefundRequestKind;
  /** When the open refund request was filed; starts the platform's auto-agree countdown when the page shows none. */
  refundRequestedAt?: string;
  /**
   * The buyer asked to cancel in a free-form message, not through the platform's cancellation
   * request (Amazon: such a cancellation counts toward the rate; answer with how to request it).
   */
  buyerAskedByMessage?: boolean;
  /** The buyer's country (ISO 3166-1 alpha-2, e.g. 'BR') where a seller page shows the ship-to country; picks the message language. */
  buyerCountry?: string;
  source: SnapshotSource;
}

/** Consequence ids named by the contract; rules may add more ids. */
export type ConsequenceId =
  | 'counts-toward-cancellation-rate'
  | 'no-metric-impact'
  | 'non-fulfillment-risk'
  | 'needs-other-party-agreement'
  | 'refund-to-buyer'
  | 'buyer-not-charged'
  | 'irreversible'
  | (string & {});

export interface Consequence {
  id: ConsequenceId;
  text: LocalizedText;
  /** 'bad' costs the seller (metrics, money); 'info' is neutral; 'good' is reassurance. */
  tone: 'bad' | 'info' | 'good';
  /** For refund-to-buyer: an ETA range in days, and whether they are working days. */
  etaDays?: { min: number; max: number; working: boolean };
}

export type DeadlineId =
  | 'auto-cancel'
  | 'buyer-self-cancel-window'
  | 'response-window'
  | 'pay-timeout'
  | 'ship-by'
  | 'risk-review'
  | 'tracking-number-wait'
  | 'auto-confirm-receipt'
  | 'refund-auto-agree'
  | (string & {});

export interface Deadline {
  id: DeadlineId;
  /** ISO 8601 */
  at: string;
  /** 'page' when read from the page, 'computed' when derived from a named setting. */
  from: 'page' | 'computed';
  text: LocalizedText;
  /** How far the date can be trusted: a page date is 'policy-page'; a computed one carries its rule's confidence or 'estimate'. */
  confidence?: Confidence;
  /** The source id (SourceRef.id) the timer rests on. */
  sourceId?: string;
}

export type FollowUpId =
  | 'check-refund'
  | 'adjust-inventory'
  | 'record-reason'
  | 'keep-evidence'
  | 'then-cancel-on-shopify'
  | 'answer-feedback'
  | 'confirm-to-buyer'
  | (string & {});

export interface FollowUp {
  id: FollowUpId;
  text: LocalizedText;
}

/** A fact a rule rests on: a seed file (`seeds/002`) or a policy page (URL or help id). */
export interface SourceRef {
  /** e.g. 'seed:002', 'amazon-help:G201722390', 'reference:platform-rules §1.5' */
  id: string;
  title: string;
  url?: string;
  /** How far this source can be trusted (see Confidence). */
  confidence?: Confidence;
}

/** architecture.md §3.3 — contract; fields may be added. */
export interface Verdict {
  action: Action;
  outcome: Outcome;
  actor: Actor;
  /** One-line headline for the hint and popup. */
  headline: LocalizedText;
  /** Ordered steps: the exact clicks. */
  steps: LocalizedText[];
  consequences: Consequence[];
  deadlines: Deadline[];
  /** Ids of message templates that fit (src/templates). */
  templates: string[];
  followUps: FollowUp[];
  /** One sentence on canceled vs closed, present whenever outcome is not null. */
  outcomeNote?: LocalizedText;
  /** Why the verdict is 'unknown', or any caveat worth saying. */
  reason?: LocalizedText;
  ruleId: string;
  sources: SourceRef[];
  rulesetVersion: string;
}

/** Named settings; every constant a rule uses lives here with its source (see settings.ts). */
export interface Settings {
  /** Amazon: minutes after purchase during which the buyer can cancel by themselves. */
  amazonBuyerSelfCancelMinutes: number;
  /** Amazon: days after ship-by when Amazon auto-cancels an unshipped MFN order (fallback when the page shows no date). */
  amazonAutoCancelDaysAfterShipBy: number;
  /** Amazon: days a Pending order may stay pending before Amazon cancels it. */
  amazonPendingMaxDays: number;
  /** Amazon: cancellation-rate target, percent. */
  amazonCancellationRateTargetPct: number;
  /** Amazon: Seller Fulfilled Prime cancellation-rate ceiling, percent. */
  amazonSfpCancellationRateTargetPct: number;
  /** AliExpress: hours the seller has to answer a buyer's cancellation request. */
  aliexpressCancelResponseHours: number;
  /** AliExpress: hours of payment risk control. */
  aliexpressRiskControlHours: number;
  /** AliExpress: days the buyer has to pay before the order closes. */
  aliexpressPayDays: number;
  /** AliExpress: working days to wait for a tracking number before opening a dispute (seed 004). */
  aliexpressTrackingWaitWorkingDays: number;
  /** AliExpress: refund ETA, working days (seed 004: 3–15). */
  aliexpressRefundMinWorkingDays: number;
  aliexpressRefundMaxWorkingDays: number;
  /** 1688: days after shipment until receipt is confirmed automatically (estimate; the page countdown wins). */
  trade1688AutoConfirmReceiptDays: number;
  /** 1688: hours a supplier has to answer a refund request on an unshipped order before it is agreed automatically (estimate). */
  trade1688RefundAutoAgreeHours: number;
}

export interface EvaluateContext {
  now: Date;
  settings?: Partial<Settings>;
}
