// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { amazonOrderDetailsReader as reader, combineItemStages } from '../../../../src/platforms/amazon/order-details';
import type { OrderSnapshot } from '../../../../src/rules/types';
import type { ReadOrder, ReadResult } from '../../../../src/platforms/types';
import { loadAmazonFixture, loadHtml } from './fixture';

function readFixture(fileName: string): { result: ReadResult; html: string } {
  const page = loadAmazonFixture(fileName);
  const root = reader.root(page.document);
  expect(root).not.toBeNull();
  const result = reader.read(root as Element, page.url);
  return { result, html: page.document.documentElement.outerHTML };
}

function onlyOrder(result: ReadResult): ReadOrder {
  expect(result.status).toBe('read');
  if (result.status !== 'read') throw new Error(result.status);
  expect(result.orders).toHaveLength(1);
  return result.orders[0] as ReadOrder;
}

type Expected = Pick<OrderSnapshot, 'orderId' | 'stage' | 'cancelRequested'> &
  Partial<
    Pick<
      OrderSnapshot,
      'fulfilledBy' | 'marketplace' | 'orderedAt' | 'shipBy' | 'deliverBy' | 'autoCancelAt' | 'nativeStatus' | 'itemCount'
    >
  > & {
    missing: string[];
  };

const fixtures: Record<string, Expected> = {
  'details-unshipped-us.html': {
    orderId: '111-2222222-3333333',
    stage: 'awaiting-shipment',
    cancelRequested: false,
    fulfilledBy: 'merchant',
    marketplace: 'amazon.com',
    orderedAt: '2019-12-04T16:27:00.000Z',
    shipBy: '2019-12-05T23:59:59.999Z',
    deliverBy: '2019-12-13T23:59:59.999Z',
    autoCancelAt: '2019-12-16T23:59:59.999Z',
    nativeStatus: 'Unshipped',
    itemCount: 1,
    missing: [],
  },
  'details-unshipped-buyer-cancel-us.html': {
    orderId: '112-3333333-4444444',
    stage: 'awaiting-shipment',
    cancelRequested: true,
    fulfilledBy: 'merchant',
    marketplace: 'amazon.com',
    orderedAt: '2019-12-04T16:27:00.000Z',
    shipBy: '2019-12-05T23:59:59.999Z',
    deliverBy: '2019-12-13T23:59:59.999Z',
    missing: [],
  },
  'details-unshipped-buyer-cancel-jp-en.html': {
    orderId: '503-1111111-2222222',
    stage: 'awaiting-shipment',
    cancelRequested: true,
    fulfilledBy: 'merchant',
    marketplace: 'amazon.co.jp',
    orderedAt: '2019-12-03T23:27:00.000Z',
    shipBy: '2019-12-05T23:59:59.999Z',
    deliverBy: '2019-12-13T23:59:59.999Z',
    missing: [],
  },
  'details-pending-us.html': {
    orderId: '113-4444444-5555555',
    stage: 'awaiting-payment',
    cancelRequested: false,
    fulfilledBy: 'merchant',
    marketplace: 'amazon.com',
    orderedAt: '2019-12-05T07:05:00.000Z',
    shipBy: '2019-12-06T23:59:59.999Z',
    nativeStatus: 'Pending',
    missing: ['deliverBy'],
  },
  'details-shipped-eu.html': {
    orderId: '302-5555555-6666666',
    stage: 'shipped',
    cancelRequested: false,
    fulfilledBy: 'merchant',
    marketplace: 'amazon.fr',
    orderedAt: '2019-12-04T14:20:00.000Z',
    shipBy: '2019-12-05T23:59:59.999Z',
    deliverBy: '2019-12-13T23:59:59.999Z',
    itemCount: 1,
    missing: [],
  },
  'details-partially-shipped-uk.html': {
    orderId: '202-6666666-7777777',
    stage: 'partially-shipped',
    cancelRequested: false,
    fulfilledBy: 'merchant',
    marketplace: 'amazon.co.uk',
    orderedAt: '2019-12-04T08:27:00.000Z',
    shipBy: '2019-12-05T23:59:59.999Z',
    deliverBy: '2019-12-13T23:59:59.999Z',
    nativeStatus: 'Shipped, Unshipped',
    itemCount: 2,
    missing: [],
  },
  'details-canceled-es.html': {
    orderId: '404-7777777-8888888',
    stage: 'canceled',
    cancelRequested: false,
    fulfilledBy: 'merchant',
    marketplace: 'amazon.es',
    orderedAt: '2019-12-04T07:27:00.000Z',
    shipBy: '2019-12-05T23:59:59.999Z',
    nativeStatus: 'Pedido cancelado',
    missing: ['deliverBy'],
  },
  'details-fba-de.html': {
    orderId: '305-8888888-9999999',
    stage: 'awaiting-shipment',
    cancelRequested: false,
    fulfilledBy: 'platform',
    marketplace: 'amazon.de',
    orderedAt: '2019-12-04T07:27:00.000Z',
    deliverBy: '2019-12-13T23:59:59.999Z',
    nativeStatus: 'Nicht versandt',
    missing: ['shipBy'],
  },
  'details-unshipped-zh.html': {
    orderId: '114-1234567-7654321',
    stage: 'awaiting-shipment',
    cancelRequested: false,
    fulfilledBy: 'merchant',
    marketplace: 'amazon.com',
    orderedAt: '2019-12-04T23:27:00.000Z',
    shipBy: '2019-12-05T23:59:59.999Z',
    deliverBy: '2019-12-13T23:59:59.999Z',
    nativeStatus: '未发货',
    missing: [],
  },
  'details-missing-fields.html': {
    orderId: '115-2468024-1357913',
    stage: 'awaiting-shipment',
    cancelRequested: false,
    fulfilledBy: 'merchant',
    marketplace: 'amazon.com',
    orderedAt: '2019-12-04T16:27:00.000Z',
    missing: ['shipBy', 'deliverBy'],
  },
  // Localized UIs: the status word, labels and dates in German and French; the sales channel names the marketplace.
  'details-unshipped-de.html': {
    orderId: '306-1212121-3434343',
    stage: 'awaiting-shipment',
    cancelRequested: false,
    fulfilledBy: 'merchant',
    marketplace: 'amazon.de',
    orderedAt: '2019-12-04T07:27:00.000Z',
    shipBy: '2019-12-05T23:59:59.999Z',
    deliverBy: '2019-12-13T23:59:59.999Z',
    nativeStatus: 'Nicht versandt',
    itemCount: 1,
    missing: [],
  },
  'details-unshipped-fr.html': {
    orderId: '171-5656565-7878787',
    stage: 'awaiting-shipment',
    cancelRequested: false,
    fulfilledBy: 'merchant',
    marketplace: 'amazon.fr',
    orderedAt: '2019-12-04T08:27:00.000Z',
    shipBy: '2019-12-05T23:59:59.999Z',
    deliverBy: '2019-12-13T23:59:59.999Z',
    nativeStatus: 'Non expédié',
    itemCount: 1,
    missing: [],
  },
  'details-unknown-layout.html': {
    orderId: '116-1111111-9999999',
    stage: 'unknown',
    cancelRequested: false,
    marketplace: 'amazon.com',
    nativeStatus: 'Awaiting verification',
    missing: ['stage', 'orderedAt', 'shipBy', 'deliverBy', 'fulfilledBy'],
  },
};

describe('amazonOrderDetailsReader on saved pages', () => {
  for (const [fileName, expected] of Object.entries(fixtures)) {
    it(fileName, () => {
      const { snapshot, mount } = onlyOrder(readFixture(fileName).result);
      const { missing, ...fields } = expected;
      expect(snapshot).toMatchObject({ platform: 'amazon', perspective: 'seller', ...fields });
      for (const field of ['fulfilledBy', 'orderedAt', 'shipBy', 'deliverBy', 'autoCancelAt'] as const) {
        if (!(field in expected)) expect(snapshot[field], field).toBeUndefined();
      }
      expect([...snapshot.source.missing].sort()).toEqual([...missing].sort());
      expect(snapshot.source.reader).toBe('amazon/order-details');
      expect(mount).not.toBeNull();
    });
  }

  it('skeleton (app root only) → not-ready', () => {
    expect(readFixture('details-skeleton.html').result).toEqual({ status: 'not-ready' });
  });

  it('mounts after the header buttons, or at the top of the app root when there are none', () => {
    const withHeader = onlyOrder(readFixture('details-unshipped-us.html').result).mount;
    expect(withHeader?.where).toBe('after');
    expect(withHeader?.anchor.getAttribute('data-test-id')).toBe('order-details-header-action-buttons');
    const withoutHeader = onlyOrder(readFixture('details-unknown-layout.html').result).mount;
    expect(withoutHeader).toMatchObject({ where: 'prepend' });
    expect(withoutHeader?.anchor.id).toBe('MYO-app');
  });

  it('hidden item-status templates and package tables do not count as items', () => {
    // details-partially-shipped-uk has 4 item-status labels: 2 items, 1 in the package table, 1 hidden.
    expect(onlyOrder(readFixture('details-partially-shipped-uk.html').result).snapshot.itemCount).toBe(2);
  });

  it('never carries the buyer address or phone; the product title only as the item title, as text', () => {
    for (const fileName of Object.keys(fixtures)) {
      const { itemTitle, ...rest } = onlyOrder(readFixture(fileName).result).snapshot;
      const json = JSON.stringify(rest);
      for (const text of ['Testa', 'Example Lane', '555 0100', 'Residential', 'onerror', 'Water Bottle']) expect(json).not.toContain(text);
      for (const text of ['Testa', 'Example Lane', '555 0100']) expect(itemTitle ?? '').not.toContain(text);
    }
    // The hostile title is kept as the words it shows: a string, never markup (the message renderer sanitises it too).
    expect(onlyOrder(readFixture('details-unshipped-us.html').result).snapshot.itemTitle).toBe(
      '<img src=x onerror=alert(1)> Stainless Steel Water Bottle 750 ml',
    );
  });

  it('localized pages: no buyer data, and status words in product titles or hidden templates are not read', () => {
    for (const fileName of ['details-unshipped-de.html', 'details-unshipped-fr.html']) {
      const { snapshot } = onlyOrder(readFixture(fileName).result);
      const { itemTitle: _title, ...rest } = snapshot;
      const json = JSON.stringify(rest);
      for (const text of ['Erika', 'Musterweg', 'Camille', 'Exemple', 'Privatadresse', 'Trinkflasche', 'Gourde'])
        expect(json).not.toContain(text);
      // "Versandt" / "Expédié" sit in a hidden template, "Annulée" in a product title: the order stays unshipped.
      expect(snapshot.nativeStatus).not.toMatch(/^(?:Versandt|Expédié)$/u);
    }
  });

  it('hostile product text stays text: no element is created from it', () => {
    const { html } = readFixture('details-unshipped-us.html');
    const page = loadAmazonFixture('details-unshipped-us.html');
    expect(page.document.querySelectorAll('img[onerror]')).toHaveLength(0);
    expect(page.document.querySelector('.myo-list-orders-product-name-cell')?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('reads the id from the URL when the id element is absent', () => {
    const page = loadAmazonFixture('details-missing-fields.html');
    page.document.querySelector('[data-test-id="order-id-value"]')?.remove();
    const { snapshot } = onlyOrder(reader.read(reader.root(page.document) as Element, page.url));
    expect(snapshot.orderId).toBe('115-2468024-1357913');
  });

  it('rendered page without any order id → unreadable, with a note in both languages', () => {
    const page = loadAmazonFixture('details-missing-fields.html');
    page.document.querySelector('[data-test-id="order-id-value"]')?.remove();
    const result = reader.read(
      reader.root(page.document) as Element,
      new URL('https://sellercentral.amazon.com/gp/orders-v2/details?orderID=oops'),
    );
    expect(result.status).toBe('unreadable');
    if (result.status !== 'unreadable') return;
    expect(result.missing).toEqual(['orderId']);
    expect(result.note.en).not.toBe('');
    expect(result.note.zh).not.toBe('');
  });

  it('an empty id element (still rendering) → not-ready', () => {
    const page = loadHtml(`<!-- url: https://sellercentral.amazon.com/orders-v3/order/111-2222222-3333333 -->
      <div id="MYO-app"><span data-test-id="order-id-value"></span><table class="a-keyvalue"><tr><td><span data-test-id="item-status-label">Unshipped</span></td></tr></table></div>`);
    expect(reader.read(reader.root(page.document) as Element, page.url)).toEqual({ status: 'not-ready' });
  });

  it('the EU host gives no default marketplace: without a sales channel it is missing', () => {
    const page = loadAmazonFixture('details-shipped-eu.html');
    page.document.querySelector('[data-test-id="order-summary-sales-channel-value"]')?.remove();
    const { snapshot } = onlyOrder(reader.read(reader.root(page.document) as Element, page.url));
    expect(snapshot.marketplace).toBeUndefined();
    expect(snapshot.source.missing).toContain('marketplace');
  });

  it("a sales channel it cannot read leaves the marketplace unknown, never the host's", () => {
    const page = loadAmazonFixture('details-unshipped-us.html');
    const channel = page.document.querySelector('[data-test-id="order-summary-sales-channel-value"]');
    expect(channel).not.toBeNull();
    channel!.textContent = 'Amazon.example';
    const { snapshot } = onlyOrder(reader.read(reader.root(page.document) as Element, page.url));
    expect(snapshot.marketplace).toBeUndefined();
  });

  it('the request element of the status cell counts on the detail page too, hidden copies do not', () => {
    const page = loadAmazonFixture('details-unshipped-us.html');
    const app = page.document.querySelector('#MYO-app')!;
    app.insertAdjacentHTML(
      'beforeend',
      '<div class="a-popover-preload"><div class="buyer-requested-cancel">Buyer cancellation</div></div>',
    );
    expect(onlyOrder(reader.read(reader.root(page.document) as Element, page.url)).snapshot.cancelRequested).toBe(false);
    app.insertAdjacentHTML(
      'beforeend',
      '<div class="buyer-requested-cancel"><div class="buyer-requested-cancel-order-status-message">Stornierungsgrund: x</div></div>',
    );
    expect(onlyOrder(reader.read(reader.root(page.document) as Element, page.url)).snapshot.cancelRequested).toBe(true);
  });
});

describe('amazonOrderDetailsReader.matches', () => {
  it.each([
    ['https://sellercentral.amazon.com/orders-v3/order/111-2222222-3333333', true],
    ['https://sellercentral.amazon.de/orders-v3/order/305-8888888-9999999?ref=x', true],
    ['https://sellercentral.amazon.com/gp/orders-v2/details?orderID=111-2222222-3333333', true],
    ['https://sellercentral.amazon.com/orders-v3/mfn/unshipped', false],
    ['https://sellercentral.amazon.com/orders-v3/order/12345', false],
    ['https://sellercentral.amazon.com/gp/orders-v2/details', false],
  ])('%s → %s', (url, expected) => expect(reader.matches(new URL(url))).toBe(expected));
});

describe('combineItemStages', () => {
  it.each([
    [['shipped', 'shipped'], 'shipped'],
    [['shipped', 'awaiting-shipment'], 'partially-shipped'],
    [['canceled', 'canceled'], 'canceled'],
    [['canceled', 'shipped'], 'shipped'],
    [['awaiting-payment', 'awaiting-shipment'], 'awaiting-payment'],
    [['awaiting-shipment'], 'awaiting-shipment'],
    [['delivered', 'delivered'], 'delivered'],
    [['delivered', 'shipped'], 'shipped'],
    [['shipped', 'unknown'], 'unknown'],
    [[], 'unknown'],
  ] as const)('%j → %s', (stages, expected) => expect(combineItemStages(stages)).toBe(expected));
});
