/** Order chains: the next step from the two orders' stages, links from either side, export and import. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openHistory } from '../../../src/history/db';
import { CHAIN_STEPS, addLink, chainStep, chainsOf, linkCandidates, linkOf, removeLink } from '../../../src/history/chains';
import { exportFile } from '../../../src/history/export';
import { importHistory } from '../../../src/history/import';
import type { StoredOrder } from '../../../src/history/ending';
import type { Platform, Stage } from '../../../src/rules/types';

const T = new Date('2025-03-05T10:00:00.000Z');
const order = (platform: Platform, orderId: string, stage: Stage, lastSeen = '2025-03-01T10:00:00.000Z'): StoredOrder => ({
  key: `${platform}:${orderId}`,
  platform,
  orderId,
  stage,
  firstSeen: lastSeen,
  lastSeen,
  lastAction: 'wait',
  lastRuleId: 'test',
  summary: { mfn: false, ending: null },
});

describe('chainStep', () => {
  it('says what the chain needs in the three situations, and nothing otherwise', () => {
    expect(chainStep('awaiting-shipment', 'closed')).toBe(CHAIN_STEPS.supplierEnded);
    expect(chainStep('awaiting-payment', 'canceled')).toBe(CHAIN_STEPS.supplierEnded);
    expect(chainStep('canceled', 'awaiting-shipment')).toBe(CHAIN_STEPS.customerCanceled);
    expect(chainStep('canceled', 'awaiting-payment')).toBe(CHAIN_STEPS.customerCanceled);
    expect(chainStep('awaiting-shipment', 'shipped')).toBe(CHAIN_STEPS.supplierShipped);
    expect(chainStep('awaiting-shipment', 'awaiting-shipment')).toBeUndefined();
    expect(chainStep('shipped', 'delivered')).toBeUndefined();
    expect(chainStep('canceled', 'closed')).toBeUndefined();
    expect(chainStep('unknown', 'unknown')).toBeUndefined();
  });
});

describe('links', () => {
  it('joins a sales order and a supplier order from either side, never two of one side', () => {
    const a = linkOf({ platform: 'aliexpress', orderId: '81' }, { platform: 'amazon', orderId: '111' }, T);
    expect(a).toEqual({ sales: 'amazon:111', supplier: 'aliexpress:81', at: T.toISOString() });
    expect(linkOf({ platform: 'amazon', orderId: '111' }, { platform: 'shopify', orderId: '1' }, T)).toBeUndefined();
    expect(linkOf({ platform: '1688', orderId: '1' }, { platform: 'aliexpress', orderId: '2' }, T)).toBeUndefined();
  });

  it('shows each side the other order’s state and the next step; removable; survives export and import', async () => {
    const db = await openHistory('chains', new IDBFactory(), IDBKeyRange);
    await db.orders.bulkPut([
      order('amazon', '111', 'awaiting-shipment'),
      order('aliexpress', '81', 'closed', '2025-03-02T10:00:00.000Z'),
      order('1688', '23', 'awaiting-payment', '2025-03-03T10:00:00.000Z'),
      order('shopify', '1001', 'awaiting-shipment', '2025-03-04T10:00:00.000Z'),
    ]);
    expect((await linkCandidates(db, 'amazon', 10)).map((o) => o.key)).toEqual(['1688:23', 'aliexpress:81']);
    expect((await linkCandidates(db, 'aliexpress', 10)).map((o) => o.key)).toEqual(['shopify:1001', 'amazon:111']);

    expect(await addLink(db, linkOf({ platform: 'amazon', orderId: '111' }, { platform: 'aliexpress', orderId: '81' }, T)!)).toBe(true);
    expect(await addLink(db, linkOf({ platform: 'aliexpress', orderId: '81' }, { platform: 'amazon', orderId: '111' }, T)!)).toBe(false);
    const fromSales = await chainsOf(db, 'amazon', '111');
    expect(fromSales).toEqual([
      {
        other: {
          key: 'aliexpress:81',
          platform: 'aliexpress',
          orderId: '81',
          stage: 'closed',
          lastAction: 'wait',
          lastSeen: '2025-03-02T10:00:00.000Z',
        },
        next: CHAIN_STEPS.supplierEnded,
      },
    ]);
    expect((await chainsOf(db, 'aliexpress', '81'))[0]).toMatchObject({
      other: { key: 'amazon:111', stage: 'awaiting-shipment' },
      next: CHAIN_STEPS.supplierEnded,
    });
    // An id the history has not seen yet: linked, shown by its id only, no step.
    await addLink(db, linkOf({ platform: 'amazon', orderId: '111' }, { platform: '1688', orderId: '99' }, T)!);
    expect((await chainsOf(db, 'amazon', '111'))[1]).toEqual({ other: { key: '1688:99', platform: '1688', orderId: '99' } });

    const file = await exportFile(db, T);
    expect(file.links?.map((l) => [l.sales, l.supplier])).toEqual([
      ['amazon:111', 'aliexpress:81'],
      ['amazon:111', '1688:99'],
    ]);
    const fresh = await openHistory('chains-2', new IDBFactory(), IDBKeyRange);
    const imported = await importHistory(fresh, JSON.stringify(file));
    expect(imported).toMatchObject({ ok: true, report: { added: { links: 2 } } });
    expect((await chainsOf(fresh, 'aliexpress', '81')).map((c) => c.other.key)).toEqual(['amazon:111']);
    const again = await importHistory(fresh, JSON.stringify(file));
    expect(again.ok && again.report.added.links).toBeFalsy();

    expect(await removeLink(db, 'amazon:111', 'aliexpress:81')).toBe(true);
    expect(await chainsOf(db, 'aliexpress', '81')).toEqual([]);
  });
});
