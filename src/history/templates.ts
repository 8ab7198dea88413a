/**
 * The person's own message templates (schema v2 `customTemplates`). Ids are 'custom:<seq>' so
 * they can never collide with a built-in template id.
 *
 * The row key comes from IndexedDB's key generator, which only ever grows: an imported template
 * keeps its own number (so a round trip is exact), and a file can carry a number as high as the id
 * pattern allows (src/messages/schemas.ts, ten digits). The next generated key would then have eleven
 * digits: an id the validator refuses, so the template could be neither edited, deleted nor
 * imported again. `addTemplate` therefore never keeps a key beyond the pattern: it takes the lowest
 * free one instead (the unique `id` index and the transaction rule out a collision).
 */
import type { CustomTemplate } from '../messages/protocol';
import type { HistoryDb, StoredTemplate } from './db';

export const CUSTOM_ID_PREFIX = 'custom:';

export const customIdOf = (seq: number): string => `${CUSTOM_ID_PREFIX}${seq}`;

/** The largest row number an id may carry: 'custom:' and at most ten digits (CUSTOM_ID in src/messages/schemas.ts). */
export const MAX_CUSTOM_SEQ = 9_999_999_999;

/**
 * Adds a template under a new row and gives it its id. Runs inside the caller's transaction on
 * `customTemplates`. A generated key past MAX_CUSTOM_SEQ (only after a file brought a number near
 * it) is replaced by the lowest number no stored template uses.
 */
export async function addTemplate(db: HistoryDb, fields: Omit<StoredTemplate, 'seq' | 'id'>): Promise<StoredTemplate> {
  let seq = (await db.customTemplates.add({ ...fields })) as number;
  if (seq > MAX_CUSTOM_SEQ) {
    await db.customTemplates.delete(seq);
    seq = await lowestFreeSeq(db);
    await db.customTemplates.add({ ...fields, seq });
  }
  const id = customIdOf(seq);
  await db.customTemplates.update(seq, { id });
  return { ...fields, seq, id };
}

async function lowestFreeSeq(db: HistoryDb): Promise<number> {
  let free = 1;
  for (const key of (await db.customTemplates.toCollection().primaryKeys()) as number[]) {
    if (key > free) break;
    free = key + 1;
  }
  return free;
}

/** The stored row without its storage key. */
function publicTemplate({ seq: _seq, ...template }: StoredTemplate): CustomTemplate {
  return template;
}

/** Every custom template, most recently changed first. */
export async function listTemplates(db: HistoryDb): Promise<CustomTemplate[]> {
  // Sorted here, not by the `updatedAt` index: a template from a file may have no `updatedAt`, and
  // an index leaves out every row without the field.
  const rows = await db.customTemplates.toArray();
  rows.sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '') || b.seq! - a.seq!);
  return rows.map(publicTemplate);
}

/**
 * Creates (no id) or replaces (an existing id) a template. Returns null when the id names a
 * template that does not exist, so a stale editor cannot resurrect a deleted one.
 */
export async function saveTemplate(db: HistoryDb, template: CustomTemplate, at: Date): Promise<CustomTemplate | null> {
  const updatedAt = at.toISOString();
  return db.transaction('rw', db.customTemplates, async () => {
    if (template.id !== undefined) {
      const existing = await db.customTemplates.get({ id: template.id });
      if (!existing) return null;
      const row: StoredTemplate = { ...template, id: template.id, updatedAt, seq: existing.seq };
      await db.customTemplates.put(row);
      return publicTemplate(row);
    }
    const { id: _none, ...fields } = template;
    return publicTemplate(await addTemplate(db, { ...fields, updatedAt }));
  });
}

export async function deleteTemplate(db: HistoryDb, id: string): Promise<{ deleted: boolean }> {
  const deleted = await db.customTemplates.where('id').equals(id).delete();
  return { deleted: deleted > 0 };
}
