// Every vocabulary table the readers ship, built whole: a table is built at its first lookup (src/platforms/text.ts,
// meaningTable), so a word that means two things would otherwise throw only on the page that first looks it up.
import { describe, expect, it } from 'vitest';
import { BY_KEY } from '../../../src/platforms/aliexpress/vocabulary';
import { FULFILMENT_CHANNELS, ORDER_CANCELED_HEADINGS, ROW_LABELS, STATUS_STAGES } from '../../../src/platforms/amazon/vocabulary';

describe('vocabulary tables', () => {
  it.each([
    ['Amazon status words', STATUS_STAGES],
    ['Amazon fulfilment values', FULFILMENT_CHANNELS],
    ['Amazon row labels', ROW_LABELS],
    ['Amazon order-canceled headings', ORDER_CANCELED_HEADINGS],
    ['AliExpress status words', BY_KEY],
  ] as const)('%s build whole, every word with one meaning', (_name, table) => {
    const keys = [...table.keys()];
    expect(keys.length).toBeGreaterThan(3);
    for (const key of keys) expect(table.get(key)).toBeDefined();
  });
});
