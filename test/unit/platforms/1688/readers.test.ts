// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buyerOrderDetailReader } from '../../../../src/platforms/1688/buyer-order-detail';
import { buyerOrderListReader } from '../../../../src/platforms/1688/buyer-order-list';
import { sellerOrderListReader } from '../../../../src/platforms/1688/seller-order-list';
import type { Fixture1688 } from '../../../../src/platforms/1688/selectors';
import type { PageReader, ReadResult } from '../../../../src/platforms/types';
import type { OrderSnapshot } from '../../../../src/rules/types';
import { load1688 } from './load-fixture';

function read(reader: PageReader, fixture: Fixture1688): { result: ReadResult; url: URL } {
  const { document, url } = load1688(fixture);
  expect(reader.matches(url)).toBe(true);
  const root = reader.root(document);
  if (!root) throw new Error('no root');
  return { result: reader.read(root, url), url };
}

function snapshots(reader: PageReader, fixture: Fixture1688): OrderSnapshot[] {
  const { result } = read(reader, fixture);
  if (result.status !== 'read') throw new Error(`expected read, got ${result.status}`);
  return result.orders.map((o) => o.snapshot);
}

/** The fields that vary per order; platform, reader and url are checked once per fixture. */
const brief = (s: OrderSnapshot) => ({
  orderId: s.orderId,
  stage: s.stage,
  nativeStatus: s.nativeStatus,
  orderedAt: s.orderedAt,
  refundInProgress: s.refundInProgress,
  pageActions: s.pageActions,
  missing: s.source.missing,
});

describe('1688 buyer order list, legacy layout', () => {
  const list = snapshots(buyerOrderListReader, 'buyer-list-legacy');

  it('reads every row as a buyer-side 1688 order', () => {
    for (const s of list) {
      expect(s.platform).toBe('1688');
      expect(s.perspective).toBe('buyer');
      expect(s.cancelRequested).toBe(false);
      expect(s.source.reader).toBe('1688/buyer-order-list');
      expect(s.source.url).toMatch(/^https:\/\/trade\.1688\.com\/order\/buyer_order_list\.htm/);
    }
  });

  it('reads each state, the refund flag, buttons and dates', () => {
    expect(list.map(brief)).toEqual([
      {
        orderId: '3293626225672531283',
        stage: 'awaiting-payment',
        nativeStatus: '等待买家付款',
        orderedAt: '2024-05-25T10:30:00+08:00',
        refundInProgress: undefined,
        pageActions: ['close-order'],
        missing: [],
      },
      {
        orderId: '3301122334455667788',
        stage: 'awaiting-shipment',
        nativeStatus: '等待卖家发货',
        orderedAt: '2024-05-24T08:05:12+08:00',
        refundInProgress: undefined,
        pageActions: ['request-refund'],
        missing: [],
      },
      {
        orderId: '3301122334455667799',
        stage: 'awaiting-shipment',
        nativeStatus: '等待卖家发货退款中',
        orderedAt: '2024-05-23T21:40:00+08:00',
        refundInProgress: true,
        pageActions: [],
        missing: [],
      },
      {
        // The product title says 交易成功 and carries markup; only the status cell counts.
        orderId: '3287766554433221100',
        stage: 'shipped',
        nativeStatus: '等待买家确认收货',
        orderedAt: '2024-05-20T14:00:59+08:00',
        refundInProgress: undefined,
        pageActions: [],
        missing: [],
      },
      {
        orderId: '3270011223344556677',
        stage: 'completed',
        nativeStatus: '交易成功',
        orderedAt: '2024-05-01T09:00:00+08:00',
        refundInProgress: undefined,
        pageActions: [],
        missing: [],
      },
      {
        orderId: '3260099887766554433',
        stage: 'closed',
        nativeStatus: '交易关闭',
        orderedAt: '2024-04-28T17:30:00+08:00',
        refundInProgress: undefined,
        pageActions: [],
        missing: [],
      },
      {
        orderId: '3258877665544332211',
        stage: 'awaiting-payment',
        nativeStatus: '已支付，未到账',
        orderedAt: '2024-04-27T11:11:11+08:00',
        refundInProgress: undefined,
        pageActions: [],
        missing: [],
      },
      {
        orderId: '3250000111122223333',
        stage: 'unknown',
        nativeStatus: '等待外星人审批',
        orderedAt: '2024-04-26T10:00:00+08:00',
        refundInProgress: undefined,
        pageActions: [],
        missing: ['stage'],
      },
    ]);
  });

  it('mounts each hint at the start of its own row', () => {
    const { result } = read(buyerOrderListReader, 'buyer-list-legacy');
    if (result.status !== 'read') throw new Error(result.status);
    for (const { mount, snapshot } of result.orders) {
      expect(mount?.where).toBe('prepend');
      expect(mount?.anchor.matches('li.order-item')).toBe(true);
      expect(mount?.anchor.textContent).toContain(snapshot.orderId);
    }
  });

  it('falls back to the hidden trade-id input when the row has no 订单号 label', () => {
    const { document, url } = load1688('buyer-list-legacy');
    for (const label of Array.from(document.querySelectorAll('.order-id'))) label.remove();
    const result = buyerOrderListReader.read(document.body, url);
    if (result.status !== 'read') throw new Error(result.status);
    expect(result.orders.map((o) => o.snapshot.orderId)).toEqual(list.map((s) => s.orderId));
  });

  it('says unreadable, not a guess, when no row has an order number', () => {
    const { document, url } = load1688('buyer-list-legacy');
    for (const el of Array.from(document.querySelectorAll('.order-id, input.tradeId'))) el.remove();
    const result = buyerOrderListReader.read(document.body, url);
    expect(result).toMatchObject({ status: 'unreadable', missing: ['orderId'] });
  });
});

describe('1688 buyer order list, current layout (rows inside shadow roots)', () => {
  it('reads the cards through the shadow roots', () => {
    const list = snapshots(buyerOrderListReader, 'buyer-list-current');
    expect(list.map(brief)).toEqual([
      {
        orderId: '3312345678901234567',
        stage: 'awaiting-shipment',
        nativeStatus: '等待卖家发货',
        orderedAt: '2025-03-01T09:12:45+08:00',
        refundInProgress: undefined,
        pageActions: ['request-refund'],
        missing: [],
      },
      {
        orderId: '3312345678901234568',
        stage: 'awaiting-payment',
        nativeStatus: '待付款',
        orderedAt: '2025-03-02T16:20:00+08:00',
        refundInProgress: undefined,
        pageActions: ['close-order'],
        missing: [],
      },
      {
        orderId: '3312345678901234569',
        stage: 'shipped',
        nativeStatus: '待收货',
        orderedAt: '2025-02-27T07:05:30+08:00',
        refundInProgress: undefined,
        pageActions: [],
        missing: [],
      },
    ]);
    expect(list.every((s) => s.perspective === 'buyer')).toBe(true);
  });

  it('finds nothing in the light DOM alone (the rows really are in a shadow root)', () => {
    const { document } = load1688('buyer-list-current');
    expect(document.querySelectorAll('.order-card')).toHaveLength(0);
  });
});

describe('1688 skeleton', () => {
  it('is not ready while the list has not rendered', () => {
    expect(read(buyerOrderListReader, 'skeleton').result).toEqual({ status: 'not-ready' });
  });

  it('a detail page with no labels yet is not ready either', () => {
    const { document } = load1688('skeleton');
    const url = new URL('https://trade.1688.com/order/new_step_order_detail.htm?orderId=3293626225672531283');
    expect(buyerOrderDetailReader.read(document.body, url)).toEqual({ status: 'not-ready' });
  });
});

describe('1688 buyer order detail', () => {
  it('legacy page: reads 交易状态 / 订单号 / 下单时间 by label', () => {
    const { result } = read(buyerOrderDetailReader, 'buyer-detail-legacy');
    if (result.status !== 'read') throw new Error(result.status);
    expect(result.orders).toHaveLength(1);
    const [order] = result.orders;
    expect(order!.snapshot).toEqual({
      platform: '1688',
      perspective: 'buyer',
      orderId: '3301122334455667788',
      stage: 'awaiting-shipment',
      nativeStatus: '等待卖家发货',
      cancelRequested: false,
      orderedAt: '2024-05-24T08:05:12+08:00',
      pageActions: ['request-refund'],
      source: {
        url: 'https://trade.1688.com/order/new_step_order_detail.htm?orderId=3301122334455667788&tracelog=20120313bscentertologisticsbuyer#logisticsTabTitle',
        reader: '1688/buyer-order-detail',
        missing: [],
      },
    });
    expect(order!.mount?.where).toBe('after');
    expect(order!.mount?.anchor.textContent).toContain('交易状态');
  });

  it('legacy page with 退款中 on top of 等待卖家发货: still awaiting shipment, with a refund under way', () => {
    const { result } = read(buyerOrderDetailReader, 'buyer-detail-refunding');
    if (result.status !== 'read') throw new Error(result.status);
    expect(result.orders).toHaveLength(1);
    expect(result.orders[0]!.snapshot).toEqual({
      platform: '1688',
      perspective: 'buyer',
      orderId: '3301122334455669911',
      stage: 'awaiting-shipment',
      nativeStatus: '等待卖家发货 退款中',
      cancelRequested: false,
      orderedAt: '2024-05-26T14:22:08+08:00',
      refundInProgress: true,
      // 查看退款 is no order action; 交易成功 in the product title is no status.
      pageActions: [],
      source: {
        url: 'https://trade.1688.com/order/new_step_order_detail.htm?orderId=3301122334455669911&tracelog=20120313bscentertologisticsbuyer#logisticsTabTitle',
        reader: '1688/buyer-order-detail',
        missing: [],
      },
    });
  });

  it('the refund tag counts wherever it sits in the status row (before the label too)', () => {
    const { document, url } = load1688('buyer-detail-refunding');
    const row = document.querySelector('.status-line')!;
    row.prepend(row.querySelector('.refund-tag')!);
    const result = buyerOrderDetailReader.read(document.body, url);
    if (result.status !== 'read') throw new Error(result.status);
    expect(result.orders[0]!.snapshot).toMatchObject({
      nativeStatus: '退款中 等待卖家发货',
      stage: 'awaiting-shipment',
      refundInProgress: true,
    });
  });

  it('air.1688.com page: reads 订单状态 / 订单编号 inside a shadow root', () => {
    const { result } = read(buyerOrderDetailReader, 'buyer-detail-air');
    if (result.status !== 'read') throw new Error(result.status);
    expect(result.orders[0]!.snapshot).toEqual({
      platform: '1688',
      perspective: 'buyer',
      orderId: '3293626225672531283',
      stage: 'awaiting-payment',
      nativeStatus: '等待买家付款',
      cancelRequested: false,
      orderedAt: '2024-05-25T10:30:00+08:00',
      pageActions: ['close-order'],
      // The goods' name as the page shows it (hostile markup stays text).
      itemTitle: '示例发夹 10件装 <svg onload=alert(3)>',
      source: {
        url: 'https://air.1688.com/app/ctf-page/trade-order-detail/index.html?orderId=3293626225672531283&to=logisticsTabTitle',
        reader: '1688/buyer-order-detail',
        missing: [],
      },
    });
  });

  it('uses the URL order id and marks the stage unknown when the status label is missing', () => {
    const { document, url } = load1688('buyer-detail-legacy');
    document.querySelector('.status-line')!.remove();
    for (const th of Array.from(document.querySelectorAll('th'))) if (th.textContent === '订单号：') th.parentElement!.remove();
    // The 订单号 row is gone, so only the URL names the order; the page still shows 下单时间.
    const result = buyerOrderDetailReader.read(document.body, url);
    expect(result).toEqual({ status: 'not-ready' });
    const withId = load1688('buyer-detail-legacy');
    withId.document.querySelector('.status-line')!.remove();
    const read2 = buyerOrderDetailReader.read(withId.document.body, withId.url);
    if (read2.status !== 'read') throw new Error(read2.status);
    expect(read2.orders[0]!.snapshot).toMatchObject({
      orderId: '3301122334455667788',
      stage: 'unknown',
      nativeStatus: '',
      source: { missing: ['nativeStatus', 'stage'] },
    });
    expect(read2.orders[0]!.mount).toBeNull();
  });

  it('an unknown 交易状态 reads as unknown, with the text kept', () => {
    const { document, url } = load1688('buyer-detail-legacy');
    document.querySelector('.status-value')!.textContent = '等待外星人审批';
    const result = buyerOrderDetailReader.read(document.body, url);
    if (result.status !== 'read') throw new Error(result.status);
    expect(result.orders[0]!.snapshot).toMatchObject({
      stage: 'unknown',
      nativeStatus: '等待外星人审批',
      source: { missing: ['stage'] },
    });
  });
});

describe('1688 seller order list', () => {
  it('reads rows from the seller perspective', () => {
    const list = snapshots(sellerOrderListReader, 'seller-list');
    expect(list.map((s) => [s.orderId, s.perspective, s.stage, s.pageActions, s.source.reader])).toEqual([
      ['3320000000000000001', 'seller', 'awaiting-payment', ['close-order'], '1688/seller-order-list'],
      ['3320000000000000002', 'seller', 'awaiting-shipment', [], '1688/seller-order-list'],
      ['3320000000000000003', 'seller', 'completed', [], '1688/seller-order-list'],
    ]);
    expect(list[0]!.orderedAt).toBe('2025-04-10T13:45:00+08:00');
  });
});

describe('1688 seller list by column meaning (evidence/seller-list-td-columns)', () => {
  const readEdited = (edit: (doc: Document) => void): OrderSnapshot[] => {
    const { document, url } = load1688('evidence/seller-list-td-columns');
    edit(document);
    const result = sellerOrderListReader.read(sellerOrderListReader.root(document)!, url);
    if (result.status !== 'read') throw new Error(result.status);
    return result.orders.map((o) => o.snapshot);
  };
  const heading = (doc: Document): Element =>
    Array.from(doc.querySelectorAll('.order-list-head td')).find((td) => td.textContent === '交易状态')!;

  it("reads the status under the 交易状态 heading, without the cell's links", () => {
    const [first] = readEdited(() => {});
    expect(first).toMatchObject({ stage: 'awaiting-payment', nativeStatus: '等待买家付款' });
  });

  it('without the heading the status column is not guessed by position: unknown', () => {
    const orders = readEdited((doc) => heading(doc).remove());
    expect(orders.map((o) => o.stage)).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
    expect(orders[0]!.source.missing).toContain('nativeStatus');
  });

  it('a heading in another word (not a status heading) is not taken either', () => {
    const orders = readEdited((doc) => {
      heading(doc).textContent = '备注';
    });
    expect(new Set(orders.map((o) => o.stage))).toEqual(new Set(['unknown']));
  });

  it('follows the heading to whichever column it names, by its class', () => {
    // The heading moves to the price column: the status is read there, and a price is no status word.
    const orders = readEdited((doc) => {
      heading(doc).className = 's6';
    });
    expect(new Set(orders.map((o) => o.stage))).toEqual(new Set(['unknown']));
  });
});

describe('1688 current buyer list on air.1688.com (evidence/buyer-list-order-item-shadow)', () => {
  it('reads each <order-item> through its shadow root, with its id and order time', () => {
    const list = snapshots(buyerOrderListReader, 'evidence/buyer-list-order-item-shadow');
    expect(list.map((s) => [s.orderId, s.stage])).toEqual([
      ['3312345678901240001', 'awaiting-shipment'],
      ['3312345678901240002', 'shipped'],
      ['3312345678901240003', 'awaiting-payment'],
      ['3312345678901240004', 'closed'],
    ]);
    expect(list[0]!.orderedAt).toBe('2025-03-01T09:12:45+08:00');
  });
});

describe('1688 payment facts beside the stage', () => {
  it('已支付，未到账 is awaiting payment with the payment on its way; 已发货，未到账 shipped with it', async () => {
    const { read1688Status } = await import('../../../../src/platforms/1688/status');
    expect(read1688Status('已支付，未到账')).toEqual({
      stage: 'awaiting-payment',
      refundInProgress: false,
      paymentStatus: 'paid-not-received',
    });
    expect(read1688Status('已发货，未到账')).toEqual({ stage: 'shipped', refundInProgress: false, paymentStatus: 'paid-not-received' });
    expect(read1688Status('等待买家付款')).toEqual({ stage: 'awaiting-payment', refundInProgress: false });
    // Two words that agree on the stage but not on the payment: no payment fact.
    expect(read1688Status('等待买家付款 已支付，未到账')).toEqual({ stage: 'awaiting-payment', refundInProgress: false });
  });
});

describe('1688 item titles (the {item} of a message)', () => {
  it('reads each row’s product name, without the options line beside it', () => {
    expect(snapshots(sellerOrderListReader, 'seller-list').map((s) => s.itemTitle)).toEqual([
      '示例帆布袋 50个',
      '示例纸箱 100个',
      '示例胶带',
    ]);
    const legacy = snapshots(buyerOrderListReader, 'buyer-list-legacy').map((s) => s.itemTitle);
    expect(legacy[0]).toBe('示例发夹 10件装');
    expect(legacy.every((title) => title !== undefined && !title.includes('颜色'))).toBe(true);
  });

  it('reads the names inside the current list’s shadow roots and the seller list’s offer links', () => {
    expect(snapshots(buyerOrderListReader, 'evidence/buyer-list-order-item-shadow').map((s) => s.itemTitle)).toContain('示例收纳盒 3个装');
    expect(snapshots(sellerOrderListReader, 'evidence/seller-list-td-columns').map((s) => s.itemTitle)).toContain('示例胶带 20卷');
  });

  it('leaves it out where the page shows no name', () => {
    expect(snapshots(buyerOrderDetailReader, 'buyer-detail-legacy')[0]?.itemTitle).toBeUndefined();
  });
});
