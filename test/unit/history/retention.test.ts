import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryDb } from '../../../src/history/db';
import { recordAction } from '../../../src/history/queries';
import { recordObservation } from '../../../src/history/record';
import { DEFAULT_RETENTION_DAYS, pruneOlderThan, retentionCutoff } from '../../../src/history/retention';
import { endedVerdict, freshDb, minutesAfter, snapshot, T0, verdict } from './fixtures';

let db: HistoryDb;

beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => db.close());

describe('retention', () => {
  it('keeps two years by default', () => {
    expect(DEFAULT_RETENTION_DAYS).toBe(730);
    expect(retentionCutoff(new Date('2027-03-01T10:00:00.000Z')).toISOString()).toBe(T0.toISOString());
  });

  it('deletes orders not seen since the cutoff with everything hanging on them, and keeps the rest', async () => {
    const old = snapshot({ orderId: 'OLD-1', stage: 'canceled' });
    await recordObservation(db, old, endedVerdict(), T0);
    await recordAction(db, 'amazon:OLD-1', 'note', { text: 'restocked' }, T0);
    const recentAt = minutesAfter(T0, 60 * 24 * 400);
    await recordObservation(db, snapshot({ orderId: 'NEW-2' }), verdict(), recentAt);
    await recordObservation(db, snapshot({ orderId: 'NEW-2', stage: 'closed' }), endedVerdict(), recentAt);
    await recordAction(db, 'amazon:NEW-2', 'step-ticked', { step: 1 }, recentAt);

    const result = await pruneOlderThan(db, minutesAfter(T0, 60 * 24 * 365));
    expect(result).toEqual({ orders: 1 });
    expect((await db.orders.toArray()).map((o) => o.orderId)).toEqual(['NEW-2']);
    expect(new Set((await db.observations.toArray()).map((o) => o.orderKey))).toEqual(new Set(['amazon:NEW-2']));
    expect((await db.actions.toArray()).map((a) => a.orderKey)).toEqual(['amazon:NEW-2']);
    expect(new Set((await db.followUps.toArray()).map((f) => f.orderKey))).toEqual(new Set(['amazon:NEW-2']));
  });

  it('keeps an old order that was seen again after the cutoff', async () => {
    await recordObservation(db, snapshot(), verdict(), T0);
    await recordObservation(db, snapshot(), verdict(), minutesAfter(T0, 60 * 24 * 800));
    expect(await pruneOlderThan(db, minutesAfter(T0, 60 * 24 * 730))).toEqual({ orders: 0 });
    expect(await db.orders.count()).toBe(1);
  });
});
