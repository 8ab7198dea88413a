import { describe, expect, it } from 'vitest';
import { comparePaired, median, round } from '../../../scripts/bench/stats';

describe('median', () => {
  it('takes the middle of an odd count, unsorted input', () => expect(median([9, 1, 5])).toBe(5));
  it('averages the two middles of an even count', () => expect(median([4, 1, 3, 2])).toBe(2.5));
  it('is NaN for no values, never a fake zero', () => expect(median([])).toBeNaN());
  it('does not reorder the caller’s array', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('round', () => {
  it('rounds to the given decimals', () => expect(round(1.23456, 2)).toBe(1.23));
  it('keeps NaN', () => expect(round(Number.NaN)).toBeNaN());
});

describe('comparePaired', () => {
  it('gives each build’s median cost over no extension, the median paired difference, and how often after was cheaper', () => {
    const runs = [
      { before: 12, after: 9, none: 1 },
      { before: 20, after: 21, none: 2 }, // a noisy run: after dearer here
      { before: 11, after: 8, none: 1 },
    ];
    expect(comparePaired(runs)).toEqual({ beforeAdded: 11, afterAdded: 8, difference: -3, afterCheaper: 2 });
  });
  it('is NaN, not 0, with no runs', () => {
    expect(comparePaired([])).toMatchObject({ beforeAdded: Number.NaN, difference: Number.NaN, afterCheaper: 0 });
  });
});
