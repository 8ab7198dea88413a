import { describe, expect, it } from 'vitest';
import { evaluate, type OrderSnapshot } from '../../../src/rules';
import { renderRulesDoc } from '../../../src/rules/doc';
import { readFileSync } from 'node:fs';
import { snap } from './scenarios';

const at = (iso: string) => new Date(iso);

describe('time boundaries', () => {
  const order = snap({ orderedAt: '2026-03-03T12:00:00Z' });
  it('29 minutes after purchase: buyer can still self-cancel, with a deadline', () => {
    const v = evaluate(order, { now: at('2026-03-03T12:29:00Z') });
    expect(v.ruleId).toBe('amazon.unshipped.mfn.buyer-self-cancel-window');
    expect(v.deadlines.find((d) => d.id === 'buyer-self-cancel-window')?.at).toBe('2026-03-03T12:30:00.000Z');
  });
  it('31 minutes after purchase: only the seller can cancel', () => {
    const v = evaluate(order, { now: at('2026-03-03T12:31:00Z') });
    expect(v.ruleId).toBe('amazon.unshipped.mfn.seller-cancel');
    expect(v.deadlines.some((d) => d.id === 'buyer-self-cancel-window')).toBe(false);
    expect(v.consequences.map((c) => c.id)).toContain('counts-toward-cancellation-rate');
  });
  it('a page auto-cancel date wins over the computed one; just ahead vs just passed', () => {
    const o = snap({ shipBy: '2026-03-01T00:00:00Z', autoCancelAt: '2026-03-05T00:00:00Z' });
    const ahead = evaluate(o, { now: at('2026-03-04T23:59:00Z') });
    expect(ahead.ruleId).toBe('amazon.unshipped.mfn.seller-cancel');
    expect(ahead.deadlines.find((d) => d.id === 'auto-cancel')).toMatchObject({ from: 'page', at: '2026-03-05T00:00:00.000Z' });
    expect(evaluate(o, { now: at('2026-03-05T00:01:00Z') }).ruleId).toBe('amazon.unshipped.mfn.auto-cancel-passed');
  });
  it('computes auto-cancel as ship-by + 7 business days without a page date, and settings override it', () => {
    const o = snap({ shipBy: '2026-03-02T00:00:00Z' }); // Monday
    const d = evaluate(o, { now: at('2026-03-02T10:00:00Z') }).deadlines.find((x) => x.id === 'auto-cancel');
    expect(d).toMatchObject({ from: 'computed', at: '2026-03-11T00:00:00.000Z' });
    const d2 = evaluate(o, { now: at('2026-03-02T10:00:00Z'), settings: { amazonAutoCancelDaysAfterShipBy: 1 } }).deadlines.find(
      (x) => x.id === 'auto-cancel',
    );
    expect(d2?.at).toBe('2026-03-03T00:00:00.000Z');
  });
  it('AliExpress response window: page countdown wins over 48 h', () => {
    const o = snap({
      platform: 'aliexpress',
      cancelRequested: true,
      cancelRequestedAt: '2026-03-03T00:00:00Z',
      deadlineAt: '2026-03-04T06:00:00Z',
    });
    const v = evaluate(o, { now: at('2026-03-03T12:00:00Z') });
    expect(v.action).toBe('respond');
    expect(v.deadlines[0]).toMatchObject({ id: 'response-window', from: 'page' });
    const { deadlineAt: _drop, ...noPage } = o;
    expect(evaluate(noPage as OrderSnapshot, { now: at('2026-03-03T12:00:00Z') }).deadlines[0]).toMatchObject({
      from: 'computed',
      at: '2026-03-05T00:00:00.000Z',
    });
  });
});

describe('unknown and malformed input never throws', () => {
  const bad: unknown[] = [
    null,
    {},
    snap({ platform: 'ebay' as never }),
    snap({ stage: 'unknown' }),
    snap({ stage: 'weird' as never }),
    snap({ orderId: '' }),
    snap({ orderedAt: 'not a date' }),
    snap({ autoCancelAt: 'NaN' }),
    snap({ orderedAt: '2026-03-10T00:00:00Z' }),
    snap({ perspective: 'robot' as never }),
    snap({ platform: 'amazon', perspective: 'buyer' }),
    // Who fulfils an open Amazon order decides who can cancel it: not read → never a guess.
    snap({ fulfilledBy: undefined }),
    snap({ stage: 'awaiting-payment', fulfilledBy: undefined }),
  ];
  it.each(bad.map((b, i) => [i, b]))('case %i → unknown with a reason', (_i, order) => {
    const v = evaluate(order as OrderSnapshot, { now: at('2026-03-03T12:00:00Z') });
    expect(v.action).toBe('unknown');
    expect(v.outcome).toBeNull();
    expect(v.actor).toBe('you');
    expect(v.reason?.en).toBeTruthy();
    expect(v.reason?.zh).toBeTruthy();
    expect(v.headline.en).toMatch(/popup/);
  });
  it('an invalid now or context is unknown, not an exception', () => {
    expect(evaluate(snap({}), { now: new Date('x') }).action).toBe('unknown');
    expect(evaluate(snap({}), undefined as never).action).toBe('unknown');
  });
  it('an order dated a few hours ahead (time zones) is still judged', () => {
    expect(evaluate(snap({ orderedAt: '2026-03-03T20:00:00Z' }), { now: at('2026-03-03T12:00:00Z') }).action).toBe('cancel');
  });
});

describe('unseen scenarios from the seeds', () => {
  const now = at('2026-03-03T12:00:00Z');
  it('seed 002: buyer asked to cancel on Amazon after 30 minutes → cancel with Buyer Canceled, no metric impact', () => {
    const v = evaluate(snap({ cancelRequested: true, orderedAt: '2026-03-03T09:00:00Z', marketplace: 'amazon.de' }), { now });
    expect(v.action).toBe('cancel');
    expect(v.steps.some((s) => s.en.includes('Buyer Canceled'))).toBe(true);
    expect(v.consequences.map((c) => c.id)).toEqual(expect.arrayContaining(['no-metric-impact', 'buyer-not-charged']));
  });
  it('seed 004: dropshipper paid, supplier has not shipped → request cancel, refund 3–15 working days, then Shopify', () => {
    const v = evaluate(snap({ platform: 'aliexpress', perspective: 'buyer' }), { now });
    expect(v.action).toBe('request-cancel');
    expect(v.consequences.find((c) => c.id === 'refund-to-buyer')?.etaDays).toEqual({ min: 3, max: 15, working: true });
    expect(v.followUps.map((f) => f.id)).toContain('then-cancel-on-shopify');
  });
  it('seed 001: 1688 order closed for lack of stock → adjust inventory follow-up', () => {
    const v = evaluate(snap({ platform: '1688', stage: 'canceled', endReason: 'sellerGoodsLack' }), { now });
    expect(v.followUps.map((f) => f.id)).toContain('adjust-inventory');
    expect(v.outcomeNote).toBeDefined();
  });
  it('seed 000: AliExpress FINISH with a cancel-type end reason is closed, not completed', () => {
    const v = evaluate(snap({ platform: 'aliexpress', stage: 'completed', endReason: 'seller_send_goods_timeout' }), { now });
    expect(v.outcome).toBe('closed');
  });
  it('Shopify fulfilled order is refunded, never cancelled', () => {
    expect(evaluate(snap({ platform: 'shopify', stage: 'shipped' }), { now }).action).toBe('refund');
  });
});

describe('docs', () => {
  it('docs/rules.md matches the rules (run npx tsx scripts/rules-doc.ts)', () => {
    expect(readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8')).toBe(renderRulesDoc());
  });
});
