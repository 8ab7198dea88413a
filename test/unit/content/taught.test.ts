/**
 * What a seller page's hint says about an order's status words (src/content/taught.ts): the unknown words it offers
 * to teach, the taught words a verdict rests on, and loading the person's words only when they changed. On Amazon's
 * vocabulary, which reads each item's status word alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadTaught, orderWords, serveStatusWords } from '../../../src/content/taught';
import { stageFromStatusText, unknownStatusWords } from '../../../src/platforms/amazon/vocabulary';
import type { OrderSnapshot } from '../../../src/rules/types';

const order = (stage: OrderSnapshot['stage'], nativeStatus: string): OrderSnapshot => ({
  platform: 'amazon',
  perspective: 'seller',
  orderId: '111-2222222-3333333',
  stage,
  nativeStatus,
  cancelRequested: false,
  source: { url: 'https://sellercentral.amazon.nl/orders-v3/order/111-2222222-3333333', reader: 'test', missing: ['stage'] },
});

describe('an order page’s status words', () => {
  serveStatusWords(unknownStatusWords);
  afterEach(() => void loadTaught('amazon', []));

  it('offers an unknown word to teach, then says the verdict rests on it once taught, never on a built-in word', () => {
    expect(orderWords(order('unknown', 'Unshipped, Niet verzonden'))).toEqual({ unknownWords: ['Niet verzonden'] });
    expect(orderWords(order('awaiting-shipment', 'Unshipped'))).toEqual({});
    expect(loadTaught('amazon', [{ platform: 'amazon', word: 'niet verzonden', stage: 'awaiting-shipment' }])).toBe(true);
    expect(stageFromStatusText('Niet verzonden')).toBe('awaiting-shipment');
    expect(orderWords(order('awaiting-shipment', 'Unshipped, Niet verzonden'))).toEqual({
      taughtWords: [{ platform: 'amazon', word: 'Niet verzonden', stage: 'awaiting-shipment' }],
    });
    // A word of another platform is not this page's; the same words again change nothing.
    expect(loadTaught('amazon', [{ platform: 'amazon', word: 'Niet  verzonden', stage: 'awaiting-shipment' }])).toBe(false);
    expect(
      loadTaught('amazon', [
        { platform: 'amazon', word: 'niet verzonden', stage: 'awaiting-shipment' },
        { platform: 'aliexpress', word: 'Em espera', stage: 'awaiting-payment' },
      ]),
    ).toBe(false);
    expect(loadTaught('amazon', [])).toBe(true);
    expect(stageFromStatusText('Niet verzonden')).toBe('unknown');
  });

  it('offers nothing for a paragraph where the status belongs, nor for an order with no status at all', () => {
    expect(orderWords(order('unknown', 'word '.repeat(40)))).toEqual({});
    expect(orderWords(order('unknown', ''))).toEqual({});
  });
});
