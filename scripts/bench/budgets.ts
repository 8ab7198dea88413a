/**
 * The performance budgets and the pass/fail check the benchmark prints and exits on.
 *
 * Page budgets are stated against the floor (test/fixtures/bench/floor-extension), measured side by
 * side in the same run: on a shared 2-core machine an absolute millisecond figure moves by a third
 * from one run to the next, a ratio or a difference to a page measured in the same run much less.
 * Each line carries the floor's own figure, printed beside ours.
 */

interface BudgetBase {
  /** Dotted path into the results object, e.g. "contentAddedMs.list500": the measured value. */
  key: string;
  /** Tells budgets on the same key apart (defaults to the key). */
  id?: string;
  label: string;
  unit: string;
  limit: number;
  /** Where the floor's own figure for the same measure is, printed beside ours (a dotted path). */
  floorKey?: string;
}

/** value ≤ limit ('max') or ≥ limit ('min'). */
interface PlainBudget extends BudgetBase {
  kind: 'max' | 'min';
}

/** value ÷ the value at `per` ≤ limit; the floor beside it is `floorKey` ÷ `floorPer` (or `floorKey` alone). */
interface RatioBudget extends BudgetBase {
  kind: 'ratio';
  per: string;
  floorPer?: string;
}

/** value ≤ the floor's figure (`floorKey`) + limit. */
interface FloorPlusBudget extends BudgetBase {
  kind: 'floor-plus';
  floorKey: string;
}

export type Budget = PlainBudget | RatioBudget | FloorPlusBudget;

/** The bench's pages (scripts/bench/pages.ts) that the longest-task budget covers, each against the floor. */
const PAGES = { detail: 'order details page', list100: '100-row list', list500: '500-row list', aeList100: '100-card AliExpress list' };

export const BUDGETS: readonly Budget[] = [
  { key: 'bundleGzipKB.content', label: 'content script gzip (largest platform)', unit: 'KB', limit: 20, kind: 'max' },
  { key: 'bundleGzipKB.popup', label: 'popup gzip', unit: 'KB', limit: 60, kind: 'max' },
  { key: 'bundleGzipKB.background', label: 'background worker gzip', unit: 'KB', limit: 60, kind: 'max' },
  {
    key: 'contentAddedMs.detail',
    per: 'floor.contentAddedMs.detail',
    floorKey: 'floor.contentAddedMs.detail',
    label: 'script added ÷ floor, order details page',
    unit: '×',
    limit: 2,
    kind: 'ratio',
  },
  {
    key: 'contentAddedMs.list500',
    per: 'floor.contentAddedMs.list500',
    floorKey: 'floor.contentAddedMs.list500',
    label: 'script added ÷ floor, 500-row list',
    unit: '×',
    limit: 2,
    kind: 'ratio',
  },
  ...Object.entries(PAGES).map(
    ([page, name]): Budget => ({
      id: `longestTaskMsByPage.${page}.floor`,
      key: `longestTaskMsByPage.${page}`,
      floorKey: `floor.longestTaskMs.${page}`,
      label: `longest task from our first script on, ${name} (≤ floor + 10 ms)`,
      unit: 'ms',
      limit: 10,
      kind: 'floor-plus',
    }),
  ),
  // Amazon shows at most 100 orders a page: there the whole frame that shows the first hints fits a 50 ms task.
  {
    key: 'longestTaskMsByPage.list100',
    floorKey: 'floor.longestTaskMs.list100',
    label: 'longest task from our first script on, 100-row list',
    unit: 'ms',
    limit: 50,
    kind: 'max',
  },
  // The same frame at 60 Hz: the hint appears with the data, not a frame later.
  { key: 'hintLatencyMs.detail', label: 'hint latency after the order data renders', unit: 'ms', limit: 16, kind: 'max' },
  // The cost follows what the person sees, not the list's length.
  {
    id: 'growth.list500',
    key: 'contentAddedMs.list500',
    per: 'contentAddedMs.list100',
    floorKey: 'floor.contentAddedMs.list500',
    floorPer: 'floor.contentAddedMs.list100',
    label: 'growth: script added, 500-row ÷ 100-row list',
    unit: '×',
    limit: 1.5,
    kind: 'ratio',
  },
  { key: 'rulesPerSec', label: 'rules verdicts per second', unit: '/s', limit: 500_000, kind: 'min' },
  // The slowest of the history searches (id, id prefix, filters), each its median over runs, at 100,000 orders.
  { key: 'history.searchMs.slowest', label: 'search at 100,000 orders', unit: 'ms', limit: 100, kind: 'max' },
  // History at 100,000 orders / 1,000,000 observations (scripts/bench-history.ts), each the median over runs.
  { key: 'history.popupFirstVerdictMs.median', label: 'popup first verdict at 100,000 orders', unit: 'ms', limit: 100, kind: 'max' },
  { key: 'history.statsMs.median', label: 'statistics at 1,000,000 observations', unit: 'ms', limit: 50, kind: 'max' },
  { key: 'history.importMs', label: 'import of 100,000 orders', unit: 'ms', limit: 5000, kind: 'max' },
];

export type BudgetLine = Budget & {
  /** The measured value (for a ratio, the ratio); NaN when missing from the results. */
  value: number;
  /** What the value must stay under (or over): the limit, or for 'floor-plus' the floor's figure + limit. */
  bound: number;
  /** The floor's figure for the same measure (a ratio for ratio budgets); NaN when it has none. */
  floor: number;
  pass: boolean;
};

/** Reads a dotted path; NaN when absent or not a number. */
export function valueAt(results: unknown, key: string): number {
  let cur: unknown = results;
  for (const part of key.split('.')) {
    if (cur === null || typeof cur !== 'object') return Number.NaN;
    cur = (cur as Record<string, unknown>)[part];
  }
  return typeof cur === 'number' ? cur : Number.NaN;
}

/** a ÷ b, NaN unless both are measured and b is above zero (a ratio over nothing means nothing). */
const ratio = (a: number, b: number): number => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : Number.NaN);

/** One line per budget; a missing (NaN) value fails, since an unmeasured budget is not a met one. */
export function checkBudgets(results: unknown, budgets: readonly Budget[] = BUDGETS): BudgetLine[] {
  return budgets.map((b) => {
    const at = (key: string | undefined) => (key ? valueAt(results, key) : Number.NaN);
    const raw = at(b.key);
    let value = raw;
    let bound = b.limit;
    let floor = at(b.floorKey);
    if (b.kind === 'ratio') {
      value = ratio(raw, at(b.per));
      if (b.floorPer) floor = ratio(floor, at(b.floorPer));
    } else if (b.kind === 'floor-plus') bound = floor + b.limit;
    const pass = Number.isFinite(value) && Number.isFinite(bound) && (b.kind === 'min' ? value >= bound : value <= bound);
    return { ...b, value, bound, floor, pass };
  });
}

/** How a budget reads in the table: "≤ 2.00 ×", "≤ floor + 10 ms (62.1 ms)". */
export function budgetText(line: BudgetLine, fmt: (value: number, digits?: number) => string): string {
  const digits = line.unit === '×' ? 2 : 0;
  if (line.kind === 'floor-plus') return `≤ floor + ${fmt(line.limit, 0)} ${line.unit} (${fmt(line.bound)} ${line.unit})`;
  return `${line.kind === 'min' ? '≥' : '≤'} ${fmt(line.limit, digits)} ${line.unit}`;
}

/** The floor's figure as the table shows it: ms for a ratio over the floor, the floor's own ratio for growth. */
export function floorText(line: BudgetLine, fmt: (value: number, digits?: number) => string): string {
  if (!Number.isFinite(line.floor)) return '';
  if (line.kind === 'ratio' && line.floorPer) return `${fmt(line.floor, 2)} ×`;
  return `${fmt(line.floor)} ms`;
}
