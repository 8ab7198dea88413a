/** Settings and custom templates in the history database, and retention once a day. */
import { describe, expect, it } from 'vitest';
import type { CustomTemplate } from '../../../src/messages/protocol';
import { recordObservation } from '../../../src/history/record';
import { deleteAllHistory, pruneIfDue } from '../../../src/history/retention';
import { LAST_PRUNE_KEY, localDay, readSettings, writeSettings } from '../../../src/history/settings';
import { deleteTemplate, listTemplates, saveTemplate } from '../../../src/history/templates';
import { importHistory } from '../../../src/history/import';
import { exportFile } from '../../../src/history/export';
import * as validate from '../../../src/messages/validate';
import { freshDb, minutesAfter, snapshot, T0, verdict } from './fixtures';

const DAY_MIN = 24 * 60;
const template = (over: Partial<CustomTemplate> = {}): CustomTemplate => ({
  platform: 'aliexpress',
  audience: 'supplier',
  language: 'en',
  title: 'Cancel please',
  body: 'Hello, please cancel order {orderId}.',
  situations: ['aliexpress.buyer.ask-supplier-cancel'],
  ...over,
});

describe('settings', () => {
  it('reads empty settings before any were saved, then what was saved', async () => {
    const db = await freshDb();
    expect(await readSettings(db)).toEqual({ rules: {} });
    await writeSettings(db, { rules: { amazonBuyerSelfCancelMinutes: 20 }, retentionDays: 90 });
    expect(await readSettings(db)).toEqual({ rules: { amazonBuyerSelfCancelMinutes: 20 }, retentionDays: 90 });
    db.close();
  });
});

describe('custom templates', () => {
  it('gives new templates custom:<n> ids, replaces by id, lists newest first and deletes', async () => {
    const db = await freshDb();
    const first = await saveTemplate(db, template(), T0);
    const second = await saveTemplate(db, template({ title: 'Second' }), minutesAfter(T0, 1));
    expect([first?.id, second?.id]).toEqual(['custom:1', 'custom:2']);
    const edited = await saveTemplate(db, { ...first!, body: 'Changed {orderId}' }, minutesAfter(T0, 2));
    expect(edited).toMatchObject({ id: 'custom:1', body: 'Changed {orderId}', updatedAt: minutesAfter(T0, 2).toISOString() });
    expect((await listTemplates(db)).map((t) => t.id)).toEqual(['custom:1', 'custom:2']);
    expect(await saveTemplate(db, template({ id: 'custom:99' }), T0)).toBeNull();
    expect(await deleteTemplate(db, 'custom:1')).toEqual({ deleted: true });
    expect(await deleteTemplate(db, 'custom:1')).toEqual({ deleted: false });
    expect((await listTemplates(db)).map((t) => t.id)).toEqual(['custom:2']);
    // Ids are never reused after a delete.
    expect((await saveTemplate(db, template(), T0))?.id).toBe('custom:3');
    db.close();
  });
});

describe('custom template ids that cannot collide or overflow', () => {
  it('after importing the largest id the pattern allows, a new template still gets a valid, free id', async () => {
    const db = await freshDb();
    const file = {
      format: 'cancel-or-close-history',
      version: 1,
      exportedAt: T0.toISOString(),
      customTemplates: [{ ...template({ title: 'Imported' }), id: 'custom:9999999999', seq: 9_999_999_999 }],
    };
    expect(await importHistory(db, JSON.stringify(file))).toMatchObject({ ok: true, report: { added: { templates: 1 } } });
    const made = await saveTemplate(db, template({ title: 'Mine' }), T0);
    // Without the fallback the key generator gives 10000000000: eleven digits, refused by the id pattern.
    expect(made?.id).toBe('custom:1');
    expect(validate.checkWorkerRequest({ kind: 'templates/delete', id: made!.id! })).toMatchObject({ ok: true });
    expect(await saveTemplate(db, { ...made!, body: 'Edited {orderId}' }, T0)).toMatchObject({ id: 'custom:1', body: 'Edited {orderId}' });
    const another = await saveTemplate(db, template({ title: 'Next' }), T0);
    expect(another?.id).toBe('custom:2');
    // Export → import keeps all three, none dropped as invalid.
    const copy = await freshDb();
    const report = await importHistory(copy, JSON.stringify(await exportFile(db, T0)));
    expect(report).toMatchObject({ ok: true, report: { added: { templates: 3 }, skipped: [] } });
    expect((await listTemplates(copy)).map((t) => t.id).sort()).toEqual(['custom:1', 'custom:2', 'custom:9999999999']);
    expect(await deleteTemplate(db, 'custom:1')).toEqual({ deleted: true });
    db.close();
    copy.close();
  });
});

describe('retention once a day', () => {
  it('prunes with the person’s retentionDays on the first call of a day only', async () => {
    const db = await freshDb();
    await recordObservation(db, snapshot({ orderId: 'old' }), verdict(), T0);
    await recordObservation(db, snapshot({ orderId: 'recent' }), verdict(), minutesAfter(T0, 20 * DAY_MIN));
    await writeSettings(db, { rules: {}, retentionDays: 30 });
    const now = minutesAfter(T0, 40 * DAY_MIN);
    expect(await pruneIfDue(db, now)).toEqual({ pruned: true, orders: 1 });
    expect((await db.settings.get(LAST_PRUNE_KEY))?.value).toBe(localDay(now));
    expect((await db.orders.toArray()).map((o) => o.orderId)).toEqual(['recent']);
    // Same day: nothing runs even though 'recent' would now be old enough under a shorter setting.
    await writeSettings(db, { rules: {}, retentionDays: 7 });
    expect(await pruneIfDue(db, minutesAfter(now, 1))).toEqual({ pruned: false, orders: 0 });
    expect(await pruneIfDue(db, minutesAfter(now, DAY_MIN))).toEqual({ pruned: true, orders: 1 });
    db.close();
  });

  it('uses two years when the person set nothing', async () => {
    const db = await freshDb();
    await recordObservation(db, snapshot(), verdict(), T0);
    expect(await pruneIfDue(db, minutesAfter(T0, 700 * DAY_MIN))).toEqual({ pruned: true, orders: 0 });
    expect(await pruneIfDue(db, minutesAfter(T0, 731 * DAY_MIN))).toEqual({ pruned: true, orders: 1 });
    db.close();
  });
});

describe('delete all history', () => {
  it('empties the history tables and keeps settings and custom templates', async () => {
    const db = await freshDb();
    await recordObservation(db, snapshot(), verdict(), T0);
    await writeSettings(db, { rules: {}, storeName: 'Acme' });
    await saveTemplate(db, template(), T0);
    expect(await deleteAllHistory(db)).toEqual({ deleted: true });
    expect([await db.orders.count(), await db.observations.count(), await db.actions.count(), await db.followUps.count()]).toEqual([
      0, 0, 0, 0,
    ]);
    expect((await readSettings(db)).storeName).toBe('Acme');
    expect(await listTemplates(db)).toHaveLength(1);
    db.close();
  });
});
