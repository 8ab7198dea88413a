/** Export (JSON lossless, CSV for spreadsheets) and import (validated, idempotent, all-or-nothing). */
import { describe, expect, it } from 'vitest';
import {
  exportCsv,
  exportFile,
  exportHistory,
  csvCell,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type HistoryFile,
} from '../../../src/history/export';
import { IMPORT_CANCELED, importChunks, importHistory } from '../../../src/history/import';
import { recordAction } from '../../../src/history/queries';
import { completeFollowUp } from '../../../src/history/follow-ups';
import { recordObservation } from '../../../src/history/record';
import { deleteAllHistory, pruneIfDue } from '../../../src/history/retention';
import { readSettings, writeSettings } from '../../../src/history/settings';
import { saveTemplate } from '../../../src/history/templates';
import type { HistoryDb } from '../../../src/history/db';
import { endedVerdict, freshDb, minutesAfter, snapshot, T0, verdict } from './fixtures';
import { skippedText } from '../../../src/options/sections/import-report';
import '../../../src/ui/page-strings';

const KEY = 'amazon:111-0000000-0000001';

/** Two orders, one ended, with actions, follow-ups (one done), a custom template and settings. */
async function filledDb(): Promise<HistoryDb> {
  const db = await freshDb();
  await recordObservation(db, snapshot({ fulfilledBy: 'merchant' }), verdict(), T0);
  await recordObservation(db, snapshot({ stage: 'canceled' }), endedVerdict(), minutesAfter(T0, 5));
  await recordObservation(
    db,
    snapshot({ platform: 'aliexpress', orderId: '8000000000000001', marketplace: undefined, nativeStatus: 'WAIT_SELLER_SEND_GOODS' }),
    verdict({ ruleId: 'aliexpress.seller.awaiting-shipment' }),
    minutesAfter(T0, 10),
  );
  await recordAction(db, KEY, 'step-ticked', { step: 0, ticked: true }, minutesAfter(T0, 6));
  await recordAction(db, KEY, 'reason-recorded', { reason: 'Out of stock, "warehouse" error' }, minutesAfter(T0, 7));
  await recordAction(db, KEY, 'note', { text: 'Called the warehouse.\nNo stock.' }, minutesAfter(T0, 8));
  await completeFollowUp(db, KEY, 'adjust-inventory', minutesAfter(T0, 9));
  await saveTemplate(
    db,
    {
      platform: 'amazon',
      audience: 'buyer',
      language: 'de',
      title: 'Storno',
      body: 'Hallo, Bestellung {orderId}.',
      situations: ['amazon.cancel-out-of-stock'],
    },
    T0,
  );
  await writeSettings(db, {
    rules: { amazonBuyerSelfCancelMinutes: 25 },
    messageLanguage: 'de',
    storeName: 'Acme GmbH',
    retentionDays: 365,
  });
  return db;
}

/** Imports as of T0: retention is measured from the time the records were made. */
const importAtT0 = (db: HistoryDb, text: string) => importHistory(db, text, { now: T0 });

const withoutTime = ({ exportedAt: _at, ...rest }: HistoryFile) => rest;

describe('JSON export and import', () => {
  it('round-trips losslessly: export, delete all, import, export again gives the same records', async () => {
    const source = await filledDb();
    const file = await exportFile(source, T0);
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: EXPORT_VERSION });
    expect([file.orders.length, file.observations.length, file.actions.length, file.followUps.length, file.customTemplates.length]).toEqual(
      [2, 3, 3, 2, 1],
    );

    const target = await freshDb();
    const result = await importAtT0(target, JSON.stringify(file));
    expect(result).toEqual({
      ok: true,
      report: {
        added: { orders: 2, observations: 3, actions: 3, followUps: 2, templates: 1 },
        skipped: [],
        alreadyPresent: 0,
        // Offered, not taken: the target keeps having no settings of its own.
        settingsInFile: file.settings,
      },
    });
    expect(await target.settings.count()).toBe(0);
    // The person says yes to the offered settings (the page writes them with settings/set).
    await writeSettings(target, file.settings!);
    expect(withoutTime(await exportFile(target, T0))).toEqual(withoutTime(file));
    // The summaries the statistics read are rebuilt from the imported observations (they are not in the file).
    expect(await target.orders.toArray()).toEqual(await source.orders.toArray());

    // The same through delete-all on one database (what the person does).
    await deleteAllHistory(source);
    await importAtT0(source, JSON.stringify(file));
    expect(withoutTime(await exportFile(source, T0))).toEqual(withoutTime(file));
    source.close();
    target.close();
  });

  it('keeps the facts merged into snapshots (request and shipment times, open request) across a round trip', async () => {
    const source = await freshDb();
    const list = { url: 'https://sellercentral.amazon.de/orders-v3', reader: 'amazon-manage-orders', missing: [] };
    await recordObservation(source, snapshot({ source: list }), verdict(), T0);
    await recordObservation(source, snapshot({ source: list, cancelRequested: true }), verdict({ ruleId: 'r2' }), minutesAfter(T0, 10));
    const other = { orderId: '111-0000000-0000002' };
    await recordObservation(source, snapshot(other), verdict(), T0);
    await recordObservation(source, snapshot({ ...other, stage: 'shipped' }), verdict({ ruleId: 'r3' }), minutesAfter(T0, 20));
    const file = await exportFile(source, T0);
    expect(file.orders).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          key: KEY,
          cancelRequestedAt: minutesAfter(T0, 10).toISOString(),
          cancelRequestSeenBy: ['amazon-manage-orders'],
        }),
        expect.objectContaining({ key: 'amazon:111-0000000-0000002', shippedAt: minutesAfter(T0, 20).toISOString() }),
      ]),
    );
    const target = await freshDb();
    expect(await importAtT0(target, JSON.stringify(file))).toMatchObject({ ok: true, report: { skipped: [] } });
    expect(await target.orders.toArray()).toEqual(await source.orders.toArray());
    // A damaged fact is refused with its record, not stored.
    const damaged = { ...file, orders: file.orders.map((o) => ({ ...o, shippedAt: 'last week' })) };
    const third = await freshDb();
    const result = await importAtT0(third, JSON.stringify(damaged));
    const orderSkips = result.ok ? result.report.skipped.filter((s) => s.what === 'order') : [];
    expect(orderSkips.map((s) => s.detail)).toEqual(['shippedAt is not an ISO date', 'shippedAt is not an ISO date']);
    expect(await third.orders.count()).toBe(0);
    for (const db of [source, target, third]) db.close();
  });

  it('is idempotent: importing the same file again adds nothing', async () => {
    const db = await filledDb();
    const text = JSON.stringify(await exportFile(db, T0));
    const before = await exportFile(db, T0);
    const again = await importAtT0(db, text);
    expect(again).toEqual({
      ok: true,
      report: {
        added: { orders: 0, observations: 0, actions: 0, followUps: 0, templates: 0 },
        skipped: [],
        alreadyPresent: 2 + 3 + 3 + 2 + 1 + 1,
      },
    });
    expect(withoutTime(await exportFile(db, T0))).toEqual(withoutTime(before));
    db.close();
  });

  it('merges into a history that has other records, renumbering clashing ids and keeping the person’s settings', async () => {
    const source = await filledDb();
    const file = await exportFile(source, T0);
    const target = await freshDb();
    await recordObservation(target, snapshot({ orderId: '999-0000000-0000009' }), verdict(), T0);
    await writeSettings(target, { rules: {}, storeName: 'Mine' });
    await saveTemplate(
      target,
      { platform: 'shopify', audience: 'customer', language: 'en', title: 'Other', body: 'x', situations: [] },
      T0,
    );
    const result = await importAtT0(target, JSON.stringify(file));
    expect(result.ok && result.report.added).toEqual({ orders: 2, observations: 3, actions: 3, followUps: 2, templates: 1 });
    expect(result.ok && result.report.skipped).toEqual([]);
    expect(result.ok && result.report.settingsInFile).toEqual(file.settings);
    expect(await target.orders.count()).toBe(3);
    expect(await target.observations.count()).toBe(4);
    expect((await target.customTemplates.toArray()).map((t) => t.id)).toEqual(['custom:1', 'custom:2']);
    expect((await readSettings(target)).storeName).toBe('Mine');
    source.close();
    target.close();
  });

  it('rewrites the statistics summary of a stored order that gains observations from the file', async () => {
    const source = await filledDb();
    const file = await exportFile(source, T0);
    // The target saw the order running only; the file knows it was canceled afterwards.
    const target = await freshDb();
    await recordObservation(target, snapshot({ fulfilledBy: 'merchant' }), verdict(), T0);
    expect((await target.orders.get(KEY))?.summary?.ending).toBeNull();
    await importAtT0(target, JSON.stringify(file));
    const summary = (await target.orders.get(KEY))?.summary;
    expect(summary?.ending).toMatchObject({ outcome: 'canceled', endedAt: minutesAfter(T0, 5).toISOString(), initiator: 'seller' });
    expect(summary).toEqual((await source.orders.get(KEY))?.summary);
    source.close();
    target.close();
  });

  it('refuses files that are not JSON, not an export, or of an unknown version, and keeps everything', async () => {
    const db = await filledDb();
    const before = withoutTime(await exportFile(db, T0));
    expect(await importAtT0(db, 'order,stage\n1,canceled')).toEqual({
      ok: false,
      error: expect.stringMatching(/not JSON/),
      code: 'not-json',
    });
    expect(await importAtT0(db, '{"orders": []}')).toEqual({
      ok: false,
      error: expect.stringMatching(/not a Cancel or Close history export/),
      code: 'not-export',
    });
    expect(await importAtT0(db, '[1, 2]')).toMatchObject({ ok: false, code: 'not-export' });
    expect(await importAtT0(db, JSON.stringify({ format: EXPORT_FORMAT, version: 99, orders: [] }))).toEqual({
      ok: false,
      error: expect.stringMatching(/version 99/),
      code: 'version',
    });
    expect(await importAtT0(db, JSON.stringify({ format: EXPORT_FORMAT, orders: [] }))).toMatchObject({ ok: false, code: 'version' });
    expect(withoutTime(await exportFile(db, T0))).toEqual(before);
    db.close();
  });

  it('imports the good records of a file with malformed ones, reports each bad one, and loses nothing', async () => {
    const db = await filledDb();
    const before = await exportFile(db, T0);
    const good = {
      key: 'shopify:1001',
      platform: 'shopify',
      orderId: '1001',
      stage: 'awaiting-shipment',
      firstSeen: T0.toISOString(),
      lastSeen: T0.toISOString(),
      lastAction: 'cancel',
      lastRuleId: 'shopify.unfulfilled',
    };
    const goodObservation = {
      orderKey: 'shopify:1001',
      at: T0.toISOString(),
      stage: 'awaiting-shipment',
      nativeStatus: 'Unfulfilled',
      cancelRequested: false,
      action: 'cancel',
      outcome: 'canceled',
      ruleId: 'shopify.unfulfilled',
      rulesetVersion: 't',
      url: 'https://admin.shopify.com/store/x/orders/1001?q=Jane',
      dedupe: 'shopify:1001|after:0|x',
    };
    const file = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      orders: [good, { ...good, key: 'shopify:WRONG' }, { ...good, key: 'ebay:1', platform: 'ebay', orderId: '1' }, 'nope'],
      observations: [
        goodObservation,
        { ...goodObservation, at: 'yesterday' },
        { ...goodObservation, orderKey: 'shopify:404', dedupe: 'shopify:404|x' },
      ],
      actions: [{ orderKey: 'shopify:1001', at: T0.toISOString(), kind: 'drop-table', payload: {} }],
      followUps: 'not a list',
      customTemplates: [
        { id: 'custom:7', platform: 'amazon', audience: 'buyer', language: 'en', title: 'T', body: 'x'.repeat(5_001), situations: [] },
      ],
      settings: { rules: { amazonPendingMaxDays: -3 } },
    };
    const result = await importAtT0(db, JSON.stringify(file));
    if (!result.ok) throw new Error(result.error);
    expect(result.report.added).toEqual({ orders: 1, observations: 1, actions: 0, followUps: 0, templates: 0 });
    // Said in words, with the platform's name; a platform the extension does not know is not shown by its code.
    expect(result.report.skipped.map((s) => skippedText(s, 'en'))).toEqual([
      'Order 2 of the file (Shopify order WRONG): not in the form this extension exports',
      'Order 3 of the file (order number 1): not in the form this extension exports',
      'Order 4 of the file: not in the form this extension exports',
      'Status record 2 of the file (Shopify order 1001): not in the form this extension exports',
      'Action 1 of the file (Shopify order 1001): not in the form this extension exports',
      'All follow-ups: not in the form this extension exports',
      'Message template 1 of the file: not in the form this extension exports',
      'The settings in the file: not in the form this extension exports',
      'A status record (Shopify order 404): its order is neither in the file nor in your history',
    ]);
    expect(result.report.skipped.map((s) => skippedText(s, 'zh'))).toContain('文件中第 3 个订单（订单号 1）：不是本扩展导出的格式');
    // The stored URL lost its query (it may name a buyer).
    expect((await db.observations.where('orderKey').equals('shopify:1001').first())?.url).toBe(
      'https://admin.shopify.com/store/x/orders/1001',
    );
    // Everything that was there is still there.
    const after = await exportFile(db, T0);
    for (const table of ['orders', 'observations', 'actions', 'followUps', 'customTemplates'] as const)
      expect(after[table]).toEqual(expect.arrayContaining(before[table] as unknown[]));
    expect(after.settings).toEqual(before.settings);
    db.close();
  });

  it('writes nothing when the database fails part-way (one transaction)', async () => {
    const db = await filledDb();
    const file = await exportFile(db, T0);
    const target = await freshDb();
    await recordObservation(target, snapshot({ orderId: 'keep-me' }), verdict(), T0);
    const original = target.followUps.bulkAdd.bind(target.followUps);
    target.followUps.bulkAdd = (() => Promise.reject(new DOMException('full', 'QuotaExceededError'))) as unknown as typeof original;
    await expect(importAtT0(target, JSON.stringify(file))).rejects.toThrow();
    target.followUps.bulkAdd = original;
    expect((await target.orders.toArray()).map((o) => o.orderId)).toEqual(['keep-me']);
    expect(await target.observations.count()).toBe(1);
    db.close();
    target.close();
  });
});

describe('CSV export', () => {
  it('quotes by RFC 4180 and guards against formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell(3)).toBe('3');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes one row per order with its latest state and counts', async () => {
    const db = await filledDb();
    await recordAction(db, KEY, 'reason-recorded', { reason: '=cmd|"/c calc"!A1' }, minutesAfter(T0, 30));
    const csv = await exportCsv(db);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'platform,order_id,marketplace,fulfilled_by,stage,last_action,last_rule,first_seen,last_seen,observations,actions,open_follow_ups,reason',
    );
    expect(lines[1]).toBe(
      `aliexpress,8000000000000001,,,awaiting-shipment,cancel,aliexpress.seller.awaiting-shipment,${minutesAfter(T0, 10).toISOString()},${minutesAfter(T0, 10).toISOString()},1,0,0,`,
    );
    expect(lines[2]).toBe(
      `amazon,111-0000000-0000001,amazon.de,merchant,canceled,none,any.ended,${T0.toISOString()},${minutesAfter(T0, 5).toISOString()},2,4,1,"'=cmd|""/c calc""!A1"`,
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    const named = await exportHistory(db, 'csv', T0);
    expect(named).toMatchObject({ mime: 'text/csv', filename: expect.stringMatching(/^cancel-or-close-history-\d{4}-\d{2}-\d{2}\.csv$/) });
    db.close();
  });
});

describe('settings and retention around an import', () => {
  const DAY = 24 * 60;
  const fileWith = (settings: unknown, orders: unknown[] = []) =>
    JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: T0.toISOString(), orders, settings });
  const order = (orderId: string, lastSeen: Date) => ({
    key: `amazon:${orderId}`,
    platform: 'amazon',
    orderId,
    stage: 'canceled',
    firstSeen: lastSeen.toISOString(),
    lastSeen: lastSeen.toISOString(),
    lastAction: 'none',
    lastRuleId: 'r',
  });

  it("never takes the file's settings, even into an empty slot: they are offered, and retention keeps the person's", async () => {
    const db = await freshDb();
    await recordObservation(db, snapshot({ orderId: 'thirty-days-old' }), verdict(), T0);
    const now = minutesAfter(T0, 30 * DAY);
    const result = await importHistory(db, fileWith({ rules: {}, retentionDays: 7 }), { now });
    expect(result).toMatchObject({ ok: true, report: { settingsInFile: { rules: {}, retentionDays: 7 } } });
    expect(await db.settings.count()).toBe(0);
    // The next daily cleanup runs with the person's (default) retention: nothing goes.
    expect(await pruneIfDue(db, now)).toEqual({ pruned: true, orders: 0 });
    expect((await db.orders.toArray()).map((o) => o.orderId)).toEqual(['thirty-days-old']);
    db.close();
  });

  it('offers nothing when the file holds the settings the person already has', async () => {
    const db = await freshDb();
    await writeSettings(db, { rules: {}, storeName: 'Mine' });
    const result = await importHistory(db, fileWith({ rules: {}, storeName: 'Mine' }), { now: T0 });
    expect(result.ok && result.report.settingsInFile).toBeUndefined();
    db.close();
  });

  it("leaves out orders the person's retention would delete at the next cleanup, and says so", async () => {
    const db = await freshDb();
    await writeSettings(db, { rules: {}, retentionDays: 30 });
    const now = minutesAfter(T0, 100 * DAY);
    const text = JSON.stringify({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: T0.toISOString(),
      orders: [order('old', T0), order('recent', minutesAfter(T0, 90 * DAY))],
      actions: [{ orderKey: 'amazon:old', at: T0.toISOString(), kind: 'note', payload: { text: 'hi' } }],
    });
    const result = await importHistory(db, text, { now });
    if (!result.ok) throw new Error(result.error);
    expect(result.report.added).toMatchObject({ orders: 1, actions: 0 });
    expect(result.report.skipped).toEqual([{ what: 'old-orders', n: 1, why: 'too-old' }]);
    expect(await pruneIfDue(db, now)).toEqual({ pruned: true, orders: 0 });
    expect((await db.orders.toArray()).map((o) => o.orderId)).toEqual(['recent']);
    db.close();
  });

  it('undoes the whole write when canceled part-way', async () => {
    const source = await filledDb();
    const text = JSON.stringify(await exportFile(source, T0));
    const db = await freshDb();
    const cancel = new AbortController();
    const result = await importHistory(db, text, {
      now: T0,
      signal: cancel.signal,
      onProgress: (p) => {
        if (p.step === 3) cancel.abort(); // orders and observations are written by now
      },
    });
    expect(result).toEqual({ ok: false, error: IMPORT_CANCELED });
    expect([await db.orders.count(), await db.observations.count(), await db.customTemplates.count()]).toEqual([0, 0, 0]);
    source.close();
    db.close();
  });
});

describe('canceling while the file is read', () => {
  it('says canceled (not "not JSON") when the source stops early, and writes nothing', async () => {
    const source = await filledDb();
    const text = JSON.stringify(await exportFile(source, T0));
    const db = await freshDb();
    const cancel = new AbortController();
    // Like the page's file reader: it stops giving chunks once canceled, leaving the text cut short.
    async function* chunks() {
      yield text.slice(0, 100);
      cancel.abort();
      if (cancel.signal.aborted) return;
      yield text.slice(100);
    }
    expect(await importChunks(db, chunks(), { now: T0, signal: cancel.signal })).toEqual({ ok: false, error: IMPORT_CANCELED });
    expect(await db.orders.count()).toBe(0);
    source.close();
    db.close();
  });
});
