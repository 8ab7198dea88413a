/** The engine's own ISO date reading and writing (src/rules/iso-date.ts) against the built-ins they stand in for. */
import { describe, expect, it } from 'vitest';
import { isoString, parseIsoDate } from '../../../src/rules/iso-date';
import { rng } from '../mutation/prng';

const LAST_FOUR_DIGIT_YEAR = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** What the built-in gives: the string, or the name of the error it throws. */
const builtIn = (t: number): string => {
  try {
    return new Date(t).toISOString();
  } catch (error) {
    return (error as Error).name;
  }
};
const ours = (t: number): string => {
  try {
    return isoString(t);
  } catch (error) {
    return (error as Error).name;
  }
};

describe('isoString is Date#toISOString', () => {
  it('at the edges: the epoch, leap days, century years, the last four-digit year, out of range', () => {
    const edges = [
      0,
      -0,
      1,
      999,
      Date.UTC(2000, 1, 29),
      Date.UTC(1900, 1, 28, 23, 59, 59, 999),
      Date.UTC(1900, 2, 1),
      Date.UTC(2100, 1, 28),
      Date.UTC(2100, 2, 1),
      Date.UTC(2400, 1, 29, 12),
      Date.UTC(2026, 11, 31, 23, 59, 59, 999),
      Date.UTC(2027, 0, 1),
      LAST_FOUR_DIGIT_YEAR,
      LAST_FOUR_DIGIT_YEAR + 1,
      -1,
      Date.UTC(1, 0, 1) - 1,
      8.64e15,
      8.64e15 + 1,
      -8.64e15,
      1772445600000.7,
      1772445600000.2,
      NaN,
      Infinity,
    ];
    for (const t of edges) expect(ours(t), String(t)).toBe(builtIn(t));
  });

  it('at 200,000 random times from 1970 to 9999, whole and fractional', () => {
    const { next } = rng(18);
    for (let i = 0; i < 200_000; i++) {
      const t = Math.floor(next() * LAST_FOUR_DIGIT_YEAR) + (i % 4 === 0 ? next() : 0);
      const want = builtIn(t);
      if (ours(t) !== want) expect(ours(t), String(t)).toBe(want);
    }
  });

  it('at every day boundary, and one millisecond before it, from 1968 to 2105', () => {
    for (let t = Date.UTC(1968, 0, 1); t < Date.UTC(2105, 0, 1); t += 86_400_000) {
      for (const u of [t, t - 1]) if (ours(u) !== builtIn(u)) expect(ours(u), String(u)).toBe(builtIn(u));
    }
  });
});

describe('parseIsoDate is Date.parse', () => {
  it('on the strings pages, snapshots and the history hold, and on near misses it leaves to Date.parse', () => {
    const strings = [
      '2026-03-02T10:00:00Z',
      '2026-03-02T10:00:00.123Z',
      '2026-02-28T23:59:59.999Z',
      '2024-02-29T00:00:00Z',
      '2026-02-29T00:00:00Z',
      '2026-02-30T00:00:00Z',
      '2026-02-32T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-00-01T00:00:00Z',
      '2026-01-00T00:00:00Z',
      '2026-03-02T24:00:00Z',
      '2026-03-02T24:00:01Z',
      '2026-03-02T23:60:00Z',
      '2026-03-02T23:59:60Z',
      '2026-03-02T10:00:00.5Z',
      '2026-03-02T10:00:00.12Z',
      '2026-03-02T10:00:00.123456Z',
      '2026-03-02T10:00Z',
      '2026-03-02T10:00:00z',
      '2026-03-02t10:00:00Z',
      '2026-03-02 10:00:00Z',
      '2026-03-02T10:00:00+08:00',
      '2026-03-02T10:00:00',
      '2026-03-02',
      '0999-03-02T10:00:00Z',
      '0099-03-02T10:00:00Z',
      '0000-01-01T00:00:00Z',
      '9999-12-31T23:59:59.999Z',
      '+012026-03-02T10:00:00Z',
      '２０２６-03-02T10:00:00Z',
      '2026-0a-02T10:00:00Z',
      '2026-03-02T1a:00:00Z',
      '2026-03-02T10:00:00.1a3Z',
      'Mar 2, 2026',
      '',
      'x',
    ];
    for (const s of strings) expect(parseIsoDate(s), s).toBe(Date.parse(s));
  });

  it('on 100,000 random times written both ways, and on each with one character changed', () => {
    const { next } = rng(1818);
    const chars = '0123456789-:.TZ x';
    for (let i = 0; i < 100_000; i++) {
      const t = Math.floor(next() * LAST_FOUR_DIGIT_YEAR);
      const full = new Date(t).toISOString();
      for (const s of [full, `${full.slice(0, 19)}Z`]) {
        const at = Math.floor(next() * s.length);
        const changed = s.slice(0, at) + chars[Math.floor(next() * chars.length)] + s.slice(at + 1);
        for (const u of [s, changed]) if (!Object.is(parseIsoDate(u), Date.parse(u))) expect(parseIsoDate(u), u).toBe(Date.parse(u));
      }
    }
  });
});
