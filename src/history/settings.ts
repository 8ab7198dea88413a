/**
 * The person's settings, stored in the history database's key-value `settings` table (schema v2)
 * so that export, import and the worker all read one place. Values are validated on the way in
 * (src/messages/validate.ts); what is read back is trusted to be a UserSettings.
 */
import type { UserSettings } from '../messages/protocol';
import type { HistoryDb } from './db';

export const USER_SETTINGS_KEY = 'user';
/** The local day (YYYY-MM-DD) retention last ran; see src/background/daily-prune.ts. */
export const LAST_PRUNE_KEY = 'lastPrune';

export async function readSettings(db: HistoryDb): Promise<UserSettings> {
  const row = await db.settings.get(USER_SETTINGS_KEY);
  return (row?.value as UserSettings | undefined) ?? { rules: {} };
}

export async function hasStoredSettings(db: HistoryDb): Promise<boolean> {
  return (await db.settings.get(USER_SETTINGS_KEY)) !== undefined;
}

/** Replaces the stored settings as a whole. */
export async function writeSettings(db: HistoryDb, settings: UserSettings): Promise<UserSettings> {
  await db.settings.put({ key: USER_SETTINGS_KEY, value: settings });
  return settings;
}

/** YYYY-MM-DD of `at` in the browser's time zone: "a day" as the person lives it. */
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
