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
import type { StoredOrder } from './ending';
import { MIGRATIONS, type Migration } from './migrations';

export const HISTORY_DB_NAME = 'cancel-or-close';

/** An observation as stored (the public record plus its idempotency key), a custom template with its row key. */
export type { StoredObservation, StoredTemplate };

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
  followUps: EntityTable<FollowUpRecord, 'seq'>;
  settings: EntityTable<SettingRow, 'key'>;
  customTemplates: EntityTable<StoredTemplate, 'seq'>;
  /** Sales order ↔ supplier order links the person made (schema v6). */
  links: EntityTable<LinkRecord, 'id'>;
  /** Status words the person taught, keyed by platform and the word's matchKey (schema v7). */
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
  await db.open();
  return db;
}
