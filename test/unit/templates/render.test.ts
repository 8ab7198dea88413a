import { describe, expect, it } from 'vitest';
import type { CustomTemplate, RenderedMessage } from '../../../src/messages/protocol';
import type { OrderSnapshot } from '../../../src/rules/types';
import { formatDate } from '../../../src/templates/dates';
import { templateIds } from '../../../src/templates/ids';
import { ALL_TEMPLATES, languagesOf, TEMPLATES } from '../../../src/templates/library';
import { amazonMarketplaceLanguage } from '../../../src/platforms/amazon/platform';
import { messagesFor, renderTemplate } from '../../../src/templates/render';
import { MAX_VALUE_LENGTH, sanitizeValue } from '../../../src/templates/sanitize';
import { LANGUAGES, PLACEHOLDERS } from '../../../src/templates/types';

const snapshot = (over: Partial<OrderSnapshot> = {}): OrderSnapshot => ({
  platform: 'amazon',
  perspective: 'seller',
  orderId: '111-2222222-3333333',
  marketplace: 'amazon.com',
  stage: 'awaiting-shipment',
  nativeStatus: 'Unshipped',
  cancelRequested: false,
  orderedAt: '2019-12-05T10:00:00Z',
  shipBy: '2019-12-09T23:59:59-08:00',
  source: { url: 'https://sellercentral.amazon.com/orders-v3/order/111-2222222-3333333', reader: 'test', missing: [] },
  ...over,
});

const allValues = {
  orderId: '111-2222222-3333333',
  item: 'Blue Teapot',
  orderDate: 'Dec 5, 2019',
  shipBy: 'Dec 9, 2019',
  refundDays: 5,
  trackingNumber: 'LP00123456789CN',
  storeName: 'Sample Store',
  buyerName: 'Alex Example',
};

describe('renderTemplate', () => {
  it('fills every placeholder in every template and language, leaving nothing missing', () => {
    for (const template of ALL_TEMPLATES) {
      for (const language of languagesOf(template)) {
        const message = renderTemplate(template.id, language, allValues);
        expect(message.missing).toEqual([]);
        expect(message.language).toBe(language);
        expect(message.text).not.toMatch(/[{}]|\[|\bundefined\b|\bnull\b/);
      }
    }
  });

  it('shows missing values as bracketed markers in the message language and lists them', () => {
    const en = renderTemplate('amazon.out-of-stock-apology', 'en', {});
    expect(en.text).toContain('[order number]');
    expect(en.text).toContain('[item]');
    expect(en.missing).toEqual(['item', 'orderId', 'storeName']);

    expect(renderTemplate('amazon.out-of-stock-apology', 'de', { item: null }).text).toContain('[Bestellnummer]');
    expect(renderTemplate('1688.buyer.close-unpaid', 'zh', { orderId: '  ' }).text).toContain('[订单号]');
    const ja = renderTemplate('amazon.refund-confirmation', 'ja', { orderId: undefined });
    expect(ja.text).toContain('[注文番号]');
    expect(ja.text).not.toMatch(/undefined|null/);
  });

  it('has a marker for every placeholder in every language', () => {
    for (const language of LANGUAGES) {
      for (const placeholder of PLACEHOLDERS) {
        const template = ALL_TEMPLATES.find((t) => t.bodies[language]?.includes(`{${placeholder}}`));
        if (!template) continue;
        const { text, missing } = renderTemplate(template.id, language, {});
        expect(missing).toContain(placeholder);
        expect(text).toMatch(/\[[^\]]+\]/);
      }
    }
  });

  it('falls back to the template’s first language', () => {
    expect(renderTemplate('1688.buyer.close-unpaid', 'de', { orderId: '1' }).language).toBe('zh');
    expect(renderTemplate('aliexpress.buyer.ask-tracking-number', 'ru', { orderId: '1' }).language).toBe('en');
    expect(renderTemplate('amazon.refund-confirmation', 'xx-nonsense', { orderId: '1' }).language).toBe('en');
  });

  it('returns the template’s audience and a copy of its title', () => {
    const message = renderTemplate('aliexpress.buyer.request-cancel-supplier', 'zh', { orderId: '8123456789012345' });
    expect(message).toMatchObject({ id: 'aliexpress.buyer.request-cancel-supplier', audience: 'supplier', language: 'zh' });
    expect(message.title.zh).toBe('请供应商同意取消');
    expect(message.text).toContain('订单 8123456789012345 提交了取消申请');
  });

  it('substitutes in one pass: a value that looks like a placeholder stays literal', () => {
    const { text, missing } = renderTemplate('amazon.refund-confirmation', 'en', { orderId: '{storeName} $& $1', storeName: 'S' });
    expect(text).toContain('order {storeName} $& $1.');
    expect(missing).toEqual([]);
  });
});

describe('hostile values', () => {
  it('keeps markup as inert literal text (output is plain text, never HTML)', () => {
    const { text } = renderTemplate('amazon.out-of-stock-apology', 'en', { item: '<script>alert(1)</script>', orderId: '1' });
    expect(text).toContain('Hello,\n\nWe are sorry: <script>alert(1)</script> from order 1 is out of stock');
  });

  it('removes bidi overrides, zero-width characters and control characters', () => {
    const { text } = renderTemplate('amazon.refund-confirmation', 'en', {
      orderId: '111\u202E-2222222\u200B-3333333\u0000\u0007\n\tx',
      storeName: '\uFEFFSample\u2066 Store\u2069',
    });
    expect(text).toContain('order 111-2222222-3333333 x.');
    expect(text).toContain('Sample Store');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF\u0000-\u0008]/);
  });

  it('clips a 100 kB value to the limit', () => {
    const huge = 'A'.repeat(100_000);
    const { text } = renderTemplate('amazon.refund-confirmation', 'en', { orderId: huge, storeName: 'S' });
    const body = renderTemplate('amazon.refund-confirmation', 'en', { orderId: '', storeName: 'S' }).text;
    expect(text.length).toBeLessThanOrEqual(body.length + MAX_VALUE_LENGTH);
    expect(text).toContain(`${'A'.repeat(MAX_VALUE_LENGTH - 1)}…`);
    expect(text).not.toContain('A'.repeat(MAX_VALUE_LENGTH));
  });

  it('treats non-text values and empty text as missing', () => {
    expect(sanitizeValue({ toString: () => 'x' })).toBeUndefined();
    expect(sanitizeValue(Number.NaN)).toBeUndefined();
    expect(sanitizeValue('\u200B\u202E \n')).toBeUndefined();
    expect(sanitizeValue(42)).toBe('42');
  });

  it('never splits a surrogate pair when clipping', () => {
    const clipped = sanitizeValue('😀'.repeat(300)) ?? '';
    expect(Array.from(clipped)).toHaveLength(MAX_VALUE_LENGTH);
    expect(clipped).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('formatDate', () => {
  it.each([
    ['en', 'Dec 5, 2019'],
    ['de', '05.12.2019'],
    ['ru', '05.12.2019'],
    ['fr', '05/12/2019'],
    ['es', '05/12/2019'],
    ['it', '05/12/2019'],
    ['pt', '05/12/2019'],
    ['ja', '2019年12月5日'],
    ['zh', '2019年12月5日'],
  ] as const)('%s → %s', (language, expected) => {
    expect(formatDate('2019-12-05T23:30:00-08:00', language)).toBe(expected);
  });

  it('gives undefined for missing or impossible dates', () => {
    expect(formatDate(undefined, 'en')).toBeUndefined();
    expect(formatDate('yesterday', 'en')).toBeUndefined();
    expect(formatDate('2019-02-30', 'de')).toBeUndefined();
  });
});

/** The default render of each id: the first one in the list. */
const firstOfEach = (messages: RenderedMessage[]): RenderedMessage[] =>
  messages.filter((m, i) => messages.findIndex((x) => x.id === m.id) === i);

describe('messagesFor', () => {
  it.each([
    ['amazon.de', 'de'],
    ['amazon.fr', 'fr'],
    ['amazon.es', 'es'],
    ['amazon.com.mx', 'es'],
    ['amazon.it', 'it'],
    ['amazon.co.jp', 'ja'],
    ['amazon.com', 'en'],
    ['amazon.co.uk', 'en'],
    ['amazon.in', 'en'],
    ['amazon.com.br', 'pt'],
    ['amazon.nl', 'nl'],
    ['amazon.pl', 'pl'],
    ['amazon.se', 'sv'],
    ['amazon.com.tr', 'tr'],
    ['amazon.sa', 'ar'],
    ['amazon.eg', 'ar'],
    ['amazon.ae', 'en'],
    [undefined, 'en'],
  ] as const)('Amazon %s → %s', (marketplace, language) => {
    expect(amazonMarketplaceLanguage(marketplace)).toBe(language);
    const [message] = messagesFor(['amazon.refund-confirmation'], snapshot({ marketplace }));
    expect(message?.language).toBe(language);
  });

  it('fills the order id and formats dates for the chosen language', () => {
    const [message] = messagesFor(['amazon.cancel-confirmed-buyer-request'], snapshot({ marketplace: 'amazon.de' }));
    expect(message?.text).toContain('Bestellung 111-2222222-3333333 vom 05.12.2019 storniert');
    expect(message?.missing).toEqual(['storeName']);
    const [noDate] = messagesFor(['amazon.pricing-error-notice'], snapshot({ marketplace: 'amazon.co.jp', orderedAt: undefined }));
    expect(noDate?.text).toContain('[注文日]');
  });

  it('writes to an AliExpress buyer in their language: ship-to country first, then the country site, English last', () => {
    const base = snapshot({ platform: 'aliexpress', marketplace: undefined, orderId: '8123456789012345' });
    const lang = (p: Partial<OrderSnapshot>) => messagesFor(['aliexpress.seller.accept-cancel'], { ...base, ...p })[0]?.language;
    expect(lang({ buyerCountry: 'BR' })).toBe('pt');
    expect(lang({ buyerCountry: 'mx' })).toBe('es');
    expect(lang({ buyerCountry: 'FR' })).toBe('fr');
    expect(lang({ buyerCountry: 'RU' })).toBe('ru');
    expect(lang({ marketplace: 'es.aliexpress.com' })).toBe('es');
    expect(lang({ marketplace: 'aliexpress.ru' })).toBe('ru');
    expect(lang({ buyerCountry: 'US' })).toBe('en');
    expect(lang({})).toBe('en');
    // A dropshipper's message to the supplier stays in English whatever the buyer's country.
    expect(messagesFor(['aliexpress.buyer.ask-tracking-number'], { ...base, perspective: 'buyer', buyerCountry: 'BR' })[0]?.language).toBe(
      'en',
    );
  });

  it('picks the default language per platform and direction', () => {
    const ae = snapshot({ platform: 'aliexpress', marketplace: undefined, orderId: '8123456789012345' });
    const aeBuyer = { ...ae, perspective: 'buyer' as const };
    const ids = ['aliexpress.seller.accept-cancel', 'aliexpress.buyer.ask-tracking-number'];
    const firstLanguages = (language?: string): string[] =>
      [...firstOfEach(messagesFor(ids, ae, { language })), ...firstOfEach(messagesFor(ids, aeBuyer, { language }))].map((m) => m.language);
    expect(firstLanguages()).toEqual(['en', 'en']);
    expect(firstLanguages('ru')).toEqual(['ru', 'en']);
    expect(firstLanguages('zh')).toEqual(['en', 'zh']);
    const ali1688 = snapshot({ platform: '1688', perspective: 'buyer', orderId: '3456789012345678901' });
    expect(messagesFor(['1688.buyer.negotiate-return'], ali1688)[0]?.language).toBe('zh');
    const shop = snapshot({ platform: 'shopify', orderId: '#1001' });
    expect(messagesFor(['shopify.order-canceled-refunded'], shop)[0]?.language).toBe('en');
    expect(messagesFor(['shopify.order-canceled-refunded'], shop, { language: 'fr' })[0]?.language).toBe('fr');
    expect(messagesFor(['amazon.refund-confirmation'], snapshot({ marketplace: 'amazon.de' }), { language: 'en' })[0]?.language).toBe('en');
  });

  it('skips unknown ids and keeps the order of known ones', () => {
    const messages = messagesFor(
      ['nope', 'amazon.refund-confirmation', 'toString', '__proto__', 'amazon.out-of-stock-apology'],
      snapshot(),
    );
    expect(firstOfEach(messages).map((m) => m.id)).toEqual(['amazon.refund-confirmation', 'amazon.out-of-stock-apology']);
  });

  it('lets caller values fill what the snapshot cannot', () => {
    const [message] = messagesFor(['amazon.out-of-stock-apology'], snapshot(), {
      values: { item: 'Blue Teapot', storeName: 'Sample Store' },
    });
    expect(message?.missing).toEqual([]);
    expect(message?.text).toContain('Blue Teapot from order 111-2222222-3333333 is out of stock');
  });

  it('renders every catalogue id for an order it fits', () => {
    for (const id of templateIds) {
      const template = TEMPLATES[id];
      const perspective = template.audience === 'supplier' ? 'buyer' : 'seller';
      const rendered = firstOfEach(messagesFor([id], snapshot({ platform: template.platform, perspective })));
      expect(
        rendered.map((m) => m.id),
        id,
      ).toEqual([id]);
    }
  });

  it('offers only built-ins written for the order’s platform and direction', () => {
    const ids = [
      'amazon.refund-confirmation',
      'aliexpress.seller.accept-cancel',
      'aliexpress.buyer.request-cancel-supplier',
      '1688.buyer.refund-follow-up',
      '1688.seller.closed-refund-confirmed',
      'shopify.order-canceled-refunded',
    ];
    const offered = (over: Partial<OrderSnapshot>): string[] => firstOfEach(messagesFor(ids, snapshot(over))).map((m) => m.id);
    expect(offered({ platform: 'amazon', perspective: 'seller' })).toEqual(['amazon.refund-confirmation']);
    expect(offered({ platform: 'aliexpress', perspective: 'seller' })).toEqual(['aliexpress.seller.accept-cancel']);
    expect(offered({ platform: '1688', perspective: 'seller' })).toEqual(['1688.seller.closed-refund-confirmed']);
    expect(offered({ platform: 'shopify', perspective: 'seller' })).toEqual(['shopify.order-canceled-refunded']);
    // A dropshipper on a supplier order writes to the supplier and to their own Shopify customer.
    expect(offered({ platform: 'aliexpress', perspective: 'buyer' })).toEqual([
      'aliexpress.buyer.request-cancel-supplier',
      'shopify.order-canceled-refunded',
    ]);
    expect(offered({ platform: '1688', perspective: 'buyer' })).toEqual(['1688.buyer.refund-follow-up', 'shopify.order-canceled-refunded']);
    // The Shopify fallback is for supplier orders only: an Amazon order never offers a Shopify email.
    expect(offered({ platform: 'amazon', perspective: 'buyer' })).toEqual([]);
  });

  it('follows the defaults with every other language each template is written in', () => {
    const messages = messagesFor(['amazon.refund-confirmation', 'amazon.out-of-stock-apology'], snapshot({ marketplace: 'amazon.de' }));
    expect(messages.slice(0, 2).map((m) => [m.id, m.language])).toEqual([
      ['amazon.refund-confirmation', 'de'],
      ['amazon.out-of-stock-apology', 'de'],
    ]);
    const refund = messages.filter((m) => m.id === 'amazon.refund-confirmation').map((m) => m.language);
    expect(refund).toEqual(['de', 'en', 'fr', 'es', 'it', 'ja', 'pt', 'nl', 'pl', 'sv', 'tr', 'ar']);
    // Each render formats dates for its own language.
    const ja = messages.find((m) => m.id === 'amazon.refund-confirmation' && m.language === 'ja');
    expect(ja?.text).toContain('111-2222222-3333333');
    expect(
      messagesFor(['1688.buyer.close-unpaid'], snapshot({ platform: '1688', perspective: 'buyer', orderId: '3456789012345678901' })).map(
        (m) => m.language,
      ),
    ).toEqual(['zh', 'en']);
  });
});

describe('messagesFor with custom templates', () => {
  const custom = (over: Partial<CustomTemplate>): CustomTemplate => ({
    id: 'custom:1',
    platform: 'amazon',
    audience: 'buyer',
    language: 'en',
    title: 'My apology',
    body: 'Hello, order {orderId} from {storeName} ({item}).',
    situations: [],
    ...over,
  });

  it('renders the fitting ones after the built-ins, with the same placeholders and markers', () => {
    const messages = messagesFor(['amazon.refund-confirmation'], snapshot(), {
      custom: [
        custom({ id: 'custom:1', situations: ['amazon.refund-confirmation'] }),
        custom({ id: 'custom:2', situations: [] }),
        custom({ id: 'custom:3', situations: ['amazon.out-of-stock-apology'] }),
        custom({ id: 'custom:4', platform: 'shopify' }),
      ],
      values: { storeName: 'Sample Store' },
    });
    expect(messages.map((m) => m.id).slice(0, 3)).toEqual(['amazon.refund-confirmation', 'custom:1', 'custom:2']);
    expect(messages.some((m) => m.id === 'custom:3' || m.id === 'custom:4')).toBe(false);
    const [, first] = messages;
    expect(first).toMatchObject({
      language: 'en',
      audience: 'buyer',
      title: { en: 'My apology', zh: 'My apology' },
      text: 'Hello, order 111-2222222-3333333 from Sample Store ([item]).',
      missing: ['item'],
    });
    expect(first?.problems).toBeUndefined();
  });

  it('flags an Amazon custom text that breaks the messaging rules, and only Amazon ones', () => {
    const body = 'Sorry, the item is out of stock. Please cancel the order. Visit www.samplestore.com';
    const [, flagged] = messagesFor(['amazon.refund-confirmation'], snapshot(), { custom: [custom({ body })] });
    expect(flagged?.problems?.map((p) => p.id)).toEqual(['link', 'asks-buyer-to-cancel-for-stock']);
    const shop = snapshot({ platform: 'shopify', orderId: '#1001' });
    const [, unflagged] = messagesFor(['shopify.order-canceled-refunded'], shop, { custom: [custom({ platform: 'shopify', body })] });
    expect(unflagged?.id).toBe('custom:1');
    expect(unflagged?.problems).toBeUndefined();
  });

  it('keeps hostile values inert and an unknown language readable', () => {
    const [, message] = messagesFor(['amazon.refund-confirmation'], snapshot({ orderId: '{storeName}\u202E<b>x</b>' }), {
      custom: [custom({ language: 'nl' as CustomTemplate['language'], body: 'Bestelling {orderId} {nope}' })],
    });
    expect(message?.language).toBe('nl');
    expect(message?.text).toBe('Bestelling {storeName}<b>x</b> {nope}');
  });
});

describe('the item, from the page', () => {
  it('fills {item} with the product title the page shows, sanitised, in every language', () => {
    const messages = messagesFor(
      ['amazon.out-of-stock-apology'],
      snapshot({ marketplace: 'amazon.com', itemTitle: 'Oak Trivet\u202E; Oak Coasters' }),
    );
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.missing).not.toContain('item');
      expect(m.text).toContain('Oak Trivet; Oak Coasters');
    }
  });

  it('leaves {item} a blank to fill when the page shows no title', () => {
    const [message] = messagesFor(['amazon.out-of-stock-apology'], snapshot({ marketplace: 'amazon.com' }));
    expect(message?.missing).toContain('item');
  });
});

describe('messages follow the page’s spelling, like the verdict’s texts', () => {
  const amazonIds = templateIds.filter((id) => id.startsWith('amazon.'));
  const english = (marketplace: string) =>
    messagesFor(amazonIds, snapshot({ marketplace }), { language: 'en' }).filter((m) => m.language === 'en');

  it('a buyer on amazon.co.uk reads "cancelled"; one on amazon.com reads "canceled"', () => {
    const uk = english('amazon.co.uk');
    const us = english('amazon.com');
    expect(uk.some((m) => /cancelled/i.test(m.text))).toBe(true);
    for (const m of uk) expect(m.text).not.toMatch(/\bcancel(?:ed|ing)\b/i);
    expect(us.some((m) => /canceled/i.test(m.text))).toBe(true);
    for (const m of us) expect(m.text).not.toMatch(/\bcancell(?:ed|ing)\b/i);
  });
});
