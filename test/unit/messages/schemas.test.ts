/**
 * The schemas on arrival: what the worker goes on with is the parsed value — fields no schema names
 * are gone, at every depth — and the snapshot's newer fields are checked like the older ones.
 * Also: the content script's hand check of the one request it receives agrees with that request's schema.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkSnapshot, checkWorkerRequest } from '../../../src/messages/validate';
import { checkContentRequest } from '../../../src/messages/validate-content';
import { OrderRecordSchema, PageOrdersRequestSchema, WorkerMessageSchema } from '../../../src/messages/schemas';
import { SnapshotObjectSchema } from '../../../src/rules/schema';
import type { OrderSnapshot } from '../../../src/rules/types';

const snapshot: OrderSnapshot = {
  platform: 'aliexpress',
  perspective: 'buyer',
  orderId: '3012345678901234',
  stage: 'shipped',
  nativeStatus: 'Awaiting delivery',
  cancelRequested: false,
  cancelRequestedAt: '2025-03-01T08:00:00.000Z',
  shippedAt: '2025-03-02T09:30:00+08:00',
  trackingNumberShown: false,
  pageActions: ['request-refund'],
  itemCount: 2,
  source: {
    url: 'https://www.aliexpress.com/p/order/detail.html?orderId=3012345678901234',
    reader: 'aliexpress-buyer-detail',
    missing: [],
  },
};

const parsed = (message: unknown) => {
  const checked = checkWorkerRequest(message);
  if (!checked.ok) throw new Error(checked.error);
  return checked.value;
};

describe('unknown fields do not survive validation', () => {
  it('drops them from the request, the snapshot and its source', () => {
    const hostile = {
      kind: 'evaluate',
      record: false,
      injected: '<img onerror=alert(1)>',
      snapshot: { ...snapshot, buyerName: 'Erika Mustermann', source: { ...snapshot.source, html: '<div>…</div>' } },
    };
    const value = parsed(hostile);
    expect(value).toEqual({ kind: 'evaluate', record: false, snapshot });
    expect(value).not.toHaveProperty('injected');
    expect(value.kind === 'evaluate' && value.snapshot).not.toHaveProperty('buyerName');
    expect(value.kind === 'evaluate' && value.snapshot.source).not.toHaveProperty('html');
    // The parsed value is a new object: the sender's object is not handed on.
    expect(value).not.toBe(hostile);
  });

  it('drops them from every snapshot of a batch', () => {
    const value = parsed({
      kind: 'evaluate-many',
      record: true,
      messages: false,
      snapshots: [
        { ...snapshot, extra: 1 },
        { ...snapshot, orderId: '2', x: [] },
      ],
    });
    expect(value.kind === 'evaluate-many' && value.snapshots).toEqual([snapshot, { ...snapshot, orderId: '2' }]);
  });

  it('drops them from templates and action payloads, and trims a recorded reason', () => {
    const template = { platform: 'amazon', audience: 'buyer', language: 'en', title: 'T', body: 'B', situations: [], seq: 99, owner: 'x' };
    expect(parsed({ kind: 'templates/save', template })).toEqual({
      kind: 'templates/save',
      template: { platform: 'amazon', audience: 'buyer', language: 'en', title: 'T', body: 'B', situations: [] },
    });
    const order = { platform: 'amazon', orderId: '111-2222222-3333333' };
    expect(parsed({ kind: 'history/action', ...order, action: { kind: 'note', payload: { text: 'hi', html: '<b>' }, at: 'x' } })).toEqual({
      kind: 'history/action',
      ...order,
      action: { kind: 'note', payload: { text: 'hi' } },
    });
    expect(
      parsed({ kind: 'history/action', ...order, action: { kind: 'reason-recorded', payload: { reason: '  Out of stock ' } } }),
    ).toMatchObject({
      action: { payload: { reason: 'Out of stock' } },
    });
  });

  it('drops them from requests without fields of their own', () => {
    expect(parsed({ kind: 'history/stats', limit: 1e9 })).toEqual({ kind: 'history/stats' });
    expect(parsed({ kind: 'diagnostics', reset: true })).toEqual({ kind: 'diagnostics' });
  });

  it('refuses, rather than drops, an unknown setting: a typo there would silently do nothing', () => {
    expect(checkWorkerRequest({ kind: 'settings/set', settings: { rules: {}, retention: 30 } })).toEqual({
      ok: false,
      error: 'settings/set: settings.retention is not a setting',
    });
  });

  it('drops them from history records read by an import', () => {
    const record = {
      key: 'aliexpress:1',
      platform: 'aliexpress',
      orderId: '1',
      stage: 'shipped',
      firstSeen: '2025-03-01T08:00:00.000Z',
      lastSeen: '2025-03-02T08:00:00.000Z',
      lastAction: 'dispute',
      lastRuleId: 'r',
      shippedAt: '2025-03-02T08:00:00.000Z',
      cancelRequestSeenBy: ['aliexpress-buyer-list'],
    };
    expect(v.parse(OrderRecordSchema, { ...record, summary: { mfn: false }, buyer: 'x' })).toEqual(record);
  });
});

describe('the snapshot schema', () => {
  it('keeps every field the rules read', () => {
    expect(checkSnapshot(snapshot)).toEqual({ ok: true, value: snapshot });
  });

  it.each([
    [{ cancelRequestedAt: 'yesterday' }, /snapshot\.cancelRequestedAt is not an ISO date/],
    [{ cancelRequestedAt: '2025-02-30' }, /cancelRequestedAt/],
    [{ shippedAt: '2025-13-45T99:99:00Z' }, /snapshot\.shippedAt is not an ISO date/],
    [{ shippedAt: 20250302 }, /shippedAt/],
    [{ trackingNumberShown: 'no' }, /snapshot\.trackingNumberShown is not a boolean/],
    [{ pageActions: ['delete-order'] }, /snapshot\.pageActions\[0\] is not a known order button/],
    [{ pageActions: 'close-order' }, /pageActions/],
    [{ pageActions: ['close-order', 'close-order', 'close-order'] }, /pageActions lists too many buttons/],
    [{ itemCount: 1.5 }, /itemCount is not a count/],
    [{ itemCount: 10_000 }, /itemCount is not a count/],
    [{ endReason: 'x'.repeat(201) }, /endReason/],
    [{ refundInProgress: 1 }, /refundInProgress is not a boolean/],
  ])('refuses %j', (over, error) => {
    expect(checkSnapshot({ ...snapshot, ...over })).toEqual({ ok: false, error: expect.stringMatching(error) });
  });

  it('describes every field of OrderSnapshot (the type is derived from it)', () => {
    // A field written beside the schema instead of in it would be stripped on arrival: the rules would never see it.
    const keys: Array<keyof OrderSnapshot> = Object.keys(SnapshotObjectSchema.entries) as Array<keyof OrderSnapshot>;
    expect(keys).toEqual(expect.arrayContaining(['cancelRequestedAt', 'shippedAt', 'trackingNumberShown', 'pageActions', 'itemCount']));
  });
});

describe("the content script's hand check of page/orders", () => {
  const samples: unknown[] = [
    { kind: 'page/orders' },
    { kind: 'page/orders', extra: true },
    { kind: 'page/orders', tabId: 7, kind2: 'x' },
    Object.assign(Object.create({ inherited: 1 }), { kind: 'page/orders' }),
    Object.create({ kind: 'page/orders' }),
    { kind: 'page/order' },
    { kind: 'PAGE/ORDERS' },
    { kind: ['page/orders'] },
    { kind: { toString: () => 'page/orders' } },
    { kind: null },
    {},
    [],
    ['page/orders'],
    'page/orders',
    null,
    undefined,
    0,
    true,
    { kind: 'evaluate' },
    JSON.parse('{"__proto__":{"kind":"page/orders"}}'),
  ];

  it.each(samples.map((s, i) => [i, s]))('agrees with the schema on sample %i', (_i, sample) => {
    const schema = v.safeParse(PageOrdersRequestSchema, sample);
    const hand = checkContentRequest(sample);
    expect(hand.ok).toBe(schema.success);
    if (hand.ok && schema.success) expect(hand.value).toEqual(schema.output);
  });

  it('is the only request the content script takes: the worker does not accept it', () => {
    expect(v.safeParse(WorkerMessageSchema, { kind: 'page/orders' }).success).toBe(false);
  });
});
