import { describe, expect, it } from 'vitest';
import { formatCountdown, formatDateTime } from '../../../src/ui/format';

const now = new Date('2025-03-10T08:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);
const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;

describe('formatCountdown', () => {
  it.each([
    [2 * D + 4 * H + 59 * MIN, 'in 2 d 4 h'],
    [3 * D, 'in 3 d'],
    [5 * H + 30 * MIN, 'in 5 h 30 min'],
    [1 * H, 'in 1 h'],
    [45 * MIN + 59_000, 'in 45 min'],
    [-3 * H, '3 h ago'],
    [-(1 * D + 2 * H), '1 d 2 h ago'],
    [30_000, 'now'],
    [-30_000, 'now'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatCountdown(at(ms), now, 'en')).toBe(text);
  });

  it('accepts ISO strings and speaks Chinese', () => {
    expect(formatCountdown('2025-03-12T12:00:00Z', now, 'zh')).toBe('2 天 4 小时后');
    expect(formatCountdown('2025-03-10T05:00:00Z', now, 'zh')).toBe('3 小时前');
  });

  it('says so when the date cannot be read instead of inventing one', () => {
    expect(formatCountdown('not a date', now, 'en')).toBe('unknown time');
    expect(formatDateTime('not a date', 'zh')).toBe('时间未知');
  });
});

describe('formatDateTime', () => {
  it('formats the exact moment in the interface language', () => {
    const en = formatDateTime('2025-03-12T12:00:00Z', 'en');
    const zh = formatDateTime('2025-03-12T12:00:00Z', 'zh');
    expect(en).toContain('2025');
    expect(en).toMatch(/Mar/);
    expect(zh).toContain('2025年3月');
  });
});
