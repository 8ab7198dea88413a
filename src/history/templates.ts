/**
 * The person's own message templates (schema v2 `customTemplates`). Ids are 'custom:<seq>' so
 * they can never collide with a built-in template id.
 */
import type { CustomTemplate } from '../messages/protocol';
import type { HistoryDb, StoredTemplate } from './db';

export const CUSTOM_ID_PREFIX = 'custom:';

export const customIdOf = (seq: number): string => `${CUSTOM_ID_PREFIX}${seq}`;

/** The stored row without its storage key. */
function publicTemplate({ seq: _seq, ...template }: StoredTemplate): CustomTemplate {
  return template;
}

/** Every custom template, most recently changed first. */
export async function listTemplates(db: HistoryDb): Promise<CustomTemplate[]> {
  const rows = await db.customTemplates.orderBy('updatedAt').reverse().toArray();
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
    const seq = (await db.customTemplates.add({ ...fields, updatedAt })) as number;
    const id = customIdOf(seq);
    await db.customTemplates.update(seq, { id });
    return { ...fields, id, updatedAt };
  });
}

export async function deleteTemplate(db: HistoryDb, id: string): Promise<{ deleted: boolean }> {
  const deleted = await db.customTemplates.where('id').equals(id).delete();
  return { deleted: deleted > 0 };
}
