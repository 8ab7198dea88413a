// Every vocabulary table the readers ship, built whole: a table is built at its first lookup, its ASCII words first
// (src/platforms/text.ts, meaningTable), so a word that means two things would otherwise throw only on the page that
// first looks up a word the table does not have. Looking up such a word here builds each table whole.
import { describe, expect, it } from 'vitest';
import { BY_KEY, STATUS_WORDS as ALIEXPRESS_STATUS_WORDS } from '../../../src/platforms/aliexpress/vocabulary';
import {
  FULFILMENT_VALUE_WORDS,
  fulfilledByFromText,
  isOrderCanceledHeading,
  ORDER_CANCELED_HEADING_WORDS,
  ROW_LABEL_BLOCKS,
  rowLabelOf,
  STATUS_WORDS,
  stageFromStatusText,
} from '../../../src/platforms/amazon/vocabulary';
import { keysOf } from '../../../src/platforms/coverage';

const NOT_A_WORD = 'no table has this word';

describe('vocabulary tables', () => {
  it.each([
    ['Amazon status words', () => stageFromStatusText(NOT_A_WORD)],
    ['Amazon fulfilment values', () => fulfilledByFromText(NOT_A_WORD)],
    ['Amazon row labels', () => rowLabelOf(NOT_A_WORD)],
    ['Amazon order-canceled headings', () => isOrderCanceledHeading(NOT_A_WORD)],
    ['AliExpress status words', () => BY_KEY(NOT_A_WORD)],
  ] as const)('%s build whole, every word with one meaning', (_name, lookUpUnknown) => {
    expect(lookUpUnknown).not.toThrow();
  });

  it('find every word they are written with, in every language', () => {
    for (const key of keysOf(STATUS_WORDS)) expect(stageFromStatusText(key)).not.toBe('unknown');
    for (const key of keysOf(FULFILMENT_VALUE_WORDS)) expect(fulfilledByFromText(key)).toBeDefined();
    for (const key of keysOf(ROW_LABEL_BLOCKS)) expect(rowLabelOf(key)).toBeDefined();
    for (const word of ORDER_CANCELED_HEADING_WORDS) expect(isOrderCanceledHeading(word)).toBe(true);
    for (const key of keysOf(ALIEXPRESS_STATUS_WORDS)) expect(BY_KEY(key)).toBeDefined();
  });
});
