import { describe, expect, it } from 'vitest';
import { alibaba1688 } from '../../../../src/platforms/1688/platform';
import { alibaba1688Readers } from '../../../../src/platforms/1688/readers';

const readerFor = (href: string): string[] => alibaba1688Readers.filter((r) => r.matches(new URL(href))).map((r) => r.id);

describe('1688 hosts and page matching', () => {
  it('gives one match pattern per host', () => {
    expect(alibaba1688.matchPatterns).toEqual(['https://trade.1688.com/*', 'https://air.1688.com/*', 'https://work.1688.com/*']);
  });

  it.each([
    ['https://trade.1688.com/order/buyer_order_list.htm?tradeStatus=waitbuyerreceive', '1688/buyer-order-list'],
    ['https://trade.1688.com/order/buyer_order_list.htm?trade_status=waitsellersend#waitsellersend', '1688/buyer-order-list'],
    ['https://trade.1688.com/order/new_step_order_detail.htm?orderId=3293626225672531283', '1688/buyer-order-detail'],
    ['https://air.1688.com/app/ctf-page/trade-order-detail/index.html?orderId=3293626225672531283', '1688/buyer-order-detail'],
    ['https://trade.1688.com/order/seller_order_list.htm', '1688/seller-order-list'],
    ['https://work.1688.com/home/page/index.htm#/seller_order_list', '1688/seller-order-list'],
  ])('%s → %s', (href, id) => {
    expect(readerFor(href)).toEqual([id]);
  });

  it.each([
    'https://www.1688.com/',
    'https://detail.1688.com/offer/123.html',
    'https://work.1688.com/home/page/index.htm',
    'https://evil.example/order/buyer_order_list.htm',
  ])('%s is not an order page', (href) => {
    expect(readerFor(href)).toEqual([]);
  });
});
