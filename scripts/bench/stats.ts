/** Small statistics for the benchmark: medians of a few runs, rounded for the table. */

/** The median of `values`; NaN for an empty list (so a missing measurement shows, never a fake 0). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Rounds to `digits` decimals; keeps NaN as NaN. */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** One interleaved run of `npm run bench:ab`: script ms with each build and without an extension. */
export interface PairedRun {
  before: number;
  after: number;
  none: number;
}

/** Medians of what each build adds over no extension, of the paired differences, and how often "after" was cheaper. */
export function comparePaired(runs: readonly PairedRun[]): {
  beforeAdded: number;
  afterAdded: number;
  difference: number;
  afterCheaper: number;
} {
  return {
    beforeAdded: median(runs.map((r) => r.before - r.none)),
    afterAdded: median(runs.map((r) => r.after - r.none)),
    difference: median(runs.map((r) => r.after - r.before)),
    afterCheaper: runs.filter((r) => r.after < r.before).length,
  };
}
