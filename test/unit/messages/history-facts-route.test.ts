/**
 * The worker merges what history knows into a page's snapshot before judging, for `evaluate` and
 * `evaluate-many` alike, and records the merged snapshot: a request seen on the list decides the
 * detail page's verdict; a shipment the extension saw happen starts seed 004's tracking-number wait.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { route } from '../../../src/background/router';
import type { EvaluateAnswer, EvaluateManyAnswer, OrderHistory, WorkerRequest } from '../../../src/messages/protocol';
import type { OrderSnapshot } from '../../../src/rules/types';

const T0 = new Date('2025-03-03T08:00:00.000Z'); // a Monday
const later = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);

const amazon = (reader: string, over: Partial<OrderSnapshot> = {}): OrderSnapshot => ({
  platform: 'amazon',
  perspective: 'seller',
  orderId: '111-0000000-0000077',
  marketplace: 'amazon.com',
  stage: 'awaiting-shipment',
  nativeStatus: 'Unshipped',
  cancelRequested: false,
  fulfilledBy: 'merchant',
  orderedAt: '2025-03-01T08:00:00.000Z',
  source: { url: 'https://sellercentral.amazon.com/orders-v3/order/111-0000000-0000077', reader, missing: [] },
  ...over,
});

const judge = async (snapshot: OrderSnapshot, now: Date, record = true) =>
  ((await route({ kind: 'evaluate', snapshot, record }, 'content', now)) as { ok: true; value: EvaluateAnswer }).value;
const evaluate = async (snapshot: OrderSnapshot, now: Date, record = true) => (await judge(snapshot, now, record)).verdict;

const evaluateMany = async (snapshots: OrderSnapshot[], now: Date) => {
  const req: WorkerRequest = { kind: 'evaluate-many', snapshots, record: false, messages: false };
  const answer = ((await route(req, 'content', now)) as { ok: true; value: EvaluateManyAnswer }).value;
  return answer.results.map((r) => ({ ...answer.verdicts[r.verdict]!, deadlines: r.deadlines, fromHistory: r.fromHistory }));
};

const history = async (platform: OrderSnapshot['platform'], orderId: string) =>
  ((await route({ kind: 'history/order', platform, orderId }, 'extension-page', T0)) as { ok: true; value: OrderHistory }).value;

describe('a cancellation request seen on the list', () => {
  it("decides the order's detail page until the order ships", async () => {
    await evaluate(amazon('amazon-manage-orders'), later(0));
    expect((await evaluate(amazon('amazon-manage-orders', { cancelRequested: true }), later(1))).ruleId).toBe(
      'amazon.unshipped.mfn.buyer-requested',
    );
    const order = (await history('amazon', '111-0000000-0000077')).order;
    expect(order).toMatchObject({ cancelRequestedAt: later(1).toISOString(), cancelRequestSeenBy: ['amazon-manage-orders'] });

    // The detail page's alert is not rendered: the request is still the one history knows.
    const other = amazon('amazon-order-detail', { orderId: '111-0000000-0000078' });
    const [detail, unrelated] = await evaluateMany([amazon('amazon-order-detail'), other], later(2));
    expect(detail?.ruleId).toBe('amazon.unshipped.mfn.buyer-requested');
    // The answer says what history added, so the page can show the state the verdict rests on.
    expect(detail?.fromHistory).toEqual({ cancelRequested: true, cancelRequestedAt: later(1).toISOString() });
    expect(unrelated?.ruleId).not.toBe('amazon.unshipped.mfn.buyer-requested');
    expect(unrelated?.fromHistory).toBeUndefined();
    const single = await judge(amazon('amazon-order-detail'), later(2));
    expect(single).toMatchObject({ verdict: { ruleId: 'amazon.unshipped.mfn.buyer-requested' }, fromHistory: { cancelRequested: true } });
    // Recorded as judged: the observation says the request was there.
    expect((await history('amazon', '111-0000000-0000077')).observations.at(-1)).toMatchObject({ cancelRequested: true });

    // Shipped: the request is over, and nothing carries it any more.
    const shipped = await evaluate(amazon('amazon-order-detail', { stage: 'shipped', nativeStatus: 'Shipped' }), later(3));
    expect(shipped.ruleId).not.toMatch(/buyer-requested/);
    expect((await history('amazon', '111-0000000-0000077')).order).not.toHaveProperty('cancelRequestSeenBy');
  });
});

describe('seed 004: shipped without a tracking number', () => {
  const ali = (over: Partial<OrderSnapshot>): OrderSnapshot => ({
    platform: 'aliexpress',
    perspective: 'buyer',
    orderId: '3000000000000001',
    stage: 'awaiting-shipment',
    nativeStatus: 'Awaiting shipment',
    cancelRequested: false,
    orderedAt: '2025-03-01T08:00:00.000Z',
    source: { url: 'https://www.aliexpress.com/p/order/detail.html', reader: 'aliexpress-buyer-detail', missing: [] },
    ...over,
  });
  const shippedNoTracking = ali({ stage: 'shipped', nativeStatus: 'Awaiting delivery', trackingNumberShown: false });

  it('waits from when the extension saw it ship, then says open a dispute', async () => {
    await evaluate(ali({}), later(0));
    const first = await evaluate(shippedNoTracking, later(2));
    expect(first.ruleId).toBe('aliexpress.buyer.shipped.no-tracking');
    expect((await history('aliexpress', '3000000000000001')).order?.shippedAt).toBe(later(2).toISOString());
    // Five working days from Monday 10:00 UTC: the next Monday.
    const [waiting] = await evaluateMany([shippedNoTracking], later(24));
    expect(waiting?.deadlines.find((d) => d.id === 'tracking-number-wait')?.at).toBe('2025-03-10T10:00:00.000Z');
    const [passed] = await evaluateMany([shippedNoTracking], later(8 * 24));
    expect(passed).toMatchObject({ ruleId: 'aliexpress.buyer.shipped.no-tracking.wait-passed', action: 'dispute' });
  });

  it("takes the page's own shipping time over the sighting's", async () => {
    const own = { ...shippedNoTracking, orderId: '3000000000000002', shippedAt: '2025-02-20T00:00:00.000Z' };
    await evaluate({ ...ali({}), orderId: '3000000000000002' }, later(0));
    expect((await evaluate(own, later(2))).ruleId).toBe('aliexpress.buyer.shipped.no-tracking.wait-passed');
    expect((await history('aliexpress', '3000000000000002')).order?.shippedAt).toBe('2025-02-20T00:00:00.000Z');
  });
});
