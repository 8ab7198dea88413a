import { describe, expect, it } from 'vitest';
import { parseSellerCentralDate, type DateRole } from '../../../../src/platforms/amazon/dates';

const cases: ReadonlyArray<readonly [text: string, role: DateRole, expected: string | undefined]> = [
  ['Thu, Dec 5, 2019', 'deadline', '2019-12-05T23:59:59.999Z'],
  ['Thu, 5 Dec 2019', 'deadline', '2019-12-05T23:59:59.999Z'],
  ['Dec 5, 2019', 'deadline', '2019-12-05T23:59:59.999Z'],
  ['Dec 5, 2019', 'start', '2019-12-05T00:00:00.000Z'],
  ['Wed, Dec 4, 2019, 8:27 AM PST', 'start', '2019-12-04T16:27:00.000Z'],
  ['Wed, Dec 4, 2019, 8:27 PM PDT', 'start', '2019-12-05T03:27:00.000Z'],
  ['Wed, Dec 4, 2019, 12:05 AM EST', 'start', '2019-12-04T05:05:00.000Z'],
  ['Sun, 2 Nov 2025, 15:20 MET', 'start', '2025-11-02T14:20:00.000Z'],
  ['Wed, 4 Dec 2019, 08:27 GMT', 'start', '2019-12-04T08:27:00.000Z'],
  ['Sun, 6 Jul 2025, 10:00 BST', 'start', '2025-07-06T09:00:00.000Z'],
  ['Sun, 6 Jul 2025, 10:00 CEST', 'start', '2025-07-06T08:00:00.000Z'],
  ['2019/12/04 8:27 JST', 'start', '2019-12-03T23:27:00.000Z'],
  ['Wed, Dec 4, 2019, 8:27 AM IST', 'start', '2019-12-04T02:57:00.000Z'],
  ['Wed, 4 Dec 2019, 9:00 AM AEST', 'start', '2019-12-03T23:00:00.000Z'],
  ['Wed, Dec 4, 2019, 8:27 AM MST', 'start', '2019-12-04T15:27:00.000Z'],
  ['Wed, Dec 4, 2019, 8:27 AM CST', 'start', '2019-12-04T14:27:00.000Z'],
  ['05.12.2019', 'deadline', '2019-12-05T23:59:59.999Z'],
  ['2019/12/05', 'deadline', '2019-12-05T23:59:59.999Z'],
  ['2019年12月5日', 'deadline', '2019-12-05T23:59:59.999Z'],
  ['2019年12月4日 下午3:27 PST', 'start', '2019-12-04T23:27:00.000Z'],
  ['2019年12月4日 午前9:00 JST', 'start', '2019-12-04T00:00:00.000Z'],
  ['5. Dez. 2019', 'deadline', '2019-12-05T23:59:59.999Z'],
  ['Mi., 4. Dez. 2019, 08:27 MEZ', 'start', '2019-12-04T07:27:00.000Z'],
  ['5 déc. 2019', 'deadline', '2019-12-05T23:59:59.999Z'],
  ['5 dic 2019', 'deadline', '2019-12-05T23:59:59.999Z'],
  ['jue, 5 de diciembre de 2019', 'deadline', '2019-12-05T23:59:59.999Z'],
  ['mar, 3 dic 2019', 'deadline', '2019-12-03T23:59:59.999Z'],
  ['5 marzo 2020', 'deadline', '2020-03-05T23:59:59.999Z'],
  ['1 mai 2020', 'deadline', '2020-05-01T23:59:59.999Z'],
  // Accented month names (the month word is matched as Latin letters with their accents).
  ['5. März 2020', 'deadline', '2020-03-05T23:59:59.999Z'],
  ['15 août 2020', 'deadline', '2020-08-15T23:59:59.999Z'],
  ['5 févr. 2020', 'deadline', '2020-02-05T23:59:59.999Z'],
  ['DÉC 5, 2019', 'deadline', '2019-12-05T23:59:59.999Z'],
  ['Dec 10, 2019 to Dec 13, 2019', 'deadline', '2019-12-13T23:59:59.999Z'],
  ['Dec 10, 2019 to Dec 13, 2019', 'start', '2019-12-10T00:00:00.000Z'],
  ['Tue, 10 Dec 2019 to Fri, 13 Dec 2019', 'deadline', '2019-12-13T23:59:59.999Z'],
  ['10. Dez. 2019 bis 13. Dez. 2019', 'deadline', '2019-12-13T23:59:59.999Z'],
  ['2019/12/10 - 2019/12/13', 'deadline', '2019-12-13T23:59:59.999Z'],
  ['2019年12月10日 至 2019年12月13日', 'deadline', '2019-12-13T23:59:59.999Z'],
  // Refused: ambiguous, impossible or not a date.
  ['12/05/2019', 'deadline', undefined],
  ['Feb 30, 2020', 'deadline', undefined],
  ['2 hours ago', 'start', undefined],
  ['Smarch 5, 2019', 'deadline', undefined],
  ['Dec 5, 2019, 25:61', 'start', undefined],
  ['', 'deadline', undefined],
];

describe('parseSellerCentralDate', () => {
  it.each(cases)('%s (%s) → %s', (text, role, expected) => {
    expect(parseSellerCentralDate(text, role)).toBe(expected);
  });

  it('reads a month name whose accent the page wrote as a separate mark (only non-ASCII text is normalised)', () => {
    // "févr." and "déc." with a combining acute accent (NFD), as some pages and copies write it.
    expect(parseSellerCentralDate('5 fe\u0301vr. 2020', 'deadline')).toBe('2020-02-05T23:59:59.999Z');
    expect(parseSellerCentralDate('Mer. 4 de\u0301c. 2019, 08:27 CET', 'start')).toBe('2019-12-04T07:27:00.000Z');
    // Tabs and line breaks (not printable, so normalised) still collapse to one space.
    expect(parseSellerCentralDate('Dec\t5,\n2019', 'deadline')).toBe('2019-12-05T23:59:59.999Z');
  });

  it('never returns an invalid date string', () => {
    for (const text of ['Dec 0, 2019', '32.01.2020', '2019/13/01', 'Dec 5, 1800', null, undefined]) {
      const result = parseSellerCentralDate(text, 'deadline');
      expect(result === undefined || !Number.isNaN(Date.parse(result))).toBe(true);
      expect(result).toBeUndefined();
    }
  });
});
