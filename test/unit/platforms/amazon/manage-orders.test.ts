// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { amazonManageOrdersReader as reader, fulfilledByFromListPath } from '../../../../src/platforms/amazon/manage-orders';
import { amazonReaders } from '../../../../src/platforms/amazon/readers';
import type { ReadOrder, ReadResult } from '../../../../src/platforms/types';
import { benchOrderId, makeManageOrdersHtml } from '../../../fixtures/amazon/make-manage-orders';
import { loadAmazonFixture, loadHtml, type LoadedPage } from './fixture';

function readPage(page: LoadedPage): ReadResult {
  return reader.read(reader.root(page.document) as Element, page.url);
}

function ordersOf(result: ReadResult): ReadOrder[] {
  expect(result.status).toBe('read');
  return result.status === 'read' ? result.orders : [];
}

describe('amazonManageOrdersReader on manage-orders-unshipped.html', () => {
  const page = loadAmazonFixture('manage-orders-unshipped.html');
  const orders = ordersOf(readPage(page));
  const byId = new Map(orders.map((order) => [order.snapshot.orderId, order]));

  it('reads one order per order row, in page order', () => {
    expect(orders.map((order) => order.snapshot.orderId)).toEqual([
      '111-0000001-0000001',
      '111-0000002-0000002',
      '111-0000003-0000003',
      '111-0000004-0000004',
      '111-0000005-0000005',
      '111-0000006-0000006',
    ]);
  });

  it('gives the buyer-cancellation banner to the order directly below it, and only to it', () => {
    expect(orders.filter((order) => order.snapshot.cancelRequested).map((order) => order.snapshot.orderId)).toEqual([
      '111-0000002-0000002',
    ]);
  });

  it('reads a plain unshipped seller-fulfilled row', () => {
    expect(byId.get('111-0000001-0000001')?.snapshot).toMatchObject({
      platform: 'amazon',
      perspective: 'seller',
      stage: 'awaiting-shipment',
      nativeStatus: 'Unshipped',
      fulfilledBy: 'merchant',
      marketplace: 'amazon.com',
      shipBy: '2019-12-06T23:59:59.999Z',
      deliverBy: '2019-12-13T23:59:59.999Z',
      itemCount: 1,
      source: { reader: 'amazon/manage-orders', missing: ['orderedAt'] },
    });
  });

  it('counts the items of a multi-item order and reads its sales channel', () => {
    expect(byId.get('111-0000003-0000003')?.snapshot).toMatchObject({ itemCount: 2, marketplace: 'amazon.ca', cancelRequested: false });
  });

  it('reads an FBA row as fulfilled by Amazon, without inventing ship-by dates', () => {
    const snapshot = byId.get('111-0000004-0000004')?.snapshot;
    expect(snapshot).toMatchObject({ fulfilledBy: 'platform', stage: 'awaiting-shipment' });
    expect(snapshot?.shipBy).toBeUndefined();
    expect(snapshot?.source.missing).toEqual(expect.arrayContaining(['shipBy', 'deliverBy']));
  });

  it('does not depend on column positions (row with an extra checkbox column, "Fulfilment" spelling)', () => {
    expect(byId.get('111-0000005-0000005')?.snapshot).toMatchObject({
      fulfilledBy: 'merchant',
      shipBy: '2019-12-04T23:59:59.999Z',
      deliverBy: '2019-12-12T23:59:59.999Z',
    });
  });

  it('reads a pending row', () => {
    expect(byId.get('111-0000006-0000006')?.snapshot).toMatchObject({ stage: 'awaiting-payment', nativeStatus: 'Pending' });
  });

  it('mounts each hint in the status cell', () => {
    for (const order of orders) {
      expect(order.mount?.where).toBe('append');
      expect(order.mount?.anchor.tagName).toBe('TD');
      expect(order.mount?.anchor.querySelector('.main-status')).not.toBeNull();
    }
  });

  it('hostile product text never becomes markup or snapshot data', () => {
    expect(page.document.querySelectorAll('img[onerror]')).toHaveLength(0);
    // Only the item title carries the product's words, as text; no other field picks them up.
    expect(JSON.stringify(orders.map(({ snapshot: { itemTitle: _title, ...rest } }) => rest))).not.toContain('onerror');
    expect(orders.map((order) => order.snapshot.itemTitle)).toEqual([
      '<img src=x onerror=alert(1)> Enamel Camping Mug',
      'Beeswax Candle',
      'Oak Coasters, Set of 6; Oak Trivet',
      'Steel Water Bottle',
      'Cotton Apron',
      'Hemp Shopping Bag',
    ]);
  });
});

describe('amazonManageOrdersReader on manage-orders-canceled-pending.html (search results, every state)', () => {
  const page = loadAmazonFixture('manage-orders-canceled-pending.html');
  const orders = ordersOf(readPage(page));
  const snapshotOf = (orderId: string) => orders.find((order) => order.snapshot.orderId === orderId)?.snapshot;

  it('reads every row, none with a cancel request ("Canceled by buyer" is the outcome, not a request)', () => {
    expect(orders.map((order) => [order.snapshot.orderId, order.snapshot.stage, order.snapshot.cancelRequested])).toEqual([
      ['111-0000011-0000011', 'canceled', false],
      ['111-0000012-0000012', 'awaiting-payment', false],
      ['111-0000013-0000013', 'awaiting-shipment', false],
      ['111-0000014-0000014', 'shipped', false],
    ]);
  });

  it('reads a canceled row whose product title says "Shipped" as canceled', () => {
    expect(snapshotOf('111-0000011-0000011')).toMatchObject({
      nativeStatus: 'Canceled',
      fulfilledBy: 'merchant',
      marketplace: 'amazon.com',
      shipBy: '2019-12-06T23:59:59.999Z',
      deliverBy: '2019-12-16T23:59:59.999Z',
      source: { missing: ['orderedAt'] },
    });
  });

  it('reads a pending row without a buyer name or deliver-by date', () => {
    expect(snapshotOf('111-0000012-0000012')).toMatchObject({
      nativeStatus: 'Pending',
      fulfilledBy: 'merchant',
      shipBy: '2019-12-06T23:59:59.999Z',
      source: { missing: ['deliverBy', 'orderedAt'] },
    });
    expect(snapshotOf('111-0000012-0000012')?.deliverBy).toBeUndefined();
  });

  it('search results name no fulfilment channel: only the row labels say it', () => {
    expect(fulfilledByFromListPath(page.url.pathname)).toBeUndefined();
    expect(orders.every((order) => order.snapshot.fulfilledBy === 'merchant')).toBe(true);
  });
});

describe('amazonManageOrdersReader on manage-orders-fba.html (FBA tab, rows without a fulfilment label)', () => {
  const page = loadAmazonFixture('manage-orders-fba.html');
  const orders = ordersOf(readPage(page));

  it('takes "fulfilled by Amazon" from the tab for every row, and reads each status', () => {
    expect(orders.map(({ snapshot }) => [snapshot.orderId, snapshot.stage, snapshot.fulfilledBy, snapshot.marketplace])).toEqual([
      ['112-0000021-0000021', 'awaiting-shipment', 'platform', 'amazon.com'],
      ['112-0000022-0000022', 'awaiting-payment', 'platform', 'amazon.ca'],
      ['112-0000023-0000023', 'shipped', 'platform', 'amazon.com'],
      ['112-0000024-0000024', 'canceled', 'platform', 'amazon.com'],
    ]);
  });

  it('invents no ship-by date for Amazon-fulfilled rows and misses no fulfilment', () => {
    for (const { snapshot } of orders) {
      expect(snapshot.shipBy).toBeUndefined();
      expect(snapshot.source.missing).toContain('shipBy');
      expect(snapshot.source.missing).not.toContain('fulfilledBy');
      expect(snapshot.cancelRequested).toBe(false);
    }
    expect(orders[2]?.snapshot.deliverBy).toBe('2019-12-05T23:59:59.999Z');
  });
});

describe('amazonManageOrdersReader readiness', () => {
  it('no table yet → not-ready', () => {
    const page = loadHtml(
      '<!-- url: https://sellercentral.amazon.com/orders-v3/mfn/unshipped -->\n<div id="MYO-app"><kat-spinner></kat-spinner></div>',
    );
    expect(readPage(page)).toEqual({ status: 'not-ready' });
  });

  it('a table without rows and no count yet → not-ready', () => {
    const page = loadHtml(
      '<!-- url: https://sellercentral.amazon.com/orders-v3/mfn/unshipped -->\n<div id="MYO-app"><table id="orders-table"><thead><tr><th>Order details</th></tr></thead><tbody></tbody></table></div>',
    );
    expect(readPage(page)).toEqual({ status: 'not-ready' });
  });

  it('a table that says "0 orders" → read with no orders', () => {
    expect(readPage(loadHtml(makeManageOrdersHtml(0)))).toEqual({ status: 'read', orders: [] });
  });
});

describe('amazonManageOrdersReader.matches', () => {
  it.each([
    ['https://sellercentral.amazon.com/orders-v3/mfn/unshipped', true],
    ['https://sellercentral.amazon.com/orders-v3/mfn/shipped?page=2', true],
    ['https://sellercentral.amazon.de/orders-v3/fba/all', true],
    ['https://sellercentral.amazon.com/orders-v3/search?q=111-2222222-3333333', true],
    ['https://sellercentral.amazon.com/orders-v3', true],
    ['https://sellercentral.amazon.com/orders-v3/order/111-2222222-3333333', false],
    ['https://sellercentral.amazon.com/orders-v30', false],
    ['https://sellercentral.amazon.com/home', false],
  ])('%s → %s', (url, expected) => expect(reader.matches(new URL(url))).toBe(expected));

  it('exactly one Amazon reader claims each order page', () => {
    for (const url of [
      'https://sellercentral.amazon.com/orders-v3/order/111-2222222-3333333',
      'https://sellercentral.amazon.com/orders-v3/mfn/unshipped',
    ]) {
      expect(amazonReaders.filter((candidate) => candidate.matches(new URL(url)))).toHaveLength(1);
    }
  });
});

describe('amazonManageOrdersReader speed', () => {
  // A correctness test on a big page: the timing is printed, never asserted, and the bound is generous
  // because a machine busy with other suites can be many times slower than an idle one.
  it('reads 500 generated rows (timing printed, not asserted)', { timeout: 30_000 }, () => {
    const page = loadHtml(makeManageOrdersHtml(500));
    const root = reader.root(page.document) as Element;
    reader.read(root, page.url); // warm-up
    const started = performance.now();
    const orders = ordersOf(reader.read(root, page.url));
    const elapsed = performance.now() - started;
    console.log(`amazon/manage-orders: 500 rows read in ${elapsed.toFixed(1)} ms (happy-dom)`);
    expect(orders).toHaveLength(500);
    expect(orders.every((order, index) => order.snapshot.orderId === benchOrderId(index))).toBe(true);
    expect(orders[3]?.snapshot).toMatchObject({ orderId: benchOrderId(3), cancelRequested: true });
    expect(orders[4]?.snapshot.cancelRequested).toBe(false);
    expect(orders[7]?.snapshot.fulfilledBy).toBe('platform');
  });
});

describe('fulfilment from the list tab', () => {
  it('reads mfn and fba tabs, and nothing from other lists', () => {
    expect(fulfilledByFromListPath('/orders-v3/mfn/unshipped')).toBe('merchant');
    expect(fulfilledByFromListPath('/orders-v3/fba/all')).toBe('platform');
    expect(fulfilledByFromListPath('/orders-v3/search')).toBeUndefined();
    expect(fulfilledByFromListPath('/orders-v3/mfnx')).toBeUndefined();
  });
});

describe('Manage Orders in other interface languages (evidence pages)', () => {
  const snapshotOf = (page: LoadedPage, id: string) => ordersOf(readPage(page)).find((o) => o.snapshot.orderId === id)?.snapshot;

  it('an unread sales-channel label: the host marketplace only when the row names no other one', () => {
    const page = loadAmazonFixture('evidence/manage-orders-de-ui.html');
    for (const label of Array.from(page.document.querySelectorAll('span')).filter((s) => s.textContent === 'Vertriebskanal:')) {
      label.textContent = 'Verkaufskanal der Zukunft:';
    }
    expect(snapshotOf(page, '302-2000001-3000001')?.marketplace).toBe('amazon.de');
    expect(snapshotOf(page, '402-2000003-3000003')?.marketplace).toBeUndefined();
  });

  it('the status cell request counts only where it shows: a hidden copy is not a request', () => {
    const page = loadAmazonFixture('evidence/manage-orders-status-cell-cancel-request.html');
    const request = page.document.querySelector('.buyer-requested-cancel')!;
    const hidden = page.document.createElement('div');
    hidden.className = 'a-popover-preload';
    request.replaceWith(hidden);
    hidden.append(request);
    expect(snapshotOf(page, '111-2345678-9012345')?.cancelRequested).toBe(false);
    expect(snapshotOf(page, '111-3456789-0123456')?.cancelRequested).toBe(true);
  });
});
