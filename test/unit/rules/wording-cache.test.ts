/**
 * The engine words each row's texts once per wording case and keeps them (engine.ts, wording.ts). Kept texts must
 * never show on the wrong page: every scenario, moved to every page, marketplace, store setting and settings figure,
 * must give exactly the verdict of the plain path (the verdict built whole, then worded text by text), whichever
 * page came first, and a verdict changed by its reader must not change the next one.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ALL_RULES, type OrderSnapshot, type Settings, type StorePlatform } from '../../../src/rules';
import { NOW, SCENARIOS, snap } from './scenarios';
import { EVERY_PAGE } from './pages';

type Engine = typeof import('../../../src/rules/engine');

/** A fresh engine, with nothing kept from earlier verdicts (module state is per import after a reset). */
async function freshEngine(): Promise<Engine> {
  vi.resetModules();
  return import('../../../src/rules/engine');
}

const PAGES = EVERY_PAGE;

/** US and UK spelling, India's and Japan's own figures, the Gulf's fee, and a page that did not say. */
const MARKETPLACES = ['amazon.com', 'amazon.co.uk', 'amazon.in', 'amazon.co.jp', 'amazon.de', 'amazon.ae', 'amazon.sa', undefined];
const STORES: ReadonlyArray<StorePlatform | undefined> = [undefined, 'shopify', 'other', 'none'];
const SETTINGS: ReadonlyArray<Partial<Settings> | undefined> = [
  undefined,
  {
    amazonCancellationRateTargetPct: 1.5,
    amazonSfpCancellationRateTargetPct: 0.3,
    amazonAutoCancelDaysAfterShipBy: 3,
    aliexpressRefundMinWorkingDays: 5,
    aliexpressRefundMaxWorkingDays: 20,
  },
  { aliexpressRefundMinWorkingDays: 5 },
];

/** Each scenario on every page its row can match, Amazon ones on every marketplace and in the programmes that add texts. */
const ORDERS: OrderSnapshot[] = SCENARIOS.flatMap(({ expect: id, order }) => {
  const rule = ALL_RULES.find((r) => r.id === id);
  const pages = rule
    ? PAGES.filter(
        (p) =>
          (rule.when.platform === 'any' || rule.when.platform === p.platform) &&
          (rule.when.perspective === undefined || rule.when.perspective === p.perspective),
      )
    : [{ platform: order.platform, perspective: order.perspective }];
  return pages.flatMap(({ platform, perspective }) => {
    const { fulfilledBy: _f, marketplace: _m, ...rest } = order;
    const moved = snap({ ...(platform === order.platform ? order : rest), platform, perspective });
    if (platform !== 'amazon') return [moved];
    return [
      moved,
      ...MARKETPLACES.map((marketplace) => ({ ...moved, marketplace })),
      { ...moved, marketplace: 'amazon.co.uk', programs: ['prime', 'business'] as OrderSnapshot['programs'] },
    ];
  });
});

interface Case {
  order: OrderSnapshot;
  store: StorePlatform | undefined;
  settings: Partial<Settings> | undefined;
}

/** Every order with every store setting and settings figure: seller and buyer pages, US and UK, stores, figures mixed. */
const CASES: Case[] = ORDERS.flatMap((order) => STORES.flatMap((store) => SETTINGS.map((settings) => ({ order, store, settings }))));

const ctxOf = (c: Case) => ({ now: NOW, ...(c.store ? { store: c.store } : {}), ...(c.settings ? { settings: c.settings } : {}) });
const label = (c: Case) =>
  `${c.order.platform}/${c.order.perspective} ${c.order.marketplace ?? '-'} ${c.order.stage} store=${c.store ?? '-'} settings=${JSON.stringify(c.settings ?? {})}`;

/** The plain path's verdicts, from an engine that never ran the kept path. */
let expected: string[];

beforeAll(async () => {
  const plain = await freshEngine();
  expected = CASES.map((c) => JSON.stringify(plain.evaluateUncached(c.order, ctxOf(c))));
});

/** Verdicts of the kept path in the given order of cases, compared with the plain ones; returns the cases that differ. */
function differing(engine: Engine, indices: readonly number[]): string[] {
  const wrong: string[] = [];
  for (const i of indices) {
    const c = CASES[i] as Case;
    const got = JSON.stringify(engine.evaluate(c.order, ctxOf(c)));
    if (got !== expected[i]) wrong.push(label(c));
  }
  return wrong;
}

const ALL = CASES.map((_c, i) => i);

describe('kept wording gives the plain path’s verdicts', () => {
  it('covers seller and buyer pages, both spellings, every store setting, and rows with settings-built texts', () => {
    expect(CASES.length).toBeGreaterThan(1000);
    const texts = expected.join('\n');
    expect(texts).toMatch(/Cancelled/);
    expect(texts).toMatch(/comes back to you/);
    expect(texts).toMatch(/your own store/);
    expect(texts).toMatch(/in about 5–20 working days/);
    expect(texts).toMatch(/below 1\.5 %/);
  });

  it('in table order, each verdict twice (the second from what the first kept)', async () => {
    const engine = await freshEngine();
    expect(differing(engine, ALL)).toEqual([]);
    expect(differing(engine, ALL)).toEqual([]);
  });

  it('in reverse order: buyer pages, other stores and other figures worded first', async () => {
    const engine = await freshEngine();
    expect(differing(engine, [...ALL].reverse())).toEqual([]);
    expect(differing(engine, ALL)).toEqual([]);
  });

  it('a British page first, then the same orders on a US page; a buyer page, then the seller one', async () => {
    const engine = await freshEngine();
    const uk = ALL.filter((i) => CASES[i]?.order.marketplace === 'amazon.co.uk');
    const us = ALL.filter((i) => CASES[i]?.order.marketplace === 'amazon.com');
    const buyer = ALL.filter((i) => CASES[i]?.order.perspective === 'buyer');
    const seller = ALL.filter((i) => CASES[i]?.order.perspective === 'seller');
    expect(uk.length).toBeGreaterThan(50);
    expect(buyer.length).toBeGreaterThan(50);
    expect(differing(engine, [...uk, ...us, ...buyer, ...seller])).toEqual([]);
  });

  it('one supplier order with its store setting changed between verdicts', async () => {
    const engine = await freshEngine();
    const order = snap({ platform: 'aliexpress', perspective: 'buyer', stage: 'awaiting-shipment' });
    const sequence: Array<StorePlatform | undefined> = ['none', 'other', undefined, 'shopify', 'none', 'shopify', 'other'];
    const plain = await freshEngine();
    for (const store of sequence) {
      const ctx = { now: NOW, ...(store ? { store } : {}) };
      expect(engine.evaluate(order, ctx)).toStrictEqual(plain.evaluateUncached(order, ctx));
    }
    const named = engine
      .evaluate(order, { now: NOW, store: 'shopify' })
      .followUps.map((f) => f.text.en)
      .join(' ');
    const none = engine
      .evaluate(order, { now: NOW, store: 'none' })
      .followUps.map((f) => f.text.en)
      .join(' ');
    expect(named).toMatch(/Shopify/);
    expect(none).not.toMatch(/Shopify/);
  });

  it('what a verdict shares with later verdicts cannot be changed through it', async () => {
    const engine = await freshEngine();
    const order = snap({ marketplace: 'amazon.co.uk', orderedAt: '2026-03-01T08:00:00Z', shipBy: '2026-03-04T23:59:59Z' });
    const first = engine.evaluate(order, { now: NOW });
    const before = JSON.stringify(first);
    expect(() => (first.steps as unknown[]).push('x')).toThrow(TypeError);
    expect(() => {
      (first.consequences[0] as { text: unknown }).text = { en: 'x', zh: 'x' };
    }).toThrow(TypeError);
    expect(() => {
      (first.headline as { en: string }).en = 'x';
    }).toThrow(TypeError);
    // The order's own parts are its alone: changing them leaves the next verdict as it was.
    (first.deadlines[0] as { at: string }).at = 'x';
    expect(JSON.stringify(engine.evaluate(order, { now: NOW }))).toBe(before);
  });
});
