import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, valueAt } from '../../../scripts/bench/budgets';

describe('valueAt', () => {
  it('reads dotted paths and gives NaN for missing or non-numbers', () => {
    expect(valueAt({ a: { b: 3 } }, 'a.b')).toBe(3);
    expect(valueAt({ a: { b: '3' } }, 'a.b')).toBeNaN();
    expect(valueAt({ a: null }, 'a.b')).toBeNaN();
  });
});

describe('checkBudgets', () => {
  const budgets = [
    { key: 'x.ms', label: 'x', unit: 'ms', limit: 30, kind: 'max' as const },
    { key: 'rate', label: 'rate', unit: '/s', limit: 500, kind: 'min' as const },
  ];
  it('passes at the limit and fails beyond it, for both directions', () => {
    expect(checkBudgets({ x: { ms: 30 }, rate: 500 }, budgets).map((l) => l.pass)).toEqual([true, true]);
    expect(checkBudgets({ x: { ms: 30.1 }, rate: 499 }, budgets).map((l) => l.pass)).toEqual([false, false]);
  });
  it('fails a budget whose value was not measured', () => {
    expect(checkBudgets({}, budgets).map((l) => l.pass)).toEqual([false, false]);
  });
  it('holds the budgets the brief sets', () => {
    const byKey = Object.fromEntries(BUDGETS.map((b) => [b.key, `${b.kind} ${b.limit}`]));
    expect(byKey).toEqual({
      'bundleGzipKB.content': 'max 20',
      'bundleGzipKB.popup': 'max 60',
      'contentAddedMs.list500': 'max 30',
      'contentAddedMs.detail': 'max 5',
      'ratioVsEmpty.list500': 'max 1.1',
      'hintLatencyMs.detail': 'max 50',
      longestTaskMs: 'max 50',
      rulesPerSec: 'min 500000',
      'history.searchMs.slowest': 'max 100',
    });
  });
});
