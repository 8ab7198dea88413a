/**
 * Exporting the history: JSON that holds everything (for import and backups) and CSV with one row
 * per order (for a spreadsheet). The extension page that asks builds the file itself from the
 * database, a page of records at a time, into the parts of a Blob: no single string and no runtime
 * message ever holds the whole history (a message is capped at 64 MiB, about 59,000 orders), so a
 * history of any size is exported. Nothing leaves the computer.
 *
 * The JSON file is one object with one record per line, which any JSON reader reads and which
 * src/history/export-reader.ts reads back in chunks.
 */
import { Dexie, type Table } from 'dexie';
import type { HistoryExport, HistoryFile, TaughtWordRecord } from '../messages/protocol';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../messages/schemas';
import type { HistoryDb } from './db';
import { withoutOpenIndex } from './follow-ups';
import { withoutSummary, type StoredOrder } from './ending';
import { hasStoredSettings, localDay, readSettings } from './settings';

export { EXPORT_FORMAT, EXPORT_VERSION };
export type { HistoryFile };

/** Records read per database request: large enough to be fast, small enough to keep memory flat. */
const PAGE = 2_000;

export interface TransferOptions {
  /** Stops the export between two pages of records; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
  /** Records written so far, of how many. */
  onProgress?: (done: number, total: number) => void;
}

/** An export as the parts of its file, for `new Blob(parts)`. */
export interface ExportParts {
  filename: string;
  mime: string;
  parts: string[];
}

const aborted = () => new DOMException('The export was canceled.', 'AbortError');

/**
 * Calls `page` with every record of `table`, PAGE at a time in primary-key order. Pages follow the
 * last key read (not an offset, which would make each page re-read everything before it).
 */
async function eachPage<T>(table: Table<T>, page: (records: T[]) => void, signal: AbortSignal | undefined): Promise<void> {
  // A compound key ([platform+key] of the taught words) is the array of its fields' values.
  const keyPath = table.schema.primKey.keyPath as string | string[];
  const keyOf = (record: unknown): unknown =>
    Array.isArray(keyPath) ? keyPath.map((k) => (record as Record<string, unknown>)[k]) : (record as Record<string, unknown>)[keyPath];
  let last: unknown = Dexie.minKey;
  let first = true;
  for (;;) {
    if (signal?.aborted) throw aborted();
    const records = first ? await table.orderBy(':id').limit(PAGE).toArray() : await table.where(':id').above(last).limit(PAGE).toArray();
    first = false;
    if (records.length === 0) return;
    page(records);
    last = keyOf(records.at(-1));
    if (records.length < PAGE) return;
  }
}

/** The JSON export as file parts: a header line, then each list with one record per line. */
async function exportJsonParts(db: HistoryDb, now: Date, options: TransferOptions = {}): Promise<string[]> {
  const { signal, onProgress } = options;
  const tables = [db.orders, db.observations, db.actions, db.followUps, db.customTemplates, db.settings, db.links, db.taughtWords];
  return db.transaction('r', tables, async () => {
    const lists = [
      ['orders', db.orders, withoutSummary],
      ['observations', db.observations, (r: unknown) => r],
      ['actions', db.actions, (r: unknown) => r],
      ['followUps', db.followUps, withoutOpenIndex],
      ['customTemplates', db.customTemplates, (r: unknown) => r],
      ['links', db.links, (r: unknown) => r],
      // The row key is the word's matchKey: derived again on import, never read from a file.
      ['taughtWords', db.taughtWords, ({ key: _key, ...word }: TaughtWordRecord) => word],
    ] as const;
    const counts = await Promise.all(lists.map(([, table]) => table.count()));
    const total = counts.reduce((a, b) => a + b, 0);
    const settings = (await hasStoredSettings(db)) ? await readSettings(db) : null;
    const head = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), settings };
    const parts = [JSON.stringify(head).slice(0, -1)];
    let done = 0;
    onProgress?.(done, total);
    for (const [name, table, shape] of lists) {
      parts.push(`,\n${JSON.stringify(name)}:[`);
      let separator = '\n';
      await eachPage(
        table as Table<unknown>,
        (records) => {
          parts.push(separator + records.map((r) => JSON.stringify((shape as (r: unknown) => unknown)(r))).join(',\n'));
          separator = ',\n';
          done += records.length;
          onProgress?.(done, total);
        },
        signal,
      );
      parts.push('\n]');
    }
    parts.push('}\n');
    return parts;
  });
}

/** The file for `format`: its name, type and parts. */
export async function exportParts(db: HistoryDb, format: 'json' | 'csv', now: Date, options: TransferOptions = {}): Promise<ExportParts> {
  const base = `cancel-or-close-history-${localDay(now)}`;
  if (format === 'json') return { filename: `${base}.json`, mime: 'application/json', parts: await exportJsonParts(db, now, options) };
  return { filename: `${base}.csv`, mime: 'text/csv', parts: await exportCsvParts(db, options) };
}

/** The export as one text (tests, small histories). */
export async function exportHistory(db: HistoryDb, format: 'json' | 'csv', now: Date): Promise<HistoryExport> {
  const { filename, mime, parts } = await exportParts(db, format, now);
  return { filename, mime, text: parts.join('') };
}

/** The JSON export as an object (tests). */
export async function exportFile(db: HistoryDb, now: Date): Promise<HistoryFile> {
  return JSON.parse((await exportHistory(db, 'json', now)).text) as HistoryFile;
}

// ---- CSV ---------------------------------------------------------------------------------------

export const CSV_COLUMNS = [
  'platform',
  'order_id',
  'marketplace',
  'fulfilled_by',
  'stage',
  'last_action',
  'last_rule',
  'first_seen',
  'last_seen',
  'observations',
  'actions',
  'open_follow_ups',
  'reason',
] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * A text starting with = + - @ (or tab / carriage return) would run as a formula when the
 * file is opened in a spreadsheet, so it is prefixed with ' first (OWASP "CSV injection").
 */
export function csvCell(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return String(value);
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export const csvRow = (cells: ReadonlyArray<string | number | undefined | null>): string => cells.map(csvCell).join(',');

function countBy(keys: readonly unknown[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(String(key), (counts.get(String(key)) ?? 0) + 1);
  return counts;
}

/** One row per order with its latest state and counts, CRLF line ends as RFC 4180 asks, as file parts. */
async function exportCsvParts(db: HistoryDb, options: TransferOptions = {}): Promise<string[]> {
  const { signal, onProgress } = options;
  return db.transaction('r', [db.orders, db.observations, db.actions, db.followUps], async () => {
    // Index keys only: counting a million observations without reading them.
    const observations = countBy(await db.observations.orderBy('orderKey').keys());
    const actions = countBy(await db.actions.orderBy('orderKey').keys());
    const openFollowUps = countBy((await db.followUps.toArray()).filter((f) => f.doneAt === null).map((f) => f.orderKey));
    const reasons = new Map<string, { at: string; reason: string }>();
    for (const a of await db.actions.where('kind').equals('reason-recorded').toArray()) {
      if (a.kind !== 'reason-recorded') continue;
      const seen = reasons.get(a.orderKey);
      if (!seen || a.at >= seen.at) reasons.set(a.orderKey, { at: a.at, reason: a.payload.reason });
    }
    const total = await db.orders.count();
    let done = 0;
    const parts = [`${csvRow(CSV_COLUMNS)}\r\n`];
    await eachPage(
      db.orders as Table<StoredOrder>,
      (orders) => {
        const lines = orders.map((o) =>
          csvRow([
            o.platform,
            o.orderId,
            o.marketplace,
            o.fulfilledBy,
            o.stage,
            o.lastAction,
            o.lastRuleId,
            o.firstSeen,
            o.lastSeen,
            observations.get(o.key) ?? 0,
            actions.get(o.key) ?? 0,
            openFollowUps.get(o.key) ?? 0,
            reasons.get(o.key)?.reason,
          ]),
        );
        parts.push(`${lines.join('\r\n')}\r\n`);
        done += orders.length;
        onProgress?.(done, total);
      },
      signal,
    );
    return parts;
  });
}

/** The CSV export as one text (tests). */
export async function exportCsv(db: HistoryDb): Promise<string> {
  return (await exportCsvParts(db)).join('');
}
