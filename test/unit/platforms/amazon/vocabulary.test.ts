import { describe, expect, it } from 'vitest';
import {
  autoCancelDateText,
  defaultMarketplaceForHost,
  fulfilledByFromText,
  BUYER_CANCEL_PATTERNS,
  isBuyerCancelRequestText,
  isOrderCanceledHeading,
  isStatusCellRequestText,
  mayNameRequest,
  marketplaceFromSalesChannel,
  STATUS_CELL_REQUEST_PATTERNS,
  stageFromStatusText,
} from '../../../../src/platforms/amazon/vocabulary';

describe('stageFromStatusText', () => {
  const words: Record<string, string[]> = {
    'awaiting-shipment': ['Unshipped', 'Nicht versandt', 'Non expédié', 'No enviado', 'Non spedito', '未出荷', '未发货'],
    'awaiting-payment': ['Pending', 'Ausstehend', 'En attente', 'Pendiente', 'In sospeso', '保留中', '等待中'],
    shipped: ['Shipped', 'Versandt', 'Expédié', 'Enviado', 'Spedito', '出荷済み', '已发货'],
    canceled: ['Canceled', 'Cancelled', 'Storniert', 'Annulé', 'Cancelado', 'Annullato', 'キャンセル済み', '已取消'],
    'partially-shipped': ['Partially shipped', 'Teilweise versandt', '一部出荷済み', '部分发货'],
    delivered: ['Delivered', 'Zugestellt', 'Livré', 'Entregado', 'Consegnato', '配達済み'],
  };
  for (const [stage, list] of Object.entries(words)) {
    it.each(list)(`%s → ${stage}`, (word) => expect(stageFromStatusText(word)).toBe(stage));
  }
  it('matches by matchKey: case, width, accents, punctuation and white space do not matter', () => {
    expect(stageFromStatusText('  UNSHIPPED \n')).toBe('awaiting-shipment');
    expect(stageFromStatusText('Partially\u00a0 shipped')).toBe('partially-shipped');
    for (const word of ['NICHT VERSANDT', 'nicht  versandt.', 'Nicht-versandt', 'ＮＩＣＨＴ ＶＥＲＳＡＮＤＴ'])
      expect(stageFromStatusText(word), word).toBe('awaiting-shipment');
    expect(stageFromStatusText('NON EXPEDIE')).toBe('awaiting-shipment');
  });
  it.each(['Awaiting verification', 'Unfulfillable', '', 'Shipped soon', 'Not unshipped'])('unknown word %j → unknown', (word) => {
    expect(stageFromStatusText(word)).toBe('unknown');
  });
});

describe('isBuyerCancelRequestText', () => {
  it.each([
    'The buyer has requested that this order be canceled. Canceling this order will not affect your cancelation rate metric.',
    'The buyer has requested that this order be cancelled. Cancelling this order will not affect your cancellation rate metric.',
    'Buyer requested cancellation',
    'Der Käufer hat die Stornierung dieser Bestellung beantragt.',
    "L'acheteur a demandé l'annulation de cette commande.",
    'El comprador ha solicitado la cancelación de este pedido.',
    "L'acquirente ha richiesto l'annullamento di questo ordine.",
    '購入者がこの注文のキャンセルをリクエストしました。',
    '买家已申请取消此订单。',
  ])('%s', (text) => expect(isBuyerCancelRequestText(text)).toBe(true));

  it.each(['Order canceled', 'Cancel order', 'Your cancellation rate is 0.5%', 'Confirm shipment', ''])('not: %j', (text) => {
    expect(isBuyerCancelRequestText(text)).toBe(false);
  });

  it('reads the request written in full-width and half-width letters, which fold to the same words', () => {
    expect(isBuyerCancelRequestText('Ｂｕｙｅｒ ｒｅｑｕｅｓｔｅｄ ｃａｎｃｅｌｌａｔｉｏｎ')).toBe(true);
    expect(isStatusCellRequestText('ＢＵＹＥＲ ＣＡＮＣＥＬＬＡＴＩＯＮ')).toBe(true);
  });
});

describe('the quick test before a request is matched', () => {
  // Every request pattern holds one of its words: a text it turns away could not have matched any pattern.
  it.each([...BUYER_CANCEL_PATTERNS, ...STATUS_CELL_REQUEST_PATTERNS].map((p) => [p.lang, p.pattern.source]))(
    'the %s pattern %s is written with one of its words (a text without one cannot match it)',
    (_lang, source) => expect(mayNameRequest(source)).toBe(true),
  );

  it('turns away status texts that name no request', () => {
    for (const text of ['Unshipped', 'Shipped', 'Pending', 'Nicht versendet', '未发货', 'Ship by date: Dec 5, 2026'])
      expect(mayNameRequest(text)).toBe(false);
  });
});

describe('order-level canceled heading', () => {
  it.each(['Order canceled', 'Order cancelled', 'Pedido cancelado', 'Bestellung storniert', ' order  canceled '])('%s', (text) =>
    expect(isOrderCanceledHeading(text)).toBe(true),
  );
  it.each(['Cancellation requested', 'Order canceled by buyer?', 'Copied'])('not: %s', (text) =>
    expect(isOrderCanceledHeading(text)).toBe(false),
  );
});

describe('fulfilment channel', () => {
  it.each(['Seller', 'Merchant', 'Verkäufer', 'Vendeur', 'Vendedor', 'Venditore', '出品者', '卖家'])('%s → merchant', (text) =>
    expect(fulfilledByFromText(text)).toBe('merchant'),
  );
  it.each(['Amazon', 'AMAZON', 'Fulfilled by Amazon'])('%s → platform', (text) => expect(fulfilledByFromText(text)).toBe('platform'));
  it('unknown channel → undefined', () => expect(fulfilledByFromText('Drop shipper')).toBeUndefined());
});

describe('marketplaces', () => {
  it.each([
    ['Amazon.de', 'amazon.de'],
    ['Amazon.co.jp', 'amazon.co.jp'],
    ['amazon.com', 'amazon.com'],
    ['Non-Amazon', undefined],
    ['Amazon.xyz', undefined],
  ])('sales channel %s → %s', (text, expected) => expect(marketplaceFromSalesChannel(text)).toBe(expected));

  it.each([
    ['sellercentral.amazon.de', 'amazon.de'],
    ['sellercentral.amazon.com', 'amazon.com'],
    ['sellercentral.amazon.co.uk', 'amazon.co.uk'],
    ['sellercentral-japan.amazon.com', 'amazon.co.jp'],
    ['sellercentral-europe.amazon.com', undefined],
    ['example.com', undefined],
  ])('host %s → %s', (host, expected) => expect(defaultMarketplaceForHost(host)).toBe(expected));
});

describe('autoCancelDateText', () => {
  it('finds the date after the phrase', () => {
    expect(autoCancelDateText('If you do not confirm shipment, this order will be canceled on Mon, Dec 16, 2019.')).toBe(
      'Mon, Dec 16, 2019',
    );
    expect(autoCancelDateText('Cancel by: Dec 16, 2019')).toBe('Dec 16, 2019');
  });
  it('is undefined without the phrase', () => {
    expect(autoCancelDateText('The buyer has requested that this order be canceled.')).toBeUndefined();
  });
});
