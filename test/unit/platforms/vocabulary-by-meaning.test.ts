// Matching by meaning: the table shape every vocabulary is built in, the phrase lookup with filler words, the words
// a person taught, and the per-language words the evidence names (docs/reader-evidence.md), read where a page shows
// them and nowhere else.
import { afterEach, describe, expect, it } from 'vitest';
import { lookupStatus } from '../../../src/platforms/aliexpress/vocabulary';
import { read1688Status } from '../../../src/platforms/1688/status';
import {
  fulfilledByFromText,
  isStatusCellRequestText,
  marketplacesNamedIn,
  rowLabelOf,
  stageFromStatusText,
} from '../../../src/platforms/amazon/vocabulary';
import { taughtStage, teachWords } from '../../../src/platforms/taught-words';
import { fillerWords, lookupMeaning, meaningTable } from '../../../src/platforms/text';

describe('meaningTable and lookupMeaning', () => {
  const table = meaningTable([
    ['payment-review', ['Zahlung wird überprüft']],
    ['shipped', ['Versendet']],
    ['awaiting-shipment', ['Nicht versendet']],
  ]);
  const filler = fillerWords(['Ihre']);

  it('throws when two words that fold to one key mean two things, written in ASCII or not', () => {
    const plain = meaningTable([
      ['a', ['Versendet']],
      ['b', ['VERSENDET.']],
    ]);
    expect(() => plain('versendet')).toThrow(/means two things/);
    // A word not written in ASCII is folded only when a key is missing from the ASCII words.
    const accented = meaningTable([
      ['a', ['Livre']],
      ['b', ['Livré']],
    ]);
    expect(accented('livre')).toBe('a');
    expect(() => accented('not a word')).toThrow(/means two things/);
  });

  it('finds a word written with accents by its key without them, and the other way round', () => {
    const words = meaningTable([
      ['delivered', ['Livré']],
      ['shipped', ['Expedie']],
    ]);
    expect(lookupMeaning(words, 'LIVRE')).toBe('delivered');
    expect(lookupMeaning(words, 'Expédié')).toBe('shipped');
    expect(words('livre')).toBe('delivered');
  });

  it('reads a whole word, and a known phrase with only filler words around it', () => {
    expect(lookupMeaning(table, 'nicht  VERSENDET')).toBe('awaiting-shipment');
    expect(lookupMeaning(table, 'Ihre Zahlung wird überprüft', filler)).toBe('payment-review');
  });

  it('never reads a known word beside one that is not filler: a negation is not the word', () => {
    expect(lookupMeaning(table, 'Noch nicht ganz versendet', filler)).toBeUndefined();
    expect(lookupMeaning(table, 'Bald versendet', filler)).toBeUndefined();
    expect(lookupMeaning(table, 'Ihre Zahlung wird überprüft', fillerWords([]))).toBeUndefined();
  });
});

describe('Amazon words by interface language (docs/reader-evidence.md)', () => {
  it.each([
    ['Nicht versendet', 'awaiting-shipment'],
    ['待处理', 'awaiting-payment'],
    ['【待处理】', 'awaiting-payment'],
    ['Non spediti', 'awaiting-shipment'],
    ['niewysłane', 'awaiting-shipment'],
    ['Beklemede', 'awaiting-payment'],
    // sv and en_AE: help 200200040 sv_SE and en_AE, with case, accents and spacing drifted
    ['Olevererat', 'awaiting-shipment'],
    ['OLEVERERADE', 'awaiting-shipment'],
    ['Väntande', 'awaiting-payment'],
    ['vantande', 'awaiting-payment'],
    [' Annullerade\u00a0', 'canceled'],
    ['Undispatched', 'awaiting-shipment'],
    ['UN DISPATCHED', 'unknown'],
  ])('%s → %s', (word, stage) => expect(stageFromStatusText(word)).toBe(stage));

  it('leaves the languages and words without evidence unknown (pt-BR, nl, ko, ar; Swedish words the help does not use)', () => {
    for (const word of ['Não enviado', 'Niet verzonden', 'Ej skickad', 'Skickat', '미발송', 'لم يتم الشحن', 'Inte olevererat'])
      expect(stageFromStatusText(word), word).toBe('unknown');
  });

  it.each([
    ['Seller Fulfilled', 'merchant'],
    ['出品者出荷', 'merchant'],
    ['卖家自行配送', 'merchant'],
    ['Logistica di Amazon', 'platform'],
    ['Logística de Amazon', 'platform'],
    ['亚马逊配送', 'platform'],
  ])('fulfilment value %s → %s', (word, by) => expect(fulfilledByFromText(word)).toBe(by));

  it.each([
    ['Vertriebskanal:', 'salesChannel'],
    ['销售渠道：', 'salesChannel'],
    ['Canale di vendita', 'salesChannel'],
    ['METODO DE GESTION LOGISTICA', 'fulfilledBy'],
    ['配送方式', 'fulfilledBy'],
    ['Fulfilment method', 'fulfilledBy'],
  ])('row label %s → %s', (label, field) => expect(rowLabelOf(label)).toBe(field));

  it('has no label for the words the evidence did not find (fr, ja)', () => {
    expect(rowLabelOf('Canal de vente')).toBeUndefined();
    expect(rowLabelOf('販売チャネル')).toBeUndefined();
  });

  it('reads the status cell request by its words, not by any mention of a cancellation', () => {
    expect(isStatusCellRequestText('Unshipped Buyer cancellation Cancellation reason: Order Created by Mistake')).toBe(true);
    expect(isStatusCellRequestText('Cancellation reason: Order Created by Mistake')).toBe(true);
    expect(isStatusCellRequestText('Canceled')).toBe(false);
    expect(isStatusCellRequestText('Cancel order')).toBe(false);
  });

  it('names every known marketplace a row shows, once, and nothing else', () => {
    expect(marketplacesNamedIn('Sold on Amazon.fr — see amazon.fr, Amazon.co.uk and Amazon.example')).toEqual([
      'amazon.fr',
      'amazon.co.uk',
    ]);
    expect(marketplacesNamedIn('Non-Amazon')).toEqual([]);
  });
});

describe('AliExpress statuses by meaning', () => {
  it.each([
    ['En espera de pago', 'awaiting-payment'],
    ['En espera de envío', 'awaiting-shipment'],
    ['Ihre Zahlung wird überprüft', 'payment-review'],
    ['Your payment being verified', 'payment-review'],
  ])('%s → %s', (word, stage) => expect(lookupStatus(word)?.stage).toBe(stage));

  it('keeps a status with a non-filler word around a known phrase unknown', () => {
    expect(lookupStatus('Zahlung wird nicht überprüft')).toBeNull();
    expect(lookupStatus('Awaiting payment refund')).toBeNull();
  });
});

describe('taught words', () => {
  afterEach(() => {
    teachWords('amazon', []);
    teachWords('aliexpress', []);
    teachWords('1688', []);
  });

  it('reads a taught word on its platform, by matchKey, and only there', () => {
    expect(stageFromStatusText('Niet verzonden')).toBe('unknown');
    teachWords('amazon', [{ word: 'Niet verzonden', stage: 'awaiting-shipment' }]);
    expect(stageFromStatusText('NIET  verzonden')).toBe('awaiting-shipment');
    expect(taughtStage('aliexpress', 'Niet verzonden')).toBeUndefined();
  });

  it('never overrides the built-in tables, and cannot teach unknown', () => {
    teachWords('amazon', [
      { word: 'Unshipped', stage: 'canceled' },
      { word: 'Em espera', stage: 'unknown' },
    ]);
    expect(stageFromStatusText('Unshipped')).toBe('awaiting-shipment');
    expect(taughtStage('amazon', 'Em espera')).toBeUndefined();
  });

  it('is consulted by the AliExpress and 1688 readers after their own words', () => {
    teachWords('aliexpress', [{ word: 'Aguardando despacho', stage: 'awaiting-shipment' }]);
    teachWords('1688', [{ word: '待商家处理', stage: 'awaiting-shipment' }]);
    expect(lookupStatus('Aguardando despacho')?.stage).toBe('awaiting-shipment');
    expect(read1688Status('待商家处理').stage).toBe('awaiting-shipment');
    // A known 1688 word beside a taught one: the sourced word decides, the taught word is not added to it.
    teachWords('1688', [{ word: '等待卖家发货 加急', stage: 'completed' }]);
    expect(read1688Status('等待卖家发货 加急').stage).toBe('awaiting-shipment');
  });
});

describe('the word a hint offers to teach', () => {
  afterEach(() => teachWords('1688', []));

  it('Amazon: each unknown item status alone, never a known one or the joined list', async () => {
    const { unknownStatusWords } = await import('../../../src/platforms/amazon/vocabulary');
    expect(unknownStatusWords('Unshipped, Niet verzonden, Niet verzonden')).toEqual(['Niet verzonden']);
    expect(unknownStatusWords('Unshipped, Shipped')).toEqual([]);
    expect(unknownStatusWords('Order canceled')).toEqual([]);
  });

  it('AliExpress: the word when nothing knows it; nothing for a known word or an empty one', async () => {
    const { unknownStatusWords } = await import('../../../src/platforms/aliexpress/vocabulary');
    expect(unknownStatusWords('Aguardando despacho')).toEqual(['Aguardando despacho']);
    expect(unknownStatusWords('En espera de pago')).toEqual([]);
    expect(unknownStatusWords('')).toEqual([]);
  });

  it('1688: only a text with no known word, and no longer once taught', async () => {
    const { unknownStatusWords } = await import('../../../src/platforms/1688/status');
    expect(unknownStatusWords('等待卖家确认订单')).toEqual([]);
    expect(unknownStatusWords('待商家处理')).toEqual(['待商家处理']);
    teachWords('1688', [{ word: '待商家处理', stage: 'awaiting-shipment' }]);
    expect(unknownStatusWords('待商家处理')).toEqual([]);
  });
});
