/**
 * The contracts of architecture.md §3: OrderSnapshot, Verdict and their vocabularies.
 * The vocabularies as constant lists, and the types of the shapes described in ./schema.ts.
 * Nothing here touches the DOM, the browser or the clock, and nothing here runs a schema: the
 * imports below are types only, so a content script importing a list does not carry valibot.
 * Other folders import these types from `src/rules/types.ts` (or `src/rules/index.ts`).
 */
import type * as v from 'valibot';
import type * as schema from './schema';

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

/** The interface languages: every LocalizedText has each of them. */
export const UI_LANGS = ['en', 'zh'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** The longest item title a snapshot carries (OrderSnapshot.itemTitle): enough to name the goods in a message; readers clip longer ones. */
export const ITEM_TITLE_MAX = 160;

export const FULFILMENT = ['merchant', 'platform'] as const;
export type FulfilledBy = (typeof FULFILMENT)[number];

/**
 * How far a fact can be trusted: read on the platform's own help or policy page, taken from a
 * secondary source (forum announcement, vendor knowledge base, API mirror), or an estimate that
 * no source confirms. Estimates are always said as such to the person.
 */
export const CONFIDENCES = ['policy-page', 'secondary', 'estimate'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

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
export const REFUND_REQUEST_KINDS = ['refund-only', 'return-refund'] as const;
export type RefundRequestKind = (typeof REFUND_REQUEST_KINDS)[number];

/** Order buttons a reader can see on a page (OrderSnapshot.pageActions). */
export const PAGE_ACTIONS = ['close-order', 'request-refund'] as const;
export type PageAction = (typeof PAGE_ACTIONS)[number];

// The shapes themselves are described once, as schemas (./schema.ts); these are their types.
export type LocalizedText = v.InferOutput<typeof schema.LocalizedTextSchema>;
export type OrderSnapshot = v.InferOutput<typeof schema.OrderSnapshotSchema>;
export type Consequence = v.InferOutput<typeof schema.ConsequenceSchema>;
export type Deadline = v.InferOutput<typeof schema.DeadlineSchema>;
export type FollowUp = v.InferOutput<typeof schema.FollowUpSchema>;
export type SourceRef = v.InferOutput<typeof schema.SourceRefSchema>;
export type Verdict = v.InferOutput<typeof schema.VerdictSchema>;
export type Settings = v.InferOutput<typeof schema.SettingsSchema>;

/**
 * Where a dropshipper sells (the person's setting): their own store's order follows a supplier
 * order, and the advice names Shopify only when that is their store ('other': a store that is
 * not Shopify; 'none': no store, so no customer order to cancel).
 */
export const STORE_PLATFORMS = ['shopify', 'other', 'none'] as const;
export type StorePlatform = (typeof STORE_PLATFORMS)[number];

export interface EvaluateContext {
  now: Date;
  settings?: Partial<Settings>;
  /** The person's store platform; absent: not said, and the advice is written for Shopify (seed 004). */
  store?: StorePlatform;
}
