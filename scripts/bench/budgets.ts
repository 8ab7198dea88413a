/** The performance budgets and the pass/fail check the benchmark prints and exits on. */

export interface Budget {
  /** Dotted path into the results object, e.g. "contentAddedMs.list500". */
  key: string;
  label: string;
  unit: string;
  limit: number;
  /** 'max': the value must be ≤ limit; 'min': ≥ limit. */
  kind: 'max' | 'min';
}

export const BUDGETS: readonly Budget[] = [
  { key: 'bundleGzipKB.content', label: 'content script gzip (largest platform)', unit: 'KB', limit: 20, kind: 'max' },
  { key: 'bundleGzipKB.popup', label: 'popup gzip', unit: 'KB', limit: 60, kind: 'max' },
  { key: 'contentAddedMs.list500', label: 'script added, 500-row list', unit: 'ms', limit: 30, kind: 'max' },
  { key: 'contentAddedMs.detail', label: 'script added, detail page', unit: 'ms', limit: 5, kind: 'max' },
  { key: 'ratioVsEmpty.list500', label: 'task time vs empty ext, 500-row list', unit: '×', limit: 1.1, kind: 'max' },
  { key: 'hintLatencyMs.detail', label: 'hint latency after data renders', unit: 'ms', limit: 50, kind: 'max' },
  { key: 'longestTaskMs', label: 'longest task we cause', unit: 'ms', limit: 50, kind: 'max' },
  { key: 'rulesPerSec', label: 'rules verdicts per second', unit: '/s', limit: 500_000, kind: 'min' },
  // The slowest of the history searches (id, id prefix, filters), each its median over runs, at 100,000 orders.
  { key: 'history.searchMs.slowest', label: 'search at 100,000 orders', unit: 'ms', limit: 100, kind: 'max' },
];

export interface BudgetLine extends Budget {
  /** NaN when the value is missing from the results. */
  value: number;
  pass: boolean;
}

/** Reads a dotted path; NaN when absent or not a number. */
export function valueAt(results: unknown, key: string): number {
  let cur: unknown = results;
  for (const part of key.split('.')) {
    if (cur === null || typeof cur !== 'object') return Number.NaN;
    cur = (cur as Record<string, unknown>)[part];
  }
  return typeof cur === 'number' ? cur : Number.NaN;
}

/** One line per budget; a missing (NaN) value fails, since an unmeasured budget is not a met one. */
export function checkBudgets(results: unknown, budgets: readonly Budget[] = BUDGETS): BudgetLine[] {
  return budgets.map((b) => {
    const value = valueAt(results, b.key);
    const pass = Number.isFinite(value) && (b.kind === 'max' ? value <= b.limit : value >= b.limit);
    return { ...b, value, pass };
  });
}
