/** Schema v2 (settings, custom templates) opens a database written by v1 and keeps every record. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { HISTORY_DB_NAME, openHistory, type HistoryDb } from '../../../src/history/db';
import { MIGRATIONS } from '../../../src/history/migrations';
import { completeFollowUp } from '../../../src/history/follow-ups';
import { recordAction } from '../../../src/history/queries';
import { recordObservation } from '../../../src/history/record';
import { readSettings, writeSettings } from '../../../src/history/settings';
import { listTemplates, saveTemplate } from '../../../src/history/templates';
import { withoutSummary } from '../../../src/history/ending';
import { endedVerdict, freshDb, minutesAfter, snapshot, T0, verdict } from './fixtures';

async function dump(db: HistoryDb) {
  return {
    orders: await db.orders.toArray(),
    observations: await db.observations.toArray(),
    actions: await db.actions.toArray(),
    followUps: await db.followUps.toArray(),
  };
}

describe('schema v2', () => {
  it('opens a v1 database and finds every v1 record intact', async () => {
    const factory = new IDBFactory();
    const v1 = await openHistory(
      HISTORY_DB_NAME,
      factory,
      IDBKeyRange,
      MIGRATIONS.filter((m) => m.version === 1),
    );
    expect(v1.verno).toBe(1);
    expect(v1.tables.map((t) => t.name)).not.toContain('settings');
    const other = { orderId: '111-0000000-0000002' };
    // Today's code records into the current schema (it keeps a count in the v2 settings table);
    // the rows are then copied into the v1 database as v1 stored them.
    const current = await freshDb();
    await recordObservation(current, snapshot(), verdict(), T0);
    await recordObservation(current, snapshot({ stage: 'canceled' }), endedVerdict(), minutesAfter(T0, 5));
    await recordObservation(
      current,
      snapshot({ ...other, platform: 'aliexpress', marketplace: undefined }),
      verdict({ ruleId: 'aliexpress.seller.awaiting-shipment' }),
      T0,
    );
    await recordAction(current, 'amazon:111-0000000-0000001', 'reason-recorded', { reason: 'out of stock' }, minutesAfter(T0, 6));
    await recordAction(current, 'amazon:111-0000000-0000001', 'step-ticked', { step: 1 }, minutesAfter(T0, 7));
    await completeFollowUp(current, 'amazon:111-0000000-0000001', 'adjust-inventory', minutesAfter(T0, 8));
    await v1.orders.bulkAdd((await current.orders.toArray()).map(withoutSummary));
    await v1.observations.bulkAdd(await current.observations.toArray());
    await v1.actions.bulkAdd(await current.actions.toArray());
    await v1.followUps.bulkAdd(await current.followUps.toArray());
    current.close();
    const before = await dump(v1);
    expect(before.orders).toHaveLength(2);
    expect(before.observations).toHaveLength(3);
    expect(before.actions).toHaveLength(2);
    expect(before.followUps).toHaveLength(2);
    v1.close();

    const v2 = await openHistory(
      HISTORY_DB_NAME,
      factory,
      IDBKeyRange,
      MIGRATIONS.filter((m) => m.version <= 2),
    );
    expect(v2.verno).toBe(2);
    expect(await dump(v2)).toEqual(before);
    // The new tables work on the upgraded database.
    expect(await readSettings(v2)).toEqual({ rules: {} });
    await writeSettings(v2, { rules: { amazonPendingMaxDays: 14 }, storeName: 'Acme' });
    expect(await readSettings(v2)).toEqual({ rules: { amazonPendingMaxDays: 14 }, storeName: 'Acme' });
    const saved = await saveTemplate(
      v2,
      { platform: 'amazon', audience: 'buyer', language: 'en', title: 'Sorry', body: 'Order {orderId}', situations: [] },
      T0,
    );
    expect(saved?.id).toBe('custom:1');
    expect(await listTemplates(v2)).toHaveLength(1);
    v2.close();
  });
});
