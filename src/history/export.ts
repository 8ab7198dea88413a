/**
 * Exporting the history: JSON that holds everything (for import and backups) and CSV with one
 * row per order (for a spreadsheet). Both are built in memory and handed to the page, which saves
 * them with a download link; nothing leaves the computer.
 */
import type { HistoryExport, HistoryFile } from '../messages/protocol';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../messages/schemas';
import type { HistoryDb } from './db';
import { withoutSummary } from './ending';
import { hasStoredSettings, localDay, readSettings } from './settings';

export { EXPORT_FORMAT, EXPORT_VERSION };
export type { HistoryFile };

export async function exportFile(db: HistoryDb, now: Date): Promise<HistoryFile> {
  return db.transaction('r', [db.orders, db.observations, db.actions, db.followUps, db.customTemplates, db.settings, db.links], async () => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    orders: (await db.orders.toArray()).map(withoutSummary),
    observations: await db.observations.toArray(),
    actions: await db.actions.toArray(),
    followUps: await db.followUps.toArray(),
    customTemplates: await db.customTemplates.toArray(),
    settings: (await hasStoredSettings(db)) ? await readSettings(db) : null,
    links: await db.links.toArray(),
  }));
}

export async function exportHistory(db: HistoryDb, format: 'json' | 'csv', now: Date): Promise<HistoryExport> {
  const base = `cancel-or-close-history-${localDay(now)}`;
  if (format === 'json')
    return { filename: `${base}.json`, mime: 'application/json', text: JSON.stringify(await exportFile(db, now)) };
  return { filename: `${base}.csv`, mime: 'text/csv', text: await exportCsv(db) };
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

/** One row per order with its latest state and counts, CRLF line ends as RFC 4180 asks. */
export async function exportCsv(db: HistoryDb): Promise<string> {
  return db.transaction('r', [db.orders, db.observations, db.actions, db.followUps], async () => {
    const orders = await db.orders.toArray();
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
    const lines = [csvRow(CSV_COLUMNS)];
    for (const o of orders)
      lines.push(
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
    return `${lines.join('\r\n')}\r\n`;
  });
}

