/**
 * Fifty malformed worker messages of many shapes, as the JSON text a sender would put on the wire
 * (runtime messages travel as JSON). Shared by the validator unit test and the real-browser test,
 * which parses them inside an extension page and sends them to the worker.
 *
 * Every one must be refused: none is a valid request with junk around it.
 */
const MB = 'x'.repeat(1024 * 1024);

/** `{"a":{"a":…}}` nested `depth` times, around `inner`. */
const deep = (depth: number, inner = '1'): string => '{"a":'.repeat(depth) + inner + '}'.repeat(depth);
/** `[[[…]]]` nested `depth` times. */
const deepArray = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);

const snap = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  platform: 'amazon',
  perspective: 'seller',
  orderId: '111-2222222-3333333',
  stage: 'awaiting-shipment',
  nativeStatus: 'Unshipped',
  cancelRequested: false,
  source: { url: 'https://sellercentral.amazon.com/orders-v3/order/111-2222222-3333333', reader: 'amazon-order-detail', missing: [] },
  ...over,
});
const evaluate = (over: Record<string, unknown>, record: unknown = false): string =>
  JSON.stringify({ kind: 'evaluate', record, snapshot: snap(over) });

/** A valid evaluate request, for "the worker still answers" checks. */
export const GOOD_EVALUATE = JSON.parse(evaluate({}, false)) as Record<string, unknown>;

export const HOSTILE_MESSAGES: readonly string[] = [
  // not an object at all
  'null',
  '0',
  '1e308',
  'true',
  '""',
  '"evaluate"',
  JSON.stringify(MB),
  '[]',
  '[{"kind":"evaluate"}]',
  deepArray(1000),
  // no kind, or a kind that is not a string we know
  '{}',
  '{"kind":1}',
  '{"kind":null}',
  '{"kind":["evaluate"]}',
  '{"kind":{"toString":"evaluate"}}',
  '{"kind":"EVALUATE"}',
  `{"kind":${JSON.stringify(MB)}}`,
  // prototype-pollution keys: own properties named like the prototype chain
  '{"__proto__":{"kind":"evaluate","record":false}}',
  '{"kind":"__proto__"}',
  '{"kind":"constructor"}',
  '{"kind":"toString"}',
  '{"kind":"hasOwnProperty"}',
  '{"constructor":{"prototype":{"kind":"history/recent","limit":1}}}',
  '{"kind":"settings/set","settings":{"rules":{"__proto__":{"polluted":true}}}}',
  '{"kind":"history/order","platform":"__proto__","orderId":"1"}',
  // evaluate with a broken snapshot
  '{"kind":"evaluate","record":false}',
  '{"kind":"evaluate","record":false,"snapshot":null}',
  '{"kind":"evaluate","record":false,"snapshot":[]}',
  evaluate({}, 'true'),
  evaluate({ platform: 'ebay' }),
  evaluate({ platform: '__proto__' }),
  evaluate({ stage: 'toString' }),
  evaluate({ orderId: MB }),
  evaluate({ orderId: 111 }),
  evaluate({ nativeStatus: MB }),
  evaluate({ cancelRequested: 'false' }),
  evaluate({ orderedAt: 'yesterday' }),
  evaluate({ orderedAt: '2019-13-45T99:99' }),
  evaluate({ source: undefined }),
  evaluate({ source: { url: `https://sellercentral.amazon.com/${'a'.repeat(10_000)}`, reader: 'x', missing: [] } }),
  evaluate({ source: { url: 'https://sellercentral.amazon.com/', reader: 'x', missing: Array.from({ length: 1000 }, () => 'field') } }),
  evaluate({ source: { url: 'https://sellercentral.amazon.com/', reader: 'x', missing: [{}] } }),
  evaluate({ itemCount: -1 }),
  evaluate({ itemCount: '3' }),
  evaluate({ fulfilledBy: 'amazon' }),
  // deep nesting where a value belongs
  `{"kind":"evaluate","record":false,"snapshot":${deep(1000)}}`,
  `{"kind":"history/recent","limit":${deep(1000)}}`,
  // other kinds with wrong values
  '{"kind":"history/recent","limit":"10"}',
  '{"kind":"history/recent","limit":1e9}',
  '{"kind":"history/order","platform":"amazon","orderId":{"length":1}}',
];
