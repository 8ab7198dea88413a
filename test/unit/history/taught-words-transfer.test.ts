/**
 * Taught words in the history file: exported without their derived row key, imported by merging (a word not taught
 * yet is added; the person's own answer for a word wins over the file's), checked like every record of a file that is
 * hostile until checked (bounded words, never 'unknown', no key taken from the file).
 */
import { describe, expect, it } from 'vitest';
import { exportFile } from '../../../src/history/export';
import { importHistory } from '../../../src/history/import';
import { teachWord } from '../../../src/history/taught-words';
import { freshDb, T0 } from './fixtures';
import { skippedText } from '../../../src/options/sections/import-report';
import '../../../src/ui/page-strings';

describe('taught words in the export file', () => {
  it('are exported as taught, without the row key, and imported into an empty history as they were', async () => {
    const source = await freshDb();
    await teachWord(source, 'amazon', 'Niet verzonden', 'awaiting-shipment', T0);
    await teachWord(source, '1688', '待商家处理', 'awaiting-shipment', T0);
    const file = await exportFile(source, T0);
    expect(file.taughtWords).toEqual([
      { platform: '1688', word: '待商家处理', stage: 'awaiting-shipment', at: T0.toISOString() },
      { platform: 'amazon', word: 'Niet verzonden', stage: 'awaiting-shipment', at: T0.toISOString() },
    ]);
    const target = await freshDb();
    const imported = await importHistory(target, JSON.stringify(file), { now: T0 });
    expect(imported.ok && imported.report.added.taughtWords).toBe(2);
    expect(await target.taughtWords.toArray()).toEqual(await source.taughtWords.toArray());
    // The same file again adds nothing.
    const again = await importHistory(target, JSON.stringify(file), { now: T0 });
    expect(again.ok && again.report).toMatchObject({ added: { orders: 0 }, alreadyPresent: 2, skipped: [] });
    expect(again.ok && again.report.added.taughtWords).toBeUndefined();
  });

  it('keep the person’s own meaning of a word over the file’s, and skip words no page could have taught', async () => {
    const target = await freshDb();
    await teachWord(target, 'amazon', 'Niet verzonden', 'awaiting-shipment', T0);
    const file = await exportFile(await freshDb(), T0);
    file.taughtWords = [
      { platform: 'amazon', word: 'NIET verzonden', stage: 'shipped', at: T0.toISOString(), key: 'something else' },
      { platform: 'aliexpress', word: 'Aguardando despacho', stage: 'awaiting-shipment', at: T0.toISOString(), key: 'x' },
      { platform: 'aliexpress', word: 'Em espera', stage: 'unknown', at: T0.toISOString(), key: 'em espera' },
      { platform: 'aliexpress', word: 'a'.repeat(200), stage: 'shipped', at: T0.toISOString(), key: 'a' },
      { platform: 'aliexpress', word: '!!!', stage: 'shipped', at: T0.toISOString(), key: '' },
    ];
    const imported = await importHistory(target, JSON.stringify(file), { now: T0 });
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.report.added.taughtWords).toBe(1);
    expect(imported.report.skipped.map((s) => skippedText(s, 'en').replace(/:.*/, ''))).toEqual([
      'Taught word 3 of the file',
      'Taught word 4 of the file',
      'Taught word 5 of the file',
      'The taught word “NIET verzonden” (Amazon)',
    ]);
    expect((await target.taughtWords.toArray()).map(({ platform, key, word, stage }) => ({ platform, key, word, stage }))).toEqual([
      // The row key is the word's, never the file's.
      { platform: 'aliexpress', key: 'aguardando despacho', word: 'Aguardando despacho', stage: 'awaiting-shipment' },
      { platform: 'amazon', key: 'niet verzonden', word: 'Niet verzonden', stage: 'awaiting-shipment' },
    ]);
  });
});
