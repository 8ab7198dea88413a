/**
 * The worker sends an order's message facts, not rendered messages (src/background/message-facts.ts); the pages render
 * them with the one renderer. These facts must carry everything the messages depend on and nothing else.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { messageFactsOf } from '../../../src/background/message-facts';
import type { CustomTemplate } from '../../../src/messages/protocol';
import { MESSAGE_ORDER_FIELDS, MessageFactsSchema } from '../../../src/messages/schemas';
import { evaluate } from '../../../src/rules/index';
import type { OrderSnapshot } from '../../../src/rules/types';
import { messagesFor, renderMessages } from '../../../src/templates/render';

const NOW = new Date('2025-03-01T09:00:00.000Z');

const snapshot: OrderSnapshot = {
  platform: 'amazon',
  perspective: 'seller',
  orderId: '111-0000000-0000042',
  marketplace: 'amazon.co.uk',
  stage: 'awaiting-shipment',
  nativeStatus: 'Unshipped',
  cancelRequested: false,
  fulfilledBy: 'merchant',
  orderedAt: '2025-03-01T08:00:00.000Z',
  shipBy: '2025-03-03T22:59:59.000Z',
  itemTitle: 'Blue mug',
  source: { url: 'https://sellercentral.amazon.co.uk/orders-v3/order/111-0000000-0000042', reader: 'test', missing: [] },
};

const own = (platform: CustomTemplate['platform'], title: string): CustomTemplate => ({
  id: `custom:${title.length}`,
  platform,
  audience: 'buyer',
  language: 'en',
  title,
  body: 'Order {orderId}: {item}. {storeName}',
  situations: [],
});

describe("an order's message facts", () => {
  it('carry the fields the templates read and no other, and only the custom templates of the order’s platform', () => {
    const custom = [own('amazon', 'Mine'), own('aliexpress', 'Other platform')];
    const facts = messageFactsOf(snapshot, { rules: {}, storeName: 'Acme Ltd', messageLanguage: 'de' }, custom);
    expect(Object.keys(facts.order).sort()).toEqual(MESSAGE_ORDER_FIELDS.filter((f) => f !== 'buyerCountry').sort());
    expect(facts.order).not.toHaveProperty('stage');
    expect(facts.custom.map((c) => c.title)).toEqual(['Mine']);
    expect(facts).toMatchObject({ storeName: 'Acme Ltd', language: 'de' });
    // What a page receives passes the schema the types come from.
    expect(v.safeParse(MessageFactsSchema, facts).success).toBe(true);
  });

  it('leave the language and the store name out when the person set neither', () => {
    const facts = messageFactsOf(snapshot, { rules: {}, storeName: '' }, []);
    expect(facts).not.toHaveProperty('language');
    expect(facts).not.toHaveProperty('storeName');
  });

  it('render in a page exactly what the worker rendered from the whole judged order', () => {
    const verdict = evaluate(snapshot, { now: NOW });
    expect(verdict.templates.length).toBeGreaterThan(0);
    const custom = [own('amazon', 'Mine')];
    const fromFacts = renderMessages(verdict.templates, messageFactsOf(snapshot, { rules: {}, storeName: 'Acme Ltd' }, custom));
    const whole = messagesFor(verdict.templates, snapshot, { custom, values: { storeName: 'Acme Ltd' } });
    expect(fromFacts).toEqual(whole);
    // UK spelling, the item from the page and the store name signing it: none of it lost on the way.
    expect(fromFacts.some((m) => m.language === 'en' && /cancell/.test(m.text))).toBe(true);
    expect(fromFacts.find((m) => m.id === 'custom:4')?.text).toBe('Order 111-0000000-0000042: Blue mug. Acme Ltd');
  });
});
