/** The worker's router: who may ask what, and the settings reaching the verdict. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { route } from '../../../src/background/router';
import type { OrderSnapshot } from '../../../src/rules/types';
import { openHistory } from '../../../src/history/db';
import { USER_SETTINGS_KEY } from '../../../src/history/settings';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../../src/messages/schemas';
import type { EvaluateAnswer, EvaluateManyAnswer, HistoryStats, UserSettings, WorkerRequest } from '../../../src/messages/protocol';

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
      { kind: 'history/export', format: 'json' },
      { kind: 'history/import', text: '{}' },
      { kind: 'history/delete-all' },
      { kind: 'history/recent', limit: 5 },
      { kind: 'history/follow-up-done', platform: 'amazon', orderId: '1', followUpId: 'check-refund' },
    ];
    for (const req of forbidden) expect(await route(req, 'content', NOW)).toEqual({ ok: false, error: expect.stringMatching(/only available to extension pages/) });
    expect(await route({ kind: 'evaluate', snapshot, record: true }, 'content', NOW)).toMatchObject({ ok: true });
    expect(
      await route({ kind: 'history/action', platform: 'amazon', orderId: snapshot.orderId, action: { kind: 'note', payload: { text: 'hi' } } }, 'content', NOW),
    ).toEqual({ ok: true, value: { recorded: true } });
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

  it('answers stats, export, import and delete-all for extension pages', async () => {
    await route({ kind: 'evaluate', snapshot, record: true }, 'content', NOW);
    const stats = (await route({ kind: 'history/stats' }, 'extension-page', NOW)) as { ok: true; value: HistoryStats };
    expect(stats.value.orders).toBeGreaterThanOrEqual(1);
    const exported = (await route({ kind: 'history/export', format: 'json' }, 'extension-page', NOW)) as { ok: true; value: { text: string } };
    expect(await route({ kind: 'history/delete-all' }, 'extension-page', NOW)).toEqual({ ok: true, value: { deleted: true } });
    expect((await route({ kind: 'history/recent', limit: 10 }, 'extension-page', NOW)) as unknown).toEqual({ ok: true, value: [] });
    const imported = await route({ kind: 'history/import', text: exported.value.text }, 'extension-page', NOW);
    expect(imported).toMatchObject({ ok: true, value: { added: { orders: 1 }, skipped: [] } });
    expect(await route({ kind: 'history/import', text: 'nope' }, 'extension-page', NOW)).toEqual({ ok: false, error: expect.stringMatching(/not JSON/) });
    expect(await route({ kind: 'templates/save', template: { id: 'custom:77', platform: 'amazon', audience: 'buyer', language: 'en', title: 't', body: 'b', situations: [] } }, 'extension-page', NOW)).toMatchObject({ ok: false });
  });
});

describe('settings written by an import', () => {
  it('reach the next verdict: the worker reads its settings again after an import', async () => {
    await route({ kind: 'settings/set', settings: { rules: {} } }, 'extension-page', NOW);
    expect(await route({ kind: 'settings/get' }, 'content', NOW)).toEqual({ ok: true, value: { rules: {} } });
    // The person's settings slot is empty (as on a fresh install), so an import fills it.
    const db = await openHistory();
    await db.settings.delete(USER_SETTINGS_KEY);
    db.close();
    const file = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: NOW.toISOString(),
      orders: [],
      observations: [],
      actions: [],
      followUps: [],
      customTemplates: [],
      settings: { rules: { amazonBuyerSelfCancelMinutes: 10 }, storeName: 'Imported Shop' },
    };
    expect(await route({ kind: 'history/import', text: JSON.stringify(file) }, 'extension-page', NOW)).toMatchObject({ ok: true });
    expect(await route({ kind: 'settings/get' }, 'content', NOW)).toEqual({ ok: true, value: file.settings });
    const judged = (await route({ kind: 'evaluate', snapshot, record: false }, 'content', NOW)) as { ok: true; value: EvaluateAnswer };
    expect(judged.value.verdict.ruleId).toBe('amazon.unshipped.mfn.seller-cancel');
    await route({ kind: 'settings/set', settings: { rules: {} } }, 'extension-page', NOW);
  });
});

describe('custom templates and message language in evaluate', () => {
  it('offers a saved custom template beside the built-ins and drops it once deleted', async () => {
    const ask = async () =>
      ((await route({ kind: 'evaluate', snapshot, record: false }, 'content', NOW)) as { ok: true; value: EvaluateAnswer }).value.messages;
    const saved = (await route(
      { kind: 'templates/save', template: { platform: 'amazon', audience: 'buyer', language: 'en', title: 'Mine', body: 'Order {orderId} from {storeName}', situations: [] } },
      'extension-page',
      NOW,
    )) as { ok: true; value: { id: string } };
    await route({ kind: 'settings/set', settings: { rules: {}, storeName: 'Acme', messageLanguage: 'fr' } }, 'extension-page', NOW);
    const messages = await ask();
    expect(messages.find((m) => m.id === saved.value.id)?.text).toBe(`Order ${snapshot.orderId} from Acme`);
    // Built-ins follow the person's message language when they are written in it.
    expect(messages.find((m) => m.id === 'amazon.out-of-stock-apology')?.language).toBe('fr');
    await route({ kind: 'templates/delete', id: saved.value.id }, 'extension-page', NOW);
    expect((await ask()).some((m) => m.id === saved.value.id)).toBe(false);
    await route({ kind: 'settings/set', settings: { rules: {} } }, 'extension-page', NOW);
  });
});
