/**
 * Opens the history database lazily, once per worker lifetime (the worker is killed when idle
 * and reopens it on the next message). Errors come back as values with a sentence for the person.
 */
import { openHistory, type HistoryDb } from '../history/db';
import { describeHistoryError } from '../history/errors';
import { fail, ok, type Result } from '../messages/protocol';

let opened: Promise<HistoryDb> | null = null;

export async function withHistory<T>(use: (db: HistoryDb) => Promise<T>): Promise<Result<T>> {
  try {
    opened ??= openHistory();
    return ok(await use(await opened));
  } catch (e) {
    opened = null; // a failed or closed connection is reopened on the next call
    return fail(describeHistoryError(e).message);
  }
}
