/**
 * Taught words through the worker: the messages' schemas (a word is bounded page text, a meaning is never
 * 'unknown'), who may teach, forget and list, one row per platform and word, the per-platform bound, and the words
 * travelling with the verdicts of orders the page could not place (and only then).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { route } from '../../../src/background/router';
import { checkWorkerRequest } from '../../../src/messages/validate';
import { MAX_TAUGHT_WORDS } from '../../../src/messages/schemas';
import type { EvaluateManyAnswer, TaughtWordRecord } from '../../../src/messages/protocol';
import type { OrderSnapshot } from '../../../src/rules/types';

const NOW = new Date('2025-03-01T08:20:00.000Z');
const LATER = new Date('2025-03-01T09:00:00.000Z');

const snapshot = (over: Partial<OrderSnapshot> = {}): OrderSnapshot => ({
  platform: 'amazon',
  perspective: 'seller',
  orderId: '111-0000000-0000042',
  stage: 'awaiting-shipment',
  nativeStatus: 'Unshipped',
  cancelRequested: false,
  fulfilledBy: 'merchant',
  source: { url: 'https://sellercentral.amazon.com/orders-v3/order/111-0000000-0000042', reader: 'test', missing: [] },
  ...over,
});

describe('the taught-word messages', () => {
  it('take a status-sized word with letters, normalised, and a meaning that is a stage other than unknown', () => {
    const teach = (word: unknown, stage: unknown = 'shipped') =>
      checkWorkerRequest({ kind: 'words/teach', platform: 'amazon', word, stage });
    const parsed = teach('  Ｎiet\u200B  verzonden\n');
    expect(parsed).toEqual({ ok: true, value: { kind: 'words/teach', platform: 'amazon', word: 'Niet verzonden', stage: 'shipped' } });
    expect(teach('Niet verzonden', 'unknown').ok).toBe(false);
    expect(teach('Niet verzonden', 'lost').ok).toBe(false);
    expect(teach('x'.repeat(81)).ok).toBe(false);
    expect(teach('x'.repeat(80)).ok).toBe(true);
    expect(teach('  ...  ').ok).toBe(false);
    expect(teach(42).ok).toBe(false);
    expect(checkWorkerRequest({ kind: 'words/teach', platform: 'ebay', word: 'Shipped', stage: 'shipped' }).ok).toBe(false);
    expect(checkWorkerRequest({ kind: 'words/forget', platform: 'amazon', word: '' }).ok).toBe(false);
  });

  it('let a seller page teach and forget, but list the words only to extension pages', async () => {
    expect(await route({ kind: 'words/list' }, 'content', NOW)).toEqual({
      ok: false,
      error: expect.stringMatching(/only available to extension pages/),
    });
    expect(await route({ kind: 'words/teach', platform: 'amazon', word: 'Niet verzonden', stage: 'shipped' }, 'content', NOW)).toEqual({
      ok: true,
      value: [{ platform: 'amazon', word: 'Niet verzonden', stage: 'shipped' }],
    });
    // Another spelling of the same word is the same row, and keeps the last answer.
    expect(
      await route({ kind: 'words/teach', platform: 'amazon', word: 'NIET VERZONDEN.', stage: 'awaiting-shipment' }, 'content', LATER),
    ).toEqual({ ok: true, value: [{ platform: 'amazon', word: 'NIET VERZONDEN.', stage: 'awaiting-shipment' }] });
    await route({ kind: 'words/teach', platform: '1688', word: '待商家处理', stage: 'awaiting-shipment' }, 'content', NOW);
    const listed = (await route({ kind: 'words/list' }, 'extension-page', NOW)) as { ok: true; value: TaughtWordRecord[] };
    expect(listed.value).toEqual([
      { platform: 'amazon', key: 'niet verzonden', word: 'NIET VERZONDEN.', stage: 'awaiting-shipment', at: LATER.toISOString() },
      { platform: '1688', key: '待商家处理', word: '待商家处理', stage: 'awaiting-shipment', at: NOW.toISOString() },
    ]);
    expect(await route({ kind: 'words/forget', platform: 'amazon', word: 'niet verzonden' }, 'content', NOW)).toEqual({
      ok: true,
      value: [],
    });
    const after = (await route({ kind: 'words/list' }, 'extension-page', NOW)) as { ok: true; value: TaughtWordRecord[] };
    expect(after.value.map((w) => w.platform)).toEqual(['1688']);
  });

  it('send the words with the verdicts only when an order of the batch has a status the page could not place', async () => {
    await route({ kind: 'words/teach', platform: 'amazon', word: 'Em espera', stage: 'awaiting-payment' }, 'content', NOW);
    const ask = async (snapshots: OrderSnapshot[]) =>
      (
        (await route({ kind: 'evaluate-many', snapshots, record: false, messages: false }, 'content', NOW)) as {
          ok: true;
          value: EvaluateManyAnswer;
        }
      ).value;
    expect((await ask([snapshot()])).taught).toBeUndefined();
    // Unknown because nothing was read at all: no word to learn, nothing sent.
    expect((await ask([snapshot({ stage: 'unknown', nativeStatus: '' })])).taught).toBeUndefined();
    // One order of a list with an unknown word: the platforms' words of those orders, not the others'.
    const answer = await ask([snapshot(), snapshot({ orderId: '111-0000000-0000043', stage: 'unknown', nativeStatus: 'Em espera' })]);
    expect(answer.taught).toEqual([{ platform: 'amazon', word: 'Em espera', stage: 'awaiting-payment' }]);
    expect((await ask([snapshot({ platform: 'aliexpress', stage: 'unknown', nativeStatus: 'Aguardando' })])).taught).toEqual([]);
  });

  it('leave an unknown order unrecorded until the page has the words it will read it again with', async () => {
    const unknown = snapshot({ orderId: '111-0000000-0000044', stage: 'unknown', nativeStatus: 'Em espera' });
    const recorded = async () =>
      (
        (await route({ kind: 'history/order', platform: 'amazon', orderId: unknown.orderId }, 'extension-page', NOW)) as {
          ok: true;
          value: { order: unknown };
        }
      ).value.order;
    await route({ kind: 'evaluate-many', snapshots: [unknown], record: true, messages: false }, 'content', NOW);
    expect(await recorded()).toBeNull();
    await route({ kind: 'evaluate-many', snapshots: [unknown], record: true, messages: false, wordsLoaded: true }, 'content', NOW);
    expect(await recorded()).toMatchObject({ stage: 'unknown' });
    // A platform with no taught words: recorded at once (the page will not read again).
    const other = snapshot({ platform: 'aliexpress', orderId: '8000000000000009', stage: 'unknown', nativeStatus: 'Aguardando' });
    await route({ kind: 'evaluate-many', snapshots: [other], record: true, messages: false }, 'content', NOW);
    expect(await route({ kind: 'history/order', platform: 'aliexpress', orderId: other.orderId }, 'extension-page', NOW)).toMatchObject({
      ok: true,
      value: { order: { stage: 'unknown' } },
    });
  });

  it(`keep at most ${MAX_TAUGHT_WORDS} words per platform; a word taught again is no new word`, async () => {
    for (let i = 0; i < MAX_TAUGHT_WORDS; i++)
      expect((await route({ kind: 'words/teach', platform: 'shopify', word: `state ${i}`, stage: 'shipped' }, 'content', NOW)).ok).toBe(
        true,
      );
    expect(await route({ kind: 'words/teach', platform: 'shopify', word: 'one more', stage: 'shipped' }, 'content', NOW)).toEqual({
      ok: false,
      error: expect.stringMatching(/too many taught words/),
    });
    expect((await route({ kind: 'words/teach', platform: 'shopify', word: 'State 0', stage: 'delivered' }, 'content', NOW)).ok).toBe(true);
    expect((await route({ kind: 'words/teach', platform: 'aliexpress', word: 'one more', stage: 'shipped' }, 'content', NOW)).ok).toBe(
      true,
    );
  });
});
