// @vitest-environment happy-dom
/** Which URL changes restart reading: only those that name another page or another order. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/shared/browser', () => ({ browser: {} }));
const { pageIdentity } = await import('../../../src/content/start');

const id = (href: string, reader = 'r') => pageIdentity(reader, new URL(href));

describe('pageIdentity', () => {
  it('ignores the hash and parameters that do not name an order', () => {
    const base = id('https://sellercentral.amazon.com/orders-v3/order/111-2222222-3333333');
    expect(id('https://sellercentral.amazon.com/orders-v3/order/111-2222222-3333333#shipping')).toBe(base);
    expect(id('https://sellercentral.amazon.com/orders-v3/order/111-2222222-3333333?ref=x&tab=2')).toBe(base);
  });

  it('changes with the path, the reader and an order named in the query', () => {
    const detail = 'https://www.aliexpress.com/p/order/detail.html?orderId=8100000000000001';
    expect(id(detail)).not.toBe(id('https://www.aliexpress.com/p/order/detail.html?orderId=8100000000000002'));
    expect(id(detail)).toBe(id(`${detail}&spm=a2g0o&_t=1#top`));
    expect(id('https://trade.1688.com/order/new_step_order_detail.htm?order_id=1')).not.toBe(
      id('https://trade.1688.com/order/new_step_order_detail.htm?order_id=2'),
    );
    expect(id('https://sellercentral.amazon.com/orders-v3/order/111-2222222-3333333')).not.toBe(
      id('https://sellercentral.amazon.com/orders-v3/order/111-2222222-4444444'),
    );
    expect(id(detail, 'a')).not.toBe(id(detail, 'b'));
  });
});
