// The four AliExpress readers on their fixtures: what each order reads as, and the page states that are not orders.
import { afterEach, describe, expect, test } from 'vitest';
import { aliexpress } from '../../../../src/platforms/aliexpress/platform';
import { aliexpressReaders, createAliexpressReaders } from '../../../../src/platforms/aliexpress/readers';
import type { PageReader, ReadResult } from '../../../../src/platforms/types';
import { loadFixture, type LoadedFixture } from './fixture';

const NOW = new Date('2026-04-14T12:00:00Z');
const readers = createAliexpressReaders({ now: () => NOW });

let open: LoadedFixture[] = [];
afterEach(async () => {
  for (const f of open) await f.close();
  open = [];
});

function readerFor(url: URL): PageReader {
  const matching = readers.filter((r) => r.matches(url));
  expect(matching, url.href).toHaveLength(1);
  return matching[0] as PageReader;
}

function read(name: string): { result: ReadResult; fixture: LoadedFixture; reader: PageReader } {
  const fixture = loadFixture(name);
  open.push(fixture);
  const reader = readerFor(fixture.url);
  return { result: reader.read(fixture.document, fixture.url), fixture, reader };
}

/** The fields that matter per order, in page order. */
function summary(result: ReadResult): unknown[] {
  if (result.status !== 'read') throw new Error(`expected a read, got ${result.status}`);
  return result.orders.map(({ snapshot: s }) => ({
    orderId: s.orderId,
    stage: s.stage,
    nativeStatus: s.nativeStatus,
    cancelRequested: s.cancelRequested,
    ...(s.orderedAt ? { orderedAt: s.orderedAt } : {}),
    ...(s.deadlineAt ? { deadlineAt: s.deadlineAt } : {}),
    ...(s.itemCount ? { itemCount: s.itemCount } : {}),
    missing: s.source.missing,
  }));
}

const order = (orderId: string, stage: string, nativeStatus: string, more: Record<string, unknown> = {}) => ({
  orderId,
  stage,
  nativeStatus,
  cancelRequested: false,
  missing: [],
  ...more,
});

describe('aliexpress/buyer-order-list', () => {
  test('EN list: one card per status, a multi-product card, hostile titles read as nothing', () => {
    const { result, reader } = read('buyer-list-en.html');
    expect(reader.id).toBe('aliexpress/buyer-order-list');
    expect(summary(result)).toEqual([
      order('8123456789012341', 'awaiting-payment', 'Awaiting payment', {
        orderedAt: '2026-04-13T00:00:00Z',
        deadlineAt: '2026-04-15T11:10:05.000Z',
        itemCount: 1,
      }),
      order('8123456789012342', 'awaiting-shipment', 'Awaiting shipment', { orderedAt: '2026-04-12T00:00:00Z', itemCount: 1 }),
      order('8123456789012343', 'shipped', 'Awaiting delivery', { orderedAt: '2026-04-02T00:00:00Z', itemCount: 1 }),
      order('8123456789012344', 'completed', 'Completed', { orderedAt: '2026-03-20T00:00:00Z', itemCount: 1 }),
      order('8123456789012345', 'closed', 'Closed', { orderedAt: '2026-03-18T00:00:00Z', itemCount: 1 }),
      order('8123456789012346', 'awaiting-shipment', 'Awaiting shipment', { orderedAt: '2026-04-11T00:00:00Z', itemCount: 3 }),
    ]);
  });

  test('every snapshot names its platform, perspective, reader and URL; hints go into the card header', () => {
    const { result, fixture } = read('buyer-list-en.html');
    if (result.status !== 'read') throw new Error(result.status);
    for (const { snapshot, mount } of result.orders) {
      expect(snapshot).toMatchObject({
        platform: 'aliexpress',
        perspective: 'buyer',
        marketplace: 'aliexpress.com',
        source: { url: fixture.url.href, reader: 'aliexpress/buyer-order-list' },
      });
      expect(mount?.where).toBe('append');
      expect(mount?.anchor.classList.contains('order-item-header')).toBe(true);
    }
  });

  test('reading is idempotent, and cards added by "View orders" are read on the next read', () => {
    const { result, fixture, reader } = read('buyer-list-en.html');
    const again = reader.read(fixture.document, fixture.url);
    expect(summary(again)).toEqual(summary(result));
    const list = fixture.document.querySelector('.order-main');
    const first = fixture.document.querySelector('.order-item');
    const copy = first?.cloneNode(true) as Element;
    const info = copy.querySelector('.order-item-header-right-info > div:last-child');
    if (info?.firstChild) info.firstChild.nodeValue = 'Order ID: 8123456789019999';
    list?.append(copy);
    const more = reader.read(fixture.document, fixture.url);
    if (more.status !== 'read') throw new Error(more.status);
    expect(more.orders.map((o) => o.snapshot.orderId)).toHaveLength(7);
    expect(more.orders.at(-1)?.snapshot.orderId).toBe('8123456789019999');
  });

  test('ES list: localized labels and dates; an unknown status word is unknown, never a guess', () => {
    const { result } = read('buyer-list-es.html');
    expect(summary(result)).toEqual([
      order('8123456789013001', 'awaiting-shipment', 'Pendiente de envío', { orderedAt: '2026-04-13T00:00:00Z', itemCount: 1 }),
      order('8123456789013002', 'completed', 'Completado', { orderedAt: '2026-03-02T00:00:00Z', itemCount: 1 }),
      order('8123456789013003', 'unknown', 'Estado desconocido nuevo', {
        orderedAt: '2026-02-28T00:00:00Z',
        itemCount: 1,
        missing: ['stage'],
      }),
    ]);
  });

  test('RU list (aliexpress.ru): Russian labels, genitive month names; a status word we do not know is unknown', () => {
    const { result, reader } = read('buyer-list-ru.html');
    expect(reader.id).toBe('aliexpress/buyer-order-list');
    expect(summary(result)).toEqual([
      order('8123456789014001', 'awaiting-payment', 'Ожидает оплаты', { orderedAt: '2026-04-13T00:00:00Z', itemCount: 1 }),
      order('8123456789014002', 'awaiting-shipment', 'Ожидает отправки', { orderedAt: '2026-04-12T00:00:00Z', itemCount: 2 }),
      order('8123456789014003', 'shipped', 'Ожидает получения', { orderedAt: '2026-04-01T00:00:00Z', itemCount: 1 }),
      order('8123456789014004', 'completed', 'Завершён', { orderedAt: '2026-03-20T00:00:00Z', itemCount: 1 }),
      order('8123456789014005', 'closed', 'Закрыт', { orderedAt: '2026-03-18T00:00:00Z', itemCount: 1 }),
      order('8123456789014006', 'unknown', 'Возврат средств оформлен', {
        orderedAt: '2026-03-10T00:00:00Z',
        itemCount: 1,
        missing: ['stage'],
      }),
    ]);
    if (result.status !== 'read') throw new Error(result.status);
    expect(result.orders.every(({ snapshot }) => snapshot.marketplace === 'aliexpress.ru')).toBe(true);
  });

  test('PT list (pt.aliexpress.com): "13 de abr. de 2026" dates; a status word we do not know is unknown', () => {
    const { result } = read('buyer-list-pt.html');
    expect(summary(result)).toEqual([
      order('8123456789015001', 'awaiting-payment', 'Aguardando pagamento', { orderedAt: '2026-04-13T00:00:00Z', itemCount: 1 }),
      order('8123456789015002', 'awaiting-shipment', 'Aguardando envio', { orderedAt: '2026-04-11T00:00:00Z', itemCount: 1 }),
      order('8123456789015003', 'shipped', 'Aguardando entrega', { orderedAt: '2026-04-03T00:00:00Z', itemCount: 2 }),
      order('8123456789015004', 'completed', 'Concluído', { orderedAt: '2026-03-15T00:00:00Z', itemCount: 1 }),
      order('8123456789015005', 'canceled', 'Cancelado', { orderedAt: '2026-03-09T00:00:00Z', itemCount: 1 }),
      order('8123456789015006', 'unknown', 'Em disputa aberta pelo comprador', {
        orderedAt: '2026-03-01T00:00:00Z',
        itemCount: 1,
        missing: ['stage'],
      }),
    ]);
    if (result.status !== 'read') throw new Error(result.status);
    expect(result.orders.every(({ snapshot }) => snapshot.marketplace === 'pt.aliexpress.com')).toBe(true);
  });

  test('a skeleton with the spinner only is not ready yet', () => {
    expect(read('buyer-list-skeleton.html').result).toEqual({ status: 'not-ready' });
  });

  test('a captcha instead of orders is unreadable, said plainly', () => {
    const { result } = read('buyer-list-captcha.html');
    expect(result.status).toBe('unreadable');
    if (result.status !== 'unreadable') return;
    expect(result.note.en).toMatch(/verify/);
    expect(result.note.zh).toMatch(/验证/);
  });
});

describe('aliexpress/buyer-order-detail', () => {
  test('awaiting shipment: status block, order time, ship countdown; nav words and hostile titles ignored', () => {
    const { result, reader } = read('buyer-detail-awaiting-shipment.html');
    expect(reader.id).toBe('aliexpress/buyer-order-detail');
    expect(summary(result)).toEqual([
      order('8123456789012342', 'awaiting-shipment', 'Awaiting shipment', {
        orderedAt: '2026-04-12T00:00:00Z',
        deadlineAt: '2026-04-17T06:00:00.000Z',
      }),
    ]);
    if (result.status === 'read') {
      expect(result.orders[0]?.snapshot.perspective).toBe('buyer');
      expect(result.orders[0]?.mount?.anchor.textContent).toBe('Awaiting shipment');
    }
  });

  test('closed', () => {
    expect(summary(read('buyer-detail-closed.html').result)).toEqual([
      order('8123456789012345', 'closed', 'Closed', { orderedAt: '2026-03-18T00:00:00Z' }),
    ]);
  });

  test('an unknown status word leaves the stage unknown', () => {
    const { fixture, reader } = read('buyer-detail-closed.html');
    const title = fixture.document.querySelector('.order-status-title');
    if (title) title.textContent = 'Awaiting something new';
    expect(summary(reader.read(fixture.document, fixture.url))).toEqual([
      order('8123456789012345', 'unknown', '', { orderedAt: '2026-03-18T00:00:00Z', missing: ['stage'] }),
    ]);
  });
});

describe('aliexpress/seller-order-list', () => {
  test('zh (gsp): rows found by 订单号 label; tabs, menus and filters ignored; cancel request with countdown', () => {
    const { result, reader } = read('seller-list-zh.html');
    expect(reader.id).toBe('aliexpress/seller-order-list');
    expect(summary(result)).toEqual([
      order('8100000000000101', 'awaiting-shipment', '等待您发货', {
        orderedAt: '2026-04-13T00:00:00Z',
        deadlineAt: '2026-04-17T06:00:00.000Z',
      }),
      order('8100000000000102', 'awaiting-shipment', '买家申请取消', {
        cancelRequested: true,
        orderedAt: '2026-04-12T00:00:00Z',
        deadlineAt: '2026-04-15T15:05:00.000Z',
      }),
      order('8100000000000103', 'in-dispute', '纠纷中', { orderedAt: '2026-03-30T00:00:00Z' }),
      order('8100000000000104', 'awaiting-payment', '等待买家付款', { orderedAt: '2026-04-14T00:00:00Z' }),
      order('8100000000000105', 'payment-review', '订单处于风控24小时中', { orderedAt: '2026-04-14T00:00:00Z' }),
    ]);
    if (result.status === 'read') {
      for (const { snapshot, mount } of result.orders) {
        expect(snapshot.perspective).toBe('seller');
        expect(mount?.anchor.textContent).toContain(snapshot.orderId);
      }
    }
  });

  test('en (csp): split "Order No." label, English statuses, an unknown status word stays unknown', () => {
    expect(summary(read('seller-list-en.html').result)).toEqual([
      order('8100000000000201', 'awaiting-shipment', 'Awaiting shipment', {
        orderedAt: '2026-04-13T00:00:00Z',
        deadlineAt: '2026-04-14T13:42:16.000Z',
      }),
      order('8100000000000202', 'awaiting-shipment', 'Buyer requested cancellation', {
        cancelRequested: true,
        orderedAt: '2026-04-12T00:00:00Z',
        deadlineAt: '2026-04-15T14:00:00.000Z',
      }),
      order('8100000000000203', 'payment-review', 'Payment being verified', { orderedAt: '2026-04-14T00:00:00Z' }),
      order('8100000000000204', 'shipped', 'Awaiting delivery', { orderedAt: '2026-04-01T00:00:00Z' }),
      order('8100000000000205', 'in-dispute', 'Dispute', { orderedAt: '2026-03-20T00:00:00Z' }),
      order('8100000000000206', 'unknown', '', { orderedAt: '2026-04-14T00:00:00Z', missing: ['stage'] }),
    ]);
  });

  test('two different status words in one row are ambiguous, so unknown', () => {
    const { fixture, reader } = read('seller-list-zh.html');
    const cell = fixture.document.querySelectorAll('tbody tr')[2]?.children[2];
    const extra = fixture.document.createElement('span');
    extra.textContent = '等待买家收货';
    cell?.append(extra);
    const result = reader.read(fixture.document, fixture.url);
    if (result.status !== 'read') throw new Error(result.status);
    expect(result.orders[2]?.snapshot).toMatchObject({ stage: 'unknown', nativeStatus: '纠纷中 / 等待买家收货' });
  });

  test('an empty shell is not ready', () => {
    const { fixture, reader } = read('seller-list-zh.html');
    fixture.document.querySelector('tbody')?.replaceChildren();
    expect(reader.read(fixture.document, fixture.url)).toEqual({ status: 'not-ready' });
  });
});

describe('aliexpress/seller-order-detail', () => {
  test('zh: labelled 买家申请取消 with "剩余 1天23小时10分" → respond deadline; side menu ignored', () => {
    const { result, reader } = read('seller-detail-zh.html');
    expect(reader.id).toBe('aliexpress/seller-order-detail');
    expect(summary(result)).toEqual([
      order('8100000000000102', 'awaiting-shipment', '买家申请取消', {
        cancelRequested: true,
        orderedAt: '2026-04-12T00:00:00Z',
        deadlineAt: '2026-04-16T11:10:00.000Z',
      }),
    ]);
  });
});

describe('URL matching and hosts', () => {
  test.each([
    ['https://www.aliexpress.com/p/order/index.html', 'aliexpress/buyer-order-list'],
    ['https://fr.aliexpress.com/p/order/index.html?spm=a2g0o', 'aliexpress/buyer-order-list'],
    ['https://www.aliexpress.us/p/order/detail.html?orderId=8123456789012345', 'aliexpress/buyer-order-detail'],
    ['https://gsp.aliexpress.com/apps/order/index', 'aliexpress/seller-order-list'],
    ['https://gsp.aliexpress.com/apps/order/detail?orderId=8100000000000102&step=4', 'aliexpress/seller-order-detail'],
    ['https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=1', 'aliexpress/seller-order-list'],
    ['https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=1', 'aliexpress/seller-order-detail'],
  ])('%s → %s', (href, id) => {
    expect(readerFor(new URL(href)).id).toBe(id);
  });

  test.each([
    'https://www.aliexpress.com/item/1005000000001.html',
    'https://www.aliexpress.com.evil.example/p/order/index.html',
    'https://gsp.aliexpress.com/apps/product/index',
    'https://sellercentral.amazon.com/orders-v3',
  ])('%s is no AliExpress order page', (href) => {
    expect(aliexpressReaders.filter((r) => r.matches(new URL(href)))).toEqual([]);
  });

  test('match patterns: buyer pages limited to /p/order/, seller centre whole hosts', () => {
    const buyer = aliexpress.matchPatterns.filter((p) => !/\/\/(?:gsp|csp)\./.test(p));
    expect(buyer).toContain('https://www.aliexpress.com/p/order/*');
    expect(buyer).toContain('https://es.aliexpress.com/p/order/*');
    expect(buyer.every((p) => p.endsWith('/p/order/*'))).toBe(true);
    expect(aliexpress.matchPatterns.filter((p) => !buyer.includes(p))).toEqual([
      'https://gsp.aliexpress.com/*',
      'https://csp.aliexpress.com/*',
    ]);
  });
});

describe('trackingNumberShown on the buyer order detail', () => {
  const snapshotOf = (name: string, edit: (doc: Document) => void = () => {}) => {
    const fixture = loadFixture(name);
    open.push(fixture);
    edit(fixture.document);
    const reader = readerFor(fixture.url);
    const result = reader.read(reader.root(fixture.document)!, fixture.url);
    if (result.status !== 'read') throw new Error(result.status);
    return result.orders[0]!.snapshot;
  };

  test('true from the label with a code, and from a Cainiao mailNoList link alone', () => {
    expect(snapshotOf('evidence/buyer-detail-en-shipped-tracking.html').trackingNumberShown).toBe(true);
    const linkOnly = snapshotOf('evidence/buyer-detail-en-shipped-tracking.html', (doc) => {
      for (const row of Array.from(doc.querySelectorAll('.order-logistics .info-row'))) if (!row.querySelector('a')) row.remove();
    });
    expect(linkOnly.trackingNumberShown).toBe(true);
  });

  test('false on a shipped order whose page shows none, the word "tracking" in a title notwithstanding', () => {
    expect(snapshotOf('evidence/buyer-detail-en-shipped-no-tracking.html').trackingNumberShown).toBe(false);
  });

  test('left out before shipment and on lists, where the page does not show the logistics facts', () => {
    expect(snapshotOf('buyer-detail-awaiting-shipment.html')).not.toHaveProperty('trackingNumberShown');
    const fixture = loadFixture('buyer-list-en.html');
    open.push(fixture);
    const reader = readerFor(fixture.url);
    const result = reader.read(reader.root(fixture.document)!, fixture.url);
    if (result.status !== 'read') throw new Error(result.status);
    for (const { snapshot } of result.orders) expect(snapshot).not.toHaveProperty('trackingNumberShown');
  });
});

describe('AliExpress item titles (the {item} of a message)', () => {
  test('a buyer-list card carries its product name; a card showing only pictures none', () => {
    const { result } = read('buyer-list-en.html');
    if (result.status !== 'read') throw new Error(result.status);
    const titles = result.orders.map((o) => o.snapshot.itemTitle);
    expect(titles[0]).toBe('Phone case, clear, 6.1 inch');
    expect(titles).toContain(undefined);
  });

  test('the buyer’s order detail carries the item’s name, as text', () => {
    const { result } = read('buyer-detail-awaiting-shipment.html');
    if (result.status !== 'read') throw new Error(result.status);
    expect(result.orders[0]?.snapshot.itemTitle).toMatch(/^<img src=x onerror=alert\(1\)> Awaiting delivery/);
  });
});
