/** Finding orders in the history: pasted ids (whole or their beginning) and the filters, newest first, through indexes. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { openHistory, type HistoryDb } from '../../../src/history/db';
import { normalizeOrderId, searchOrders } from '../../../src/history/search';
import type { StoredOrder } from '../../../src/history/ending';
import type { Action, Platform, Stage } from '../../../src/rules/types';

let db: HistoryDb;
const order = (platform: Platform, orderId: string, stage: Stage, lastAction: Action, lastSeen: string): StoredOrder => ({
  key: `${platform}:${orderId}`,
  platform,
  orderId,
  stage,
  firstSeen: lastSeen,
  lastSeen,
  lastAction,
  lastRuleId: 'test',
  summary: { mfn: false, ending: null },
});

beforeAll(async () => {
  db = await openHistory('search-test', new IDBFactory(), IDBKeyRange);
  await db.orders.bulkPut([
    order('amazon', '111-2222222-3333333', 'awaiting-shipment', 'cancel', '2025-03-01T10:00:00.000Z'),
    order('amazon', '111-2222222-3333334', 'shipped', 'return-and-refund', '2025-03-02T10:00:00.000Z'),
    order('aliexpress', '8100000000000102', 'awaiting-shipment', 'respond', '2025-03-03T10:00:00.000Z'),
    order('aliexpress', '81000000000001', 'canceled', 'none', '2025-02-01T10:00:00.000Z'),
    order('1688', '2300000000000001', 'awaiting-payment', 'wait', '2025-03-04T10:00:00.000Z'),
    order('shopify', '1001', 'canceled', 'none', '2025-03-05T10:00:00.000Z'),
  ]);
});

const ids = async (q: Parameters<typeof searchOrders>[1]) => (await searchOrders(db, q)).orders.map((o) => o.orderId);

describe('searchOrders', () => {
  it('finds a pasted id exactly, ahead of the ids it begins', async () => {
    expect(await ids({ orderId: ' 81000000000001 ', limit: 10 })).toEqual(['81000000000001', '8100000000000102']);
    expect(await ids({ orderId: '111-2222222-33333', limit: 10 })).toEqual(['111-2222222-3333334', '111-2222222-3333333']);
    expect(await ids({ orderId: '订单号：2300000000000001', limit: 10 })).toEqual(['2300000000000001']);
    expect(await ids({ orderId: '999', limit: 10 })).toEqual([]);
  });

  it('applies every filter, newest first', async () => {
    expect(await ids({ platform: 'amazon', limit: 10 })).toEqual(['111-2222222-3333334', '111-2222222-3333333']);
    expect(await ids({ stage: 'canceled', limit: 10 })).toEqual(['1001', '81000000000001']);
    expect(await ids({ action: 'respond', limit: 10 })).toEqual(['8100000000000102']);
    expect(await ids({ needsAction: true, limit: 10 })).toEqual(['8100000000000102', '111-2222222-3333334', '111-2222222-3333333']);
    expect(await ids({ needsAction: true, platform: 'amazon', stage: 'shipped', limit: 10 })).toEqual(['111-2222222-3333334']);
    expect(await ids({ from: '2025-03-02T00:00:00.000Z', to: '2025-03-04T23:59:59.999Z', limit: 10 })).toEqual([
      '2300000000000001',
      '8100000000000102',
      '111-2222222-3333334',
    ]);
    expect(await ids({ orderId: '8100', stage: 'canceled', limit: 10 })).toEqual(['81000000000001']);
  });

  it('says when there are more than a page', async () => {
    const page = await searchOrders(db, { limit: 2 });
    expect(page.orders.map((o) => o.orderId)).toEqual(['1001', '2300000000000001']);
    expect(page.more).toBe(true);
    expect((await searchOrders(db, { limit: 6 })).more).toBe(false);
    // The statistics' summary stays inside the history.
    expect(page.orders[0]).not.toHaveProperty('summary');
  });

  it('reads pasted ids the way pages print them', () => {
    expect(normalizeOrderId('#1001')).toBe('1001');
    expect(normalizeOrderId(' No. 8100000000000102\n')).toBe('8100000000000102');
  });
});
