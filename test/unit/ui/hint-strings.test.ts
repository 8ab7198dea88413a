import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../../public/_locales/en/messages.json';
import { hintSubset, isHintKey } from '../../../scripts/vite/locale-subset';

const ROOT = join(import.meta.dirname, '../../..');
/** Everything the content script can render: its own folder and the hint's components. */
const HINT_FILES = [
  ...readdirSync(join(ROOT, 'src/content'), { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => join(f.parentPath, f.name).slice(ROOT.length + 1)),
  ...['Hint.tsx', 'VerdictCard.tsx', 'labels.ts', 'row.ts', 'format.ts', 'summary.ts', 'messageGroups.ts', 'clipboard.ts', 'useNow.ts'].map(
    (f) => `src/ui/${f}`,
  ),
];

describe('the hint carries only the strings it can show', () => {
  it('every catalogue key named in the hint’s code is in the hint subset', () => {
    const keys = new Set(Object.keys(en));
    const used = HINT_FILES.flatMap((f) =>
      [...readFileSync(join(ROOT, f), 'utf8').matchAll(/['"`]([a-z][a-zA-Z0-9_]*)['"`]/g)].map((m) => m[1]!).filter((k) => keys.has(k)),
    );
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((k) => !isHintKey(k))).toEqual([]);
  });

  it('the subset leaves the page-only strings out', () => {
    const subset = hintSubset(en);
    expect(Object.keys(subset).length).toBeLessThan(Object.keys(en).length);
    expect(Object.keys(subset).some((k) => k.startsWith('options_'))).toBe(false);
    expect(subset).toHaveProperty('action_cancel');
  });
});
