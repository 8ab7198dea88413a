import { describe, expect, it } from 'vitest';
import { fmt, formatTable } from '../../../scripts/bench/table';

describe('formatTable', () => {
  it('pads text left-aligned and numbers right-aligned under a rule', () => {
    const out = formatTable(
      ['page', 'ms'],
      [
        ['detail', '1.5'],
        ['list500', '123.4'],
      ],
    );
    expect(out.split('\n')).toEqual(['page     ms', '-------  -----', 'detail     1.5', 'list500  123.4']);
  });
});

describe('fmt', () => {
  it('groups thousands and fixes decimals', () => expect(fmt(1234567.891, 1)).toBe('1,234,567.9'));
  it('shows a dash for an unmeasured value', () => expect(fmt(Number.NaN)).toBe('—'));
});
