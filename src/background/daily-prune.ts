/**
 * Retention runs when the worker handles its first message of a (local) day. Whether it already
 * ran today is stored in the settings table (pruneIfDue), so a worker stopped and woken many times
 * a day prunes once; the in-memory day only spares a database read on every message.
 */
import { pruneIfDue } from '../history/retention';
import { localDay } from '../history/settings';
import { withHistory } from './history-access';

let checkedDay: string | null = null;

/** Starts retention when due; never delays or fails the message that triggered it. */
export function pruneOnFirstMessageOfDay(now: Date): Promise<void> {
  const today = localDay(now);
  if (checkedDay === today) return Promise.resolve();
  checkedDay = today;
  return withHistory((db) => pruneIfDue(db, now)).then((result) => {
    if (!result.ok) checkedDay = null; // storage failed: try again on a later message
  });
}
