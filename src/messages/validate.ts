/**
 * Validation of every message on arrival, and of every record an import reads: the schemas of
 * ./schemas.ts and src/rules/schema.ts parse the input, and what comes back is the PARSED value —
 * unknown fields dropped, texts trimmed where the schema says — never the input cast to a type.
 * A refusal is one readable sentence naming the field ('settings/set: settings.retentionDays must
 * be a whole number from 7 to 3650'), never an echo of the input.
 *
 * Only the worker and the extension pages load this module; the content script checks the one
 * request it receives by hand (validate-content.ts), so valibot stays out of seller pages.
 */
import * as v from 'valibot';
import { OrderSnapshotSchema } from '../rules/schema';
import type { OrderSnapshot } from '../rules/types';
import type { WorkerMessage } from './protocol';
import { WorkerMessageSchema } from './schemas';

export type Check<T> = { ok: true; value: T } | { ok: false; error: string };

/** First problem only (a hostile message needs no list), and a fallback that never quotes the input. */
const CONFIG = { abortEarly: true, abortPipeEarly: true, message: 'is invalid' } as const;

type AnyIssue = v.BaseIssue<unknown>;

/** `snapshots[3].source.url` from an issue's path. */
function pathOf(issue: AnyIssue): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path === '' ? String(key) : `.${String(key)}`;
  }
  return path;
}

/** 'is missing' for an absent required field, else the schema's own phrase. */
function sentence(issue: AnyIssue, root: string): string {
  const missing = issue.received === 'undefined' && typeof issue.expected === 'string' && issue.expected.startsWith('"');
  const inner = pathOf(issue);
  const path = root === '' || inner === '' || inner.startsWith('[') ? root + inner : `${root}.${inner}`;
  const what = missing ? 'is missing' : issue.message;
  return path === '' ? what : `${path} ${what}`;
}

/** Parses `x` with `schema`; `root` names the value in the error ('snapshot', 'settings'). */
export function parseWith<S extends v.GenericSchema>(schema: S, x: unknown, root = ''): Check<v.InferOutput<S>> {
  const parsed = v.safeParse(schema, x, CONFIG);
  if (parsed.success) return { ok: true, value: parsed.output };
  return { ok: false, error: sentence(parsed.issues[0], root) };
}

export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function checkSnapshot(x: unknown): Check<OrderSnapshot> {
  return parseWith(OrderSnapshotSchema, x, 'snapshot');
}

const KINDS: ReadonlySet<string> = new Set(WorkerMessageSchema.options.map((o) => o.entries.kind.literal));

export function checkWorkerRequest(x: unknown): Check<WorkerMessage> {
  if (!isObject(x)) return { ok: false, error: 'message is not an object' };
  const parsed = v.safeParse(WorkerMessageSchema, x, CONFIG);
  if (parsed.success) return { ok: true, value: parsed.output };
  // A kind that is not ours has no schema to name a field of.
  if (typeof x.kind !== 'string' || !KINDS.has(x.kind)) return { ok: false, error: 'unknown message kind' };
  return { ok: false, error: `${x.kind}: ${sentence(parsed.issues[0], '')}` };
}
