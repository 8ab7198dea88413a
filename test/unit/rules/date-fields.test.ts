/** An unreadable date makes the verdict unknown and is named, the first in DATE_FIELDS order (time.ts checks them one by one). */
import { describe, expect, it } from 'vitest';
import { evaluate, type OrderSnapshot } from '../../../src/rules';
import { DATE_FIELDS } from '../../../src/rules/time';
import { NOW, snap } from './scenarios';

const judged = (fields: Partial<Record<(typeof DATE_FIELDS)[number], unknown>>) =>
  evaluate(snap(fields as Partial<OrderSnapshot>), { now: NOW });

describe('unreadable snapshot dates', () => {
  it.each(DATE_FIELDS.map((field, i) => [field, i] as const))('%s: named when it and every later field are unreadable', (field, i) => {
    const later = Object.fromEntries(DATE_FIELDS.slice(i).map((f, j) => [f, j % 2 === 0 ? 'not a date' : 42]));
    const earlier = Object.fromEntries(DATE_FIELDS.slice(0, i).map((f) => [f, '2026-03-01T08:00:00Z']));
    const verdict = judged({ ...earlier, ...later });
    expect(verdict.action).toBe('unknown');
    expect(verdict.reason?.en).toBe(`The date field “${field}” could not be read as a date.`);
    expect(verdict.reason?.zh).toBe(`日期字段“${field}”无法识别。`);
  });

  it('a field the snapshot leaves out is no reason for unknown', () => {
    expect(judged({ orderedAt: undefined, shipBy: '2026-03-04T23:59:59Z' }).action).not.toBe('unknown');
  });
});
