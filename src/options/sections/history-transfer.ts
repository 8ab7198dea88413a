/**
 * Export and import as the extension page runs them: straight between the history database and the
 * file, in pieces, with progress and a way to cancel. Nothing of it travels as a runtime message
 * (one message is capped at 64 MiB, about 59,000 orders): the page opens the same IndexedDB the
 * worker uses (extension pages share the extension's origin; content scripts never do).
 *
 * The worker stays the only writer while the person browses; an import is the one write a page
 * makes, and it is safe beside the worker because:
 * - it is ONE readwrite transaction (src/history/import.ts), and IndexedDB runs readwrite
 *   transactions whose tables overlap one after the other, across connections: an observation the
 *   worker records during an import is written wholly before or wholly after it, never in between,
 *   and the import's merge reads what the worker wrote before it;
 * - the worker keeps nothing of the history in memory but its settings and templates caches, which
 *   the page tells it to drop afterwards (`history/changed`);
 * - both open the database with the same migrations (one build); if an update upgrades it while a
 *   page holds it open, the page's connection is closed and its transaction fails as a whole.
 */
import { openHistory, type HistoryDb } from '../../history/db';
import { exportParts, type TransferOptions } from '../../history/export';
import { importChunks, type ImportOutcome } from '../../history/import';

/** What the page shows while a transfer runs. */
export type TransferProgress =
  | { phase: 'export'; done: number; total: number }
  | { phase: 'read'; done: number; total: number }
  | { phase: 'write'; done: number; total: number };

export interface TransferControl {
  signal?: AbortSignal;
  onProgress?: (progress: TransferProgress) => void;
  /** The database to use; the extension's own when absent (tests pass one on fake-indexeddb). */
  open?: () => Promise<HistoryDb>;
}

/** Bytes read from the file at a time: big enough to be quick, small enough to keep memory flat. */
export const FILE_SLICE_BYTES = 4 * 1024 * 1024;

async function withDb<T>(control: TransferControl, use: (db: HistoryDb) => Promise<T>): Promise<T> {
  const db = await (control.open ?? (() => openHistory()))();
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

/** The export as a Blob made of parts, built a page of records at a time. */
export async function exportToBlob(
  format: 'json' | 'csv',
  now: Date,
  control: TransferControl = {},
): Promise<{ filename: string; blob: Blob }> {
  const options: TransferOptions = {
    ...(control.signal && { signal: control.signal }),
    onProgress: (done, total) => control.onProgress?.({ phase: 'export', done, total }),
  };
  const file = await withDb(control, (db) => exportParts(db, format, now, options));
  return { filename: file.filename, blob: new Blob(file.parts, { type: file.mime }) };
}

/**
 * The text of a file, slice by slice: a multi-byte character cut by a slice boundary is completed by
 * the next slice (the decoder streams). Reports the bytes read; stops early when canceled.
 */
export async function* fileText(file: Blob, onBytes?: (done: number, total: number) => void, signal?: AbortSignal): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  for (let at = 0; at < file.size; at += FILE_SLICE_BYTES) {
    if (signal?.aborted) return;
    const bytes = await file.slice(at, at + FILE_SLICE_BYTES).arrayBuffer();
    yield decoder.decode(bytes, { stream: true });
    onBytes?.(Math.min(at + FILE_SLICE_BYTES, file.size), file.size);
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** Imports a JSON export file: read and checked in pieces, then written in one transaction. */
export function importFromFile(file: Blob, control: TransferControl = {}): Promise<ImportOutcome> {
  const { signal, onProgress } = control;
  const chunks = fileText(file, (done, total) => onProgress?.({ phase: 'read', done, total }), signal);
  return withDb(control, (db) =>
    importChunks(db, chunks, {
      ...(signal && { signal }),
      onProgress: (p) => onProgress?.({ phase: 'write', done: p.step, total: p.steps }),
    }),
  );
}
