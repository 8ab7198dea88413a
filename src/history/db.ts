/**
 * The order history database (Dexie 4 over IndexedDB).
 *
 * Only the background worker and extension pages open it, never content scripts: a content
 * script's IndexedDB belongs to the seller site's origin, not to the extension.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  FollowUpRecord,
  LinkRecord,
  OrderActionRecord,
  StoredObservation,
  StoredTemplate,
  TaughtWordRecord,
} from '../messages/protocol';
import type { Platform } from '../rules/types';
import { EMPTY_AGGREGATES, type AggregateRow } from './aggregates';
import type { StoredOrder } from './ending';
import { MIGRATIONS, type Migration } from './migrations';

export const HISTORY_DB_NAME = 'cancel-or-close';

/** An observation as stored (the public record plus its idempotency key), a custom template with its row key. */
export type { StoredObservation, StoredTemplate };

/**
 * A follow-up as stored: `openDueAt` repeats `dueAt` while the follow-up is open and is removed when it
 * is done (schema v7), so the open ones are read from their own index, soonest first, however many are
 * done. Storage plumbing like an observation's dedupe key: never exported nor sent.
 */
export type StoredFollowUp = FollowUpRecord & { openDueAt?: string };

/** A key-value row of the settings table (schema v2). */
export interface SettingRow {
  key: string;
  value: unknown;
}

export type HistoryDb = Dexie & {
  /** Order records with the summary of their observations the statistics read (schema v3). */
  orders: EntityTable<StoredOrder, 'key'>;
  observations: EntityTable<StoredObservation, 'id'>;
  actions: EntityTable<OrderActionRecord, 'id'>;
  followUps: EntityTable<StoredFollowUp, 'seq'>;
  settings: EntityTable<SettingRow, 'key'>;
  customTemplates: EntityTable<StoredTemplate, 'seq'>;
  /** Sales order ↔ supplier order links the person made (schema v6). */
  links: EntityTable<LinkRecord, 'id'>;
  /** The statistics' counters per local day, kept as orders change (schema v7, src/history/aggregates.ts). */
  aggregates: EntityTable<AggregateRow, 'day'>;
  /** Status words the person taught, keyed by platform and the word's matchKey (schema v8). */
  taughtWords: Table<TaughtWordRecord, [string, string]>;
};

export function orderKeyOf(platform: Platform, orderId: string): string {
  return `${platform}:${orderId}`;
}

/**
 * Opens the history database, creating or upgrading it. Tests pass a fresh fake-indexeddb
 * `IDBFactory` and its `IDBKeyRange`; the extension passes nothing and gets the browser's.
 * Rejects when the browser has no usable IndexedDB (e.g. Firefox private windows);
 * `describeHistoryError` reports that as 'unavailable'.
 */
export async function openHistory(
  name: string = HISTORY_DB_NAME,
  indexedDB?: IDBFactory,
  IDBKeyRange?: typeof globalThis.IDBKeyRange,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<HistoryDb> {
  // Only pass what was given: an explicit `undefined` would override Dexie's own lookup.
  const db = new Dexie(name, {
    ...(indexedDB ? { indexedDB } : {}),
    ...(IDBKeyRange ? { IDBKeyRange } : {}),
  }) as HistoryDb;
  for (const migration of migrations) {
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
  // A new database starts with its statistics counted (nothing, in today's zone); an upgraded one is
  // counted by the upgrade (src/history/aggregates.ts).
  db.on('populate', (tx) => {
    if (tx.storeNames.includes('aggregates')) void tx.table('aggregates').add(EMPTY_AGGREGATES());
  });
  await db.open();
  return db;
}
