import { describe, expect, it } from 'vitest';
import { median, round } from '../../../scripts/bench/stats';

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
