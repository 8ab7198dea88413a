/** Who may ask for what of the new requests: a seller page's content script never reads the history at large. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { route } from '../../../src/background/router';
import { checkWorkerRequest } from '../../../src/messages/validate';
import type { WorkerRequest } from '../../../src/messages/protocol';

const NOW = new Date('2025-03-02T08:00:00.000Z');
const amazon = { platform: 'amazon' as const, orderId: '111-2222222-3333333' };
const aliexpress = { platform: 'aliexpress' as const, orderId: '8123456789012345' };

describe('links and search through the router', () => {
  it('keeps the history search and the link candidates to extension pages', async () => {
    const pageOnly: WorkerRequest[] = [
      { kind: 'history/search', query: { limit: 10 } },
      { kind: 'links/candidates', platform: 'amazon', limit: 10 },
    ];
    for (const req of pageOnly)
      expect(await route(req, 'content', NOW)).toEqual({ ok: false, error: expect.stringMatching(/only available to extension pages/) });
    expect(await route({ kind: 'history/search', query: { limit: 10 } }, 'extension-page', NOW)).toEqual({
      ok: true,
      value: { orders: [], more: false },
    });
  });

  it('lets the hint link its order by number and read that order’s links, never two orders of one side', async () => {
    expect(await route({ kind: 'links/set', a: amazon, b: aliexpress, on: true }, 'content', NOW)).toEqual({
      ok: true,
      value: { changed: true },
    });
    const of = (await route({ kind: 'links/of', ...aliexpress }, 'content', NOW)) as {
      ok: true;
      value: Array<{ other: { key: string; name?: unknown } }>;
    };
    expect(of.value.map((c) => c.other.key)).toEqual(['amazon:111-2222222-3333333']);
    // The hint knows only its own platform's name: the answer brings the other's.
    expect(of.value[0]!.other.name).toEqual({ en: 'Amazon', zh: expect.any(String) });
    expect(await route({ kind: 'links/set', a: amazon, b: { platform: 'shopify', orderId: '1001' }, on: true }, 'content', NOW)).toEqual({
      ok: false,
      error: expect.stringMatching(/sales order .* and a supplier order/),
    });
    expect(await route({ kind: 'links/set', a: aliexpress, b: amazon, on: false }, 'extension-page', NOW)).toEqual({
      ok: true,
      value: { changed: true },
    });
  });

  it('refuses malformed requests before any handler', () => {
    expect(checkWorkerRequest({ kind: 'reminders/set', platform: 'amazon', orderId: ' ', on: true }).ok).toBe(false);
    expect(checkWorkerRequest({ kind: 'history/search', query: { limit: 1_000 } }).ok).toBe(false);
    expect(checkWorkerRequest({ kind: 'history/search', query: { limit: 5, stage: 'lost' } }).ok).toBe(false);
    expect(checkWorkerRequest({ kind: 'links/set', a: amazon, b: { platform: 'ebay', orderId: '1' }, on: true }).ok).toBe(false);
    expect(checkWorkerRequest({ kind: 'settings/set', settings: { rules: {}, reminders: { quietFrom: 1440 } } }).ok).toBe(false);
    expect(
      checkWorkerRequest({ kind: 'settings/set', settings: { rules: {}, reminders: { leadMinutes: 30, quietFrom: 1320, quietTo: 420 } } })
        .ok,
    ).toBe(true);
  });
});
