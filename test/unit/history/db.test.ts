import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { HISTORY_DB_NAME, openHistory, orderKeyOf } from '../../../src/history/db';
import { MIGRATIONS, type Migration } from '../../../src/history/migrations';
import { orderHistory } from '../../../src/history/queries';
import { recordObservation } from '../../../src/history/record';
import { endedVerdict, freshDb, minutesAfter, snapshot, T0, verdict } from './fixtures';

describe('openHistory', () => {
  it('names the database cancel-or-close at schema version 8 (5 is another change’s) with the nine tables', async () => {
    const db = await freshDb();
    expect(HISTORY_DB_NAME).toBe('cancel-or-close');
    expect(db.name).toBe('cancel-or-close');
    expect(db.verno).toBe(8);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'actions',
      'aggregates',
      'customTemplates',
      'followUps',
      'links',
      'observations',
      'orders',
      'settings',
      'taughtWords',
    ]);
    expect(db.orders.schema.primKey.name).toBe('key');
    db.close();
  });

  it('builds order keys as platform:orderId', () => {
    expect(orderKeyOf('1688', '3000000000000001')).toBe('1688:3000000000000001');
  });

  it('gives each factory its own database', async () => {
    const first = await freshDb();
    const second = await freshDb();
    await recordObservation(first, snapshot(), verdict(), T0);
    expect(await second.orders.count()).toBe(0);
    first.close();
    second.close();
  });

  it('finds the records again after closing and reopening the database', async () => {
    const factory = new IDBFactory();
    const db = await openHistory(HISTORY_DB_NAME, factory, IDBKeyRange);
    await recordObservation(db, snapshot(), verdict(), T0);
    await recordObservation(db, snapshot({ stage: 'canceled' }), endedVerdict(), minutesAfter(T0, 5));
    db.close();

    const reopened = await openHistory(HISTORY_DB_NAME, factory, IDBKeyRange);
    const history = await orderHistory(reopened, 'amazon', '111-0000000-0000001');
    expect(history.order?.stage).toBe('canceled');
    expect(history.observations).toHaveLength(2);
    expect(history.followUps).toHaveLength(2);
    reopened.close();
  });
});

describe('migrations', () => {
  it('numbers versions from 1 upwards, each once (a gap is allowed: changes made in parallel each take their own number)', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions[0]).toBe(1);
    for (let i = 1; i < versions.length; i++) expect(versions[i]).toBeGreaterThan(versions[i - 1]!);
  });

  it('upgrades an existing database by appending a version, keeping its records', async () => {
    const factory = new IDBFactory();
    const v1 = await openHistory(HISTORY_DB_NAME, factory, IDBKeyRange);
    await recordObservation(v1, snapshot(), verdict(), T0);
    v1.close();

    const v3: Migration = {
      version: MIGRATIONS.at(-1)!.version + 1,
      stores: { orders: 'key, platform, lastSeen, stage, [platform+lastSeen], marketplace' },
      upgrade: async (tx) => {
        await tx.table('orders').toCollection().modify({ marketplace: 'amazon.fr' });
      },
    };
    const upgraded = await openHistory(HISTORY_DB_NAME, factory, IDBKeyRange, [...MIGRATIONS, v3]);
    expect(upgraded.verno).toBe(MIGRATIONS.at(-1)!.version + 1);
    const byMarketplace = await upgraded.orders.where('marketplace').equals('amazon.fr').toArray();
    expect(byMarketplace.map((o) => o.orderId)).toEqual(['111-0000000-0000001']);
    expect(await upgraded.observations.count()).toBe(1);
    upgraded.close();
  });
});
