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
  LinkRecord,
  OrderRecord,
  StoredObservation,
  StoredTemplate,
  TaughtWordRecord,
  UserSettings,
} from '../messages/protocol';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  FollowUpRecordSchema,
  LinkRecordSchema,
  OrderActionRecordSchema,
  OrderRecordSchema,
  StoredObservationSchema,
  MAX_TAUGHT_WORDS,
  StoredTemplateSchema,
  TaughtWordRecordSchema,
  UserSettingsSchema,
} from '../messages/schemas';
import { isObject, parseWith, type Check } from '../messages/validate';
import { Dexie } from 'dexie';
import { applyOrderChanges } from './aggregates';
import { orderKeyOf, type HistoryDb } from './db';
import { withOpenIndex } from './follow-ups';
import { byTime, summarize, type StoredOrder } from './ending';
import { storableUrl } from './record';
import { USER_SETTINGS_KEY } from './settings';
import { DEFAULT_RETENTION_DAYS, retentionCutoff } from './retention';
import { ExportFileError, ExportReader, NOT_EXPORT, type ExportPiece, type ImportFailure } from './export-reader';
import { addTemplate, customIdOf } from './templates';
import { addLink } from './chains';

const checkLink = (x: unknown): Check<LinkRecord> => parseWith(LinkRecordSchema, x);
const checkTaughtWord = (x: unknown): Check<TaughtWordRecord> => parseWith(TaughtWordRecordSchema, x);

const bad = (error: string): { ok: false; error: string } => ({ ok: false, error });
const refused = (e: ExportFileError): ImportOutcome => ({ ok: false, error: e.message, code: e.code });

/** A refused file names why by `code` (the page words it); a failure without one is the database's or a cancel. */
export type ImportOutcome = { ok: true; report: ImportReport } | { ok: false; error: string; code?: ImportFailure };

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
  links: LinkRecord[];
  taughtWords: TaughtWordRecord[];
}

type Skip = ImportReport['skipped'][number];
type EntryKind = Skip['what'];

/** The order an order key names ('amazon:111-…' → Amazon, 111-…), as far as the file's text allows; clipped. */
function orderOf(key: unknown): Pick<Skip, 'platform' | 'orderId'> {
  if (typeof key !== 'string') return {};
  const at = key.indexOf(':');
  return at > 0 ? { platform: key.slice(0, Math.min(at, 40)), orderId: key.slice(at + 1, at + 121) } : {};
}

/** The list fields of an export, with each item's check and what a skipped item is. */
const byKey = (what: EntryKind) => (x: unknown, i: number) => ({ what, n: i + 1, ...(isObject(x) && orderOf(x.orderKey)) });
const LISTS = {
  orders: { check: checkOrder, entry: (x: unknown, i: number) => ({ what: 'order', n: i + 1, ...(isObject(x) && orderOf(x.key)) }) },
  observations: { check: checkObservation, entry: byKey('observation') },
  actions: { check: checkAction, entry: byKey('action') },
  followUps: { check: checkFollowUp, entry: byKey('follow-up') },
  customTemplates: { check: checkStoredTemplate, entry: (_x: unknown, i: number) => ({ what: 'custom-template', n: i + 1 }) },
  links: { check: checkLink, entry: (_x: unknown, i: number) => ({ what: 'link', n: i + 1 }) },
  taughtWords: { check: checkTaughtWord, entry: (_x: unknown, i: number) => ({ what: 'taught-word', n: i + 1 }) },
} as const satisfies Record<string, { check: (x: unknown) => Check<unknown>; entry: (x: unknown, i: number) => Omit<Skip, 'why'> }>;
type ListField = keyof typeof LISTS;
const isListField = (field: string): field is ListField => Object.hasOwn(LISTS, field);

/**
 * Checks the file's pieces as the reader hands them over (src/history/export-reader.ts): each record
 * with its schema, kept only when good. A wrong format or version stops the reading at once.
 */
class FileChecker {
  private format: unknown;
  private version: unknown;
  private settingsValue: unknown = null;
  readonly lists = { orders: [], observations: [], actions: [], followUps: [], customTemplates: [], links: [], taughtWords: [] } as {
    orders: OrderRecord[];
    observations: StoredObservation[];
    actions: OrderActionRecord[];
    followUps: FollowUpRecord[];
    customTemplates: StoredTemplate[];
    links: LinkRecord[];
    taughtWords: TaughtWordRecord[];
  };

  constructor(private readonly skip: (entry: Skip) => void) {}

  take = (piece: ExportPiece): void => {
    const { field, value, item } = piece;
    if (field === 'format') {
      this.format = value;
      if (value !== EXPORT_FORMAT) throw new ExportFileError(NOT_EXPORT, 'not-export');
    } else if (field === 'version') {
      this.version = value;
      if (value !== EXPORT_VERSION) throw new ExportFileError(versionError(value), 'version');
    } else if (field === 'settings') this.settingsValue = value;
    else if (isListField(field)) {
      if (item === null) return this.skip({ what: 'list', of: LISTS[field].entry(null, 0).what, why: 'invalid', detail: 'not a list' });
      const checked = LISTS[field].check(value);
      if (checked.ok) (this.lists[field] as unknown[]).push(checked.value);
      else this.skip({ ...LISTS[field].entry(value, item), why: 'invalid', detail: checked.error });
    }
  };

  /** The checked sections, once the whole file was read; throws ExportFileError for a file with no format or version. */
  finish(): Sections {
    if (this.format !== EXPORT_FORMAT) throw new ExportFileError(NOT_EXPORT, 'not-export');
    if (this.version !== EXPORT_VERSION) throw new ExportFileError(versionError(this.version), 'version');
    let settings: UserSettings | null = null;
    if (this.settingsValue !== undefined && this.settingsValue !== null) {
      const checked = parseWith(UserSettingsSchema, this.settingsValue, 'settings');
      if (checked.ok) settings = checked.value;
      else this.skip({ what: 'settings', why: 'invalid', detail: checked.error });
    }
    const { orders, observations, actions, followUps, customTemplates: templates, links, taughtWords } = this.lists;
    return { orders, observations, actions, followUps, templates, settings, links, taughtWords };
  }
}

const versionError = (version: unknown) =>
  `The file is a history export of version ${String(version)}, which this version of the extension cannot read.`;

/** Where an import is, for a progress bar: reading the file (by the caller's measure), then writing. */
type ImportProgress = { phase: 'writing'; step: number; steps: number };

export interface ImportOptions {
  /** The time retention is measured from; the clock when absent. */
  now?: Date;
  /** Cancels the import: before the write, nothing is read further; during it, the write is undone. */
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
}

export const IMPORT_CANCELED = 'The import was canceled. Your history is as it was.';

/** Imports a JSON export held in one string (small files, tests, the benchmark). */
export function importHistory(db: HistoryDb, text: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  return importChunks(db, [text], options);
}

/**
 * Imports a JSON export that arrives in chunks of text (a file read slice by slice): every record is
 * read and checked first, then everything is written in one transaction, so the history either gains
 * the whole file or, on any failure or a cancel, stays exactly as it was.
 *
 * The settings a file carries are never applied here (they would change what retention deletes, and
 * the person's own choices): the report offers them, and the page applies them only when the person
 * says so. Orders older than the person's retention period are not imported: kept, they would be
 * deleted by the next daily cleanup, an import deleting things behind the person's back.
 */
export async function importChunks(
  db: HistoryDb,
  chunks: AsyncIterable<string> | Iterable<string>,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const skipped: ImportReport['skipped'] = [];
  let unlisted = 0;
  const skip = (entry: Skip) => {
    if (skipped.length < MAX_LISTED_SKIPS) skipped.push(entry);
    else unlisted++;
  };
  const checker = new FileChecker(skip);
  let read: Sections;
  try {
    const reader = new ExportReader(checker.take);
    for await (const chunk of chunks) {
      if (options.signal?.aborted) return bad(IMPORT_CANCELED);
      reader.push(chunk);
    }
    // A source that stops early on cancel leaves the file cut short: that is a cancel, not a bad file.
    if (options.signal?.aborted) return bad(IMPORT_CANCELED);
    reader.end();
    read = checker.finish();
  } catch (e) {
    if (options.signal?.aborted) return bad(IMPORT_CANCELED);
    if (e instanceof ExportFileError) return refused(e);
    throw e;
  }
  if (options.signal?.aborted) return bad(IMPORT_CANCELED);
  try {
    return await writeSections(db, read, skip, options, () => {
      if (unlisted > 0) skipped.push({ what: 'more', n: unlisted, why: 'as-above' });
      return skipped;
    });
  } catch (e) {
    if (options.signal?.aborted) return bad(IMPORT_CANCELED);
    throw e;
  }
}

async function writeSections(
  db: HistoryDb,
  file: Sections,
  skip: (entry: Skip) => void,
  options: ImportOptions,
  skippedList: () => ImportReport['skipped'],
): Promise<ImportOutcome> {
  const now = options.now ?? new Date();
  const STEPS = 6;
  const step = (n: number) => {
    // Throwing inside the transaction aborts it: nothing of the file stays.
    if (options.signal?.aborted) throw new DOMException('canceled', 'AbortError');
    options.onProgress?.({ phase: 'writing', step: n, steps: STEPS });
  };
  const added: ImportReport['added'] = { orders: 0, observations: 0, actions: 0, followUps: 0, templates: 0 };
  let alreadyPresent = 0;

  let settingsInFile: UserSettings | undefined;
  let tooOld = 0;

  await db.transaction(
    'rw',
    [db.orders, db.observations, db.actions, db.followUps, db.customTemplates, db.settings, db.links, db.aggregates, db.taughtWords],
    async () => {
      step(0);
      const current = await db.settings.get(USER_SETTINGS_KEY);
      const retentionDays = (current?.value as UserSettings | undefined)?.retentionDays ?? DEFAULT_RETENTION_DAYS;
      const cutoff = retentionCutoff(now, retentionDays).toISOString();
      // Orders: new ones are added, known ones merged (a record identical to the stored one changes nothing).
      const fileOrders = new Map<string, OrderRecord>();
      for (const o of file.orders) fileOrders.set(o.key, fileOrders.has(o.key) ? mergeOrders(fileOrders.get(o.key)!, o) : o);
      // An order retention would delete at once is left out, with everything that hangs on it.
      const outsideRetention = new Set<string>();
      for (const [key, o] of fileOrders)
        if (o.lastSeen < cutoff) {
          outsideRetention.add(key);
          fileOrders.delete(key);
        }
      tooOld = outsideRetention.size;
      const incoming = [...fileOrders.values()];
      const knownOrders = new Set(fileOrders.keys());
      // Everything else hangs on an order (pruning an order removes it): records of orders neither in
      // the file nor stored are skipped; those of stored orders count.
      const otherKeys = new Set<string>();
      for (const r of [file.observations, file.actions, file.followUps].flat())
        if (!knownOrders.has(r.orderKey) && !outsideRetention.has(r.orderKey)) otherKeys.add(r.orderKey);
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
      const hasOrder =
        <T extends { orderKey: string }>(what: EntryKind) =>
        (r: T) => {
          if (knownOrders.has(r.orderKey)) return true;
          if (outsideRetention.has(r.orderKey)) return false; // counted with its order
          skip({ what, ...orderOf(r.orderKey), why: 'no-order' });
          return false;
        };

      step(1);
      // Observations: the unique `dedupe` key says whether one is already stored.
      const observations = file.observations.filter(hasOrder('observation'));
      const storedDedupes = new Set(
        (
          await db.observations
            .where('dedupe')
            .anyOf(observations.map((o) => o.dedupe))
            .toArray()
        ).map((o) => o.dedupe),
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
      step(2);
      await summarizeChangedOrders(db, newObservations, storedOrders, toPut);
      await db.orders.bulkPut([...toPut.values()]);
      await applyOrderChanges(
        db.aggregates,
        [...toPut.values()].map((after) => ({ before: storedOrders.get(after.key), after })),
      );
      step(3);

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

      step(4);
      // Follow-ups: one per order and id.
      const followUps = file.followUps.filter(hasOrder('follow-up'));
      const storedPairs = new Set(
        (
          await db.followUps
            .where('orderKey')
            .anyOf([...new Set(followUps.map((f) => f.orderKey))])
            .toArray()
        ).map((f) => `${f.orderKey}|${f.id}`),
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
      await db.followUps.bulkAdd((await withFreeKeys(db.followUps, newFollowUps, 'seq')).map(withOpenIndex));
      added.followUps = newFollowUps.length;

      step(5);
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

      // Links: a pair already linked is present; the file's row ids are not kept (they name nothing).
      for (const { id: _id, ...link } of file.links) {
        if (await addLink(db, link)) added.links = (added.links ?? 0) + 1;
        else alreadyPresent++;
      }

      await mergeTaughtWords(db, file.taughtWords, added, skip, () => alreadyPresent++);

      // Settings are offered, never taken: the report carries the file's when they differ from the person's.
      if (file.settings) {
        if (current && canonical(current.value) === canonical(file.settings)) alreadyPresent++;
        else settingsInFile = file.settings;
      }
      step(STEPS);
    },
  );

  if (tooOld > 0)
    // Kept, they would be deleted by the next daily cleanup.
    skip({ what: 'old-orders', n: tooOld, why: 'too-old' });
  const report: ImportReport = { added, skipped: skippedList(), alreadyPresent };
  if (settingsInFile) report.settingsInFile = settingsInFile;
  return { ok: true, report };
}

/**
 * Taught words are merged, not offered like the settings: a taught word never overrides the built-in vocabulary (a
 * file cannot change how a word the extension knows is read), each one is listed in the options with Remove and named
 * on every verdict that rests on it, and the report counts them. The person's own answer wins: a word they taught
 * differently keeps their meaning (listed as skipped, with why), and a platform's words stay within MAX_TAUGHT_WORDS.
 */
async function mergeTaughtWords(
  db: HistoryDb,
  words: readonly TaughtWordRecord[],
  added: ImportReport['added'],
  skip: (entry: Skip) => void,
  present: () => void,
): Promise<void> {
  if (words.length === 0) return;
  const stored = new Map((await db.taughtWords.toArray()).map((w) => [`${w.platform}\u0000${w.key}`, w]));
  const perPlatform = new Map<string, number>();
  for (const w of stored.values()) perPlatform.set(w.platform, (perPlatform.get(w.platform) ?? 0) + 1);
  for (const word of words) {
    const id = `${word.platform}\u0000${word.key}`;
    const known = stored.get(id);
    if (known) {
      if (known.stage === word.stage) present();
      else skip({ what: 'taught-word', word: word.word, platform: word.platform, why: 'taught-differently' });
      continue;
    }
    const count = perPlatform.get(word.platform) ?? 0;
    if (count >= MAX_TAUGHT_WORDS) {
      skip({ what: 'taught-word', word: word.word, platform: word.platform, why: 'too-many-words', n: MAX_TAUGHT_WORDS });
      continue;
    }
    await db.taughtWords.add(word);
    stored.set(id, word);
    perPlatform.set(word.platform, count + 1);
    added.taughtWords = (added.taughtWords ?? 0) + 1;
  }
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
      const all = known ? await db.observations.where('[orderKey+at]').between([key, Dexie.minKey], [key, Dexie.maxKey]).toArray() : list;
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
