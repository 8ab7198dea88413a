import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/rules';
import { forStore } from '../../../src/ui/store-platform';
import { sampleMessage, sampleSnapshot } from './sample';

describe('a supplier order’s advice fits the person’s store', () => {
  const snapshot = sampleSnapshot({
    platform: 'aliexpress',
    perspective: 'buyer',
    marketplace: undefined,
    fulfilledBy: undefined,
    orderId: '8123456789012342',
    stage: 'awaiting-shipment',
    nativeStatus: 'Awaiting shipment',
  });
  const verdict = evaluate(snapshot, { now: new Date('2025-03-10T08:00:00Z') });
  const messages = [sampleMessage({ audience: 'supplier' }), sampleMessage({ id: 'shopify.x', audience: 'customer' })];
  const shopifyStep = (v: typeof verdict) => v.followUps.find((f) => f.id === 'then-cancel-on-shopify');

  it('names Shopify for a Shopify store, or when the person has not said', () => {
    expect(shopifyStep(verdict)?.text.en).toMatch(/Shopify/);
    for (const store of ['shopify', undefined] as const)
      expect(forStore(verdict, messages, snapshot, store)).toEqual({ verdict, messages });
  });

  it('says "your store" for another platform, and drops the step and the customer messages without a store', () => {
    const other = forStore(verdict, messages, snapshot, 'other');
    expect(shopifyStep(other.verdict)?.text.en).not.toMatch(/Shopify/);
    expect(shopifyStep(other.verdict)?.text.zh).toContain('你的店铺');
    expect(other.messages).toHaveLength(2);
    const none = forStore(verdict, messages, snapshot, 'none');
    expect(shopifyStep(none.verdict)).toBeUndefined();
    expect(none.messages.map((m) => m.audience)).toEqual(['supplier']);
  });

  it('leaves a seller’s own order alone', () => {
    const seller = sampleSnapshot();
    expect(forStore(verdict, messages, seller, 'none')).toEqual({ verdict, messages });
  });
});
