/**
 * The wording step (src/rules/wording.ts) over every verdict of every scenario, moved to every page
 * its row can match: the marketplace's spelling, the page's side, the person's store platform.
 */
import { describe, expect, it } from 'vitest';
import { ALL_RULES, evaluate, type OrderSnapshot, type StorePlatform, type Verdict } from '../../../src/rules';
import { respell, spellingFor } from '../../../src/rules/wording';
import { NOW, SCENARIOS, snap } from './scenarios';
import { EVERY_PAGE } from './pages';

const PAGES = EVERY_PAGE;

/** Each scenario on every page its row can match (the shared rows reach every platform and side). */
const variants: OrderSnapshot[] = SCENARIOS.flatMap(({ expect: id, order }) => {
  const rule = ALL_RULES.find((r) => r.id === id);
  if (!rule) return [order];
  return PAGES.filter(
    (p) =>
      (rule.when.platform === 'any' || rule.when.platform === p.platform) &&
      (rule.when.perspective === undefined || rule.when.perspective === p.perspective),
  ).map(({ platform, perspective }) => {
    const { fulfilledBy: _f, marketplace: _m, ...rest } = order;
    return snap({ ...(platform === order.platform ? order : rest), platform, perspective });
  });
});

/** Every English text a person reads in a verdict, with where it sits. */
function texts(v: Verdict): Array<{ where: string; en: string }> {
  return [
    { where: 'headline', en: v.headline.en },
    ...v.steps.map((s, i) => ({ where: `step ${i + 1}`, en: s.en })),
    ...v.consequences.map((c) => ({ where: c.id, en: c.text.en })),
    ...v.deadlines.map((d) => ({ where: d.id, en: d.text.en })),
    ...v.followUps.map((f) => ({ where: f.id, en: f.text.en })),
    ...(v.reason ? [{ where: 'reason', en: v.reason.en }] : []),
    ...(v.outcomeNote ? [{ where: 'outcome note', en: v.outcomeNote.en }] : []),
  ];
}

/** The texts of every variant matching `pattern`. */
function offending(orders: readonly OrderSnapshot[], pattern: RegExp, ctx: { store?: StorePlatform } = {}): string[] {
  const found: string[] = [];
  for (const order of orders) {
    const verdict = evaluate(order, { now: NOW, ...ctx });
    for (const { where, en } of texts(verdict)) {
      if (pattern.test(en))
        found.push(`${verdict.ruleId} on ${order.platform}/${order.perspective} ${order.marketplace ?? ''} (${where}): ${en}`);
    }
  }
  return [...new Set(found)];
}

const onMarketplace = (marketplace: string) => variants.filter((o) => o.platform === 'amazon').map((o) => ({ ...o, marketplace }));

describe('one spelling per page: the marketplace’s own', () => {
  it('respells only the verb forms, page labels included (the UK page’s reason is “Buyer Cancelled”)', () => {
    expect(respell('It was cancelled; cancelling it counts toward the Cancellation Rate.', 'american')).toBe(
      'It was canceled; canceling it counts toward the Cancellation Rate.',
    );
    expect(respell('Canceled: cancel with the reason “Buyer Canceled”.', 'british')).toBe(
      'Cancelled: cancel with the reason “Buyer Cancelled”.',
    );
    expect(respell('Cancellation requested', 'british')).toBe('Cancellation requested');
  });

  it('spells Amazon UK and India the British way; the other Amazon marketplaces (en_DE, en_JP help too), Shopify, AliExpress and 1688 the American way', () => {
    for (const m of ['amazon.com', 'amazon.ca', 'amazon.co.jp', 'amazon.de', undefined]) expect(spellingFor('amazon', m)).toBe('american');
    for (const m of ['amazon.co.uk', 'amazon.in']) expect(spellingFor('amazon', m)).toBe('british');
    for (const p of ['shopify', 'aliexpress', '1688'] as const) expect(spellingFor(p, undefined)).toBe('american');
  });

  it('no verdict on an Amazon US page says “cancelled” or “cancelling”', () => {
    const us = onMarketplace('amazon.com');
    expect(us.length).toBeGreaterThan(20);
    expect(offending(us, /\bcancell(ed|ing)\b/i)).toEqual([]);
  });

  it('no verdict on the other platforms says “cancelled” either', () => {
    expect(
      offending(
        variants.filter((o) => o.platform !== 'amazon'),
        /\bcancell(ed|ing)\b/i,
      ),
    ).toEqual([]);
  });

  it('no verdict on an amazon.co.uk page says “canceled” or “canceling”, quoted page labels included', () => {
    const uk = onMarketplace('amazon.co.uk');
    expect(offending(uk, /\bcancel(ed|ing)\b/i)).toEqual([]);
    expect(offending(uk, /“Buyer Cancelled”/).length).toBeGreaterThan(0);
    // The step really ran: UK pages do say "cancelled" somewhere.
    expect(offending(uk, /\bcancelled\b/).length).toBeGreaterThan(0);
  });
});

describe('advice fits whose page it is', () => {
  const buyerPages = variants.filter((o) => o.perspective === 'buyer');
  const sellerPages = variants.filter((o) => o.perspective === 'seller');

  it('covers both sides of AliExpress and 1688', () => {
    for (const platform of ['aliexpress', '1688'] as const)
      for (const side of [buyerPages, sellerPages]) expect(side.some((o) => o.platform === platform)).toBe(true);
  });

  it('a buyer page (a dropshipper’s supplier order) never speaks of “the buyer” as someone else, nor of seller metrics', () => {
    expect(offending(buyerPages, /\b(the|your) buyer\b|buyer page|Cancellation Rate|negative feedback|stock count/i)).toEqual([]);
  });

  it('a seller page never tells the person they are the buyer, nor speaks of their supplier (Amazon, AliExpress)', () => {
    expect(offending(sellerPages, /buyer page|(comes|goes|money) back to you/i)).toEqual([]);
    expect(
      offending(
        sellerPages.filter((o) => o.platform === 'amazon' || o.platform === 'aliexpress'),
        /\bsupplier\b|your customer/i,
      ),
    ).toEqual([]);
  });

  it('says the refund goes back to the buyer on a seller page, and to you on a buyer page', () => {
    const refundText = (order: OrderSnapshot) =>
      evaluate(order, { now: NOW }).consequences.find((c) => c.id === 'refund-to-buyer')?.text.en ?? '';
    const seller = snap({ platform: 'aliexpress', perspective: 'seller', stage: 'awaiting-shipment', cancelRequested: true });
    const buyer = snap({ platform: 'aliexpress', perspective: 'buyer', stage: 'awaiting-shipment' });
    expect(refundText(seller)).toMatch(/back to the buyer/);
    expect(refundText(buyer)).toMatch(/comes back to you/);
  });
});

describe('the dropshipper’s store platform', () => {
  const supplierOrders = variants.filter((o) => o.perspective === 'buyer');

  it('names Shopify on supplier orders when the person sells there, or has not said', () => {
    for (const store of ['shopify', undefined] as const) {
      const named = offending(supplierOrders, /Shopify/, store ? { store } : {});
      expect(named.some((t) => t.includes('then-cancel-on-shopify'))).toBe(true);
    }
  });

  it('another store: the same advice, without naming Shopify', () => {
    expect(offending(supplierOrders, /Shopify/, { store: 'other' })).toEqual([]);
    const followUps = supplierOrders.flatMap((o) => evaluate(o, { now: NOW, store: 'other' }).followUps);
    expect(followUps.some((f) => f.id === 'then-cancel-on-shopify' && /your own store/.test(f.text.en))).toBe(true);
  });

  it('no store: no store order to cancel, no customer to tell, no message to one', () => {
    expect(offending(supplierOrders, /Shopify|customer(?! service)|your store|own store/i, { store: 'none' })).toEqual([]);
    for (const order of supplierOrders) {
      const verdict = evaluate(order, { now: NOW, store: 'none' });
      expect(verdict.followUps.map((f) => f.id)).not.toContain('then-cancel-on-shopify');
      expect(verdict.templates.filter((id) => id.startsWith('shopify.'))).toEqual([]);
    }
  });

  it('leaves seller pages alone: a Shopify seller is told about Shopify whatever the setting', () => {
    const shopify = variants.filter((o) => o.platform === 'shopify');
    for (const store of ['other', 'none'] as const) {
      for (const order of shopify) expect(evaluate(order, { now: NOW, store })).toEqual(evaluate(order, { now: NOW }));
    }
  });
});
