// @vitest-environment happy-dom
/**
 * A verdict request that fails is asked again; when it keeps failing, the hint blames the extension,
 * never the page (which was read). A list of more than the worker's batch limit is judged in batches.
 * A detail page's verdict is asked for without recording, and recorded by a second request once it shows.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrderSnapshot } from '../../../src/rules/types';

const shown: Array<{ kind: string; note?: string; orderId: string; said?: string }> = [];
/** The languages each request said it held strings for. */
const stringsAsked: string[] = [];
const SENT = 'sent by the worker';
/** Each request: its size, and whether it asked for a recording. */
const asked: Array<number | string> = [];
let failures = 0;

vi.mock('../../../src/content/worker-api', () => ({
  ORPHANED_NOTE: { en: 'orphaned', zh: 'orphaned' },
  askVerdicts: vi.fn(async (snapshots: OrderSnapshot[], opts: { record: boolean; strings?: { lang: string; have: string[] } }) => {
    asked.push(opts.record ? `${snapshots.length} recorded` : snapshots.length);
    stringsAsked.push(opts.strings?.have.join() ?? 'none');
    if (failures > 0) {
      failures--;
      return { ok: false, orphaned: false, error: 'Could not establish connection' };
    }
    return {
      ok: true,
      answers: snapshots.map(() => ({ verdict: { action: 'cancel', outcome: 'canceled', deadlines: [] }, messages: [] })),
      ...(opts.strings?.have.length === 0 && { strings: { lang: 'zh', catalogue: { row_cancel: { message: SENT } } } }),
    };
  }),
}));
vi.mock('../../../src/content/hint/hint', () => ({
  mountHint: (_mount: unknown, _platform: string) => ({
    showVerdict: (order: { snapshot: OrderSnapshot }) =>
      shown.push({ kind: 'verdict', orderId: order.snapshot.orderId, ...(saying && { said: t('row_cancel', 'zh') }) }),
    showUnreadable: (note: { en: string }, s: OrderSnapshot) => shown.push({ kind: 'unreadable', note: note.en, orderId: s.orderId }),
    connected: () => true,
    remount: () => undefined,
    remove: () => undefined,
  }),
}));
vi.mock('../../../src/content/hint/lang', () => ({ useInterfaceLang: () => undefined }));

const { ReadingSession, EXTENSION_FAILED_NOTE, VERDICT_BATCH } = await import('../../../src/content/session');
const { t } = await import('../../../src/ui/i18n');
/** Whether the mock hint notes what the bar would say (the test of the strings). */
let saying = false;

function snapshot(orderId: string): OrderSnapshot {
  return {
    platform: 'amazon',
    perspective: 'seller',
    orderId,
    stage: 'awaiting-shipment',
    nativeStatus: 'Unshipped',
    cancelRequested: false,
    fulfilledBy: 'merchant',
    source: { url: 'https://sellercentral.amazon.com/orders-v3/order/x', reader: 'test', missing: [] },
  };
}

function start(kind: 'detail' | 'list', count: number) {
  const controller = new AbortController();
  const reader = {
    id: 'test',
    platform: 'amazon' as const,
    kind,
    matches: () => true,
    root: () => document.body,
    read: () => ({
      status: 'read' as const,
      orders: Array.from({ length: count }, (_, i) => ({ snapshot: snapshot(`o${i}`), mount: null })),
    }),
  };
  const session = new ReadingSession(reader, new URL('https://sellercentral.amazon.com/orders-v3/order/x'), controller.signal);
  session.start();
  return controller;
}

afterEach(() => {
  shown.length = 0;
  stringsAsked.length = 0;
  saying = false;
  asked.length = 0;
  failures = 0;
  vi.useRealTimers();
});

describe('verdict requests', () => {
  // First: the page's strings are held for the rest of the file once sent.
  it('ask for the verdict bar’s strings, which are taken before the verdict shows', async () => {
    vi.useFakeTimers();
    saying = true;
    const controller = start('detail', 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual([{ kind: 'verdict', orderId: 'o0', said: SENT }]);
    // The recording request comes after the answer: the page holds the strings by then.
    expect(stringsAsked).toEqual(['', 'zh']);
    controller.abort();
  });

  it('are asked again after a failure, and the verdict shows once the worker answers', async () => {
    vi.useFakeTimers();
    failures = 2;
    const controller = start('detail', 1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(asked).toEqual([1, 1, 1, '1 recorded']);
    expect(shown).toEqual([{ kind: 'verdict', orderId: 'o0' }]);
    controller.abort();
  });

  it('blame the extension, not the page, when the worker never answers', async () => {
    vi.useFakeTimers();
    failures = 100;
    const controller = start('detail', 1);
    await vi.advanceTimersByTimeAsync(6_000);
    expect(shown).toEqual([{ kind: 'unreadable', note: EXTENSION_FAILED_NOTE.en, orderId: 'o0' }]);
    controller.abort();
  });

  it('on a detail page, record only once the verdict shows', async () => {
    vi.useFakeTimers();
    const controller = start('detail', 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual([{ kind: 'verdict', orderId: 'o0' }]);
    expect(asked).toEqual([1, '1 recorded']);
    failures = 1;
    asked.length = 0;
    shown.length = 0;
    controller.abort();
    const next = start('detail', 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toEqual([1]); // its verdict request failed: no verdict yet, nothing recorded
    await vi.advanceTimersByTimeAsync(5_000);
    expect(asked).toEqual([1, 1, '1 recorded']);
    next.abort();
  });

  it('split a list larger than one batch', async () => {
    vi.useFakeTimers();
    const controller = start('list', VERDICT_BATCH * 2 + 7);
    await vi.advanceTimersByTimeAsync(100);
    // A list's batches are judged and recorded in one request each.
    expect(asked).toEqual([`${VERDICT_BATCH} recorded`, `${VERDICT_BATCH} recorded`, '7 recorded']);
    expect(shown.filter((s) => s.kind === 'verdict')).toHaveLength(VERDICT_BATCH * 2 + 7);
    controller.abort();
  });
});
