import { describe, expect, it } from 'vitest';
import { freshenDates, shiftDaysFor } from '../../support/fresh-dates';

const NOW = new Date('2026-11-23T10:00:00Z'); // a Monday

describe('freshenDates (real-browser fixtures judged with the real clock)', () => {
  it('moves the anchor day to yesterday and keeps weekday names true', () => {
    expect(shiftDaysFor(NOW)).toBe(Math.round((Date.UTC(2026, 10, 23) - Date.UTC(2019, 11, 4)) / 86_400_000) - 1);
    expect(freshenDates('Wed, Dec 4, 2019, 8:27 AM PST', NOW)).toBe('Sun, Nov 22, 2026, 8:27 AM PST');
    expect(freshenDates('Thu, 5 Dec 2019', NOW)).toBe('Mon, 23 Nov 2026');
    expect(freshenDates('Mi., 4. Dez. 2019, 08:27 MEZ', NOW)).toBe('So., 22. Nov. 2026, 08:27 MEZ');
    expect(freshenDates('jue, 5 dic 2019', NOW)).toBe('lun, 23 nov 2026');
    expect(freshenDates('2019年12月10日 至 2019年12月13日', NOW)).toBe('2026年11月28日 至 2026年12月1日');
    expect(freshenDates('12/04/2019', NOW)).toBe('11/22/2026');
    expect(freshenDates('2019/12/10 - 2019/12/13', NOW)).toBe('2026/11/28 - 2026/12/01');
  });
  it('leaves other years and order ids alone', () => {
    const text = 'Order 111-2222222-3333333 · Dec 4, 2018 · 2019-12-04';
    expect(freshenDates(text, NOW)).toBe(text);
  });
});
