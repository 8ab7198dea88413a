import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/rules';
import { labelledCountdown, needsAction, rowVerdict, verdictTone } from '../../../src/ui/row';
import { NOW, sampleSnapshot, sampleVerdict } from './sample';

describe('a row’s few words', () => {
  it('tells a buyer-requested cancel (no rate impact) from one that counts toward the rate, in words and colour', () => {
    const now = new Date('2025-03-09T12:00:00Z');
    const asked = sampleSnapshot({ cancelRequested: true });
    const plain = sampleSnapshot();
    const askedVerdict = evaluate(asked, { now });
    const plainVerdict = evaluate(plain, { now });
    expect(askedVerdict.action).toBe('cancel');
    expect(plainVerdict.action).toBe('cancel');
    expect(rowVerdict(askedVerdict, asked, 'en')).toBe('Buyer asked — no rate impact');
    expect(rowVerdict(plainVerdict, plain, 'en')).toBe('Cancel — counts toward your rate');
    expect(rowVerdict(plainVerdict, plain, 'zh')).toBe('可取消 — 计入取消率');
    // Green only for the cancel that costs nothing.
    expect(verdictTone(askedVerdict)).toBe('go');
    expect(verdictTone(plainVerdict)).toBe('cost');
  });

  it('is written for the row, never the headline cut short', () => {
    const v = sampleVerdict();
    expect(rowVerdict(v, sampleSnapshot(), 'en')).not.toContain(v.headline.en.slice(0, 10));
    expect(
      rowVerdict(
        { ...v, action: 'request-cancel', actor: 'other-party' },
        sampleSnapshot({ platform: 'aliexpress', perspective: 'buyer' }),
        'en',
      ),
    ).toBe('Ask the supplier to cancel');
    expect(rowVerdict({ ...v, action: 'wait' }, sampleSnapshot({ cancelRequested: true }), 'en')).toBe(
      'Request sent — wait for the answer',
    );
  });

  it('counts down with the deadline’s name, the rule’s sentence as the tooltip', () => {
    const d = sampleVerdict().deadlines[1]!;
    expect(labelledCountdown(d, NOW, 'en')).toEqual({ text: 'Ship by: in 2 d 4 h', title: 'Ship by' });
    expect(labelledCountdown({ ...d, id: 'auto-cancel' }, NOW, 'zh').text).toBe('自动取消：2 天 4 小时后');
  });

  it('needs nothing while waiting or ended', () => {
    expect(needsAction({ action: 'wait' })).toBe(false);
    expect(needsAction({ action: 'none' })).toBe(false);
    expect(needsAction({ action: 'unknown' })).toBe(true);
    expect(needsAction({ action: 'respond' })).toBe(true);
  });
});
