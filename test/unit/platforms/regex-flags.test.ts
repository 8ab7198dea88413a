// No case-insensitive Unicode pattern (flags `i` and `u` together) in what the content scripts run on seller pages.
// V8 compiles such a pattern at its first use by closing every letter over Unicode's case mappings: a part of a
// millisecond per pattern, measured in Chromium, on every seller page the extension reads (the same pattern with only
// `i` costs a tenth of that). The files checked are the ones the content scripts are built from: every module the
// platforms' content entries and the lazy parts import, followed from file to file. The page sample is left out: it
// runs only when the seller asks for one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const ENTRIES = [
  ...readdirSync(join(ROOT, 'src/platforms'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, 'src/platforms', entry.name, 'content.ts')))
    .map((entry) => `src/platforms/${entry.name}/content.ts`),
  'src/content/parts/hint-ui.ts',
  'src/content/parts/page-summary.ts',
];

/** The module a relative import names: `x.ts`, `x.tsx` or `x/index.ts`; undefined for anything else (CSS, JSON). */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = join(dirname(from), specifier);
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((file) => existsSync(join(ROOT, file)));
}

/** Every module the entries import (not `import type`), followed from file to file. */
function contentModules(): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(ROOT, file), 'utf8');
    for (const [, specifier] of code.matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?from\s+'(\.[^']+)'/gms)) {
      const next = resolveImport(file, specifier as string);
      if (next) visit(next);
    }
  };
  for (const entry of ENTRIES) visit(entry);
  return [...seen].sort();
}

const bothFlags = (flags: string): boolean => flags.includes('i') && flags.includes('u');

/** The flags of every pattern a file writes: literals (`/…/giu`) and constructors (`new RegExp(…, 'giu')`). */
function patternFlags(code: string): string[] {
  const literal = [...code.matchAll(/(?<=[=(,:;!&|?{}[\s]\s*)\/(?![/*])(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+\/([dgimsuyv]*)/g)].map(
    (m) => m[1] ?? '',
  );
  const constructed = [...code.matchAll(/new RegExp\([^;]*?,\s*'([dgimsuyv]+)'\s*\)/g)].map((m) => m[1] ?? '');
  return [...literal, ...constructed];
}

describe('patterns in content scripts', () => {
  it('finds flags the way they are written (the check below can fail)', () => {
    const written = ['const A = /^(?:x|y)/iu;', 'const B = new RegExp(`(?:$', "{z(w(v))})\\\\s*`, 'giu');"].join('');
    expect(patternFlags(written)).toEqual(['iu', 'giu']);
    expect(patternFlags("const months = ['gen', 'giu'];")).toEqual([]);
  });

  it('follows the content scripts into every folder they take code from', () => {
    const modules = contentModules();
    for (const file of ['src/platforms/text.ts', 'src/content/session.ts', 'src/ui/format.ts', 'src/content/hint/page-summary.ts'])
      expect(modules).toContain(file);
    expect(modules.some((file) => file.startsWith('src/content/page-sample/'))).toBe(false);
    expect(modules).not.toContain('src/templates/compliance.ts');
  });

  it.each(contentModules())('%s has no case-insensitive Unicode pattern', (path) => {
    const flags = patternFlags(readFileSync(join(ROOT, path), 'utf8')).filter(bothFlags);
    expect(flags, relative(ROOT, join(ROOT, path))).toEqual([]);
  });
});
