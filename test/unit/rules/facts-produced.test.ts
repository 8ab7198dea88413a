// @vitest-environment node
/**
 * Every fact a rule condition reads is produced somewhere: by a reader on some saved page, by the worker's
 * history merge (src/history/order-facts.ts), or by the popup's by-hand picker. A rule condition,
 * time predicate or deadline reading a snapshot field that nothing sets can never fire from a real
 * page (as `cancelRequestedAt`, `shippedAt` and `trackingNumberShown` once could not), so this test
 * fails until the field has a producer.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { ALL_RULES } from '../../../src/rules';
import type { RuleConditions } from '../../../src/rules/rule';
import { DEFAULT_SETTINGS } from '../../../src/rules/settings';
import { marketFacts } from '../../../src/rules/marketplaces';
import { TIME_PREDICATES, type TimeFacts } from '../../../src/rules/time';
import type { OrderSnapshot } from '../../../src/rules/types';
import { FromHistorySchema } from '../../../src/messages/schemas';
import { buildManualSnapshot, DEFAULT_FORM, factsOffered } from '../../../src/popup/manual';
import { PLATFORM_DEFINITIONS, perspectivesOf } from '../../../src/platforms/registry';
import { STAGES } from '../../../src/rules/types';
import { fixturePages, makeParser } from '../mutation/pages';

type Field = keyof OrderSnapshot;

/**
 * The snapshot fields each condition reads. A Record over every condition key: a new condition
 * without its fields here is a type error, so nothing escapes this test.
 */
const CONDITION_FIELDS: Record<keyof RuleConditions, readonly Field[]> = {
  platform: ['platform'],
  perspective: ['perspective'],
  stages: ['stage'],
  cancelRequested: ['cancelRequested'],
  fulfilledBy: ['fulfilledBy'],
  marketplaces: ['marketplace'],
  time: [], // read through the time facts, below
  endReasonKind: ['endReason'],
  refundInProgress: ['refundInProgress'],
  fulfillmentInProgress: ['fulfillmentInProgress'],
  trackingNumberShown: ['trackingNumberShown'],
  program: ['programs'],
  pickupScheduled: ['pickupScheduled'],
  returnInProgress: ['returnInProgress'],
  paymentStatus: ['paymentStatus'],
  refundRequestKind: ['refundRequestKind'],
  buyerAskedByMessage: ['buyerAskedByMessage'],
};

/** The time facts a function reads, found by handing it facts that record every read. */
function factsRead(run: (facts: TimeFacts) => unknown): Field[] {
  const read = new Set<string>();
  for (const value of [Number.NaN, 1_700_000_000_000]) {
    const facts = new Proxy({} as TimeFacts, {
      get: (_t, key) => {
        if (typeof key === 'string' && key !== 'now') read.add(key);
        return key === 'now' ? 1_700_000_000_000 : value;
      },
    });
    run(facts);
  }
  return [...read] as Field[];
}

const market = marketFacts('amazon.com', new Set());

/** Every snapshot field some rule reads, each with the rules that read it. */
function fieldsRead(): Map<Field, Set<string>> {
  const read = new Map<Field, Set<string>>();
  const add = (field: Field, rule: string) => read.set(field, (read.get(field) ?? new Set()).add(rule));
  for (const rule of ALL_RULES) {
    for (const key of Object.keys(rule.when) as Array<keyof RuleConditions>) for (const f of CONDITION_FIELDS[key]) add(f, rule.id);
    if (rule.when.time) {
      const predicate = TIME_PREDICATES[rule.when.time];
      for (const f of factsRead((facts) => predicate.test(facts, DEFAULT_SETTINGS, market))) add(f, rule.id);
    }
  }
  return read;
}

const parser = makeParser();
afterAll(() => parser.close());

/** Fields with a value in some snapshot a reader gives on a saved page. */
function fieldsReadersSet(): Set<Field> {
  const set = new Set<Field>();
  for (const page of fixturePages()) {
    const doc = parser.parse(page.html);
    const root = page.reader.root(doc);
    const result = root ? page.reader.read(root, page.url) : null;
    if (result?.status !== 'read') continue;
    for (const { snapshot } of result.orders)
      for (const [key, value] of Object.entries(snapshot))
        if (value !== undefined && !(Array.isArray(value) && value.length === 0)) set.add(key as Field);
  }
  return set;
}

/** Fields the by-hand picker can set, over every platform, side and stage it offers. */
function fieldsPickerSets(): Set<Field> {
  const set = new Set<Field>();
  for (const platform of PLATFORM_DEFINITIONS)
    for (const perspective of perspectivesOf(platform.id))
      for (const stage of STAGES)
        for (const flag of [false, true]) {
          const form = { ...DEFAULT_FORM, platform: platform.id, perspective, stage };
          for (const fact of [null, ...factsOffered(form)]) {
            const snapshot = buildManualSnapshot({
              ...form,
              cancelRequested: flag,
              fulfilledByPlatform: flag,
              marketplace: platform.picker.marketplaces?.[0] ?? '',
              facts: fact ? [fact.id] : [],
            });
            for (const [key, value] of Object.entries(snapshot)) if (value !== undefined) set.add(key as Field);
          }
        }
  return set;
}

describe('every fact a rule reads is produced somewhere', () => {
  const read = fieldsRead();
  const byHistory = new Set(Object.keys(FromHistorySchema.entries) as Field[]);
  const byReaders = fieldsReadersSet();
  const byPicker = fieldsPickerSets();

  it('finds the facts the rules read (the proxies see the time facts)', () => {
    expect(read.has('stage')).toBe(true);
    expect(read.has('shippedAt')).toBe(true);
    expect(read.has('deadlineAt')).toBe(true);
    expect(read.has('trackingNumberShown')).toBe(true);
    expect(v.parse(FromHistorySchema, { shippedAt: '2026-01-01T00:00:00Z' })).toEqual({ shippedAt: '2026-01-01T00:00:00Z' });
  });

  it('has a reader, a history step or the by-hand picker for each', () => {
    const orphans = [...read.entries()]
      .filter(([field]) => !byReaders.has(field) && !byHistory.has(field) && !byPicker.has(field))
      .map(([field, rules]) => `${field} (read by ${[...rules].slice(0, 3).join(', ')}${rules.size > 3 ? ', …' : ''})`);
    expect(orphans).toEqual([]);
  });
});
