/**
 * Issue 13: the classes of orders off the main path, each checked as a class (grids of orders,
 * marketplaces and times) and at the time boundaries just before and just after each timer.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, type OrderSnapshot, type Verdict } from '../../../src/rules';
import { messagesFor } from '../../../src/templates/render';
import { snap } from './scenarios';

const at = (iso: string) => new Date(iso);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const texts = (v: Verdict): string[] => [v.headline.en, ...v.steps.map((s) => s.en), ...(v.reason ? [v.reason.en] : [])];
const ids = (v: Verdict): string[] => v.consequences.map((c) => c.id);
const AMAZON_MARKETPLACES = [
  'amazon.com',
  'amazon.de',
  'amazon.co.uk',
  'amazon.in',
  'amazon.ae',
  'amazon.sa',
  'amazon.eg',
  'amazon.co.jp',
  'amazon.com.br',
];

describe('class 1: a computed date never beats the page', () => {
  const shipBy = '2026-03-02T00:00:00Z'; // a Monday; + 7 business days = 2026-03-11
  const order = snap({ shipBy, orderedAt: '2026-02-27T08:00:00Z' });

  it('just before the estimate: an ordinary seller cancellation, the deadline labelled estimated', () => {
    const v = evaluate(order, { now: at('2026-03-10T23:59:00Z') });
    expect(v.ruleId).toBe('amazon.unshipped.mfn.seller-cancel');
    const d = v.deadlines.find((x) => x.id === 'auto-cancel');
    expect(d).toMatchObject({ from: 'computed', confidence: 'estimate', at: '2026-03-11T00:00:00.000Z' });
    expect(d?.text.en).toMatch(/Estimated/);
    expect(d?.text.zh).toMatch(/估算/);
  });

  it('just after the estimate: still yours to ship or cancel — never "do not ship", never "it is over"', () => {
    const v = evaluate(order, { now: at('2026-03-11T00:01:00Z') });
    expect(v.ruleId).toBe('amazon.unshipped.mfn.auto-cancel-estimate-passed');
    expect(v.action).toBe('cancel');
    expect(v.actor).toBe('you');
    for (const line of texts(v)) expect(line).not.toMatch(/do not ship|not ship it now|is over|no longer changes/i);
    expect(v.reason?.en).toMatch(/estimate/i);
  });

  it('a buyer request wins over an estimated auto-cancel: cancel with Buyer Canceled, no rate impact', () => {
    const v = evaluate({ ...order, cancelRequested: true }, { now: at('2026-03-20T00:00:00Z') });
    expect(v.ruleId).toBe('amazon.unshipped.mfn.buyer-requested');
    expect(ids(v)).toContain('no-metric-impact');
    expect(ids(v)).not.toContain('counts-toward-cancellation-rate');
    expect(v.steps.some((s) => s.en.includes('Buyer Canceled'))).toBe(true);
  });

  it('a buyer request wins over a page date that has passed too, while the page shows the order open', () => {
    const v = evaluate(snap({ cancelRequested: true, autoCancelAt: '2026-03-01T00:00:00Z' }), { now: at('2026-03-03T12:00:00Z') });
    expect(v.ruleId).toBe('amazon.unshipped.mfn.buyer-requested');
  });

  it('the page date: just before → seller cancel; just after → Amazon cancels (a page fact)', () => {
    const o = snap({ shipBy: '2026-02-01T00:00:00Z', autoCancelAt: '2026-03-05T00:00:00Z' });
    expect(evaluate(o, { now: at('2026-03-04T23:59:00Z') }).ruleId).toBe('amazon.unshipped.mfn.seller-cancel');
    const after = evaluate(o, { now: at('2026-03-05T00:01:00Z') });
    expect(after.ruleId).toBe('amazon.unshipped.mfn.auto-cancel-passed');
    expect(after.deadlines[0]).toMatchObject({ from: 'page', confidence: 'policy-page' });
  });

  it('across marketplaces, days and requests: without a page date no verdict tells the seller to stop or wait', () => {
    const bad: string[] = [];
    for (const marketplace of AMAZON_MARKETPLACES)
      for (const cancelRequested of [false, true])
        for (let day = -2; day <= 30; day++) {
          const now = new Date(Date.parse(shipBy) + day * DAY + 7 * HOUR);
          const v = evaluate(snap({ marketplace, cancelRequested, shipBy, orderedAt: '2026-02-27T08:00:00Z' }), { now });
          const stopped =
            v.action === 'wait' || v.action === 'none' || texts(v).some((l) => /do not ship|not ship it now|is over/i.test(l));
          if (stopped) bad.push(`${marketplace} request=${cancelRequested} day=${day}: ${v.ruleId}`);
          for (const d of v.deadlines.filter((x) => x.from === 'computed')) expect(d.confidence).not.toBe('policy-page');
        }
    expect(bad).toEqual([]);
  });
});

describe('class 1 on AliExpress: only the page countdown ends the order', () => {
  const now = at('2026-03-10T12:00:00Z');
  it('a computed 48 h response window that has passed leaves the request open to answer; the page countdown closes it', () => {
    const o = snap({ platform: 'aliexpress', cancelRequested: true, cancelRequestedAt: '2026-03-05T12:00:00Z' });
    const v = evaluate(o, { now });
    expect(v.ruleId).toBe('aliexpress.seller.cancel-requested');
    expect(v.deadlines[0]).toMatchObject({ from: 'computed', confidence: 'estimate' });
    expect(evaluate({ ...o, deadlineAt: '2026-03-10T11:59:00Z' }, { now }).ruleId).toBe('aliexpress.seller.cancel-requested.timer-passed');
    expect(evaluate({ ...o, deadlineAt: '2026-03-10T12:01:00Z' }, { now }).ruleId).toBe('aliexpress.seller.cancel-requested');
    const buyer = { ...o, perspective: 'buyer' as const };
    expect(evaluate(buyer, { now }).ruleId).toBe('aliexpress.buyer.cancel-requested');
  });
  it('a computed 20-day pay timer never says the timer has run out', () => {
    const v = evaluate(snap({ platform: 'aliexpress', stage: 'awaiting-payment', orderedAt: '2026-02-01T00:00:00Z' }), { now });
    expect(v.ruleId).toBe('aliexpress.seller.awaiting-payment');
    expect(v.headline.en).not.toMatch(/has run out/);
    expect(v.deadlines[0]).toMatchObject({ id: 'pay-timeout', from: 'computed', confidence: 'estimate' });
  });
});

describe('class 2: marketplaces that differ', () => {
  const ordered = '2026-03-03T12:00:00Z';

  it('Amazon.in: the cancellation fee and the 2 % target in every minute of the order, self-cancel window included', () => {
    for (const minutes of [0, 5, 29, 31, 120, 60 * 48]) {
      const v = evaluate(snap({ marketplace: 'amazon.in', orderedAt: ordered }), { now: new Date(Date.parse(ordered) + minutes * MINUTE) });
      expect(v.action, `${minutes} min`).toBe('cancel');
      expect(ids(v), `${minutes} min`).toContain('india-cancellation-fee');
      expect(v.consequences.find((c) => c.id === 'counts-toward-cancellation-rate')?.text.en, `${minutes} min`).toContain('below 2 %');
    }
  });

  it('Amazon.in: auto-cancel estimated at the ship date + 24 hours, checked just before and after', () => {
    const o = snap({ marketplace: 'amazon.in', shipBy: '2026-03-06T18:30:00Z', orderedAt: '2026-03-04T08:00:00Z' }); // a Friday
    const before = evaluate(o, { now: at('2026-03-07T18:29:00Z') });
    expect(before.deadlines.find((d) => d.id === 'auto-cancel')).toMatchObject({ at: '2026-03-07T18:30:00.000Z', from: 'computed' });
    expect(before.ruleId).toBe('amazon.unshipped.mfn.india');
    expect(evaluate(o, { now: at('2026-03-07T18:31:00Z') }).ruleId).toBe('amazon.unshipped.mfn.auto-cancel-estimate-passed');
  });

  it('Amazon.ae: auto-cancel estimated one working day after the ship date (Friday → Monday), as an estimate', () => {
    const v = evaluate(snap({ marketplace: 'amazon.ae', shipBy: '2026-03-06T20:00:00Z', orderedAt: '2026-03-04T08:00:00Z' }), {
      now: at('2026-03-05T12:00:00Z'),
    });
    expect(v.deadlines.find((d) => d.id === 'auto-cancel')).toMatchObject({ at: '2026-03-09T20:00:00.000Z', confidence: 'estimate' });
  });

  it('Saudi Arabia, UAE and Egypt: a seller cancellation may cost a fee; a buyer-requested one does not', () => {
    for (const marketplace of ['amazon.sa', 'amazon.ae', 'amazon.eg']) {
      const seller = evaluate(snap({ marketplace, orderedAt: '2026-03-01T08:00:00Z' }), { now: at(ordered) });
      expect(ids(seller), marketplace).toContain('cancellation-fee');
      const buyer = evaluate(snap({ marketplace, cancelRequested: true, orderedAt: '2026-03-01T08:00:00Z' }), { now: at(ordered) });
      expect(ids(buyer), marketplace).not.toContain('cancellation-fee');
    }
    const ae = evaluate(snap({ marketplace: 'amazon.ae', orderedAt: '2026-03-01T08:00:00Z' }), { now: at(ordered) });
    expect(ae.consequences.find((c) => c.id === 'cancellation-fee')?.text.en).toMatch(/estimate/);
    const us = evaluate(snap({ marketplace: 'amazon.com', orderedAt: '2026-03-01T08:00:00Z' }), { now: at(ordered) });
    expect(ids(us)).not.toContain('cancellation-fee');
  });

  it('Japan: the buyer can self-cancel for 5 minutes (just before / just after), and Pending orders can be cancelled', () => {
    const o = snap({ marketplace: 'amazon.co.jp', orderedAt: ordered });
    const before = evaluate(o, { now: at('2026-03-03T12:04:59Z') });
    expect(before.ruleId).toBe('amazon.unshipped.mfn.buyer-self-cancel-window');
    expect(before.deadlines.find((d) => d.id === 'buyer-self-cancel-window')?.at).toBe('2026-03-03T12:05:00.000Z');
    expect(evaluate(o, { now: at('2026-03-03T12:05:01Z') }).ruleId).toBe('amazon.unshipped.mfn.seller-cancel');
    expect(evaluate(snap({ marketplace: 'amazon.co.jp', stage: 'awaiting-payment' }), { now: at(ordered) }).action).toBe('cancel');
  });

  it('the buyer self-cancel window is a setting: a seller’s 2-hour Buyer Auto-Cancellation Window is honoured', () => {
    const o = snap({ marketplace: 'amazon.com', orderedAt: ordered });
    const settings = { amazonBuyerSelfCancelMinutes: 120 };
    expect(evaluate(o, { now: at('2026-03-03T13:59:00Z'), settings }).ruleId).toBe('amazon.unshipped.mfn.buyer-self-cancel-window');
    expect(evaluate(o, { now: at('2026-03-03T14:01:00Z'), settings }).ruleId).toBe('amazon.unshipped.mfn.seller-cancel');
    // A setting the seller chose wins over the marketplace's own figure too.
    const jp = evaluate(snap({ marketplace: 'amazon.co.jp', orderedAt: ordered }), { now: at('2026-03-03T13:00:00Z'), settings });
    expect(jp.ruleId).toBe('amazon.unshipped.mfn.buyer-self-cancel-window');
  });

  it('Seller Fulfilled Prime: the stricter 0.5 % ceiling is stated on every seller cancellation', () => {
    for (const marketplace of ['amazon.com', 'amazon.de', 'amazon.in']) {
      const v = evaluate(snap({ marketplace, programs: ['prime'], orderedAt: '2026-03-01T08:00:00Z' }), { now: at(ordered) });
      expect(v.consequences.find((c) => c.id === 'prime-cancellation-rate')?.text.en, marketplace).toContain('0.5 %');
    }
    const plain = evaluate(snap({ orderedAt: '2026-03-01T08:00:00Z' }), { now: at(ordered) });
    expect(ids(plain)).not.toContain('prime-cancellation-rate');
  });

  it('every marketplace figure names its source and confidence', () => {
    const v = evaluate(snap({ marketplace: 'amazon.in', orderedAt: '2026-03-01T08:00:00Z', shipBy: '2026-03-05T00:00:00Z' }), {
      now: at(ordered),
    });
    for (const s of v.sources) expect(s.confidence, s.id).toMatch(/^(policy-page|secondary|estimate)$/);
    for (const d of v.deadlines) expect(d.confidence, d.id).toBeDefined();
  });
});

describe('class 3: ended orders branch on why they ended', () => {
  const now = at('2026-03-03T12:00:00Z');
  const ae = (p: Partial<OrderSnapshot>) => snap({ platform: 'aliexpress', stage: 'closed', ...p });
  const rendered = (o: OrderSnapshot) => messagesFor(evaluate(o, { now }).templates, o).map((m) => m.text);

  it('never paid (seller): nothing to refund, no penalty, and the message does not promise a refund', () => {
    for (const endReason of ['buyer_pay_timeout', 'buyer_cancel_notpay_order', 'pay_timeout']) {
      const v = evaluate(ae({ endReason }), { now });
      expect(v.ruleId, endReason).toBe('aliexpress.seller.ended.never-paid');
      expect(ids(v)).not.toContain('refund-to-buyer');
      expect(v.followUps.map((f) => f.id)).not.toContain('check-refund');
    }
  });

  it('never paid (dropshipper): order again, not "cancel the customer’s order", and no refund to check', () => {
    const o = ae({ perspective: 'buyer', endReason: 'buyer_pay_timeout' });
    const v = evaluate(o, { now });
    expect(v.followUps[0]?.id).toBe('order-again');
    expect(ids(v)).not.toContain('refund-to-buyer');
    expect(v.templates).toEqual(['aliexpress.buyer.reorder-after-unpaid-close']);
  });

  it('not shipped in time or a lost dispute: a non-fulfillment penalty, the buyer refunded — never "nothing was charged"', () => {
    for (const [endReason, stage] of [
      ['seller_send_goods_timeout', 'closed'],
      ['send_goods_timeout', 'completed'],
      ['seller_response_issue_timeout', 'closed'],
    ] as const) {
      const o = ae({ endReason, stage });
      const v = evaluate(o, { now });
      expect(v.ruleId, endReason).toBe('aliexpress.seller.ended.seller-fault');
      expect(v.outcome).toBe('closed');
      expect(ids(v)).toContain('non-fulfillment-risk');
      expect(v.headline.en).not.toMatch(/only follow-ups/i);
      for (const text of rendered(o)) expect(text).not.toMatch(/not been charged|nothing was charged|no (?:payment|charge) was/i);
    }
  });

  it('closed for a reason not shown: the messages hold whether the buyer paid or not', () => {
    for (const platform of ['aliexpress', '1688'] as const) {
      const o = snap({ platform, stage: 'closed' });
      for (const text of rendered(o)) expect(text, platform).not.toMatch(/not been charged|nothing was charged|没有付款|未付款/);
    }
  });

  it('the supplier did not ship (dropshipper): the refund comes back, then order elsewhere or cancel the customer’s order', () => {
    const v = evaluate(ae({ perspective: 'buyer', endReason: 'seller_send_goods_timeout' }), { now });
    expect(ids(v)).toContain('refund-to-buyer');
    expect(v.followUps.map((f) => f.id)).toEqual(expect.arrayContaining(['check-refund', 'order-again']));
  });
});

describe('class 4: Fulfilled by Amazon after shipment', () => {
  it('Amazon handles the return and the refund; the seller is never told to refund', () => {
    for (const stage of ['shipped', 'delivered', 'completed'] as const) {
      const v = evaluate(snap({ stage, fulfilledBy: 'platform' }), { now: at('2026-03-03T12:00:00Z') });
      expect(v.actor, stage).toBe('platform');
      expect(ids(v)).toContain('amazon-handles-return');
      for (const line of texts(v)) expect(line).not.toMatch(/issue the refund|Refund order|Manage Returns/i);
    }
    // Seller-fulfilled orders are still refunded by the seller.
    expect(evaluate(snap({ stage: 'shipped' }), { now: at('2026-03-03T12:00:00Z') }).ruleId).toBe('amazon.shipped');
  });
});

describe('class 5: partial orders', () => {
  const now = at('2026-03-03T12:00:00Z');
  it('an unshipped order can cancel only some items, and item cancellations count', () => {
    const v = evaluate(snap({ itemCount: 3, orderedAt: '2026-03-01T08:00:00Z' }), { now });
    expect(v.steps.some((s) => s.en.includes('Cancel items'))).toBe(true);
    expect(ids(v)).toContain('item-cancellations-count');
  });
  it('partly shipped: the help page’s refund path, with its rate effect (a refund, not a cancellation)', () => {
    const v = evaluate(snap({ stage: 'partially-shipped', itemCount: 2 }), { now });
    expect(v.action).toBe('refund');
    expect(ids(v)).toEqual(expect.arrayContaining(['refund-after-ship-confirmation', 'refund-to-buyer']));
    expect(ids(v)).not.toContain('partial-cancel-metric-unverified');
    expect(v.steps.some((s) => /No inventory/.test(s.en) && /Customer cancel/.test(s.en))).toBe(true);
  });
});

describe('class 6: 1688 on both sides', () => {
  const now = at('2026-03-10T12:00:00Z');
  it('automatic receipt confirmation after shipment: estimated from the ship date, the page countdown wins', () => {
    const o = snap({ platform: '1688', perspective: 'buyer', stage: 'shipped', shippedAt: '2026-03-01T12:00:00Z' });
    const d = evaluate(o, { now }).deadlines.find((x) => x.id === 'auto-confirm-receipt');
    expect(d).toMatchObject({ at: '2026-03-11T12:00:00.000Z', from: 'computed', confidence: 'estimate' });
    expect(d?.text.en).toMatch(/Estimated/);
    const page = evaluate({ ...o, deadlineAt: '2026-03-12T00:00:00Z' }, { now }).deadlines.find((x) => x.id === 'auto-confirm-receipt');
    expect(page).toMatchObject({ from: 'page', at: '2026-03-12T00:00:00.000Z' });
  });
  it('refund on an unshipped order: auto-agree estimated 48 h after the request; the supplier’s side says the same', () => {
    const buyer = snap({ platform: '1688', perspective: 'buyer', refundInProgress: true, refundRequestedAt: '2026-03-08T12:00:00Z' });
    expect(evaluate(buyer, { now }).deadlines.find((d) => d.id === 'refund-auto-agree')?.at).toBe('2026-03-10T12:00:00.000Z');
    const seller = evaluate({ ...buyer, perspective: 'seller' }, { now: at('2026-03-10T11:59:00Z') });
    expect(seller.action).toBe('respond');
    expect(seller.deadlines.find((d) => d.id === 'refund-auto-agree')).toMatchObject({ confidence: 'estimate' });
  });
  it('已支付未到账: wait, never close or pay again, on both sides', () => {
    for (const perspective of ['buyer', 'seller'] as const) {
      const v = evaluate(snap({ platform: '1688', perspective, stage: 'awaiting-payment', nativeStatus: '已支付未到账' }), { now });
      expect(v.action, perspective).toBe('wait');
    }
  });
  it('a seller asked for a refund only after shipping is warned and gets no out-of-stock message', () => {
    for (const refundRequestKind of ['refund-only', undefined] as const) {
      const v = evaluate(snap({ platform: '1688', stage: 'shipped', refundInProgress: true, refundRequestKind }), { now });
      expect(ids(v), String(refundRequestKind)).toContain('refund-only-loses-goods');
      expect(v.templates).not.toContain('1688.seller.out-of-stock-refund');
    }
  });
  it('the buyer’s return goes in order: apply for 退货退款, the supplier agrees, then the address, then ship back', () => {
    const steps = evaluate(snap({ platform: '1688', perspective: 'buyer', stage: 'delivered' }), { now }).steps.map((s) => s.zh);
    const apply = steps.findIndex((s) => s.includes('申请退款') && s.includes('退货退款'));
    const address = steps.findIndex((s) => s.includes('退货地址'));
    const ship = steps.findIndex((s) => s.includes('寄回货物'));
    expect(apply).toBeGreaterThanOrEqual(0);
    expect(apply).toBeLessThan(address);
    expect(address).toBeLessThan(ship);
  });
});

describe('class 7: Shopify', () => {
  const now = at('2026-03-03T12:00:00Z');
  it('card processing fees are not returned on a cancel or a refund of a captured payment', () => {
    for (const stage of ['awaiting-shipment', 'shipped'] as const)
      expect(ids(evaluate(snap({ platform: 'shopify', stage }), { now }))).toContain('processing-fees-not-returned');
  });
  it('an authorized, uncaptured payment is voided, not refunded', () => {
    const v = evaluate(snap({ platform: 'shopify', paymentStatus: 'authorized' }), { now });
    expect(ids(v)).toContain('authorization-voided');
    expect(ids(v)).not.toContain('refund-to-buyer');
    expect(v.templates).toEqual(['shopify.order-canceled-authorization-voided']);
  });
  it('a return in progress and a partially paid order get their own rows', () => {
    expect(evaluate(snap({ platform: 'shopify', stage: 'awaiting-shipment', returnInProgress: true }), { now }).ruleId).toBe(
      'shopify.return-in-progress',
    );
    expect(evaluate(snap({ platform: 'shopify', paymentStatus: 'partially-paid' }), { now }).ruleId).toBe(
      'shopify.unfulfilled.partially-paid',
    );
  });
});

describe('class 8: Amazon odds and ends', () => {
  const now = at('2026-03-03T12:00:00Z');
  it('a pre-order (Pending availability) is not Pending-for-payment: no 21-day cancellation, no "payment never completes"', () => {
    for (const o of [
      snap({ stage: 'awaiting-payment', nativeStatus: 'Pending Availability' }),
      snap({ stage: 'awaiting-payment', programs: ['preorder'] }),
    ]) {
      const v = evaluate(o, { now });
      expect(v.ruleId).toBe('amazon.preorder.pending-availability');
      expect(v.deadlines.some((d) => d.id === 'auto-cancel')).toBe(false);
      expect(v.headline.en).not.toMatch(/payment never completes/);
    }
  });
  it('a business order says that no separate rule was found, instead of staying silent', () => {
    for (const cancelRequested of [false, true]) {
      const v = evaluate(snap({ programs: ['business'], cancelRequested, orderedAt: '2026-03-01T00:00:00Z' }), { now });
      expect(v.consequences.find((c) => c.id === 'business-order')?.text.en, String(cancelRequested)).toMatch(
        /no separate cancellation rule/,
      );
    }
    expect(ids(evaluate(snap({ orderedAt: '2026-03-01T00:00:00Z' }), { now }))).not.toContain('business-order');
  });

  it('Easy Ship with the pickup scheduled counts as shipped, whatever else is true', () => {
    for (const p of [{}, { cancelRequested: true }, { orderedAt: '2026-03-03T11:55:00Z' }, { marketplace: 'amazon.in' }]) {
      const v = evaluate(snap({ pickupScheduled: true, programs: ['easy-ship'], ...p }), { now });
      expect(v.ruleId, JSON.stringify(p)).toBe('amazon.unshipped.easy-ship.pickup-scheduled');
      expect(v.action).toBe('return-and-refund');
    }
    expect(evaluate(snap({ programs: ['easy-ship'], pickupScheduled: false, orderedAt: '2026-03-01T00:00:00Z' }), { now }).action).toBe(
      'cancel',
    );
  });
  it('address undeliverable: cancel and the buyer reorders; the message never collects a new address', () => {
    const v = evaluate(snap({ orderedAt: '2026-03-01T00:00:00Z' }), { now });
    expect(v.steps.some((s) => /new order with the right address/.test(s.en))).toBe(true);
    for (const m of messagesFor(['amazon.address-undeliverable'], snap({}))) {
      expect(m.text, m.language).not.toMatch(/reply|antworten|répondre|responda|risponda|返信/i);
    }
  });
  it('a buyer who asked by message is told how to request it; the out-of-stock verdict never offers that message', () => {
    const asked = evaluate(snap({ buyerAskedByMessage: true, orderedAt: '2026-03-01T00:00:00Z' }), { now });
    expect(asked.templates).toEqual(['amazon.use-request-cancellation']);
    expect(ids(asked)).toContain('message-cancel-counts');
    // Past our estimate of the auto-cancel date too: the no-rate path is still the answer while the page shows it open.
    const late = evaluate(snap({ buyerAskedByMessage: true, shipBy: '2026-02-01T00:00:00Z', orderedAt: '2026-01-30T00:00:00Z' }), { now });
    expect(late.ruleId).toBe('amazon.unshipped.mfn.buyer-asked-by-message');
    for (const marketplace of AMAZON_MARKETPLACES) {
      const v = evaluate(snap({ marketplace, orderedAt: '2026-03-01T00:00:00Z' }), { now });
      expect(v.templates, marketplace).not.toContain('amazon.use-request-cancellation');
    }
  });
});
