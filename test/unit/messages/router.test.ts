/** The worker's router: who may ask what, and the settings reaching the verdict. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { route } from '../../../src/background/router';
import type { OrderSnapshot } from '../../../src/rules/types';
import { openHistory } from '../../../src/history/db';
import { importHistory } from '../../../src/history/import';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../../src/messages/schemas';
import type { EvaluateAnswer, EvaluateManyAnswer, HistoryStats, UserSettings, WorkerRequest } from '../../../src/messages/protocol';
import { ACTION_KEYS, rowVerdictKey, verdictTone } from '../../../src/ui/verdict-look';
import { rowVerdict } from '../../../src/ui/row';
import { t } from '../../../src/ui/i18n';

const snapshot: OrderSnapshot = {
  platform: 'amazon',
  perspective: 'seller',
  orderId: '111-0000000-0000042',
  stage: 'awaiting-shipment',
  nativeStatus: 'Unshipped',
  cancelRequested: false,
  fulfilledBy: 'merchant',
  orderedAt: '2025-03-01T08:00:00.000Z',
  source: { url: 'https://sellercentral.amazon.com/orders-v3/order/111-0000000-0000042', reader: 'test', missing: [] },
};
const NOW = new Date('2025-03-01T08:20:00.000Z');

describe('route', () => {
  it('lets content scripts evaluate, record actions and read settings, and nothing else', async () => {
    const forbidden: WorkerRequest[] = [
      { kind: 'settings/set', settings: { rules: {} } },
      { kind: 'templates/list' },
      { kind: 'templates/delete', id: 'custom:1' },
      { kind: 'history/stats' },
      { kind: 'history/changed' },
      { kind: 'history/delete-all' },
      { kind: 'history/recent', limit: 5 },
      { kind: 'history/follow-up-done', platform: 'amazon', orderId: '1', followUpId: 'check-refund' },
    ];
    for (const req of forbidden)
      expect(await route(req, 'content', NOW)).toEqual({ ok: false, error: expect.stringMatching(/only available to extension pages/) });
    expect(await route({ kind: 'evaluate', snapshot, record: true }, 'content', NOW)).toMatchObject({ ok: true });
    expect(
      await route(
        { kind: 'history/action', platform: 'amazon', orderId: snapshot.orderId, action: { kind: 'note', payload: { text: 'hi' } } },
        'content',
        NOW,
      ),
    ).toEqual({ ok: true, value: { recorded: true } });
  });

  it('lets the hint remember the store name typed into a message, and write nothing else', async () => {
    const kept: UserSettings = { rules: { amazonBuyerSelfCancelMinutes: 10 }, uiLang: 'zh' };
    await route({ kind: 'settings/set', settings: kept }, 'extension-page', NOW);
    expect(await route({ kind: 'settings/store-name', storeName: 'Muster Laden' }, 'content', NOW)).toEqual({
      ok: true,
      value: { ...kept, storeName: 'Muster Laden' },
    });
    // The next message that needs it is signed with it: the person is not asked again.
    const answer = (await route({ kind: 'evaluate', snapshot, record: false }, 'content', NOW)) as { ok: true; value: EvaluateAnswer };
    const signed = answer.value.messages.filter((m) => m.text.includes('Muster Laden'));
    expect(signed.length).toBeGreaterThan(0);
    expect(answer.value.messages.some((m) => m.missing.includes('storeName'))).toBe(false);
    await route({ kind: 'settings/set', settings: { rules: {} } }, 'extension-page', NOW);
  });

  it('applies stored settings to the next verdict: rule timers, default marketplace and store name', async () => {
    const before = (await route({ kind: 'evaluate', snapshot, record: false }, 'content', NOW)) as { ok: true; value: EvaluateAnswer };
    expect(before.value.verdict.ruleId).toBe('amazon.unshipped.mfn.buyer-self-cancel-window');
    const settings: UserSettings = { rules: { amazonBuyerSelfCancelMinutes: 10 }, defaultMarketplace: 'amazon.de', storeName: 'Acme GmbH' };
    expect(await route({ kind: 'settings/set', settings }, 'extension-page', NOW)).toEqual({ ok: true, value: settings });
    expect(await route({ kind: 'settings/get' }, 'extension-page', NOW)).toEqual({ ok: true, value: settings });
    const after = (await route({ kind: 'evaluate', snapshot, record: false }, 'content', NOW)) as { ok: true; value: EvaluateAnswer };
    // 20 minutes after purchase: past the person's 10-minute window, inside Amazon's default 30.
    expect(after.value.verdict.ruleId).toBe('amazon.unshipped.mfn.seller-cancel');
    // No marketplace on the page: the person's amazon.de picks German, and the store name signs it.
    const apology = after.value.messages.find((m) => m.id === 'amazon.out-of-stock-apology');
    expect(apology).toMatchObject({ language: 'de', text: expect.stringMatching(/Acme GmbH$/) });
    await route({ kind: 'settings/set', settings: { rules: {} } }, 'extension-page', NOW);
  });

  it("sends the interface language with a page's verdicts only when the person chose one", async () => {
    const many: WorkerRequest = { kind: 'evaluate-many', snapshots: [snapshot], record: false, messages: false };
    const unset = (await route(many, 'content', NOW)) as { ok: true; value: EvaluateManyAnswer };
    expect(unset.value.results).toHaveLength(1);
    expect(unset.value).not.toHaveProperty('uiLang');
    await route({ kind: 'settings/set', settings: { rules: {}, uiLang: 'zh' } }, 'extension-page', NOW);
    const chosen = (await route(many, 'content', NOW)) as { ok: true; value: EvaluateManyAnswer };
    expect(chosen.value.uiLang).toBe('zh');
    await route({ kind: 'settings/set', settings: { rules: {} } }, 'extension-page', NOW);
  });

  it("sends the verdict bar's strings in the page's language once, and each order's bar look, as the popup draws it", async () => {
    const asking: WorkerRequest = {
      kind: 'evaluate-many',
      snapshots: [snapshot, { ...snapshot, orderId: '111-0000000-0000043', cancelRequested: true }],
      record: false,
      messages: false,
      strings: { lang: 'en', have: [] },
    };
    const first = (await route(asking, 'content', NOW)) as { ok: true; value: EvaluateManyAnswer };
    expect(first.value.strings?.lang).toBe('en');
    expect(first.value.strings?.catalogue.action_cancel).toEqual({ message: 'Can cancel' });
    const held = (await route({ ...asking, strings: { lang: 'en', have: ['en'] } }, 'content', NOW)) as {
      ok: true;
      value: EvaluateManyAnswer;
    };
    expect(held.value).not.toHaveProperty('strings');
    for (const [i, result] of first.value.results.entries()) {
      const verdict = first.value.verdicts[result.verdict]!;
      const page = asking.snapshots[i]!;
      expect(result.bar).toEqual({ tone: verdictTone(verdict), badge: ACTION_KEYS[verdict.action], row: rowVerdictKey(verdict, page) });
      // What the popup's order table shows for the same order.
      expect(t(result.bar.row, 'en')).toBe(rowVerdict(verdict, page, 'en'));
    }
    expect(first.value.results.map((r) => r.bar.row)).toEqual(['row_cancel_counts', 'row_cancel_buyer_asked']);
  });

  it('answers stats and delete-all for extension pages', async () => {
    await route({ kind: 'evaluate', snapshot, record: true }, 'content', NOW);
    const stats = (await route({ kind: 'history/stats' }, 'extension-page', NOW)) as { ok: true; value: HistoryStats };
    expect(stats.value.orders).toBeGreaterThanOrEqual(1);
    expect(await route({ kind: 'history/delete-all' }, 'extension-page', NOW)).toEqual({ ok: true, value: { deleted: true } });
    expect((await route({ kind: 'history/recent', limit: 10 }, 'extension-page', NOW)) as unknown).toEqual({ ok: true, value: [] });
    expect(
      await route(
        {
          kind: 'templates/save',
          template: { id: 'custom:77', platform: 'amazon', audience: 'buyer', language: 'en', title: 't', body: 'b', situations: [] },
        },
        'extension-page',
        NOW,
      ),
    ).toMatchObject({ ok: false });
  });
});

describe('an import made by an extension page', () => {
  it('reaches the next verdict once the page says history changed: the worker reads its templates again', async () => {
    const fitting = (answer: EvaluateAnswer) => answer.messages.filter((m) => m.id.startsWith('custom:')).map((m) => m.title.en);
    const judge = async () =>
      ((await route({ kind: 'evaluate', snapshot, record: false }, 'content', NOW)) as { ok: true; value: EvaluateAnswer }).value;
    expect(fitting(await judge())).toEqual([]);
    const before = await judge();
    const situation = before.verdict.templates[0]!;
    // The page writes straight into the database (src/options/sections/history-transfer.ts).
    const db = await openHistory();
    const file = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: NOW.toISOString(),
      customTemplates: [
        {
          id: 'custom:5',
          platform: 'amazon',
          audience: 'buyer',
          language: 'en',
          title: 'Imported',
          body: 'Hi {orderId}',
          situations: [situation],
        },
      ],
    };
    expect(await importHistory(db, JSON.stringify(file), { now: NOW })).toMatchObject({ ok: true });
    db.close();
    // The worker still renders from its cache until told.
    expect(fitting(await judge())).toEqual([]);
    expect(await route({ kind: 'history/changed' }, 'extension-page', NOW)).toEqual({ ok: true, value: { done: true } });
    expect(fitting(await judge())).toEqual(['Imported']);
  });
});
