/**
 * Runtime validation of every message on arrival. Hand-written (no schema library) so the
 * content script stays small. Each validator returns the typed value or a reason string.
 */
import { PERSPECTIVES, PLATFORMS, STAGES, type OrderSnapshot } from '../rules/types';
import type { ContentRequest, WorkerRequest } from './protocol';

type Check<T> = { ok: true; value: T } | { ok: false; error: string };

const MAX_TEXT = 2_000;
const MAX_URL = 4_096;
const MAX_MISSING = 50;
/** Upper bound for list sizes in requests: a history page never needs more. */
const MAX_LIMIT = 1_000;

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

const isShortString = (x: unknown, max = MAX_TEXT): x is string => typeof x === 'string' && x.length <= max;

const isOneOf = <T extends string>(list: readonly T[], x: unknown): x is T =>
  typeof x === 'string' && (list as readonly string[]).includes(x);

/** ISO-8601 date string that parses to a real time. */
const isIsoDate = (x: unknown): x is string =>
  typeof x === 'string' && x.length <= 40 && /^\d{4}-\d{2}-\d{2}T/.test(x) && !Number.isNaN(Date.parse(x));

const OPTIONAL_DATES = ['orderedAt', 'shipBy', 'deliverBy', 'autoCancelAt', 'deadlineAt'] as const;
const OPTIONAL_TEXTS = ['marketplace', 'endReason'] as const;
const OPTIONAL_FLAGS = ['fulfillmentInProgress', 'refundInProgress'] as const;

export function checkSnapshot(x: unknown): Check<OrderSnapshot> {
  if (!isObject(x)) return { ok: false, error: 'snapshot is not an object' };
  if (!isOneOf(PLATFORMS, x.platform)) return { ok: false, error: 'snapshot.platform is not a known platform' };
  if (!isOneOf(PERSPECTIVES, x.perspective)) return { ok: false, error: 'snapshot.perspective is invalid' };
  if (!isShortString(x.orderId, 100)) return { ok: false, error: 'snapshot.orderId is not a short string' };
  if (!isOneOf(STAGES, x.stage)) return { ok: false, error: 'snapshot.stage is not a known stage' };
  if (!isShortString(x.nativeStatus)) return { ok: false, error: 'snapshot.nativeStatus is not a short string' };
  if (typeof x.cancelRequested !== 'boolean') return { ok: false, error: 'snapshot.cancelRequested is not a boolean' };
  if (x.fulfilledBy !== undefined && x.fulfilledBy !== 'merchant' && x.fulfilledBy !== 'platform')
    return { ok: false, error: 'snapshot.fulfilledBy is invalid' };
  for (const k of OPTIONAL_DATES)
    if (x[k] !== undefined && !isIsoDate(x[k])) return { ok: false, error: `snapshot.${k} is not an ISO date` };
  for (const k of OPTIONAL_TEXTS)
    if (x[k] !== undefined && !isShortString(x[k], 200)) return { ok: false, error: `snapshot.${k} is not a short string` };
  for (const k of OPTIONAL_FLAGS)
    if (x[k] !== undefined && typeof x[k] !== 'boolean') return { ok: false, error: `snapshot.${k} is not a boolean` };
  if (x.itemCount !== undefined && !(Number.isInteger(x.itemCount) && (x.itemCount as number) >= 0 && (x.itemCount as number) < 10_000))
    return { ok: false, error: 'snapshot.itemCount is invalid' };
  const s = x.source;
  if (!isObject(s) || !isShortString(s.url, MAX_URL) || !isShortString(s.reader, 100))
    return { ok: false, error: 'snapshot.source is invalid' };
  if (!Array.isArray(s.missing) || s.missing.length > MAX_MISSING || !s.missing.every((m) => isShortString(m, 100)))
    return { ok: false, error: 'snapshot.source.missing is invalid' };
  return { ok: true, value: x as unknown as OrderSnapshot };
}

export function checkWorkerRequest(x: unknown): Check<WorkerRequest> {
  if (!isObject(x)) return { ok: false, error: 'message is not an object' };
  switch (x.kind) {
    case 'evaluate': {
      if (typeof x.record !== 'boolean') return { ok: false, error: 'evaluate.record is not a boolean' };
      const snap = checkSnapshot(x.snapshot);
      if (!snap.ok) return snap;
      return { ok: true, value: { kind: 'evaluate', snapshot: snap.value, record: x.record } };
    }
    case 'history/order':
      if (!isOneOf(PLATFORMS, x.platform) || !isShortString(x.orderId, 100))
        return { ok: false, error: 'history/order needs a platform and an orderId' };
      return { ok: true, value: { kind: 'history/order', platform: x.platform, orderId: x.orderId } };
    case 'history/recent':
      if (!(Number.isInteger(x.limit) && (x.limit as number) > 0 && (x.limit as number) <= MAX_LIMIT))
        return { ok: false, error: 'history/recent.limit is invalid' };
      return { ok: true, value: { kind: 'history/recent', limit: x.limit as number } };
    default:
      return { ok: false, error: 'unknown message kind' };
  }
}

export function checkContentRequest(x: unknown): Check<ContentRequest> {
  if (isObject(x) && x.kind === 'page/orders') return { ok: true, value: { kind: 'page/orders' } };
  return { ok: false, error: 'unknown message kind' };
}
