/**
 * The repository's documents link only to files inside it, and those files exist: a clone is all a
 * reader has (no sibling folders of the machine it was written on).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const DOCS = ['README.md', 'PRIVACY.md', 'CHANGELOG.md', 'store/README.md', 'bench/README.md'];

/** Markdown links and images: `[text](target)`, without a title part. */
function linkTargets(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
}

describe('document links', () => {
  it('finds the links of a document', () => {
    expect(linkTargets('see [a](docs/a.md), ![b](x/b.png "B") and [c](https://example.com)')).toEqual([
      'docs/a.md',
      'x/b.png',
      'https://example.com',
    ]);
  });

  for (const doc of DOCS) {
    it(`${doc}: every link is a file of the repository`, () => {
      const text = readFileSync(join(ROOT, doc), 'utf8');
      for (const target of linkTargets(text)) {
        expect(target, `${doc} links outside the repository`).not.toMatch(/^(https?:|file:|\/)/);
        const path = resolve(ROOT, dirname(doc), target.split('#')[0]!);
        expect(relative(ROOT, path), `${doc} → ${target}`).not.toMatch(/^\.\./);
        expect(existsSync(path), `${doc} → ${target} is missing`).toBe(true);
      }
      // Paths written as code count too: no `../` out of the repository.
      expect(text, `${doc} names a path outside the repository`).not.toMatch(/`\.\.\/(?!\.)/);
    });
  }
});
