/** The chunked reader of JSON exports (src/history/export-reader.ts): any chunking reads the same as JSON.parse. */
import { describe, expect, it } from 'vitest';
import { ExportFileError, ExportReader, readExportText, type ExportPiece } from '../../../src/history/export-reader';

const FILE = {
  format: 'cancel-or-close-history',
  version: 1,
  exportedAt: '2025-03-01T10:00:00.000Z',
  orders: [{ key: 'amazon:1', note: 'a "quoted" ] } , [ { \\ text', nested: { list: [1, [2, 3], { x: null }] } }, { key: 'amazon:2' }],
  observations: [],
  actions: [true, 1.5e3, -2, 'x', null],
  settings: { rules: {}, storeName: '中文 😀' },
};

function piecesOf(chunks: string[]): ExportPiece[] {
  const pieces: ExportPiece[] = [];
  const reader = new ExportReader((p) => pieces.push(p));
  for (const c of chunks) reader.push(c);
  reader.end();
  return pieces;
}

/** What the reader should hand over: each list item with its position, every other field whole. */
const expected = (file: Record<string, unknown>): ExportPiece[] =>
  Object.entries(file).flatMap(([field, value]): ExportPiece[] =>
    Array.isArray(value) ? value.map((v, i) => ({ field, value: v, item: i })) : [{ field, value, item: null }],
  );

describe('ExportReader', () => {
  it('reads compact and one-record-per-line files, cut into chunks anywhere', () => {
    const compact = JSON.stringify(FILE);
    const lines = JSON.stringify(FILE, null, 1);
    for (const text of [compact, lines]) {
      expect(piecesOf([text])).toEqual(expected(FILE));
      for (let cut = 1; cut < text.length; cut++) expect(piecesOf([text.slice(0, cut), text.slice(cut)])).toEqual(expected(FILE));
      expect(piecesOf(Array.from(text))).toEqual(expected(FILE));
    }
  });

  it('refuses what is not one complete JSON object, as JSON.parse would', () => {
    const refused = [
      'nope',
      '[1,2]',
      '{"orders": [1,]}',
      '{"a": 1,}',
      '{"a": 1',
      '{"a" 1}',
      '{"orders": [{"k": 1}',
      '{"a": 1} x',
      '{"a": tru}',
    ];
    for (const text of refused) expect(() => readExportText(text, () => {})).toThrow(ExportFileError);
    expect(() => readExportText('{}', () => {})).not.toThrow();
  });

  it('keeps memory to one record: a record past the bound is refused without reading on', () => {
    const reader = new ExportReader(() => {});
    reader.push('{"orders": [{"k": "');
    expect(() => {
      for (let i = 0; i < 20; i++) reader.push('x'.repeat(100_000));
    }).toThrow(/far larger/);
  });
});
