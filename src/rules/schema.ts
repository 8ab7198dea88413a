/**
 * The one description of the rule set's shapes (architecture.md §3.2, §3.3): the order snapshot a
 * reader produces, the verdict the rules give, the named settings. `types.ts` derives the
 * TypeScript types from these schemas; the worker validates every snapshot it receives with them
 * (src/messages/validate.ts), and the history importer reuses their pieces.
 *
 * Bounds are those of a message a real page can produce: a longer order id or status is not a
 * page we read, it is a sender we do not trust. Dates are ISO strings that parse; a page date
 * outside the span an order can have is dropped as not shown (withoutDatesOutsideSpan); nothing
 * else is corrected here — a snapshot is either what a reader can give or refused.
 *
 * Messages are short phrases the validator puts after the field's path ('snapshot.stage is not a
 * known stage'); they never repeat the input.
 */
import * as v from 'valibot';
import { DATE_FIELDS } from './date-fields';
import {
  ACTIONS,
  ACTORS,
  CONFIDENCES,
  FULFILMENT,
  ITEM_TITLE_MAX,
  ORDER_PROGRAMS,
  OUTCOMES,
  PAGE_ACTIONS,
  PAYMENT_STATUSES,
  PERSPECTIVES,
  PLATFORMS,
  REFUND_REQUEST_KINDS,
  STAGES,
  type UiLang,
} from './types';

/** A string of at most `max` characters, with one message for "not a string" and "too long". */
export const text = (max: number, message = `is not a string of at most ${max} characters`) =>
  v.pipe(v.string(message), v.maxLength(max, message));

/** ISO-8601 date-time (a date alone is not enough: every reader writes the time) that parses to a real time. */
export const isoDate = (message = 'is not an ISO date') =>
  v.pipe(
    v.string(message),
    v.maxLength(40, message),
    v.regex(/^\d{4}-\d{2}-\d{2}T/, message),
    v.check((s) => !Number.isNaN(Date.parse(s)), message),
  );

/**
 * The span an order's dates can fall in: nothing the platforms show predates 2000, and no deadline
 * or sighting lies more than two years ahead. A date outside is a broken page, a wrong clock or a
 * crafted file; kept, it would sort before or after everything (an order last seen in 9999 would
 * never be pruned). The "now" is the validator's clock at parse time; the rules still take theirs from ctx.now.
 */
export const EARLIEST_ORDER_DATE = '2000-01-01T00:00:00.000Z';
const FUTURE_SPAN_MS = 2 * 366 * 24 * 60 * 60 * 1000;

export function withinOrderDates(iso: string, now: number = Date.now()): boolean {
  const at = Date.parse(iso);
  return at >= Date.parse(EARLIEST_ORDER_DATE) && at <= now + FUTURE_SPAN_MS;
}

/** An ISO date within the span above (history records: refused outside it). */
export const orderDate = (message = 'is not a date from 2000 to two years from now') =>
  v.pipe(
    isoDate(),
    v.check((s) => withinOrderDates(s), message),
  );

export const PlatformSchema = v.picklist(PLATFORMS, 'is not a known platform');
export const StageSchema = v.picklist(STAGES, 'is not a known stage');
export const ActionSchema = v.picklist(ACTIONS, 'is not a known action');
export const FulfilledBySchema = v.picklist(FULFILMENT, 'is not merchant or platform');
export const OutcomeSchema = v.nullable(v.picklist(OUTCOMES, 'is not canceled, closed or null'));

/** Text in both interface languages. The UI picks one; docs print both. */
export const LocalizedTextSchema = v.object({ en: v.string(), zh: v.string() } satisfies Record<UiLang, v.GenericSchema<string>>);

const SnapshotSourceSchema = v.object(
  {
    url: text(4_096),
    /** Which reader produced the snapshot, e.g. 'amazon-order-detail'. */
    reader: text(100),
    /** Fields the reader could not read. */
    missing: v.pipe(v.array(text(100), 'is not a list of field names'), v.maxLength(50, 'lists more than 50 fields')),
  },
  'is not an object',
);

/** The snapshot's fields, as a reader writes them (OrderSnapshotSchema below adds the date check). */
export const SnapshotObjectSchema = v.object(
  {
    platform: PlatformSchema,
    perspective: v.picklist(PERSPECTIVES, 'is not seller or buyer'),
    /** As the platform writes it. */
    orderId: text(100),
    /** e.g. 'amazon.com', 'amazon.de', 'amazon.co.jp', 'amazon.in' */
    marketplace: v.optional(text(200)),
    stage: StageSchema,
    /** The platform's own status text or code, as read (e.g. 'Unshipped', '等待卖家发货', 'IN_CANCEL'). */
    nativeStatus: text(2_000),
    /** The other party has asked to cancel (Amazon buyer-requested cancellation, AliExpress IN_CANCEL). */
    cancelRequested: v.boolean('is not a boolean'),
    fulfilledBy: v.optional(FulfilledBySchema),
    orderedAt: v.optional(isoDate()),
    shipBy: v.optional(isoDate()),
    deliverBy: v.optional(isoDate()),
    /** Auto-cancel date shown by the platform (Amazon cancellationDate). Wins over computed deadlines. */
    autoCancelAt: v.optional(isoDate()),
    /** The current state's own deadline read from the page (response countdown, pay timeout …). */
    deadlineAt: v.optional(isoDate()),
    /**
     * When the other party asked to cancel: the page's own time, else (src/background/merge-history.ts)
     * when the extension first saw the request. Used when the page shows no response countdown.
     */
    cancelRequestedAt: v.optional(isoDate()),
    /**
     * When the order was marked shipped: the page's own time, else when the extension first saw it
     * shipped. Starts the tracking-number wait (seed 004).
     */
    shippedAt: v.optional(isoDate()),
    /** Whether the page shows a tracking number for a shipped order (false = shipped but none shown). */
    trackingNumberShown: v.optional(v.boolean('is not a boolean')),
    /** AliExpress FINISH end_reason, 1688 closeReason … where the page shows why an order ended. */
    endReason: v.optional(text(200)),
    /**
     * The product title(s) the page shows for the order, for the {item} blank of a message (src/templates).
     * Never judged by the rules and never stored in history (src/history/record.ts leaves it out).
     */
    itemTitle: v.optional(text(ITEM_TITLE_MAX)),
    /** Items in the order, as counts; used for partial shipment wording. */
    itemCount: v.optional(
      v.pipe(v.number('is not a count'), v.integer('is not a count'), v.minValue(0, 'is not a count'), v.maxValue(9_999, 'is not a count')),
    ),
    /** Shopify: a fulfillment request is in progress at a fulfillment service/app. */
    fulfillmentInProgress: v.optional(v.boolean('is not a boolean')),
    /** A refund is in progress on the order (1688 退款中, AliExpress refund processing). */
    refundInProgress: v.optional(v.boolean('is not a boolean')),
    /**
     * Order buttons the page shows for this order (1688 关闭订单 → 'close-order', 申请退款 →
     * 'request-refund'); absent when the reader does not look. Seed 001: no such button → ask support.
     */
    pageActions: v.optional(
      v.pipe(v.array(v.picklist(PAGE_ACTIONS, 'is not a known order button')), v.maxLength(PAGE_ACTIONS.length, 'lists too many buttons')),
    ),
    /** Programmes the order belongs to (Amazon Seller Fulfilled Prime, Business, pre-order, Easy Ship). */
    programs: v.optional(
      v.pipe(
        v.array(v.picklist(ORDER_PROGRAMS, 'is not a known programme')),
        v.maxLength(ORDER_PROGRAMS.length, 'lists too many programmes'),
      ),
    ),
    /** Amazon Easy Ship: the courier pickup has been scheduled (counts as shipped for cancelling). */
    pickupScheduled: v.optional(v.boolean('is not a boolean')),
    /** A return is open on the order (Shopify return in progress). */
    returnInProgress: v.optional(v.boolean('is not a boolean')),
    /** Payment state where the page shows it (see PaymentStatus). */
    paymentStatus: v.optional(v.picklist(PAYMENT_STATUSES, 'is not a known payment state')),
    /** What an open refund request asks for (1688 仅退款 / 退货退款). */
    refundRequestKind: v.optional(v.picklist(REFUND_REQUEST_KINDS, 'is not a known refund request')),
    /** When the open refund request was filed; starts the platform's auto-agree countdown when the page shows none. */
    refundRequestedAt: v.optional(isoDate()),
    /**
     * The buyer asked to cancel in a free-form message, not through the platform's cancellation
     * request (Amazon: such a cancellation counts toward the rate; answer with how to request it).
     */
    buyerAskedByMessage: v.optional(v.boolean('is not a boolean')),
    /** The buyer's country (ISO 3166-1 alpha-2, e.g. 'BR') where a seller page shows the ship-to country; picks the message language. */
    buyerCountry: v.optional(v.pipe(v.string('is not a country code'), v.regex(/^[A-Z]{2}$/, 'is not a country code'))),
    source: SnapshotSourceSchema,
  },
  'is not an object',
);

/** The snapshot's dates read from the page. */
const PAGE_DATES = DATE_FIELDS satisfies ReadonlyArray<keyof v.InferOutput<typeof SnapshotObjectSchema>>;

/**
 * A page date outside the sane span (withinOrderDates) is treated as not shown: dropped, and named
 * in `source.missing`, so the rules fall back to what they do when the page shows none (an estimate
 * that says so). Refusing the snapshot instead would cost every other order of the request its verdict.
 */
function withoutDatesOutsideSpan<T extends v.InferOutput<typeof SnapshotObjectSchema>>(snapshot: T): T {
  const outside = PAGE_DATES.filter((field) => snapshot[field] !== undefined && !withinOrderDates(snapshot[field]));
  if (outside.length === 0) return snapshot;
  const kept = { ...snapshot, source: { ...snapshot.source, missing: [...snapshot.source.missing] } };
  for (const field of outside) {
    delete kept[field];
    if (!kept.source.missing.includes(field)) kept.source.missing.push(field);
  }
  return kept;
}

/**
 * What a reader saw on a page (architecture.md §3.2 — contract; fields may be added).
 * Optional fields are absent when the page did not show them. Unknown fields are dropped on parse.
 */
export const OrderSnapshotSchema = v.pipe(SnapshotObjectSchema, v.transform(withoutDatesOutsideSpan));

/**
 * A consequence of the action. Ids named by the contract: counts-toward-cancellation-rate,
 * no-metric-impact, non-fulfillment-risk, needs-other-party-agreement, refund-to-buyer,
 * buyer-not-charged, irreversible; rules may add more.
 */
export const ConsequenceSchema = v.object({
  id: v.string(),
  text: LocalizedTextSchema,
  /** 'bad' costs the seller (metrics, money); 'info' is neutral; 'good' is reassurance. */
  tone: v.picklist(['bad', 'info', 'good']),
  /** For refund-to-buyer: an ETA range in days, and whether they are working days. */
  etaDays: v.optional(v.object({ min: v.number(), max: v.number(), working: v.boolean() })),
});

/** A deadline: auto-cancel, buyer-self-cancel-window, response-window, pay-timeout, ship-by, risk-review, tracking-number-wait … */
export const DeadlineSchema = v.object({
  id: v.string(),
  at: isoDate(),
  /** 'page' when read from the page, 'computed' when derived from a named setting. */
  from: v.picklist(['page', 'computed']),
  text: LocalizedTextSchema,
  /** How far the date can be trusted: a page date is 'policy-page'; a computed one carries its rule's confidence or 'estimate'. */
  confidence: v.optional(v.picklist(CONFIDENCES)),
  /** The source id (SourceRef.id) the timer rests on. */
  sourceId: v.optional(v.string()),
});

/** check-refund, adjust-inventory, record-reason, keep-evidence, then-cancel-on-shopify, answer-feedback, confirm-to-buyer … */
export const FollowUpSchema = v.object({ id: v.string(), text: LocalizedTextSchema });

/** A fact a rule rests on: a seed file (`seeds/002`) or a policy page (URL or help id). */
export const SourceRefSchema = v.object({
  /** e.g. 'seed:002', 'amazon-help:G201722390', 'reference:platform-rules §1.5' */
  id: v.string(),
  title: v.string(),
  url: v.optional(v.string()),
  /** How far this source can be trusted (see Confidence). */
  confidence: v.optional(v.picklist(CONFIDENCES)),
});

/** architecture.md §3.3 — contract; fields may be added. */
export const VerdictSchema = v.object({
  action: ActionSchema,
  outcome: OutcomeSchema,
  actor: v.picklist(ACTORS),
  /** One-line headline for the hint and popup. */
  headline: LocalizedTextSchema,
  /** Ordered steps: the exact clicks. */
  steps: v.array(LocalizedTextSchema),
  consequences: v.array(ConsequenceSchema),
  deadlines: v.array(DeadlineSchema),
  /** Ids of message templates that fit (src/templates). */
  templates: v.array(v.string()),
  followUps: v.array(FollowUpSchema),
  /** One sentence on canceled vs closed, present whenever outcome is not null. */
  outcomeNote: v.optional(LocalizedTextSchema),
  /** Why the verdict is 'unknown', or any caveat worth saying. */
  reason: v.optional(LocalizedTextSchema),
  ruleId: v.string(),
  sources: v.array(SourceRefSchema),
  rulesetVersion: v.string(),
});

/** Named settings; every constant a rule uses lives here, with its source in settings.ts (SETTING_DEFS). */
export const SettingsSchema = v.object({
  /** Amazon: minutes after purchase during which the buyer can cancel by themselves. */
  amazonBuyerSelfCancelMinutes: v.number(),
  /** Amazon: days after ship-by when Amazon auto-cancels an unshipped MFN order (fallback when the page shows no date). */
  amazonAutoCancelDaysAfterShipBy: v.number(),
  /** Amazon: days a Pending order may stay pending before Amazon cancels it. */
  amazonPendingMaxDays: v.number(),
  /** Amazon: cancellation-rate target, percent. */
  amazonCancellationRateTargetPct: v.number(),
  /** AliExpress: hours the seller has to answer a buyer's cancellation request. */
  aliexpressCancelResponseHours: v.number(),
  /** AliExpress: hours of payment risk control. */
  aliexpressRiskControlHours: v.number(),
  /** AliExpress: days the buyer has to pay before the order closes. */
  aliexpressPayDays: v.number(),
  /** AliExpress: working days to wait for a tracking number before opening a dispute (seed 004). */
  aliexpressTrackingWaitWorkingDays: v.number(),
  /** AliExpress: refund ETA, working days (seed 004: 3–15). */
  aliexpressRefundMinWorkingDays: v.number(),
  aliexpressRefundMaxWorkingDays: v.number(),
  /** Amazon: Seller Fulfilled Prime cancellation-rate ceiling, percent. */
  amazonSfpCancellationRateTargetPct: v.number(),
  /** 1688: days after shipment until receipt is confirmed automatically (estimate; the page countdown wins). */
  trade1688AutoConfirmReceiptDays: v.number(),
  /** 1688: hours a supplier has to answer a refund request on an unshipped order before it is agreed automatically (estimate). */
  trade1688RefundAutoAgreeHours: v.number(),
});
