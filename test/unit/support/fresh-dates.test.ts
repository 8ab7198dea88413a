import { describe, expect, it } from 'vitest';
import { findDates, freshenDates, freshenPage, shiftDaysFor } from '../../support/fresh-dates';

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
    const text = 'Order 111-2222222-3333333 · Dec 4, 2018 · 2026-04-13 · Apr 13, 2026';
    expect(freshenDates(text, NOW)).toBe(text);
  });
});

describe('freshenPage (demo pages: the day they were written for becomes today)', () => {
  const moved = (text: string) => freshenPage(text, '2026-03-10', NOW);
  it('moves every form the platforms print, whatever the year', () => {
    expect(moved('Order date: Mar 9, 2026')).toBe('Order date: Nov 22, 2026');
    expect(moved('April 1, 2026 at 2:14 pm · Tue, Mar 10, 2026')).toBe('December 15, 2026 at 2:14 pm · Mon, Nov 23, 2026');
    expect(moved('下单时间：2026-03-08 10:22:05')).toBe('下单时间：2026-11-21 10:22:05');
    expect(moved('2026年3月9日 · 2026/03/09 · 03/09/2026 · 2025-12-31')).toBe('2026年11月22日 · 2026/11/22 · 11/22/2026 · 2026-09-15');
    expect(moved('Di., 10. März 2026 · mar, 10 mar 2026 · Tue, 10 Mar 2026')).toBe(
      'Mo., 23. Nov. 2026 · lun, 23 nov 2026 · Mon, 23 Nov 2026',
    );
  });
  it('moves each date once, and leaves relative times, order ids and non-dates alone', () => {
    const text = '2 hours ago · 剩余2天18小时 · 111-2222222-3333333 · 3293626225672531283 · 2026-02-30';
    expect(moved(text)).toBe(text);
    expect(moved('Mar 9, 2026 to Mar 12, 2026')).toBe('Nov 22, 2026 to Nov 25, 2026');
  });
  it('finds the dates it moves', () => {
    expect(findDates('placed 2026-03-08, ships by Mar 12, 2026').map((d) => d.day.toISOString().slice(0, 10))).toEqual([
      '2026-03-08',
      '2026-03-12',
    ]);
  });
});
