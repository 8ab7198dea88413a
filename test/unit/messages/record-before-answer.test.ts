/**
 * evaluate-many records before it answers (issue 15, item 3): MV3 may stop the worker as soon as it
 * has answered, so a write left for after the answer is lost with the whole list. When the answer
 * arrives, every order of the request has been written. An order page's one hint asks to be answered first
 * (`answerFirst`): its answer does not wait for the write, which still ends.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { EvaluateManyAnswer, WorkerRequest } from '../../../src/messages/protocol';
import type { OrderSnapshot } from '../../../src/rules/types';

/** Orders whose write has finished, counted as each write resolves. */
const written = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/history/record', async (importActual) => {
  const actual = await importActual<typeof import('../../../src/history/record')>();
  return {
    ...actual,
    recordObservation: async (...args: Parameters<typeof actual.recordObservation>) => {
      const result = await actual.recordObservation(...args);
      written.count++;
      return result;
    },
  };
});
const { route } = await import('../../../src/background/router');
const manyWrites = await import('../../../src/background/evaluate-many');

const NOW = new Date('2025-03-03T08:00:00.000Z');
const row = (i: number): OrderSnapshot => ({
  platform: 'amazon',
  perspective: 'seller',
  orderId: `111-0000000-${String(i).padStart(7, '0')}`,
  marketplace: 'amazon.com',
  stage: 'awaiting-shipment',
  nativeStatus: 'Unshipped',
  cancelRequested: false,
  fulfilledBy: 'merchant',
  source: { url: 'https://sellercentral.amazon.com/orders-v3', reader: 'amazon-manage-orders', missing: [] },
});

describe('evaluate-many with record', () => {
  it('has written every order of the list when its answer arrives', async () => {
    const snapshots = Array.from({ length: 50 }, (_, i) => row(i));
    const req: WorkerRequest = { kind: 'evaluate-many', snapshots, record: true, messages: false };
    const answer = (await route(req, 'content', NOW)) as { ok: true; value: EvaluateManyAnswer };
    const atAnswer = written.count;
    expect(answer.ok).toBe(true);
    expect(answer.value.results).toHaveLength(50);
    expect(answer.value.historyError).toBeUndefined();
    expect(atAnswer).toBe(50);
  });

  it('answers an order page first when it asks, and still writes its order', async () => {
    const before = written.count;
    const req: WorkerRequest = { kind: 'evaluate-many', snapshots: [row(900)], record: true, answerFirst: true, messages: false };
    const answer = (await route(req, 'content', NOW)) as { ok: true; value: EvaluateManyAnswer };
    expect(answer.value.results).toHaveLength(1);
    expect(written.count).toBe(before);
    await manyWrites.recording;
    expect(written.count).toBe(before + 1);
  });
});
