/**
 * What arrives is bounded before it is kept (issue 15, item 11): dates outside the span an order can
 * have are dropped from snapshots and refused in imported records, and history stores the page's
 * status word bounded and normalised, never free page text as shown.
 */
import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '../../../src/messages/validate';
import { importHistory } from '../../../src/history/import';
import { recordObservation } from '../../../src/history/record';
import { pruneOlderThan, retentionCutoff } from '../../../src/history/retention';
import { STATUS_WORD_MAX, statusWord } from '../../../src/history/status-word';
import { withinOrderDates } from '../../../src/rules/schema';
import { freshDb, snapshot, T0, verdict } from './fixtures';

const KEY = 'amazon:111-0000000-0000001';
const order = (over: Record<string, unknown> = {}) => ({
  key: KEY,
  platform: 'amazon',
  orderId: '111-0000000-0000001',
  stage: 'awaiting-shipment',
  firstSeen: T0.toISOString(),
  lastSeen: T0.toISOString(),
  lastAction: 'cancel',
  lastRuleId: 'amazon.seller.unshipped.mfn',
  ...over,
});
const observation = (over: Record<string, unknown> = {}) => ({
  orderKey: KEY,
  at: T0.toISOString(),
  stage: 'awaiting-shipment',
  nativeStatus: 'Unshipped',
  cancelRequested: false,
  action: 'cancel',
  outcome: 'canceled',
  ruleId: 'amazon.seller.unshipped.mfn',
  rulesetVersion: '1',
  url: '',
  dedupe: `${KEY}|after:0|x`,
  ...over,
});
const file = (sections: Record<string, unknown>) =>
  JSON.stringify({ format: 'cancel-or-close-history', version: 1, exportedAt: T0.toISOString(), ...sections });

describe('dates outside 2000 … two years ahead', () => {
  it('are dropped from a snapshot as not shown, and named as missing', () => {
    const checked = checkSnapshot(
      snapshot({ autoCancelAt: '9999-12-31T00:00:00.000Z', orderedAt: '1970-01-01T00:00:00.000Z', shipBy: '2025-03-03T00:00:00.000Z' }),
    );
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value.autoCancelAt).toBeUndefined();
    expect('orderedAt' in checked.value).toBe(false);
    expect(checked.value.shipBy).toBe('2025-03-03T00:00:00.000Z');
    expect(checked.value.source.missing).toEqual(['orderedAt', 'autoCancelAt']);
  });

  it('bound the span at 2000 and two years from now', () => {
    const now = Date.parse('2026-01-01T00:00:00.000Z');
    expect(withinOrderDates('1999-12-31T23:59:59.000Z', now)).toBe(false);
    expect(withinOrderDates('2000-01-01T00:00:00.000Z', now)).toBe(true);
    expect(withinOrderDates('2027-12-01T00:00:00.000Z', now)).toBe(true);
    expect(withinOrderDates('2028-02-01T00:00:00.000Z', now)).toBe(false);
  });

  it('refuse an imported order or observation dated in 9999, so nothing escapes retention', async () => {
    const db = await freshDb();
    const far = '9999-01-01T00:00:00.000Z';
    const result = await importHistory(
      db,
      file({
        orders: [order({ lastSeen: far }), order({ key: 'amazon:2', orderId: '2' })],
        observations: [observation({ at: far })],
      }),
    );
    expect(result).toMatchObject({ ok: true, report: { added: { orders: 1, observations: 0 } } });
    if (!result.ok) return;
    expect(result.report.skipped.map((s) => s.detail)).toEqual([
      'lastSeen is not a date from 2000 to two years from now',
      'at is not a date from 2000 to two years from now',
    ]);
    // What was kept is pruned like any other order.
    expect(await pruneOlderThan(db, retentionCutoff(new Date(T0.getTime() + 800 * 86_400_000)))).toEqual({ orders: 1 });
    expect(await db.orders.count()).toBe(0);
    db.close();
  });
});

describe('the status word history keeps', () => {
  it('is bounded and normalised, not the page text as shown', () => {
    expect(statusWord('  Un\u200Bshipped \n\t now ')).toBe('Un shipped now');
    expect(statusWord('ＵＮＳＨＩＰＰＥＤ')).toBe('UNSHIPPED');
    const long = statusWord(`Pending ${'x'.repeat(5_000)}`);
    expect(Array.from(long)).toHaveLength(STATUS_WORD_MAX);
    expect(long.endsWith('…')).toBe(true);
    expect(statusWord(`${'等'.repeat(STATUS_WORD_MAX - 2)}😀😀`)).toBe(`${'等'.repeat(STATUS_WORD_MAX - 2)}😀😀`);
  });

  it('is what a recorded observation stores', async () => {
    const db = await freshDb();
    await recordObservation(db, snapshot({ nativeStatus: `Unshipped\u0007  ${'Ｂuyer note '.repeat(300)}` }), verdict(), T0);
    const [stored] = await db.observations.toArray();
    expect(stored!.nativeStatus.startsWith('Unshipped Buyer note Buyer note')).toBe(true);
    expect(Array.from(stored!.nativeStatus).length).toBeLessThanOrEqual(STATUS_WORD_MAX);
    db.close();
  });

  it('is what an imported observation stores, from files written before too', async () => {
    const db = await freshDb();
    await importHistory(db, file({ orders: [order()], observations: [observation({ nativeStatus: `  Shipped ${'y'.repeat(1_500)}` })] }));
    const [stored] = await db.observations.toArray();
    expect(stored!.nativeStatus).toBe(statusWord(`Shipped ${'y'.repeat(1_500)}`));
    expect(Array.from(stored!.nativeStatus)).toHaveLength(STATUS_WORD_MAX);
    db.close();
  });
});
