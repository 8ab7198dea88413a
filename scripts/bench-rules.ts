/**
 * Evaluates a mixed set of snapshots for a while and reports verdicts per second.
 * Run: npx tsx scripts/bench-rules.ts   (target: ≥ 500,000 verdicts/s in Node)
 */
import { pathToFileURL } from 'node:url';
import { evaluate, type OrderSnapshot } from '../src/rules';

const source = { url: 'https://example.invalid/order', reader: 'bench', missing: [] };
const SNAPSHOTS: OrderSnapshot[] = [
  {
    platform: 'amazon',
    perspective: 'seller',
    orderId: '111-0000001-0000001',
    marketplace: 'amazon.com',
    stage: 'awaiting-shipment',
    nativeStatus: 'Unshipped',
    cancelRequested: false,
    fulfilledBy: 'merchant',
    orderedAt: '2026-03-02T10:00:00Z',
    shipBy: '2026-03-04T23:59:59Z',
    source,
  },
  {
    platform: 'amazon',
    perspective: 'seller',
    orderId: '111-0000001-0000002',
    stage: 'awaiting-shipment',
    nativeStatus: 'Unshipped',
    cancelRequested: true,
    orderedAt: '2026-03-02T10:00:00Z',
    autoCancelAt: '2026-03-15T07:59:59Z',
    source,
  },
  {
    platform: 'amazon',
    perspective: 'seller',
    orderId: '111-0000001-0000003',
    stage: 'awaiting-payment',
    nativeStatus: 'Pending',
    cancelRequested: false,
    orderedAt: '2026-03-02T10:00:00Z',
    source,
  },
  {
    platform: 'aliexpress',
    perspective: 'seller',
    orderId: '8100000000000001',
    stage: 'awaiting-shipment',
    nativeStatus: 'IN_CANCEL',
    cancelRequested: true,
    deadlineAt: '2026-03-05T10:00:00Z',
    source,
  },
  {
    platform: 'aliexpress',
    perspective: 'buyer',
    orderId: '8100000000000002',
    stage: 'awaiting-shipment',
    nativeStatus: 'Awaiting shipment',
    cancelRequested: false,
    source,
  },
  {
    platform: '1688',
    perspective: 'buyer',
    orderId: '2000000000000001',
    stage: 'awaiting-payment',
    nativeStatus: '等待买家付款',
    cancelRequested: false,
    source,
  },
  {
    platform: 'shopify',
    perspective: 'seller',
    orderId: '#1001',
    stage: 'awaiting-shipment',
    nativeStatus: 'Unfulfilled',
    cancelRequested: false,
    source,
  },
  {
    platform: 'aliexpress',
    perspective: 'seller',
    orderId: '8100000000000003',
    stage: 'completed',
    nativeStatus: 'FINISH',
    endReason: 'buyer_pay_timeout',
    cancelRequested: false,
    source,
  },
];

export function benchRules(ms: number): { perSec: number; count: number } {
  const now = new Date('2026-03-03T12:00:00Z');
  const ctx = { now };
  let count = 0;
  let sink = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < 1000; i++) {
      sink += evaluate(SNAPSHOTS[i % SNAPSHOTS.length]!, ctx).deadlines.length;
    }
    count += 1000;
    elapsed = performance.now() - start;
  }
  if (sink < 0) console.log(sink); // keeps the work observable to the optimiser
  return { perSec: Math.round((count / elapsed) * 1000), count };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  benchRules(300); // warm up
  const { perSec, count } = benchRules(2000);
  console.log(`rules: ${count} verdicts in ~2 s → ${perSec.toLocaleString('en-US')} verdicts/s`);
}
