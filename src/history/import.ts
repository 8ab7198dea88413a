/**
 * Importing a JSON export. The file is hostile until checked: every record is validated and
 * rebuilt from its known fields only; bad records are skipped with a reason; the good ones are
 * written in one transaction, so a failure half-way leaves the database exactly as it was.
 * Importing the same file twice adds nothing (records already present are recognised).
 */
import type {
  CustomTemplate,
  FollowUpRecord,
  ImportReport,
  OrderActionRecord,
  OrderRecord,
  StoredObservation,
  StoredTemplate,
  UserSettings,
} from '../messages/protocol';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  FollowUpRecordSchema,
  OrderActionRecordSchema,
  OrderRecordSchema,
  StoredObservationSchema,
  StoredTemplateSchema,
  UserSettingsSchema,
} from '../messages/schemas';
import { isObject, parseWith, type Check } from '../messages/validate';
import { Dexie } from 'dexie';
import { orderKeyOf, type HistoryDb } from './db';
import { byTime, summarize, type StoredOrder } from './ending';
import { storableUrl } from './record';
import { USER_SETTINGS_KEY } from './settings';
import { addTemplate, customIdOf } from './templates';

const bad = (error: string): { ok: false; error: string } => ({ ok: false, error });

export type ImportOutcome = { ok: true; report: ImportReport } | { ok: false; error: string };

/** At most this many skipped records are listed one by one; the rest are summed up. */
const MAX_LISTED_SKIPS = 100;

// Each record is parsed with the schema the export was written from (src/messages/schemas.ts);
// what the schema cannot say — how fields of one record agree — is checked here.

function checkOrder(x: unknown): Check<OrderRecord> {
  const order = parseWith(OrderRecordSchema, x);
  if (!order.ok) return order;
  if (order.value.key !== orderKeyOf(order.value.platform, order.value.orderId)) return bad('key does not match platform and order id');
  return order;
}

function checkObservation(x: unknown): Check<StoredObservation> {
  const parsed = parseWith(StoredObservationSchema, x);
  if (!parsed.ok) return parsed;
  const observation = parsed.value;
  if (!observation.dedupe.startsWith(`${observation.orderKey}|`)) return bad('dedupe key invalid');
  // Only origin and path are ever stored; a crafted file cannot smuggle a query string in.
  return { ok: true, value: { ...observation, url: observation.url === '' ? '' : storableUrl(observation.url) } };
}

const checkAction = (x: unknown): Check<OrderActionRecord> => parseWith(OrderActionRecordSchema, x);

const checkFollowUp = (x: unknown): Check<FollowUpRecord> => parseWith(FollowUpRecordSchema, x);

function checkStoredTemplate(x: unknown): Check<StoredTemplate> {
  const parsed = parseWith(StoredTemplateSchema, x);
  if (!parsed.ok) return parsed;
  const { id, seq } = parsed.value;
  if (id === undefined) return bad('no id');
  if (seq !== undefined && customIdOf(seq) !== id) return bad('seq does not match id');
  return parsed;
}

const sameTemplate = (a: CustomTemplate, b: CustomTemplate): boolean =>
  a.platform === b.platform &&
  a.audience === b.audience &&
  a.language === b.language &&
  a.title === b.title &&
  a.body === b.body &&
  JSON.stringify(a.situations) === JSON.stringify(b.situations);

const actionIdentity = (a: OrderActionRecord): string => `${a.orderKey}|${a.at}|${a.kind}|${JSON.stringify(a.payload)}`;

/** Stable JSON of a record, for "is this the same record": key order does not matter. */
function canonical(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonical).join(',')}]`;
  if (isObject(x))
    return `{${Object.keys(x)
      .filter((k) => x[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(x[k])}`)
      .join(',')}}`;
  return JSON.stringify(x);
}

/** Two sightings of one order: the earliest firstSeen, the newest state. */
function mergeOrders(existing: OrderRecord, incoming: OrderRecord): OrderRecord {
  const newer = incoming.lastSeen > existing.lastSeen ? incoming : existing;
  const merged: OrderRecord = {
    ...newer,
    firstSeen: incoming.firstSeen < existing.firstSeen ? incoming.firstSeen : existing.firstSeen,
  };
  const marketplace = existing.marketplace ?? incoming.marketplace;
  if (marketplace) merged.marketplace = marketplace;
  const fulfilledBy = newer.fulfilledBy ?? existing.fulfilledBy ?? incoming.fulfilledBy;
  if (fulfilledBy) merged.fulfilledBy = fulfilledBy;
  // The request facts belong to the newest state; a shipment seen by either copy stays seen.
  const shippedAt = newer.shippedAt ?? existing.shippedAt ?? incoming.shippedAt;
  if (shippedAt) merged.shippedAt = shippedAt;
  return merged;
}

interface Sections {
  orders: OrderRecord[];
  observations: StoredObservation[];
  actions: OrderActionRecord[];
  followUps: FollowUpRecord[];
  templates: StoredTemplate[];
  settings: UserSettings | null;
}

/** Parses and checks the whole file before anything is written. */
function readFile(text: string, skip: (what: string, why: string) => void): Check<Sections> {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return bad('The file is not a history export: it is not JSON.');
  }
  if (!isObject(file) || file.format !== EXPORT_FORMAT)
    return bad('The file is not a Cancel or Close history export.');
  if (file.version !== EXPORT_VERSION)
    return bad(`The file is a history export of version ${String(file.version)}, which this version of the extension cannot read.`);

  function section<T>(name: string, check: (x: unknown) => Check<T>, label: (x: unknown, i: number) => string): T[] {
    const list = file && isObject(file) ? file[name] : undefined;
    if (list === undefined) return [];
    if (!Array.isArray(list)) {
      skip(name, 'not a list');
      return [];
    }
    const good: T[] = [];
    list.forEach((item, i) => {
      const checked = check(item);
      if (checked.ok) good.push(checked.value);
      else skip(label(item, i), checked.error);
    });
    return good;
  }
  const byKey = (name: string) => (x: unknown, i: number) =>
    isObject(x) && typeof x.orderKey === 'string' ? `${name} ${i + 1} (${x.orderKey.slice(0, 120)})` : `${name} ${i + 1}`;

  const orders = section('orders', checkOrder, (x, i) =>
    isObject(x) && typeof x.key === 'string' ? `order ${i + 1} (${x.key.slice(0, 120)})` : `order ${i + 1}`,
  );
  const observations = section('observations', checkObservation, byKey('observation'));
  const actions = section('actions', checkAction, byKey('action'));
  const followUps = section('followUps', checkFollowUp, byKey('follow-up'));
  const templates = section('customTemplates', checkStoredTemplate, (_x, i) => `custom template ${i + 1}`);
  let settings: UserSettings | null = null;
  if (file.settings !== undefined && file.settings !== null) {
    const checked = parseWith(UserSettingsSchema, file.settings, 'settings');
    if (checked.ok) settings = checked.value;
    else skip('settings', checked.error);
  }
  return { ok: true, value: { orders, observations, actions, followUps, templates, settings } };
}

export async function importHistory(db: HistoryDb, text: string): Promise<ImportOutcome> {
  const skipped: ImportReport['skipped'] = [];
  let unlisted = 0;
  const skip = (what: string, why: string) => {
    if (skipped.length < MAX_LISTED_SKIPS) skipped.push({ what, why });
    else unlisted++;
  };
  const read = readFile(text, skip);
  if (!read.ok) return read;
  const file = read.value;
  const added: ImportReport['added'] = { orders: 0, observations: 0, actions: 0, followUps: 0, templates: 0 };
  let alreadyPresent = 0;

  await db.transaction('rw', [db.orders, db.observations, db.actions, db.followUps, db.customTemplates, db.settings], async () => {
    // Orders: new ones are added, known ones merged (a record identical to the stored one changes nothing).
    const fileOrders = new Map<string, OrderRecord>();
    for (const o of file.orders) fileOrders.set(o.key, fileOrders.has(o.key) ? mergeOrders(fileOrders.get(o.key)!, o) : o);
    const incoming = [...fileOrders.values()];
    const knownOrders = new Set(fileOrders.keys());
    // Everything else hangs on an order (pruning an order removes it): records of orders neither in
    // the file nor stored are skipped; those of stored orders count.
    const otherKeys = new Set<string>();
    for (const r of [file.observations, file.actions, file.followUps].flat()) if (!knownOrders.has(r.orderKey)) otherKeys.add(r.orderKey);
    const storedOrders = await storedAmong(db, [...knownOrders, ...otherKeys]);
    // The records to write, written last with their summaries.
    const toPut = new Map<string, StoredOrder>();
    for (const o of incoming) {
      const existing = storedOrders.get(o.key);
      if (!existing) {
        toPut.set(o.key, { ...o, summary: summarize([]) });
        added.orders++;
        continue;
      }
      alreadyPresent++;
      const merged: StoredOrder = { ...mergeOrders(existing, o), ...(existing.summary ? { summary: existing.summary } : {}) };
      if (canonical(merged) !== canonical(existing)) toPut.set(o.key, merged);
    }
    for (const k of otherKeys) if (storedOrders.has(k)) knownOrders.add(k);
    const hasOrder = <T extends { orderKey: string }>(what: string) => (r: T) => {
      if (knownOrders.has(r.orderKey)) return true;
      skip(`${what} (${r.orderKey})`, 'no order with this key in the file or in your history');
      return false;
    };

    // Observations: the unique `dedupe` key says whether one is already stored.
    const observations = file.observations.filter(hasOrder('observation'));
    const storedDedupes = new Set(
      (await db.observations.where('dedupe').anyOf(observations.map((o) => o.dedupe)).toArray()).map((o) => o.dedupe),
    );
    const newObservations: StoredObservation[] = [];
    for (const o of observations) {
      if (storedDedupes.has(o.dedupe)) {
        alreadyPresent++;
        continue;
      }
      storedDedupes.add(o.dedupe); // a file listing the same observation twice adds it once
      newObservations.push(o);
    }
    await db.observations.bulkAdd(await withFreeKeys(db.observations, newObservations, 'id'));
    added.observations = newObservations.length;
    await summarizeChangedOrders(db, newObservations, storedOrders, toPut);
    await db.orders.bulkPut([...toPut.values()]);

    // Actions have no natural key: the same order, time, kind and payload is the same action.
    const actions = file.actions.filter(hasOrder('action'));
    const actionOrders = [...new Set(actions.map((a) => a.orderKey))];
    const storedActions = new Set((await db.actions.where('orderKey').anyOf(actionOrders).toArray()).map(actionIdentity));
    const newActions: OrderActionRecord[] = [];
    for (const a of actions) {
      if (storedActions.has(actionIdentity(a))) {
        alreadyPresent++;
        continue;
      }
      storedActions.add(actionIdentity(a));
      newActions.push(a);
    }
    await db.actions.bulkAdd(await withFreeKeys(db.actions, newActions, 'id'));
    added.actions = newActions.length;

    // Follow-ups: one per order and id.
    const followUps = file.followUps.filter(hasOrder('follow-up'));
    const storedPairs = new Set(
      (await db.followUps.where('orderKey').anyOf([...new Set(followUps.map((f) => f.orderKey))]).toArray()).map(
        (f) => `${f.orderKey}|${f.id}`,
      ),
    );
    const newFollowUps: FollowUpRecord[] = [];
    for (const f of followUps) {
      const pair = `${f.orderKey}|${f.id}`;
      if (storedPairs.has(pair)) {
        alreadyPresent++;
        continue;
      }
      storedPairs.add(pair);
      newFollowUps.push(f);
    }
    await db.followUps.bulkAdd(await withFreeKeys(db.followUps, newFollowUps, 'seq'));
    added.followUps = newFollowUps.length;

    // Custom templates: the same id with the same content is present; a different one is added anew.
    for (const t of file.templates) {
      const existing = await db.customTemplates.get({ id: t.id! });
      if (existing && sameTemplate(existing, t)) {
        alreadyPresent++;
        continue;
      }
      if (existing) {
        const { seq: _seq, id: _id, ...fields } = t;
        await addTemplate(db, fields);
      } else {
        // The id names its key ('custom:7' is row 7), so the two never disagree.
        await db.customTemplates.add({ ...t, seq: Number(t.id!.slice('custom:'.length)) });
      }
      added.templates++;
    }

    // Settings: the file's settings only fill an empty slot; the person's current ones are never replaced.
    if (file.settings) {
      const current = await db.settings.get(USER_SETTINGS_KEY);
      if (!current) await db.settings.put({ key: USER_SETTINGS_KEY, value: file.settings });
      else if (canonical(current.value) === canonical(file.settings)) alreadyPresent++;
      else skip('settings', 'your current settings were kept');
    }
  });

  if (unlisted > 0) skipped.push({ what: `${unlisted} more records`, why: 'skipped for the reasons above' });
  return { ok: true, report: { added, skipped, alreadyPresent } };
}

/**
 * The stored orders among `keys`. Every stored key is read first (one request): a fresh import then
 * reads nothing more, and one that overlaps much of the history reads the table in one go rather than
 * one request per order.
 */
async function storedAmong(db: HistoryDb, keys: readonly string[]): Promise<Map<string, StoredOrder>> {
  const stored = new Set((await db.orders.toCollection().primaryKeys()) as string[]);
  const wanted = keys.filter((k) => stored.has(k));
  const found = new Map<string, StoredOrder>();
  if (wanted.length === 0) return found;
  if (wanted.length > stored.size / 4) {
    const wantedSet = new Set(wanted);
    for (const o of await db.orders.toArray()) if (wantedSet.has(o.key)) found.set(o.key, o);
  } else {
    (await db.orders.bulkGet(wanted)).forEach((o, i) => o && found.set(wanted[i]!, o));
  }
  return found;
}

/**
 * Rewrites the summary of every order that gained observations: a new order's observations all
 * come from the file; an order already stored has its full list read back (it now includes the new ones).
 */
async function summarizeChangedOrders(
  db: HistoryDb,
  added: readonly StoredObservation[],
  storedOrders: ReadonlyMap<string, StoredOrder>,
  toPut: Map<string, StoredOrder>,
): Promise<void> {
  const fromFile = new Map<string, StoredObservation[]>();
  for (const o of added) {
    const list = fromFile.get(o.orderKey);
    if (list) list.push(o);
    else fromFile.set(o.orderKey, [o]);
  }
  await Promise.all(
    [...fromFile].map(async ([key, list]) => {
      const known = storedOrders.get(key);
      const all = known
        ? await db.observations.where('[orderKey+at]').between([key, Dexie.minKey], [key, Dexie.maxKey]).toArray()
        : list;
      const order = toPut.get(key) ?? known!;
      toPut.set(key, { ...order, summary: summarize(all.sort(byTime)) });
    }),
  );
}

/**
 * Keeps each record's own key (so a round trip is exact) unless the database already uses it for
 * another record, in which case the record gets a new key.
 */
async function withFreeKeys<T extends object, K extends keyof T & string>(
  table: { bulkGet(keys: number[]): Promise<Array<T | undefined>> },
  records: T[],
  key: K,
): Promise<T[]> {
  const withKey = records.filter((r) => r[key] !== undefined);
  const taken = await table.bulkGet(withKey.map((r) => r[key] as unknown as number));
  const takenKeys = new Set(withKey.filter((_, i) => taken[i] !== undefined).map((r) => r[key]));
  const seenInFile = new Set<unknown>();
  const keyed: T[] = [];
  const keyless: T[] = [];
  for (const r of records) {
    const k = r[key];
    if (k !== undefined && !takenKeys.has(k) && !seenInFile.has(k)) {
      seenInFile.add(k);
      keyed.push(r);
      continue;
    }
    const { [key]: _drop, ...rest } = r;
    keyless.push(rest as T);
  }
  // Keyed records first: the auto-increment counter then starts above every kept key.
  return [...keyed, ...keyless];
}
