/**
 * Page text is hostile, so nothing in our source may turn a string into markup or code: every
 * value reaches the DOM through Preact text or textContent. One grep over src/ keeps it that way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../../src');
const SINKS =
  /\b(?:innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|createContextualFragment|DOMParser)\b|document\.write(?:ln)?\s*\(|\beval\s*\(|\bnew\s+Function\s*\(/;

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );

describe('no HTML or code sinks in src/', () => {
  it('finds none', () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(20);
    const hits = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (SINKS.test(line) ? [`${relative(SRC, f)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(hits).toEqual([]);
  });

  it('would catch one', () => {
    expect(SINKS.test('el.innerHTML = text')).toBe(true);
    expect(SINKS.test('<span dangerouslySetInnerHTML={{ __html: s }} />')).toBe(true);
    expect(SINKS.test('el.textContent = text')).toBe(false);
  });
});
