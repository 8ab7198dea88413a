// @vitest-environment happy-dom
/**
 * A verdict request that fails is asked again; when it keeps failing, the hint blames the extension,
 * never the page (which was read). A list of more than the worker's batch limit is judged in batches.
 * A detail page's verdict is recorded by the request that asks for it, answered before the write.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrderSnapshot } from '../../../src/rules/types';

const shown: Array<{ kind: string; note?: string; orderId: string; said?: string }> = [];
/** Hints taken away: how many rows the readers had read by then. */
const removed: number[] = [];
let rowsReadSoFar = 0;
/** The languages each request said it held strings for. */
const stringsAsked: string[] = [];
const SENT = 'sent by the worker';
/** Each request: its size, whether it asked for a recording, and whether to be answered before the write. */
const asked: Array<number | string> = [];
let failures = 0;

vi.mock('../../../src/content/worker-api', () => ({
  ORPHANED_NOTE: { en: 'orphaned', zh: 'orphaned' },
  askVerdicts: vi.fn(
    async (snapshots: OrderSnapshot[], opts: { record: boolean; answerFirst?: true; strings?: { lang: string; have: string[] } }) => {
      asked.push(opts.record ? `${snapshots.length} recorded${opts.answerFirst ? ', answered first' : ''}` : snapshots.length);
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
    },
  ),
}));
/** Bars made ready ahead of a verdict (idle callbacks run at once here). */
let prepared = 0;
vi.stubGlobal('requestIdleCallback', (run: () => void) => run());
vi.mock('../../../src/content/hint/hint', () => ({
  prepareBar: () => void prepared++,
  mountHint: (_mount: unknown, _platform: string) => ({
    showVerdict: (order: { snapshot: OrderSnapshot }) =>
      shown.push({ kind: 'verdict', orderId: order.snapshot.orderId, ...(saying && { said: t('row_cancel', 'zh') }) }),
    showUnreadable: (note: { en: string }, s: OrderSnapshot) => shown.push({ kind: 'unreadable', note: note.en, orderId: s.orderId }),
    connected: () => true,
    remount: () => undefined,
    remove: () => void removed.push(rowsReadSoFar),
  }),
}));
vi.mock('../../../src/content/hint/lang', () => ({ useInterfaceLang: () => undefined }));

const { ReadingSession, EXTENSION_FAILED_NOTE, LIST_SLICE_ROWS, VERDICT_BATCH } = await import('../../../src/content/session');
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

/**
 * A list read row by row: `ids()` gives the rows each reading yields (the page may change between readings);
 * `tasks` counts the slices, `rowsRead` the rows the reader was asked for.
 */
function startRows(ids: () => string[]) {
  const controller = new AbortController();
  const counted = { readings: 0, rowsRead: 0 };
  const reader = {
    id: 'test',
    platform: 'amazon' as const,
    kind: 'list' as const,
    matches: () => true,
    root: () => document.body,
    read: () => {
      throw new Error('a row-by-row reader is read row by row');
    },
    *readRows() {
      counted.readings += 1;
      for (const id of ids()) {
        counted.rowsRead += 1;
        rowsReadSoFar += 1;
        yield { snapshot: snapshot(id), mount: null };
      }
      return { status: 'read' as const };
    },
  };
  const session = new ReadingSession(reader, new URL('https://sellercentral.amazon.com/orders-v3/mfn/unshipped'), controller.signal);
  session.start();
  return { controller, counted, session };
}

afterEach(() => {
  removed.length = 0;
  rowsReadSoFar = 0;
  shown.length = 0;
  stringsAsked.length = 0;
  saying = false;
  asked.length = 0;
  failures = 0;
  prepared = 0;
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
    controller.abort();
    // The next page's request says it holds them.
    const next = start('detail', 1);
    await vi.advanceTimersByTimeAsync(0);
    expect(stringsAsked).toEqual(['', 'zh']);
    next.abort();
  });

  it('are asked again after a failure, and the verdict shows once the worker answers', async () => {
    vi.useFakeTimers();
    failures = 2;
    const controller = start('detail', 1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(asked).toEqual(['1 recorded, answered first', '1 recorded, answered first', '1 recorded, answered first']);
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

  it('on a detail page, record with the one request, answered before the write; a list records each batch', async () => {
    vi.useFakeTimers();
    const controller = start('detail', 1);
    await vi.advanceTimersByTimeAsync(10);
    expect(shown).toEqual([{ kind: 'verdict', orderId: 'o0' }]);
    expect(asked).toEqual(['1 recorded, answered first']);
    controller.abort();
    asked.length = 0;
    const list = start('list', 3);
    await vi.advanceTimersByTimeAsync(10);
    expect(asked).toEqual(['3 recorded']);
    list.abort();
  });

  it('on a detail page, the bar is made ready while the page renders its order; a list makes none', async () => {
    vi.useFakeTimers();
    const detail = start('detail', 1);
    await vi.advanceTimersByTimeAsync(100);
    expect(prepared).toBe(1);
    detail.abort();
    const list = start('list', 3);
    await vi.advanceTimersByTimeAsync(100);
    expect(prepared).toBe(1);
    list.abort();
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

  it('read a long list row by row, one slice per task, and judge the whole reading at its end', async () => {
    vi.useFakeTimers();
    const rows = Array.from({ length: LIST_SLICE_ROWS * 2 + 30 }, (_, i) => `o${i}`);
    const { controller, counted } = startRows(() => rows);
    await vi.advanceTimersByTimeAsync(0); // the first read runs in a task of its own
    // The first task read one slice; the rest waits for the next tasks, and nothing is judged before the end.
    expect(counted.rowsRead).toBe(LIST_SLICE_ROWS);
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(50);
    // One request and one placing of hints for the whole list, as a list read at once gets.
    expect(asked).toEqual([`${rows.length} recorded`]);
    expect(shown.filter((s) => s.kind === 'verdict').map((s) => s.orderId)).toEqual(rows);
    expect(counted.readings).toBe(1);
    controller.abort();
  });

  it('take a hint away only when a whole reading no longer finds its order', async () => {
    vi.useFakeTimers();
    let rows = Array.from({ length: LIST_SLICE_ROWS + 10 }, (_, i) => `o${i}`);
    const { controller, session } = startRows(() => rows);
    await vi.advanceTimersByTimeAsync(50);
    expect(session.state.orders).toHaveLength(LIST_SLICE_ROWS + 10);
    // The page drops its first order. Its hint goes once the re-read has read every row, not after its first slice
    // (which does not have the order either, nor the rows after it).
    rows = rows.slice(1);
    document.body.append(document.createElement('p')); // a page change: read again
    await vi.advanceTimersByTimeAsync(300);
    expect(removed).toEqual([LIST_SLICE_ROWS + 10 + LIST_SLICE_ROWS + 9]);
    expect(session.state.orders.map((o) => o.snapshot.orderId)).not.toContain('o0');
    expect(session.state.orders).toHaveLength(LIST_SLICE_ROWS + 9);
    controller.abort();
  });
});
