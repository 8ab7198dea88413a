/**
 * The person's custom templates as the worker renders them: read once per worker lifetime and
 * read again after anything changes them (save, delete, import). Unavailable history → none.
 */
import type { CustomTemplate } from '../messages/protocol';
import { listTemplates } from '../history/templates';
import { withHistory } from './history-access';

let cached: Promise<readonly CustomTemplate[]> | null = null;

export function currentTemplates(): Promise<readonly CustomTemplate[]> {
  cached ??= withHistory(listTemplates).then((read) => {
    if (read.ok) return read.value;
    cached = null;
    return [];
  });
  return cached;
}

/** Call after the templates table changed. */
export function templatesChanged(): void {
  cached = null;
}
