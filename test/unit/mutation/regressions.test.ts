// @vitest-environment node
/**
 * Variants the layout-drift suite once found contradicting, kept as plain edits of the fixture with
 * the answer the reader must give now (each fixed in the reader named in the test).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePages, makeParser, tell, type PageTold } from './pages';

const parser = makeParser();
afterAll(() => parser.close());
const pages = new Map(fixturePages().map((p) => [p.name, p]));

function tellEdited(name: string, edit: (doc: Document) => void): PageTold {
  const page = pages.get(name);
  if (!page) throw new Error(`no fixture ${name}`);
  const doc = parser.parse(page.html);
  edit(doc);
  return tell(page, doc);
}

const textNodes = (doc: Document, text: string): Text[] => {
  const out: Text[] = [];
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent?.trim() === text) out.push(n as Text);
  return out;
};
const garble = (doc: Document, text: string): void => {
  for (const node of textNodes(doc, text)) node.textContent = `${text.slice(0, 4)}ǂ${text.slice(4)}`;
};

describe('shopify/order (src/platforms/shopify/order.ts, status.ts)', () => {
  it('a title that is not an order name is not taken as the order id (was: order "lorem", action request-cancel)', () => {
    const told = tellEdited('shopify/fulfillment-in-progress.html', (doc) => {
      textNodes(doc, '#1003')[0]!.textContent = 'lorem';
    });
    expect(told).toEqual({ status: 'unreadable' });
  });

  it('an unreadable "Canceled" badge leaves the order unknown (was: awaiting-shipment, cancel)', () => {
    const told = tellEdited('shopify/canceled.html', (doc) => garble(doc, 'Canceled'));
    expect(told).toMatchObject({ status: 'read', orders: [{ orderId: '#1006', told: { action: 'unknown', stage: 'unknown' } }] });
  });

  it('a removed "Canceled" badge beside an unreadable one is unknown too (was: awaiting-shipment, cancel)', () => {
    const told = tellEdited('shopify/canceled.html', (doc) => {
      textNodes(doc, 'Canceled')[0]!.parentElement!.closest('span[class*="Badge"]')!.remove();
      garble(doc, 'Refunded');
    });
    expect(told).toMatchObject({ status: 'read', orders: [{ orderId: '#1006', told: { action: 'unknown' } }] });
  });

  it('an unreadable "Payment pending" badge with its class renamed is unknown (was: awaiting-shipment)', () => {
    const told = tellEdited('shopify/payment-pending.html', (doc) => {
      const node = textNodes(doc, 'Payment pending')[0]!;
      node.parentElement!.setAttribute('class', 'Polaris-Text--root_b9k1m-v42');
      garble(doc, 'Payment pending');
    });
    expect(told).toMatchObject({ status: 'read', orders: [{ orderId: '#1002', told: { action: 'unknown', stage: 'unknown' } }] });
  });
});

describe('amazon/order-details (src/platforms/amazon/order-details.ts)', () => {
  const partial = 'amazon/details-partially-shipped-uk.html';
  const contents = (doc: Document): Element => doc.querySelector('table.a-keyvalue:not(.package-table)')!;

  it('is partially shipped as saved', () => {
    expect(tellEdited(partial, () => undefined)).toMatchObject({ orders: [{ told: { stage: 'partially-shipped', action: 'refund' } }] });
  });

  it('without the order contents table, the package table alone does not make it "shipped" (was: shipped, return-and-refund)', () => {
    const told = tellEdited(partial, (doc) => contents(doc).remove());
    expect(told.status === 'read' ? told.orders.map((o) => o.told.stage) : []).not.toContain('shipped');
  });

  it('with the contents table renamed to a div, its item statuses still count (was: shipped)', () => {
    const told = tellEdited(partial, (doc) => {
      const table = contents(doc);
      const div = doc.createElement('div');
      while (table.firstChild) div.appendChild(table.firstChild);
      table.replaceWith(div);
    });
    expect(told).toMatchObject({ status: 'read', orders: [{ told: { stage: 'partially-shipped', action: 'refund' } }] });
  });
});
