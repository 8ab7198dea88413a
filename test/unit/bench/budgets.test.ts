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
    const byId = Object.fromEntries(
      BUDGETS.map((b) => [
        b.id ?? b.key,
        `${b.kind} ${b.limit}${b.kind === 'ratio' ? ` per ${b.per}` : ''}${b.floorKey ? ` floor ${b.floorKey}` : ''}`,
      ]),
    );
    expect(byId).toEqual({
      'bundleGzipKB.content': 'max 20',
      'bundleGzipKB.popup': 'max 60',
      'bundleGzipKB.background': 'max 60',
      'contentAddedMs.detail': 'ratio 2 per floor.contentAddedMs.detail floor floor.contentAddedMs.detail',
      'contentAddedMs.list500': 'ratio 2 per floor.contentAddedMs.list500 floor floor.contentAddedMs.list500',
      'longestTaskMsByPage.detail.floor': 'floor-plus 10 floor floor.longestTaskMs.detail',
      'longestTaskMsByPage.list100.floor': 'floor-plus 10 floor floor.longestTaskMs.list100',
      'longestTaskMsByPage.list500.floor': 'floor-plus 10 floor floor.longestTaskMs.list500',
      'longestTaskMsByPage.aeList100.floor': 'floor-plus 10 floor floor.longestTaskMs.aeList100',
      'longestTaskMsByPage.list100': 'max 50 floor floor.longestTaskMs.list100',
      'hintLatencyMs.detail': 'max 16',
      'growth.list500': 'ratio 1.5 per contentAddedMs.list100 floor floor.contentAddedMs.list500',
      rulesPerSec: 'min 500000',
      'history.searchMs.slowest': 'max 100',
      'history.popupFirstVerdictMs.median': 'max 100',
      'history.statsMs.median': 'max 50',
      'history.importMs': 'max 5000',
    });
  });
  it('keeps every budget id distinct', () => {
    const ids = BUDGETS.map((b) => b.id ?? b.key);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('budgets against the floor', () => {
  const results = {
    contentAddedMs: { detail: 8, list100: 20, list500: 29 },
    floor: { contentAddedMs: { detail: 4, list100: 5, list500: 10 }, longestTaskMs: { detail: 30 } },
    longestTaskMsByPage: { detail: 40 },
  };
  const ratio = {
    key: 'contentAddedMs.detail',
    per: 'floor.contentAddedMs.detail',
    floorKey: 'floor.contentAddedMs.detail',
    label: 'r',
    unit: '×',
    limit: 2,
    kind: 'ratio' as const,
  };
  const growth = {
    key: 'contentAddedMs.list500',
    per: 'contentAddedMs.list100',
    floorKey: 'floor.contentAddedMs.list500',
    floorPer: 'floor.contentAddedMs.list100',
    label: 'g',
    unit: '×',
    limit: 1.5,
    kind: 'ratio' as const,
  };
  const plus = {
    key: 'longestTaskMsByPage.detail',
    floorKey: 'floor.longestTaskMs.detail',
    label: 'p',
    unit: 'ms',
    limit: 10,
    kind: 'floor-plus' as const,
  };
  it('divides by the floor (or the other page) and shows the floor beside', () => {
    const [r, g] = checkBudgets(results, [ratio, growth]);
    expect([r!.value, r!.floor, r!.pass]).toEqual([2, 4, true]);
    expect([g!.value, g!.floor, g!.pass]).toEqual([1.45, 2, true]);
    expect(checkBudgets({ ...results, contentAddedMs: { ...results.contentAddedMs, detail: 8.1 } }, [ratio])[0]!.pass).toBe(false);
    expect(checkBudgets({ ...results, contentAddedMs: { ...results.contentAddedMs, list500: 31 } }, [growth])[0]!.pass).toBe(false);
  });
  it('adds the margin to the floor measured in the same run', () => {
    expect(checkBudgets(results, [plus])[0]).toMatchObject({ value: 40, bound: 40, floor: 30, pass: true });
    expect(checkBudgets({ ...results, longestTaskMsByPage: { detail: 40.1 } }, [plus])[0]!.pass).toBe(false);
  });
  it('fails when the floor was not measured, or measured nothing to divide by', () => {
    expect(checkBudgets({ contentAddedMs: { detail: 1 } }, [ratio, plus]).map((l) => l.pass)).toEqual([false, false]);
    expect(checkBudgets({ ...results, floor: { contentAddedMs: { detail: 0 } } }, [ratio])[0]!.pass).toBe(false);
  });
});
