// No case-insensitive Unicode pattern (flags `i` and `u` together) in what the content scripts run on a page load.
// V8 compiles such a pattern at its first use by closing every letter over Unicode's case mappings: a part of a
// millisecond per pattern, measured in Chromium, on every seller page the extension reads (a pattern of words with
// only `i`, or lower-cased text matched without `i`, costs a tenth of that). The page sample (src/content/page-sample)
// is left out: it runs only when the seller asks for one.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const SCANNED = ['src/platforms', 'src/content'];
const LEFT_OUT = 'src/content/page-sample';

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === LEFT_OUT ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
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

  it.each(sources(SCANNED[0] as string).concat(sources(SCANNED[1] as string)))('%s has no case-insensitive Unicode pattern', (path) => {
    const flags = patternFlags(readFileSync(join(ROOT, path), 'utf8')).filter(bothFlags);
    expect(flags, relative(ROOT, join(ROOT, path))).toEqual([]);
  });
});
