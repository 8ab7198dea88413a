import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../../public/_locales/en/messages.json';
import { cardSubset, hintSubset, isCardKey, isHintKey, isSummaryKey, summarySubset } from '../../../scripts/vite/locale-subset';

const ROOT = join(import.meta.dirname, '../../..');
/** What the unfolded hint adds: its own module and the components it draws (loaded with their strings, `?card`). */
const UNFOLDED_FILES = ['src/content/hint/hint-ui.tsx', 'src/content/message-box.ts', 'src/content/page-sample/save.ts'].concat(
  [
    'Hint.tsx',
    'VerdictCard.tsx',
    'ChainNote.tsx',
    'HintLink.tsx',
    'RemindToggle.tsx',
    'order-labels.ts',
    'blanks.ts',
    'source-titles.ts',
    'messageGroups.ts',
    'clipboard.ts',
    'useNow.ts',
    'PageSampleOffer.tsx',
  ].map((f) => `src/ui/${f}`),
);
/** A list page's summary, loaded with its strings (`?summary`) on a list page. */
const SUMMARY_FILES = ['src/content/hint/page-summary.ts'];
/** Everything else the content script can render: the compact bars, and what they use. */
const BAR_FILES = [
  ...readdirSync(join(ROOT, 'src/content'), { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => join(f.parentPath, f.name).slice(ROOT.length + 1))
    .filter((f) => !UNFOLDED_FILES.includes(f) && !SUMMARY_FILES.includes(f)),
  ...['labels.ts', 'row.ts', 'verdict-look.ts', 'format.ts', 'summary.ts'].map((f) => `src/ui/${f}`),
];

const keys = new Set(Object.keys(en));
const keysIn = (files: string[]) =>
  files.flatMap((f) =>
    [...readFileSync(join(ROOT, f), 'utf8').matchAll(/['"`]([a-z][a-zA-Z0-9_]*)['"`]/g)].map((m) => m[1]!).filter((k) => keys.has(k)),
  );

describe('the hint carries only the strings it can show', () => {
  it('every catalogue key named by the compact bar’s code is in the bar’s subset (every seller page carries it)', () => {
    const used = keysIn(BAR_FILES);
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((k) => !isHintKey(k))).toEqual([]);
  });

  it('every key the unfolded hint names is in the bar’s subset or in the one loaded with it', () => {
    const used = keysIn(UNFOLDED_FILES);
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((k) => !isHintKey(k) && !isCardKey(k))).toEqual([]);
  });

  it('every key the list summary names is in the bar’s subset or in the one loaded with it', () => {
    const used = keysIn(SUMMARY_FILES);
    expect(used.length).toBeGreaterThan(3);
    expect(used.filter((k) => !isHintKey(k) && !isSummaryKey(k))).toEqual([]);
    expect(used.some(isSummaryKey)).toBe(true);
  });

  it('the subsets leave the page-only strings out, and the unfolded hint’s strings out of every seller page', () => {
    const subset = hintSubset(en);
    expect(Object.keys(subset).length).toBeLessThan(Object.keys(en).length);
    expect(Object.keys(subset).some((k) => k.startsWith('options_'))).toBe(false);
    expect(subset).toHaveProperty('action_cancel');
    expect(subset).not.toHaveProperty('copy');
    expect(cardSubset(en)).toHaveProperty('copy');
    expect(cardSubset(en)).not.toHaveProperty('action_cancel');
    // Stages and actors are named by the unfolded hint only; the summary's strings come with the summary.
    expect(subset).not.toHaveProperty('stage_shipped');
    expect(cardSubset(en)).toHaveProperty('stage_shipped');
    expect(subset).not.toHaveProperty('summary_all');
    expect(summarySubset(en)).toHaveProperty('summary_all');
    expect(Object.keys(summarySubset(en)).every((k) => !isHintKey(k) && !isCardKey(k))).toBe(true);
  });
});
