/** An unreadable date makes the verdict unknown and is named, the first in DATE_FIELDS order (time.ts checks them one by one). */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { evaluate, type OrderSnapshot } from '../../../src/rules';
import { DATE_FIELDS, type DateField, dateFieldLabel } from '../../../src/rules/date-fields';
import { SnapshotObjectSchema } from '../../../src/rules/schema';
import { NOW, snap } from './scenarios';

const judged = (fields: Partial<Record<DateField, unknown>>) => evaluate(snap(fields as Partial<OrderSnapshot>), { now: NOW });

/** The verdict when `field` and every later one are unreadable and the earlier ones read: `field` is the one named. */
function unreadableFrom(i: number) {
  const later = Object.fromEntries(DATE_FIELDS.slice(i).map((f, j) => [f, j % 2 === 0 ? 'not a date' : 42]));
  const earlier = Object.fromEntries(DATE_FIELDS.slice(0, i).map((f) => [f, '2026-03-01T08:00:00Z']));
  return judged({ ...earlier, ...later });
}

/** A field name as code writes it: a lower-case word with a capital inside (orderedAt, shipBy). */
const CAMEL_CASE = /\b[a-z]+[A-Z][A-Za-z]*\b/;

describe('unreadable snapshot dates', () => {
  it.each(DATE_FIELDS.map((field, i) => [field, i] as const))('%s: named when it and every later field are unreadable', (field, i) => {
    const verdict = unreadableFrom(i);
    expect(verdict.action).toBe('unknown');
    expect(verdict.reason?.en).toBe(
      `The ${dateFieldLabel(field).en} on this page could not be read as a date, so nothing is guessed from it; ` +
        'you can still pick the order’s state by hand.',
    );
    expect(verdict.reason?.zh).toBe(`无法识别此页面上的${dateFieldLabel(field).zh}，因此不做猜测；你仍可手动选择订单状态。`);
  });

  it.each(DATE_FIELDS.map((field, i) => [field, i] as const))('%s: the seller reads its words, never its name', (field, i) => {
    expect(field).toMatch(CAMEL_CASE);
    const { reason, headline } = unreadableFrom(i);
    for (const text of [reason?.en, reason?.zh, headline.en, headline.zh]) {
      expect(text).toBeTruthy();
      expect(text).not.toMatch(CAMEL_CASE);
      for (const name of DATE_FIELDS) expect(text?.toLowerCase()).not.toContain(name.toLowerCase());
    }
    expect(reason?.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('gives every date field words of its own, in both languages', () => {
    expect(new Set(DATE_FIELDS.map((f) => dateFieldLabel(f).en)).size).toBe(DATE_FIELDS.length);
    expect(new Set(DATE_FIELDS.map((f) => dateFieldLabel(f).zh)).size).toBe(DATE_FIELDS.length);
  });

  it('has words for every date field of the snapshot schema (a field that takes an ISO date and refuses other text)', () => {
    const dateKeys = Object.entries(SnapshotObjectSchema.entries)
      .filter(([, schema]) => v.safeParse(schema, '2026-03-01T08:00:00Z').success && !v.safeParse(schema, 'tomorrow').success)
      .map(([key]) => key);
    expect(dateKeys.length).toBeGreaterThan(5);
    expect([...DATE_FIELDS].sort()).toEqual(dateKeys.sort());
  });

  it('a field the snapshot leaves out is no reason for unknown', () => {
    expect(judged({ orderedAt: undefined, shipBy: '2026-03-04T23:59:59Z' }).action).not.toBe('unknown');
  });
});
