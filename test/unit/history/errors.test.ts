import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { openHistory } from '../../../src/history/db';
import { describeHistoryError, tryHistory } from '../../../src/history/errors';
import { recentOrders } from '../../../src/history/queries';
import { recordObservation } from '../../../src/history/record';
import { freshDb, snapshot, T0, verdict } from './fixtures';

describe('describeHistoryError', () => {
  it('reports a browser without IndexedDB as unavailable', async () => {
    // Node has no indexedDB global, like a Firefox private window: Dexie fails on first use.
    expect(globalThis.indexedDB).toBeUndefined();
    const result = await tryHistory(async () => recentOrders(await openHistory(), 5));
    expect(result).toEqual({
      ok: false,
      error: { code: 'unavailable', message: expect.stringContaining('IndexedDB unavailable') },
    });
  });

  it('reports a full disk as quota, also when Dexie wraps it in an aborted transaction', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(describeHistoryError(quota).code).toBe('quota');
    expect(describeHistoryError(new Dexie.AbortError('Transaction aborted', quota)).code).toBe('quota');
  });

  it('reports an InvalidStateError inside a failed open as unavailable', () => {
    const invalid = new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    const error = describeHistoryError(new Dexie.OpenFailedError('open failed', invalid));
    expect(error.code).toBe('unavailable');
  });

  it('reports anything else as failed, naming the error', () => {
    const error = describeHistoryError(new Dexie.ConstraintError('Key already exists'));
    expect(error.code).toBe('failed');
    expect(error.message).toContain('ConstraintError: Key already exists');
    expect(describeHistoryError('not an error object')).toEqual({
      code: 'failed',
      message: 'Order history could not be read or written. Verdicts still work.',
    });
  });
});

describe('tryHistory', () => {
  it('returns the value of a successful operation', async () => {
    const db = await freshDb();
    expect(await tryHistory(() => recordObservation(db, snapshot(), verdict(), T0))).toEqual({
      ok: true,
      value: { added: true },
    });
    db.close();
  });

  it('returns a quota error as a value and leaves no half-written order behind', async () => {
    const db = await freshDb();
    vi.spyOn(db.observations, 'add').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    const result = await tryHistory(() => recordObservation(db, snapshot(), verdict(), T0));
    expect(result).toMatchObject({ ok: false, error: { code: 'quota' } });
    vi.restoreAllMocks();
    expect(await db.orders.count()).toBe(0);
    db.close();
  });
});
