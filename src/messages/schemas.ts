/**
 * One schema per message shape: every request the worker accepts, every answer it gives, and every
 * record an export holds and an import reads back. protocol.ts derives the TypeScript types from
 * these; validate.ts parses every arriving request with them (unknown fields are dropped, the value
 * the worker uses is the parsed one); src/history/import.ts parses every imported record with them.
 *
 * Messages are phrases put after the field's path by validate.ts ('settings.retentionDays must be
 * …'); they never repeat the input. Bounds are those of what the extension itself sends or stores:
 * anything beyond is a sender we do not trust, or a damaged file.
 */
import * as v from 'valibot';
import {
  ActionSchema,
  DeadlineSchema,
  FulfilledBySchema,
  isoDate,
  orderDate,
  LocalizedTextSchema,
  OrderSnapshotSchema,
  OutcomeSchema,
  PlatformSchema,
  StageSchema,
  text,
  VerdictSchema,
} from '../rules/schema';
import { STORE_PLATFORMS, UI_LANGS, type Settings } from '../rules/types';
import { LANGUAGES } from '../templates/types';
import { AMAZON_MARKETPLACES } from '../platforms/amazon/platform';
import { statusWord, teachableWord } from '../history/status-word';
import { matchKey } from '../platforms/text';
import { MAX_BATCH, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from './bounds';
import { CONTENT_PARTS } from '../content/lazy-parts';
import { ACTION_TONE_NAMES } from '../ui/verdict-look';
import type { MessageKey } from '../ui/i18n';

// ---- bounds --------------------------------------------------------------------------------------

const MAX_TEXT = 2_000;
/** Upper bound for list sizes in requests: a history page never needs more. */
const MAX_LIMIT = 1_000;
const MAX_TEMPLATE_BODY = 5_000;
const MAX_TEMPLATE_TITLE = 120;
const MAX_SITUATIONS = 50;

/**
 * The largest sane override of each rule setting, in the unit SETTING_DEFS gives it (beyond it, a
 * typo rather than a policy). Written out rather than read from src/rules/settings.ts so this module
 * does not carry the rule sources; the compiler checks the keys against `Settings`, a unit test
 * checks them against SETTING_DEFS.
 */
export const RULE_SETTING_MAX: Readonly<Record<keyof Settings, number>> = {
  amazonBuyerSelfCancelMinutes: 7 * 24 * 60, // minutes
  amazonAutoCancelDaysAfterShipBy: 60, // business days
  amazonPendingMaxDays: 365, // days
  amazonCancellationRateTargetPct: 100, // percent
  aliexpressCancelResponseHours: 30 * 24, // hours
  aliexpressRiskControlHours: 30 * 24, // hours
  aliexpressPayDays: 365, // days
  aliexpressTrackingWaitWorkingDays: 60, // working days
  aliexpressRefundMinWorkingDays: 60, // working days
  aliexpressRefundMaxWorkingDays: 60, // working days
  amazonSfpCancellationRateTargetPct: 100, // percent
  trade1688AutoConfirmReceiptDays: 90, // days
  trade1688RefundAutoAgreeHours: 30 * 24, // hours
};

// ---- pieces --------------------------------------------------------------------------------------

/** Control characters other than tab and line breaks: never part of a message anyone writes. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CUSTOM_ID = /^custom:[1-9]\d{0,9}$/;
/** Ids such as follow-up ids and template ids: short, no spaces. */
const TOKEN = /^[A-Za-z0-9][\w.:-]{0,99}$/;

/** Plain text a person wrote: `min` to `max` characters, no control characters, not only spaces when `min` > 0. */
const plainText = (max: number, min: number, message: string) =>
  v.pipe(
    v.string(message),
    v.minLength(min, message),
    v.maxLength(max, message),
    v.check((s) => !CONTROL.test(s) && (min === 0 || s.trim() !== ''), message),
  );
const oneLine = (max: number, min: number, message: string) =>
  v.pipe(
    plainText(max, min, message),
    v.check((s) => !/[\r\n]/.test(s), message),
  );
const token = (message = 'is not an id') => v.pipe(v.string(message), v.regex(TOKEN, message));
const CustomIdSchema = v.pipe(v.string('is not a custom template id'), v.regex(CUSTOM_ID, 'is not a custom template id'));
const orderId = v.pipe(
  text(100, 'is not an order id'),
  v.check((s) => s.trim() !== '', 'is not an order id'),
);
const count = (min: number, max: number, message = `must be a whole number from ${min} to ${max}`) =>
  v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));
/** Record keys as stored (auto-increment, from 1). */
const storedKey = v.pipe(v.number('is not a record key'), v.integer('is not a record key'), v.minValue(1, 'is not a record key'));

/**
 * A list of at most `max` items, its length checked before any item is: a hostile list of a million
 * entries is refused without parsing one of them.
 */
const list = <T extends v.GenericSchema>(item: T, max: number, message: string, min = 0) =>
  v.pipe(v.array(v.unknown(), message), v.minLength(min, message), v.maxLength(max, message), v.array(item));

const UiLangSchema = v.picklist(UI_LANGS, 'must be en or zh');
const LanguageSchema = v.picklist(LANGUAGES, 'is not a template language');
const AudienceSchema = v.picklist(['buyer', 'supplier', 'customer'], 'must be buyer, supplier or customer');

// ---- settings and custom templates ---------------------------------------------------------------

const minuteOfDay = count(0, 24 * 60 - 1, 'must be a minute of the day from 0 to 1439');
/** How desktop reminders of deadlines behave; every field optional, defaults in src/history/reminders.ts. */
export const ReminderSettingsSchema = v.strictObject(
  {
    /** false: no desktop notifications (the badge still counts what is due). */
    notify: v.optional(v.boolean('is not a boolean')),
    /** Minutes before a deadline the notification comes. */
    leadMinutes: v.optional(count(0, 7 * 24 * 60)),
    /** Quiet hours, local time, as minutes of the day; both set or none. From 22:00 to 07:00 is 1320 and 420. */
    quietFrom: v.optional(minuteOfDay),
    quietTo: v.optional(minuteOfDay),
  },
  (issue) => (issue.expected === 'never' ? 'is not a reminder setting' : 'is not an object'),
);

const ruleSetting = (max: number) => {
  const message = `must be a number from 0 to ${max}`;
  return v.optional(v.pipe(v.number(message), v.finite(message), v.minValue(0, message), v.maxValue(max, message)));
};
const RULE_KEYS = Object.keys(RULE_SETTING_MAX) as Array<keyof Settings>;

/**
 * Overrides of the rules' named settings: only the settings that exist, each within its bound.
 * Every field is optional, so an array (which valibot's object schemas take for an object) is
 * refused first: it would otherwise parse as "no overrides".
 */
const RuleOverridesSchema = v.pipe(
  v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'is not an object'),
  v.strictObject(
    Object.fromEntries(RULE_KEYS.map((key) => [key, ruleSetting(RULE_SETTING_MAX[key])])) as {
      [K in keyof Settings]: ReturnType<typeof ruleSetting>;
    },
    (issue) => (issue.expected === 'never' ? 'is not a rule setting' : 'is not an object'),
  ),
);

/** The person's store name, as messages sign with it. */
const StoreNameSchema = oneLine(100, 0, 'must be one line of at most 100 characters');

/** What the person set in the options page; every field optional, defaults apply when absent. */
export const UserSettingsSchema = v.strictObject(
  {
    /** Overrides of the rules' named settings (src/rules/settings.ts SETTING_DEFS). */
    rules: RuleOverridesSchema,
    /** Interface language; absent: the browser's language. */
    uiLang: v.optional(UiLangSchema),
    /** Language for buyer/supplier messages; absent: the buyer's marketplace language. */
    messageLanguage: v.optional(LanguageSchema),
    /** Default Amazon marketplace when a page does not say, e.g. 'amazon.de'. */
    defaultMarketplace: v.optional(v.picklist(AMAZON_MARKETPLACES, 'is not an Amazon marketplace such as amazon.de')),
    /** History retention in days (default 730 = two years). */
    retentionDays: v.optional(count(MIN_RETENTION_DAYS, MAX_RETENTION_DAYS)),
    /** Text used for {storeName} in messages. */
    storeName: v.optional(StoreNameSchema),
    /**
     * Where a dropshipper sells what they buy on AliExpress or 1688: advice names the store platform
     * only when the person uses one ('shopify'; 'other': a store, not Shopify; 'none': no store). Absent: not said.
     */
    storePlatform: v.optional(v.picklist(STORE_PLATFORMS, 'must be shopify, other or none')),
    /** Desktop reminders of deadlines (src/background/reminders.ts); absent: the defaults of src/history/reminders.ts. */
    reminders: v.optional(ReminderSettingsSchema),
  },
  (issue) => (issue.expected === 'never' ? 'is not a setting' : 'is not an object'),
);

/** A person's own message template, as saved and as exported. */
export const CustomTemplateSchema = v.object(
  {
    /** 'custom:<n>' once saved; absent when creating. */
    id: v.optional(CustomIdSchema),
    platform: PlatformSchema,
    audience: AudienceSchema,
    /** Language code of the body, e.g. 'en', 'de', 'zh'. */
    language: LanguageSchema,
    title: oneLine(MAX_TEMPLATE_TITLE, 1, `must be one line of 1 to ${MAX_TEMPLATE_TITLE} characters`),
    /** Plain text with the same {placeholders} as the built-in templates. */
    body: plainText(MAX_TEMPLATE_BODY, 1, `must be plain text of 1 to ${MAX_TEMPLATE_BODY} characters`),
    /** Built-in template ids (or verdict situations) this template is offered beside. */
    situations: list(token('is not a template id'), MAX_SITUATIONS, 'must be a list of template ids'),
    updatedAt: v.optional(orderDate()),
  },
  'is not an object',
);

/** A custom template as stored and exported: `seq` is its row, `id` is 'custom:<seq>'. */
export const StoredTemplateSchema = v.object({ ...CustomTemplateSchema.entries, seq: v.optional(storedKey) }, 'is not an object');

// ---- taught words --------------------------------------------------------------------------------

/** Words one person may teach per platform: far more than the status words a platform has, few enough to list. */
export const MAX_TAUGHT_WORDS = 300;

/**
 * A status word a person taught, as a request or a file carries it: page text, so bounded and normalised here
 * (src/history/status-word.ts teachableWord): status-sized, with letters, never cut.
 */
const TaughtWordTextSchema = v.pipe(
  v.string('is not a status word'),
  v.maxLength(MAX_TEXT, 'is not a status word'),
  v.transform(teachableWord),
  v.check((w): w is string => w !== null, 'is not a status word of at most 80 characters with letters'),
  v.transform((w) => w as string),
);
/** What a taught word means: a stage, never 'unknown' (not knowing is what "I am not sure" leaves). */
const TaughtStageSchema = v.pipe(
  StageSchema,
  v.check((stage) => stage !== 'unknown', 'cannot be unknown'),
);

/** One taught word as the content script loads it (src/platforms/taught-words.ts teachWords). */
export const TaughtWordSchema = v.object(
  { platform: PlatformSchema, word: TaughtWordTextSchema, stage: TaughtStageSchema },
  'is not an object',
);

/**
 * A taught word as stored and exported: `key` (the word's matchKey, half of the row's key with the platform) is
 * derived from the word, never taken from a file, so two spellings of one word are one row.
 */
export const TaughtWordRecordSchema = v.pipe(
  v.object({ ...TaughtWordSchema.entries, /** ISO time taught */ at: orderDate() }, 'is not an object'),
  v.transform((r) => ({ ...r, key: matchKey(r.word) })),
);

// ---- history records -----------------------------------------------------------------------------

/** Where a cancellation request was seen while it is open: the readers that showed it. */
const readers = list(text(100), 20, 'is not a list of reader names');

/** One order as the history keeps it; `key` is `${platform}:${orderId}`. */
export const OrderRecordSchema = v.object(
  {
    key: text(200),
    platform: PlatformSchema,
    orderId,
    marketplace: v.optional(text(200)),
    /** Who ships it, when a page said so (Amazon MFN vs FBA); used by the cancellation-rate estimate. */
    fulfilledBy: v.optional(FulfilledBySchema),
    stage: StageSchema,
    firstSeen: orderDate(),
    lastSeen: orderDate(),
    lastAction: ActionSchema,
    lastRuleId: text(200),
    /**
     * When the other party asked to cancel: the page's time, else the first sighting of the request
     * after a sighting without it (src/history/record.ts). Kept after the request closes.
     */
    cancelRequestedAt: v.optional(orderDate()),
    /** Readers that showed a cancellation request that is still open; absent or empty: none open. */
    cancelRequestSeenBy: v.optional(readers),
    /** When the order was marked shipped: the page's time, else the first sighting shipped after one before shipment. */
    shippedAt: v.optional(orderDate()),
    /** The order's page as last seen: origin and path only (src/history/record.ts storableUrl); a reminder opens it. */
    url: v.optional(text(4_096)),
    /** The next deadline that needs the person, from the newest sighting's verdict (src/history/reminders.ts). */
    due: v.optional(DeadlineSchema),
    /** `due.at` while the person wants reminders for this order: the index the badge and the alarms read. */
    dueAt: v.optional(isoDate()),
    /** The person turned reminders off for this order. */
    remindOff: v.optional(v.literal(true)),
    /** The `due.at` a notification was already shown for, so a restarted worker does not show it twice. */
    notifiedFor: v.optional(isoDate()),
  },
  'is not an object',
);

/** One sighting of an order's state. */
export const ObservationRecordSchema = v.object(
  {
    id: v.optional(storedKey),
    orderKey: text(120),
    /** ISO time seen */
    at: orderDate(),
    stage: StageSchema,
    /** The page's status word, bounded and normalised (src/history/status-word.ts), in files written before too. */
    nativeStatus: v.pipe(text(MAX_TEXT), v.transform(statusWord)),
    cancelRequested: v.boolean('is not a boolean'),
    action: ActionSchema,
    outcome: OutcomeSchema,
    ruleId: text(200),
    rulesetVersion: text(50),
    url: text(4_096),
  },
  'is not an object',
);

/** An observation as stored and exported: the record plus its idempotency key (src/history/record.ts). */
export const StoredObservationSchema = v.object({ ...ObservationRecordSchema.entries, dedupe: text(600) }, 'is not an object');

const messagePayload = v.object({ templateId: token('is not a template id'), language: LanguageSchema }, 'is not an object');
const stepPayload = { step: count(0, 99, 'is not a step number') };
const reasonPayload = v.object(
  { reason: v.pipe(plainText(200, 1, 'must be a reason of 1 to 200 characters'), v.trim()) },
  'is not an object',
);
const notePayload = v.object({ text: plainText(MAX_TEXT, 1, `must be text of 1 to ${MAX_TEXT} characters`) }, 'is not an object');

/** Something the person did in the hint or popup, as a request carries it. */
const OrderActionSchema = v.variant(
  'kind',
  [
    v.object({
      kind: v.literal('step-ticked'),
      payload: v.object({ ...stepPayload, ticked: v.boolean('is not a boolean') }, 'is not an object'),
    }),
    v.object({ kind: v.literal('message-copied'), payload: messagePayload }),
    v.object({ kind: v.literal('message-inserted'), payload: messagePayload }),
    v.object({ kind: v.literal('reason-recorded'), payload: reasonPayload }),
    v.object({ kind: v.literal('note'), payload: notePayload }),
  ],
  'is not a known action',
);

const actionRecord = { id: v.optional(storedKey), orderKey: text(120), /** ISO time done */ at: orderDate() };
/**
 * Something the person did for an order, as stored and exported (never page text, never buyer
 * data). A tick recorded before ticks could be undone has no `ticked`: it meant ticked.
 */
export const OrderActionRecordSchema = v.variant(
  'kind',
  [
    v.object({
      ...actionRecord,
      kind: v.literal('step-ticked'),
      payload: v.object({ ...stepPayload, ticked: v.optional(v.boolean('is not a boolean')) }, 'is not an object'),
    }),
    v.object({ ...actionRecord, kind: v.literal('message-copied'), payload: messagePayload }),
    v.object({ ...actionRecord, kind: v.literal('message-inserted'), payload: messagePayload }),
    v.object({ ...actionRecord, kind: v.literal('reason-recorded'), payload: reasonPayload }),
    v.object({ ...actionRecord, kind: v.literal('note'), payload: notePayload }),
  ],
  'is not a known action',
);

/** A reminder created when an order ends (check the refund arrived, adjust inventory …). */
export const FollowUpRecordSchema = v.object(
  {
    seq: v.optional(storedKey),
    orderKey: text(120),
    /** FollowUpId from the verdict, e.g. 'check-refund'. */
    id: v.pipe(text(100), v.minLength(1, 'is empty')),
    text: v.object({ en: text(1_000), zh: text(1_000) }, 'is not an object'),
    /** ISO time created */
    createdAt: orderDate(),
    /** ISO time it becomes due */
    dueAt: orderDate(),
    /** ISO time marked done; null while open. */
    doneAt: v.nullable(orderDate()),
  },
  'is not an object',
);

/** A sales order (Amazon, Shopify) linked by the person to the supplier order (AliExpress, 1688) that fills it. */
export const LinkRecordSchema = v.object(
  {
    id: v.optional(storedKey),
    /** Order keys, `${platform}:${orderId}`. */
    sales: text(120),
    supplier: text(120),
    /** ISO time linked */
    at: isoDate(),
  },
  'is not an object',
);

// ---- requests ------------------------------------------------------------------------------------

const kind = <K extends string>(k: K) => v.literal(k);

export const EvaluateRequestSchema = v.object({
  kind: kind('evaluate'),
  snapshot: OrderSnapshotSchema,
  /** Record the observation in history (false for the manual state picker). */
  record: v.boolean('is not a boolean'),
});

/**
 * Every order a page shows, judged in one round trip (a list page has hundreds). Verdicts differ
 * between orders of the same rule only by their deadlines, so the answer sends each distinct verdict
 * once (`verdicts`, keyed) and per order only the key, the deadlines and (when asked) the messages.
 */
export const EvaluateManyRequestSchema = v.object({
  kind: kind('evaluate-many'),
  snapshots: list(OrderSnapshotSchema, MAX_BATCH, `must hold 1 to ${MAX_BATCH} snapshots`, 1),
  /** Record the observations in history. */
  record: v.boolean('is not a boolean'),
  /**
   * Answer before the observations are written, not after (src/background/evaluate-many.ts): an order page's one
   * hint, which the person is waiting for. The answer then does not say the write is done.
   */
  answerFirst: v.optional(v.literal(true)),
  /** Render the fitting messages (a detail page wants them at once; a list row on unfold). */
  messages: v.boolean('is not a boolean'),
  /**
   * The page has the person's taught words already. Until it has, an unknown order of a platform with taught words is
   * not recorded: the page reads it again with them at once, and history keeps that reading, not a passing "unknown".
   */
  wordsLoaded: v.optional(v.literal(true)),
  /**
   * A content script asks for the verdict bar's strings (it carries none: src/content/hint/strings.ts): `lang` is the
   * page's language when the person chose none, `have` the languages it holds already.
   */
  strings: v.optional(v.object({ lang: UiLangSchema, have: list(UiLangSchema, UI_LANGS.length, 'must be a list of languages') })),
});

const OrderKeySchema = v.object({ platform: PlatformSchema, orderId: text(100, 'is not an order id') });
const HistoryOrderRequestSchema = v.object({ kind: kind('history/order'), ...OrderKeySchema.entries });
const HistoryRecentRequestSchema = v.object({ kind: kind('history/recent'), limit: count(1, MAX_LIMIT) });
const SettingsGetRequestSchema = v.object({ kind: kind('settings/get') });
/** Replaces the stored settings as a whole. */
const SettingsSetRequestSchema = v.object({ kind: kind('settings/set'), settings: UserSettingsSchema });
/**
 * Remembers the store name the person typed into a message's blank, and nothing else: the one setting the
 * in-page hint may write (it asks for the name at the first message that needs it).
 */
const SettingsStoreNameRequestSchema = v.object({ kind: kind('settings/store-name'), storeName: StoreNameSchema });
const TemplatesListRequestSchema = v.object({ kind: kind('templates/list') });
const TemplatesSaveRequestSchema = v.object({ kind: kind('templates/save'), template: CustomTemplateSchema });
const TemplatesDeleteRequestSchema = v.object({ kind: kind('templates/delete'), id: CustomIdSchema });
export const HistoryActionRequestSchema = v.object({
  kind: kind('history/action'),
  platform: PlatformSchema,
  orderId,
  action: OrderActionSchema,
});
const HistoryFollowUpDoneRequestSchema = v.object({
  kind: kind('history/follow-up-done'),
  platform: PlatformSchema,
  orderId,
  followUpId: token('is not a follow-up id'),
});
const HistoryStatsRequestSchema = v.object({ kind: kind('history/stats') });
/** What to look for in the history (src/history/search.ts); every filter optional, all of them must hold. */
export const OrderSearchSchema = v.object({
  /** An order id as pasted: the whole id or its beginning. */
  orderId: v.optional(text(120, 'is not an order id')),
  platform: v.optional(PlatformSchema),
  stage: v.optional(StageSchema),
  /** The verdict's action when last seen. */
  action: v.optional(ActionSchema),
  /** Only orders whose verdict asks the person to act. */
  needsAction: v.optional(v.boolean('is not a boolean')),
  /** Last seen at or after / at or before (ISO). */
  from: v.optional(isoDate()),
  to: v.optional(isoDate()),
  limit: count(1, 200),
});
const HistorySearchRequestSchema = v.object({ kind: kind('history/search'), query: OrderSearchSchema });
const LinksOfRequestSchema = v.object({ kind: kind('links/of'), platform: PlatformSchema, orderId });
const LinkCandidatesRequestSchema = v.object({ kind: kind('links/candidates'), platform: PlatformSchema, limit: count(1, 100) });
/** Links (`on`) or unlinks two orders, one on each side, in either order. */
const LinkSetRequestSchema = v.object({
  kind: kind('links/set'),
  a: OrderKeySchema,
  b: OrderKeySchema,
  on: v.boolean('is not a boolean'),
});
/** Turns the reminders of one order on or off (the hint's "Remind me"). */
export const RemindRequestSchema = v.object({
  kind: kind('reminders/set'),
  platform: PlatformSchema,
  orderId,
  on: v.boolean('is not a boolean'),
});
/**
 * An extension page imported a file straight into the database (src/history/import.ts): the worker
 * drops what it caches from it (settings, custom templates) and reads them again.
 */
const HistoryChangedRequestSchema = v.object({ kind: kind('history/changed') });
const HistoryDeleteAllRequestSchema = v.object({ kind: kind('history/delete-all') });
/** Teaches a status word: from now on this platform's pages read it as `stage` (src/history/taught-words.ts). */
const WordsTeachRequestSchema = v.object({ kind: kind('words/teach'), ...TaughtWordSchema.entries });
/** Forgets a taught word: pages show it as unknown again. */
const WordsForgetRequestSchema = v.object({ kind: kind('words/forget'), platform: PlatformSchema, word: TaughtWordTextSchema });
/** Every taught word (the options page lists them). */
const WordsListRequestSchema = v.object({ kind: kind('words/list') });
/** Extension pages only: what the worker has refused since it last started. */
export const DiagnosticsRequestSchema = v.object({ kind: kind('diagnostics') });
/**
 * Content scripts only: inject one of the content script's lazy parts into the asking page's
 * isolated world (src/background/inject-part.ts); answered by the worker itself, which needs the sender.
 */
export const ContentPartRequestSchema = v.object({
  kind: kind('content/part'),
  part: v.picklist(CONTENT_PARTS, 'is not a part of the content script'),
});

/** Everything the worker accepts: the routed requests, and diagnostics, which it answers itself. */
export const WorkerMessageSchema = v.variant(
  'kind',
  [
    EvaluateRequestSchema,
    EvaluateManyRequestSchema,
    HistoryOrderRequestSchema,
    HistoryRecentRequestSchema,
    SettingsGetRequestSchema,
    SettingsSetRequestSchema,
    SettingsStoreNameRequestSchema,
    TemplatesListRequestSchema,
    TemplatesSaveRequestSchema,
    TemplatesDeleteRequestSchema,
    HistoryActionRequestSchema,
    HistoryFollowUpDoneRequestSchema,
    HistoryStatsRequestSchema,
    RemindRequestSchema,
    HistorySearchRequestSchema,
    LinksOfRequestSchema,
    LinkCandidatesRequestSchema,
    LinkSetRequestSchema,
    HistoryChangedRequestSchema,
    HistoryDeleteAllRequestSchema,
    WordsTeachRequestSchema,
    WordsForgetRequestSchema,
    WordsListRequestSchema,
    DiagnosticsRequestSchema,
    ContentPartRequestSchema,
  ],
  'is not a known message kind',
);

/** The popup's "what orders are on this tab?", answered by the content script. */
export const PageOrdersRequestSchema = v.object({ kind: kind('page/orders') });

// ---- answers -------------------------------------------------------------------------------------

/** A message template rendered for one order, as plain text. */
export const RenderedMessageSchema = v.object({
  id: v.string(),
  /** Language code of `text`, e.g. 'en', 'de', 'zh'. */
  language: LanguageSchema,
  /** Who receives it. */
  audience: AudienceSchema,
  /** Short label for the button/list, in the interface language pair. */
  title: LocalizedTextSchema,
  text: v.string(),
  /** Placeholders the order did not supply (shown as missing in `text`). */
  missing: v.array(v.string()),
  /** Set on a custom Amazon text that breaks the messaging rules; the interface flags it before copying. */
  problems: v.optional(v.array(v.object({ id: v.string(), en: v.string(), zh: v.string() }))),
});

/**
 * What the worker added to the page's snapshot from the order's history before judging (a request
 * seen on another page, when the request was made, when the order shipped); absent when nothing.
 * The verdict rests on these too, so a page that shows the order's state can show them.
 */
export const FromHistorySchema = v.object({
  cancelRequested: v.optional(v.literal(true)),
  cancelRequestedAt: v.optional(isoDate()),
  shippedAt: v.optional(isoDate()),
});

/** A message key of the interface strings (the worker names them; the catalogues hold them). */
const messageKey = v.custom<MessageKey>((x) => typeof x === 'string' && /^[a-z][a-z0-9_]*$/.test(x), 'is not a message key');

/** A verdict's compact bar apart from its language and the clock (src/ui/row.ts barLook), sent with each verdict for a seller page. */
export const BarLookSchema = v.object({ tone: v.picklist(ACTION_TONE_NAMES), badge: messageKey, row: messageKey });

export const EvaluateAnswerSchema = v.object({
  verdict: VerdictSchema,
  messages: v.array(RenderedMessageSchema),
  fromHistory: v.optional(FromHistorySchema),
  /** The person turned reminders off for this order (the hint's "Remind me"). */
  remindOff: v.optional(v.literal(true)),
  /** Set when the observation could not be written (quota, IndexedDB unavailable). */
  historyError: v.optional(v.string()),
});

export const EvaluateManyAnswerSchema = v.object({
  verdicts: v.record(v.string(), v.omit(VerdictSchema, ['deadlines'])),
  /** One per snapshot, in the request's order. */
  results: v.array(
    v.object({
      verdict: v.string(),
      deadlines: v.array(DeadlineSchema),
      messages: v.array(RenderedMessageSchema),
      fromHistory: v.optional(FromHistorySchema),
      remindOff: v.optional(v.literal(true)),
      bar: BarLookSchema,
    }),
  ),
  /**
   * The interface language chosen in the options, when one is: it comes with the verdicts so a
   * seller page draws its hints in it at once, with no second round trip to ask for the settings.
   */
  uiLang: v.optional(UiLangSchema),
  /** Set when the observations could not be written (quota, IndexedDB unavailable); the verdicts stand. */
  historyError: v.optional(v.string()),
  /**
   * The words the person taught for the platforms of the batch, sent only when an order's stage is unknown: a
   * content script loads them and reads again (src/content/session.ts), so a seller page whose words are all known
   * costs nothing more, and no extra round trip comes before the first read.
   */
  taught: v.optional(v.array(TaughtWordSchema)),
  /** The verdict bar's strings in the language the page shows its verdicts in, when asked for and not held yet. */
  strings: v.optional(v.object({ lang: UiLangSchema, catalogue: v.record(v.string(), v.object({ message: v.string() })) })),
});

export const OrderHistorySchema = v.object({
  order: v.nullable(OrderRecordSchema),
  observations: v.array(ObservationRecordSchema),
  /** What the person did for this order, oldest first. */
  actions: v.optional(v.array(OrderActionRecordSchema)),
  /** Follow-ups not yet done, soonest due first. */
  followUps: v.optional(v.array(FollowUpRecordSchema)),
});

export const PageOrderSchema = v.object({
  snapshot: OrderSnapshotSchema,
  verdict: VerdictSchema,
  messages: v.array(RenderedMessageSchema),
  /** How the page's bar shows the verdict, as the worker sent it (a seller page's orders have it). */
  bar: v.optional(BarLookSchema),
  /** The person turned reminders off for this order. */
  remindOff: v.optional(v.literal(true)),
  /** The order's status words that neither the vocabulary nor a taught word knows: the hint offers to teach them. */
  unknownWords: v.optional(v.array(v.string())),
  /** The status words the order was read by that the person taught (not the vocabulary): the hint says so. */
  taughtWords: v.optional(v.array(TaughtWordSchema)),
});
export const PageOrdersSchema = v.object({
  /** 'reading' while the page's data has not rendered yet; 'unreadable' after giving up. */
  status: v.picklist(['reading', 'read', 'unreadable', 'not-an-order-page']),
  url: v.string(),
  orders: v.array(PageOrderSchema),
  /** Plain sentence for the person when status is 'unreadable'. */
  note: v.optional(v.string()),
});

const endedCounts = v.object({ canceled: v.number(), closed: v.number() });
export const HistoryStatsSchema = v.object({
  /** ISO time the figures were computed. */
  at: v.string(),
  orders: v.number(),
  /** Orders that ended canceled or closed, by platform → outcome → count. */
  endedByPlatform: v.record(v.string(), endedCounts),
  /** By recorded reason (or rule id when no reason was recorded). */
  endedByReason: v.array(v.object({ reason: v.string(), count: v.number() })),
  /** Who initiated: 'seller' | 'buyer' | 'platform' | 'unknown' → count. */
  endedByInitiator: v.record(v.string(), v.number()),
  /** Amazon, last 7 days, orders seen: seller-initiated cancellations ÷ orders, percent. */
  amazonCancelRate7d: v.object({ orders: v.number(), sellerCancellations: v.number(), ratePct: v.number(), warn: v.boolean() }),
  /** AliExpress seller-fault cancellations (non-fulfillment risk) in the last 30 days. */
  aliexpressSellerFault30d: v.number(),
  /** Follow-ups not done yet. */
  openFollowUps: v.array(FollowUpRecordSchema),
  /** Cancellations per day over the last 30 days, oldest first, for a chart. */
  daily: v.array(v.object({ day: v.string(), ...endedCounts.entries })),
  /** Days the by-platform/reason/initiator breakdowns cover (orders that ended in that window). */
  windowDays: v.optional(v.number()),
});

export const HistoryExportSchema = v.object({ filename: v.string(), mime: v.string(), text: v.string() });

/** What an import can leave out of a file, by kind ('list': a whole list of the file that is not a list). */
export const IMPORT_ENTRY_KINDS = [
  'order',
  'observation',
  'action',
  'follow-up',
  'custom-template',
  'link',
  'taught-word',
  'list',
  'settings',
  'old-orders',
  'more',
] as const;

/**
 * Why: 'invalid' (not what an export writes), 'no-order' (its order is neither in the file nor stored), 'taught-differently'
 * (the person taught that word another meaning), 'too-many-words' (the platform's taught words are full), 'too-old' (before
 * the retention period), 'as-above' (the entries past the listed ones).
 */
export const IMPORT_SKIP_REASONS = ['invalid', 'no-order', 'taught-differently', 'too-many-words', 'too-old', 'as-above'] as const;

/**
 * One entry an import left out, as codes and the file's own values: the options page words it in the person's language
 * (src/options/sections/import-report.ts), so no record key, field path or platform code reaches the person.
 */
const ImportSkipSchema = v.object({
  what: v.picklist(IMPORT_ENTRY_KINDS),
  /** Its place in its list of the file (from 1); for 'old-orders' and 'more', how many. */
  n: v.optional(v.number()),
  /** The list an 'invalid' whole list was meant to hold. */
  of: v.optional(v.picklist(IMPORT_ENTRY_KINDS)),
  /** The platform (of the entry's order, or of a taught word) and the order id, as the file names them. */
  platform: v.optional(v.string()),
  orderId: v.optional(v.string()),
  /** A taught word, as the file writes it. */
  word: v.optional(v.string()),
  why: v.picklist(IMPORT_SKIP_REASONS),
  /** The check's own words ('lastSeen is not a date …'), for tests and maintainers; never shown to the person. */
  detail: v.optional(v.string()),
});

export const ImportReportSchema = v.object({
  added: v.object({
    orders: v.number(),
    observations: v.number(),
    actions: v.number(),
    followUps: v.number(),
    templates: v.number(),
    links: v.optional(v.number()),
    taughtWords: v.optional(v.number()),
  }),
  skipped: v.array(ImportSkipSchema),
  /** Records the database already held (importing the same file twice adds nothing). */
  alreadyPresent: v.optional(v.number()),
  /**
   * The settings the file carries, when they differ from the person's: offered, never applied by the
   * import (the page shows them and applies them only when the person says so).
   */
  settingsInFile: v.optional(UserSettingsSchema),
});

export const DiagnosticsSchema = v.object({
  /** Messages from a sender that is not our own content script or extension page. */
  badSender: v.number(),
  /** Messages from our own contexts that failed validation. */
  badMessage: v.number(),
});

const DeletedSchema = v.object({ deleted: v.boolean() });
const RecordedSchema = v.object({ recorded: v.boolean() });
const DoneSchema = v.object({ done: v.boolean() });

/** Each request kind's answer (inside the Result envelope). */
export const ANSWER_SCHEMAS = {
  evaluate: EvaluateAnswerSchema,
  'evaluate-many': EvaluateManyAnswerSchema,
  'history/order': OrderHistorySchema,
  'history/recent': v.array(OrderRecordSchema),
  'page/orders': PageOrdersSchema,
  'settings/get': UserSettingsSchema,
  'settings/set': UserSettingsSchema,
  'settings/store-name': UserSettingsSchema,
  'templates/list': v.array(CustomTemplateSchema),
  'templates/save': CustomTemplateSchema,
  'templates/delete': DeletedSchema,
  'history/action': RecordedSchema,
  'history/follow-up-done': DoneSchema,
  'history/stats': HistoryStatsSchema,
  'history/search': v.object({ orders: v.array(OrderRecordSchema), more: v.boolean() }),
  'links/of': v.array(
    v.object({
      other: v.object({
        key: v.string(),
        platform: PlatformSchema,
        orderId: v.string(),
        stage: v.optional(StageSchema),
        lastAction: v.optional(ActionSchema),
        lastSeen: v.optional(v.string()),
        url: v.optional(v.string()),
        /** The platform's name: a seller page's hint knows only its own platform's. */
        name: v.optional(LocalizedTextSchema),
      }),
      next: v.optional(LocalizedTextSchema),
    }),
  ),
  'links/candidates': v.array(OrderRecordSchema),
  'links/set': v.object({ changed: v.boolean() }),
  'reminders/set': v.object({ on: v.boolean(), dueAt: v.nullable(v.string()) }),
  'history/changed': DoneSchema,
  'history/delete-all': DeletedSchema,
  'words/teach': v.array(TaughtWordSchema),
  'words/forget': v.array(TaughtWordSchema),
  'words/list': v.array(TaughtWordRecordSchema),
  diagnostics: DiagnosticsSchema,
  'content/part': v.object({ injected: v.literal(true) }),
} as const;

// ---- the export file -----------------------------------------------------------------------------

/** Names the file kind, so an unrelated JSON file is refused on import. */
export const EXPORT_FORMAT = 'cancel-or-close-history';
/** Bump when the file's shape changes; the importer refuses versions it does not know. */
export const EXPORT_VERSION = 1;

/**
 * A JSON export. The importer reads it section by section with the record schemas above (a bad
 * record is skipped, not the file); this schema gives the file its type.
 */
export const HistoryFileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  exportedAt: isoDate(),
  orders: v.array(OrderRecordSchema),
  /** As stored, with ids and idempotency keys, so an import restores them exactly. */
  observations: v.array(StoredObservationSchema),
  actions: v.array(OrderActionRecordSchema),
  followUps: v.array(FollowUpRecordSchema),
  customTemplates: v.array(StoredTemplateSchema),
  /** null when the person never saved settings. */
  settings: v.nullable(UserSettingsSchema),
  /** Sales ↔ supplier order links (absent in files from before links). */
  links: v.optional(v.array(LinkRecordSchema)),
  /** Status words the person taught (absent in files from before them); an import adds those not taught yet (src/history/import.ts). */
  taughtWords: v.optional(v.array(TaughtWordRecordSchema)),
});
