/**
 * The interpreter: validate the snapshot, pick the most specific matching row (ties: table order),
 * and assemble the verdict. Pure and deterministic for a given snapshot, now and settings; never throws.
 */
import { DATE_FIELDS, type DateField, dateFieldLabel } from './date-fields';
import { OUTCOME_NOTES, localized } from './parts';
import { shownStatus } from './page-status';
import type { EndReasonKind, Rule, RuleConditions } from './rule';
import { specificity } from './rule';
import { DEFAULT_SETTINGS, resolveSettings } from './settings';
import { ALL_RULES } from './tables';
import { ALIEXPRESS_CLOSING_END_REASON_KINDS, ALIEXPRESS_COMPLETING_END_REASONS } from './end-reasons';
import { marketFacts, programsOf, type MarketFacts } from './marketplaces';
import { DEADLINE_BUILDERS, TIME_PREDICATES, timeFacts, type TimeFacts, unreadableDateField } from './time';
import { WORDING_CASE_COUNT, type WordingCase, wordConsequence, wordingCase, wordTextOnce, wordVerdict } from './wording';
import type { Consequence, Deadline, EvaluateContext, FollowUp, LocalizedText, OrderSnapshot, Settings, Verdict } from './types';
import { PERSPECTIVES, PLATFORMS, STAGES, STORE_PLATFORMS } from './types';

export const RULESET_VERSION = '2026.12.1';

const DAY = 86_400_000;

interface CompiledRule {
  rule: Rule;
  /** The row's conditions, every one present (undefined: not set), so that matching reads one object shape. */
  when: Conditions;
  marketplaces: ReadonlySet<string> | null;
  stages: ReadonlySet<string>;
  endReasonKinds: ReadonlySet<EndReasonKind> | null;
  /** The consequences that need no settings or marketplace, frozen once. */
  staticConsequences: readonly Consequence[] | null;
  /** The row's own texts worded for each wording case, made when a verdict first needs them (index: WordingCase.index). */
  worded: Array<WordedParts | undefined>;
}

/** What a row says that is the same on every order of one wording case: worded once, frozen, shared by its verdicts. */
interface WordedParts {
  headline: LocalizedText;
  steps: readonly LocalizedText[];
  /** null: the row has consequences built from settings or the marketplace, worded one by one per verdict. */
  consequences: readonly Consequence[] | null;
  templates: readonly string[];
  followUps: readonly FollowUp[];
  outcomeNote: LocalizedText | undefined;
  reason: LocalizedText | undefined;
}

type Conditions = { [K in keyof Required<RuleConditions>]: RuleConditions[K] | undefined };

function conditions(w: RuleConditions): Conditions {
  return {
    platform: w.platform,
    perspective: w.perspective,
    stages: w.stages,
    cancelRequested: w.cancelRequested,
    fulfilledBy: w.fulfilledBy,
    marketplaces: w.marketplaces,
    time: w.time,
    endReasonKind: w.endReasonKind,
    refundInProgress: w.refundInProgress,
    fulfillmentInProgress: w.fulfillmentInProgress,
    trackingNumberShown: w.trackingNumberShown,
    program: w.program,
    pickupScheduled: w.pickupScheduled,
    returnInProgress: w.returnInProgress,
    paymentStatus: w.paymentStatus,
    refundRequestKind: w.refundRequestKind,
    buyerAskedByMessage: w.buyerAskedByMessage,
  };
}

/**
 * The facts of the order that rows test, read once per verdict into one object shape: snapshots come in many shapes
 * (each reader writes its own fields), and reading them again for every row tried was a large share of a verdict.
 */
interface OrderFacts {
  perspective: OrderSnapshot['perspective'];
  cancelRequested: boolean;
  fulfilledBy: OrderSnapshot['fulfilledBy'];
  refundInProgress: boolean;
  fulfillmentInProgress: boolean;
  trackingNumberShown: OrderSnapshot['trackingNumberShown'];
  pickupScheduled: boolean;
  returnInProgress: boolean;
  refundRequestKind: OrderSnapshot['refundRequestKind'];
  buyerAskedByMessage: boolean;
}

function orderFacts(o: OrderSnapshot): OrderFacts {
  return {
    perspective: o.perspective,
    cancelRequested: o.cancelRequested === true,
    fulfilledBy: o.fulfilledBy,
    refundInProgress: o.refundInProgress === true,
    fulfillmentInProgress: o.fulfillmentInProgress === true,
    trackingNumberShown: o.trackingNumberShown,
    pickupScheduled: o.pickupScheduled === true,
    returnInProgress: o.returnInProgress === true,
    refundRequestKind: o.refundRequestKind,
    buyerAskedByMessage: o.buyerAskedByMessage === true,
  };
}

function compile(rule: Rule): CompiledRule {
  const dynamic = rule.consequences.some((c) => typeof c === 'function');
  const kinds = rule.when.endReasonKind;
  return {
    rule,
    when: conditions(rule.when),
    marketplaces: rule.when.marketplaces ? new Set(rule.when.marketplaces) : null,
    stages: new Set(rule.when.stages),
    endReasonKinds: kinds === undefined ? null : new Set(typeof kinds === 'string' ? [kinds] : kinds),
    staticConsequences: dynamic ? null : Object.freeze(rule.consequences as Consequence[]),
    worded: new Array(WORDING_CASE_COUNT),
  };
}

/** A row's consequences for this order: setting- and marketplace-dependent ones resolved, those that do not apply left out. */
export function resolveConsequences(rule: Rule, s: Readonly<Settings>, m: MarketFacts): Consequence[] {
  const out: Consequence[] = [];
  for (const c of rule.consequences) {
    const resolved = typeof c === 'function' ? c(s, m) : c;
    if (resolved !== null) out.push(resolved);
  }
  return out;
}

/** Per platform: its own rows plus the shared ones; highest priority, then most specific first, table order kept among equals. */
const ROWS_BY_PLATFORM: ReadonlyMap<string, readonly CompiledRule[]> = new Map(
  PLATFORMS.map((platform) => {
    const rows = ALL_RULES.map((rule, index) => ({ rule, index }))
      .filter(({ rule }) => rule.when.platform === platform || rule.when.platform === 'any')
      .sort(
        (a, b) =>
          (b.rule.priority ?? 0) - (a.rule.priority ?? 0) || specificity(b.rule.when) - specificity(a.rule.when) || a.index - b.index,
      )
      .map(({ rule }) => compile(rule));
    return [platform, rows];
  }),
);

/**
 * The same rows, in the same order, split by the stage they match: a row whose stages leave out the order's stage
 * never matches, so an order is tried only against the rows of its own stage.
 */
const ROWS_BY_PLATFORM_AND_STAGE: ReadonlyMap<string, ReadonlyMap<string, readonly CompiledRule[]>> = new Map(
  [...ROWS_BY_PLATFORM].map(([platform, rows]) => [
    platform,
    new Map(STAGES.map((stage) => [stage, rows.filter((row) => row.stages.has(stage))])),
  ]),
);

const END_REASON_KINDS: ReadonlyMap<string, EndReasonKind> = new Map([
  ...Object.entries(ALIEXPRESS_CLOSING_END_REASON_KINDS),
  // 1688 closeReason (reference §3.1)
  ['buyercancel', 'cancel'],
  ...ALIEXPRESS_COMPLETING_END_REASONS.map((r) => [r, 'completion'] as const),
  // 1688 sellerGoodsLack, Amazon NoInventory: out of stock (seed 001 三.2)
  ...['sellergoodslack', 'noinventory', 'no inventory', 'no_inventory'].map((r) => [r, 'out-of-stock'] as const),
]);

export function endReasonKind(endReason: string | undefined): EndReasonKind | undefined {
  if (typeof endReason !== 'string') return undefined;
  // Pages mostly write the code as the table does (trimmed, lower case): looked up as it is first, no string made.
  return END_REASON_KINDS.get(endReason) ?? END_REASON_KINDS.get(endReason.trim().toLowerCase());
}

/** 已支付未到账: the buyer paid, the money has not reached 1688 yet — recognised from the status text too. */
const PAID_NOT_RECEIVED = /已支付未到账|账期支付待到账/;

function paymentStatusOf(o: OrderSnapshot): OrderSnapshot['paymentStatus'] {
  if (typeof o.nativeStatus === 'string' && PAID_NOT_RECEIVED.test(o.nativeStatus)) return 'paid-not-received';
  return o.paymentStatus;
}

/** Whether a row of the order's stage (ROWS_BY_PLATFORM_AND_STAGE holds no other) fits the order. */
function matches(
  row: CompiledRule,
  of: OrderFacts,
  o: OrderSnapshot,
  endKind: EndReasonKind | undefined,
  facts: TimeFacts,
  s: Readonly<Settings>,
  m: MarketFacts,
): boolean {
  const w = row.when;
  if (w.perspective !== undefined && w.perspective !== of.perspective) return false;
  if (w.cancelRequested !== undefined && w.cancelRequested !== of.cancelRequested) return false;
  if (w.fulfilledBy !== undefined && of.fulfilledBy !== w.fulfilledBy) return false;
  if (row.marketplaces !== null && (m.marketplace === undefined || !row.marketplaces.has(m.marketplace))) return false;
  if (row.endReasonKinds !== null && (endKind === undefined || !row.endReasonKinds.has(endKind))) return false;
  if (w.refundInProgress !== undefined && w.refundInProgress !== of.refundInProgress) return false;
  if (w.fulfillmentInProgress !== undefined && w.fulfillmentInProgress !== of.fulfillmentInProgress) return false;
  if (w.trackingNumberShown !== undefined && w.trackingNumberShown !== of.trackingNumberShown) return false;
  if (w.program !== undefined && !m.programs.has(w.program)) return false;
  if (w.pickupScheduled !== undefined && w.pickupScheduled !== of.pickupScheduled) return false;
  if (w.returnInProgress !== undefined && w.returnInProgress !== of.returnInProgress) return false;
  if (w.paymentStatus !== undefined && w.paymentStatus !== paymentStatusOf(o)) return false;
  if (w.refundRequestKind !== undefined && w.refundRequestKind !== of.refundRequestKind) return false;
  if (w.buyerAskedByMessage !== undefined && w.buyerAskedByMessage !== of.buyerAskedByMessage) return false;
  if (w.time !== undefined && !TIME_PREDICATES[w.time].test(facts, s, m)) return false;
  return true;
}

/**
 * The settings for this order: a marketplace's own figure (India's 2 % target, Japan's 5-minute
 * buyer window) replaces a default the person left alone; a value they set themselves wins.
 */
function marketSettings(s: Readonly<Settings>, m: MarketFacts): Readonly<Settings> {
  if (m.crTargetPct === undefined && m.buyerSelfCancelMinutes === undefined) return s;
  if (s !== DEFAULT_SETTINGS) return withMarketFigures(s, m);
  // The defaults with a marketplace's figures: one frozen object per marketplace (its figures come from its table row
  // alone, while a programme's facts are made per order). Bounded: only table marketplaces have figures.
  let out = DEFAULT_MARKET_SETTINGS.get(m.marketplace);
  if (out === undefined) {
    out = Object.freeze(withMarketFigures(s, m));
    DEFAULT_MARKET_SETTINGS.set(m.marketplace, out);
  }
  return out;
}

const DEFAULT_MARKET_SETTINGS = new Map<string | undefined, Readonly<Settings>>();

function withMarketFigures(s: Readonly<Settings>, m: MarketFacts): Readonly<Settings> {
  let out: Settings | undefined;
  if (m.crTargetPct && s.amazonCancellationRateTargetPct === DEFAULT_SETTINGS.amazonCancellationRateTargetPct) {
    out ??= { ...s };
    out.amazonCancellationRateTargetPct = m.crTargetPct.value;
  }
  if (m.buyerSelfCancelMinutes && s.amazonBuyerSelfCancelMinutes === DEFAULT_SETTINGS.amazonBuyerSelfCancelMinutes) {
    out ??= { ...s };
    out.amazonBuyerSelfCancelMinutes = m.buyerSelfCancelMinutes.value;
  }
  return out ?? s;
}

/** Why a snapshot cannot be judged, or null when it can. */
function invalidReason(o: OrderSnapshot, now: number, facts: TimeFacts): LocalizedText | null {
  if (o === null || typeof o !== 'object') return NO_DATA;
  if (!PLATFORM_SET.has(o.platform)) return UNKNOWN_SITE;
  if (!PERSPECTIVE_SET.has(o.perspective)) return NO_SIDE;
  if (typeof o.orderId !== 'string' || o.orderId.trim() === '') return NO_ORDER_ID;
  if (!STAGE_SET.has(o.stage) || o.stage === 'unknown') {
    // The page's words are quoted; a status code from its data is not, as the seller never saw it.
    const words = typeof o.nativeStatus === 'string' ? shownStatus(o.nativeStatus) : '';
    if (words === '') return UNKNOWN_STATUS;
    return localized(
      `The page shows the order status “${words}”, which this extension does not know yet.`,
      `本扩展尚不认识页面显示的订单状态“${words}”。`,
    );
  }
  const field = unreadableDateField(o, facts);
  if (field !== undefined) return UNREADABLE_DATE[field];
  if (o.platform === 'amazon' && FULFILMENT_DECIDES.has(o.stage) && o.fulfilledBy === undefined) return NO_FULFILLER;
  if (facts.orderedAt > now + DAY) return FUTURE_ORDER;
  return null;
}

// The reasons that name nothing from the order: made once, as every text of a verdict.
// A platform the rules do not know is said as a site, never by the code it arrived with.
const UNKNOWN_SITE = localized('This order comes from a site this extension does not know.', '此订单来自本扩展不支持的网站。');
const NO_SIDE = localized('It is not clear whether this is a seller or a buyer page.', '无法判断这是卖家页面还是买家页面。');
const UNKNOWN_STATUS = localized('This order’s status is not one this extension knows yet.', '本扩展尚不认识此订单的状态。');
const NO_ORDER_ID = localized('The order number could not be read.', '无法读取订单编号。');
const NO_FULFILLER = localized(
  'The page did not show who fulfills this order (you or Amazon), and that decides who can cancel it.',
  '页面未显示此订单由谁配送（你或亚马逊），而这决定了谁可以取消订单。',
);
/** An unreadable date, said with the words the seller knows it by (never the field's name), and the way on. */
const UNREADABLE_DATE = Object.fromEntries(
  DATE_FIELDS.map((field) => {
    const label = dateFieldLabel(field);
    return [
      field,
      localized(
        `The ${label.en} on this page could not be read as a date, so nothing is guessed from it; you can still pick the order’s state by hand.`,
        `无法识别此页面上的${label.zh}，因此不做猜测；你仍可手动选择订单状态。`,
      ),
    ];
  }),
) as Record<DateField, LocalizedText>;
const FUTURE_ORDER = localized('The order date is in the future, so the page was probably misread.', '订单日期在未来，页面可能读取有误。');

const UNKNOWN_HEADLINE = localized(
  'This order could not be judged. You can pick its state by hand in the popup.',
  '无法判断此订单。你可以在弹出窗口中手动选择订单状态。',
);
const NO_DATA = localized('No order data was received.', '没有收到订单数据。');
const BAD_NOW = localized('The current time is not valid.', '当前时间无效。');
const PLATFORM_SET: ReadonlySet<string> = new Set(PLATFORMS);
/** Amazon stages where seller-fulfilled and Amazon-fulfilled orders are handled differently. */
const FULFILMENT_DECIDES: ReadonlySet<string> = new Set(['awaiting-payment', 'awaiting-shipment', 'partially-shipped']);
const PERSPECTIVE_SET: ReadonlySet<string> = new Set(PERSPECTIVES);
const STAGE_SET: ReadonlySet<string> = new Set(STAGES);
const STORE_SET: ReadonlySet<string> = new Set(STORE_PLATFORMS);
const NO_RULE = localized(
  'No rule covers this combination of platform, page and order state.',
  '没有规则适用于此平台、页面与订单状态的组合。',
);
const FAILED = localized('The rules could not be applied to this order.', '无法对此订单应用规则。');

function unknownVerdict(reason: LocalizedText): Verdict {
  return {
    action: 'unknown',
    outcome: null,
    actor: 'you',
    headline: UNKNOWN_HEADLINE,
    steps: [],
    consequences: [],
    deadlines: [],
    templates: [],
    followUps: [],
    reason,
    ruleId: 'unknown',
    sources: [],
    rulesetVersion: RULESET_VERSION,
  };
}

function buildVerdict(row: CompiledRule, facts: TimeFacts, s: Readonly<Settings>, m: MarketFacts): Verdict {
  const r = row.rule;
  return rowVerdict(
    row,
    (row.staticConsequences ?? resolveConsequences(r, s, m)) as Consequence[],
    orderDeadlines(r, facts, s, m),
    r.sources as Verdict['sources'],
  );
}

/** A row's deadlines for this order, those that do not apply left out. */
function orderDeadlines(r: Rule, facts: TimeFacts, s: Readonly<Settings>, m: MarketFacts): Deadline[] {
  const out: Deadline[] = [];
  for (const id of r.deadlines) {
    const d = DEADLINE_BUILDERS[id](facts, s, m);
    if (d !== null) out.push(d);
  }
  return out;
}

/** A row's verdict around the parts an order gives it (its consequences, deadlines and sources), texts as written. */
function rowVerdict(row: CompiledRule, consequences: Consequence[], deadlines: Deadline[], sources: Verdict['sources']): Verdict {
  const r = row.rule;
  const verdict: Verdict = {
    action: r.action,
    outcome: r.outcome,
    actor: r.actor,
    headline: r.headline,
    steps: r.steps as LocalizedText[],
    consequences,
    deadlines,
    templates: r.templates as string[],
    followUps: r.followUps as FollowUp[],
    ruleId: r.id,
    sources,
    rulesetVersion: RULESET_VERSION,
  };
  if (r.outcome !== null) verdict.outcomeNote = r.outcomeNote ?? OUTCOME_NOTES[r.outcome];
  if (r.caveat !== undefined) verdict.reason = r.caveat;
  return verdict;
}

/**
 * The row's texts for one wording case, worded by the same step that words a whole verdict (wordVerdict) and
 * frozen, so a verdict can never change what later verdicts are handed.
 */
function wordedParts(row: CompiledRule, wc: WordingCase): WordedParts {
  const w = wordVerdict(rowVerdict(row, (row.staticConsequences ?? []) as Consequence[], [], []), wc);
  return Object.freeze({
    headline: w.headline,
    steps: Object.freeze([...w.steps]),
    consequences: row.staticConsequences === null ? null : Object.freeze([...w.consequences]),
    templates: Object.freeze([...w.templates]),
    followUps: Object.freeze([...w.followUps]),
    outcomeNote: w.outcomeNote,
    reason: w.reason,
  });
}

/** The verdict of a row, worded for its page: the row's worded texts kept per case, only the order's own parts built. */
function wordedVerdict(row: CompiledRule, facts: TimeFacts, s: Readonly<Settings>, m: MarketFacts, wc: WordingCase): Verdict {
  const r = row.rule;
  let parts = row.worded[wc.index];
  if (parts === undefined) {
    parts = wordedParts(row, wc);
    row.worded[wc.index] = parts;
  }
  const verdict: Verdict = {
    action: r.action,
    outcome: r.outcome,
    actor: r.actor,
    headline: parts.headline,
    steps: parts.steps as LocalizedText[],
    consequences: (parts.consequences ?? wordedConsequences(r, s, m, wc)) as Consequence[],
    deadlines: wordedDeadlines(r, facts, s, m, wc),
    templates: parts.templates as string[],
    followUps: parts.followUps as FollowUp[],
    ruleId: r.id,
    sources: r.sources as Verdict['sources'],
    rulesetVersion: RULESET_VERSION,
  };
  if (parts.outcomeNote !== undefined) verdict.outcomeNote = parts.outcomeNote;
  if (parts.reason !== undefined) verdict.reason = parts.reason;
  return verdict;
}

/** A row's consequences for this order and page: resolved as resolveConsequences does, each worded once per case. */
function wordedConsequences(r: Rule, s: Readonly<Settings>, m: MarketFacts, wc: WordingCase): Consequence[] {
  const out: Consequence[] = [];
  for (const c of resolveConsequences(r, s, m)) {
    const worded = wordConsequence(c, wc);
    if (worded !== null) out.push(worded);
  }
  return out;
}

/** The order's deadlines with their texts worded (a deadline is copied only when its text changes, which few do). */
function wordedDeadlines(r: Rule, facts: TimeFacts, s: Readonly<Settings>, m: MarketFacts, wc: WordingCase): Deadline[] {
  const out: Deadline[] = [];
  for (const d of orderDeadlines(r, facts, s, m)) {
    const text = wordTextOnce(d.text, wc);
    if (text !== null) out.push(text === d.text ? d : { ...d, text });
  }
  return out;
}

/** Why an order cannot be judged, in its page's spelling once the page is one the rules know (a reason names no store). */
function pageWorded(o: OrderSnapshot, reason: LocalizedText): LocalizedText {
  if (!PLATFORM_SET.has(o.platform) || !PERSPECTIVE_SET.has(o.perspective)) return reason;
  const marketplace = typeof o.marketplace === 'string' ? o.marketplace.trim().toLowerCase() : undefined;
  const wc = wordingCase({ platform: o.platform, perspective: o.perspective, marketplace, store: undefined });
  return wordTextOnce(reason, wc) ?? reason;
}

export function evaluate(order: OrderSnapshot, ctx: EvaluateContext): Verdict {
  return judge(order, ctx, true);
}

/**
 * The same judgement with the verdict built whole and then worded text by text (wordVerdict), without the rows'
 * kept worded texts: the plain path the kept wording of `evaluate` is tested against (test/unit/rules/wording-cache.test.ts).
 * Every other step (and its cache) is `evaluate`'s; a test that needs none of them kept loads a fresh module.
 */
export function evaluateUncached(order: OrderSnapshot, ctx: EvaluateContext): Verdict {
  return judge(order, ctx, false);
}

function judge(order: OrderSnapshot, ctx: EvaluateContext, kept: boolean): Verdict {
  try {
    const now = ctx !== null && typeof ctx === 'object' && ctx.now instanceof Date ? ctx.now.getTime() : NaN;
    if (order === null || typeof order !== 'object') return unknownVerdict(NO_DATA);
    if (!Number.isFinite(now)) return unknownVerdict(BAD_NOW);
    const facts = timeFacts(order, now);
    const invalid = invalidReason(order, now, facts);
    if (invalid !== null) return unknownVerdict(pageWorded(order, invalid));
    const marketplace = typeof order.marketplace === 'string' ? order.marketplace.trim().toLowerCase() : undefined;
    const market = marketFacts(marketplace, programsOf(order));
    const settings = marketSettings(resolveSettings(ctx.settings), market);
    const endKind = endReasonKind(order.endReason);
    const rows = ROWS_BY_PLATFORM_AND_STAGE.get(order.platform)?.get(order.stage) ?? [];
    const of = orderFacts(order);
    for (const row of rows) {
      if (!matches(row, of, order, endKind, facts, settings, market)) continue;
      const store = STORE_SET.has(String(ctx.store)) ? ctx.store : undefined;
      const wc = wordingCase({ platform: order.platform, perspective: order.perspective, marketplace: market.marketplace, store });
      return kept ? wordedVerdict(row, facts, settings, market, wc) : wordVerdict(buildVerdict(row, facts, settings, market), wc);
    }
    return unknownVerdict(NO_RULE);
  } catch {
    return unknownVerdict(FAILED);
  }
}
