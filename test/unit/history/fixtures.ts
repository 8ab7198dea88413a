/** Made-up orders and verdicts for the history tests, plus a fresh in-memory IndexedDB per call. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openHistory, type HistoryDb } from '../../../src/history/db';
import type { Migration } from '../../../src/history/migrations';
import type { OrderSnapshot, Verdict } from '../../../src/rules/types';

export async function freshDb(migrations?: readonly Migration[]): Promise<HistoryDb> {
  return openHistory('cancel-or-close', new IDBFactory(), IDBKeyRange, migrations);
}

export function snapshot(overrides: Partial<OrderSnapshot> = {}): OrderSnapshot {
  return {
    platform: 'amazon',
    perspective: 'seller',
    orderId: '111-0000000-0000001',
    marketplace: 'amazon.de',
    stage: 'awaiting-shipment',
    nativeStatus: 'Unshipped',
    cancelRequested: false,
    source: {
      url: 'https://sellercentral.amazon.de/orders-v3/order/111-0000000-0000001',
      reader: 'amazon-order-detail',
      missing: [],
    },
    ...overrides,
  };
}

export function verdict(overrides: Partial<Verdict> = {}): Verdict {
  return {
    action: 'cancel',
    outcome: 'canceled',
    actor: 'you',
    headline: { en: 'You can cancel this order.', zh: '你可以取消此订单。' },
    steps: [],
    consequences: [],
    deadlines: [],
    templates: [],
    followUps: [],
    ruleId: 'amazon.seller.unshipped.mfn',
    sources: [],
    rulesetVersion: 'test-1',
    ...overrides,
  };
}

export const ENDED_FOLLOW_UPS: Verdict['followUps'] = [
  { id: 'check-refund', text: { en: 'Check the refund arrived.', zh: '确认退款已到账。' } },
  { id: 'adjust-inventory', text: { en: 'Adjust inventory.', zh: '调整库存。' } },
];

export function endedVerdict(): Verdict {
  return verdict({ action: 'none', ruleId: 'any.ended', followUps: ENDED_FOLLOW_UPS });
}

export const T0 = new Date('2025-03-01T10:00:00.000Z');
export const minutesAfter = (base: Date, minutes: number): Date => new Date(base.getTime() + minutes * 60_000);
