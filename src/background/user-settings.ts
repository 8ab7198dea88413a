/**
 * The person's settings as the worker uses them: read once per worker lifetime (every evaluate
 * needs them, and IndexedDB is slower than memory), replaced when settings/set stores new ones and
 * read again after an import, which may have written them.
 * When history is unavailable the defaults apply: a verdict never waits on storage.
 */
import type { UserSettings } from '../messages/protocol';
import { readSettings, writeSettings } from '../history/settings';
import { withHistory } from './history-access';

let cached: Promise<UserSettings> | null = null;

export function currentSettings(): Promise<UserSettings> {
  cached ??= withHistory(readSettings).then((read) => {
    if (read.ok) return read.value;
    cached = null; // try again on the next message
    return { rules: {} };
  });
  return cached;
}

export async function storeSettings(settings: UserSettings): Promise<{ ok: true; value: UserSettings } | { ok: false; error: string }> {
  const written = await withHistory((db) => writeSettings(db, settings));
  if (written.ok) cached = Promise.resolve(written.value);
  return written;
}

/**
 * Changes some settings and keeps the rest, read and written in one transaction: never over settings that could not
 * be read (the defaults `currentSettings` falls back to), nor over a change the options page made meanwhile.
 */
export async function updateSettings(
  change: Partial<UserSettings>,
): Promise<{ ok: true; value: UserSettings } | { ok: false; error: string }> {
  const written = await withHistory((db) =>
    db.transaction('rw', db.settings, async () => writeSettings(db, { ...(await readSettings(db)), ...change })),
  );
  if (written.ok) cached = Promise.resolve(written.value);
  return written;
}

/** Call after something other than storeSettings wrote the settings (an import): the next read goes to the database. */
export function settingsChanged(): void {
  cached = null;
}
