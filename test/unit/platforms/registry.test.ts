// Every platform is complete: the one registry line brings everything else the extension needs from its folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { perspectivesOf, PLATFORM_DEFINITIONS, platformDefinition, SELLER_MATCH_PATTERNS } from '../../../src/platforms/registry';
import { urlMatcher } from '../../../src/platforms/match-pattern';
import type { PageReader } from '../../../src/platforms/types';
import { PLATFORMS } from '../../../src/rules/types';
import { ALL_TEMPLATES } from '../../../src/templates/library';
import { PROFILES } from '../mutation/profile';

const ROOT = join(__dirname, '../../..');

const isReader = (x: unknown): x is PageReader =>
  typeof x === 'object' && x !== null && typeof (x as PageReader).read === 'function' && typeof (x as PageReader).matches === 'function';

/** The readers a platform's readers.ts exports (the list its content entry starts with). */
async function readersOf(id: string): Promise<PageReader[]> {
  const module = (await import(`../../../src/platforms/${id}/readers.ts`)) as Record<string, unknown>;
  return Object.values(module).flatMap((value) => (Array.isArray(value) && value.every(isReader) ? value : []));
}

describe('platform registry', () => {
  it('lists exactly the platforms the rules know, each once', () => {
    expect(PLATFORM_DEFINITIONS.map((p) => p.id)).toEqual([...PLATFORMS]);
  });

  it('finds every platform by id, and refuses one it does not list', () => {
    for (const id of PLATFORMS) expect(platformDefinition(id).id).toBe(id);
    expect(() => platformDefinition('ebay' as never)).toThrow(/not registered/);
  });

  it('gives the worker every platform’s match patterns, and no pattern to two platforms', () => {
    expect(SELLER_MATCH_PATTERNS).toEqual(PLATFORM_DEFINITIONS.flatMap((p) => p.matchPatterns));
    expect(new Set(SELLER_MATCH_PATTERNS).size).toBe(SELLER_MATCH_PATTERNS.length);
  });

  it('keeps the manifest’s content scripts out of manifest.json (they are built from the registry)', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.content_scripts).toBeUndefined();
  });
});

describe.each(PLATFORM_DEFINITIONS.map((p) => [p.id, p] as const))('platform %s is complete', (id, platform) => {
  it('has match patterns, all https, that the worker’s sender check accepts', () => {
    expect(platform.matchPatterns.length).toBeGreaterThan(0);
    for (const pattern of platform.matchPatterns) expect(pattern).toMatch(/^https:\/\/[^/]+\/.*\*$/);
    const accepted = urlMatcher(SELLER_MATCH_PATTERNS);
    for (const pattern of platform.matchPatterns) expect(accepted(pattern.replace(/\*/g, 'x'))).toBe(true);
  });

  it('has a content entry in its own folder that starts the content script with its own platform and readers', () => {
    expect(platform.contentEntry).toBe(`src/platforms/${id}/content.ts`);
    const path = join(ROOT, platform.contentEntry);
    expect(existsSync(path)).toBe(true);
    const code = readFileSync(path, 'utf8');
    // The page's part of the definition only: hosts, picker facts and template languages stay off seller pages.
    expect(code).toMatch(/from '\.\/on-page'/);
    expect(code).not.toMatch(/from '\.\/platform'/);
    expect(code).toMatch(/from '\.\/readers'/);
    expect(code).toMatch(/startContentScript\(/);
  });

  it('has at least one reader, each of this platform, with a unique id', async () => {
    const readers = await readersOf(id);
    expect(readers.length).toBeGreaterThan(0);
    for (const reader of readers) expect(reader.platform).toBe(id);
    expect(new Set(readers.map((r) => r.id)).size).toBe(readers.length);
  });

  it('names its perspectives, seller first, and whom each side writes to', () => {
    const sides = perspectivesOf(id);
    expect(sides.length).toBeGreaterThan(0);
    for (const side of sides) expect(platform.perspectives[side]?.writesTo).toBeTruthy();
  });

  it('promises languages for every audience its templates are written for, and each template keeps the promise', () => {
    const templates = ALL_TEMPLATES.filter((t) => t.platform === id);
    for (const template of templates) {
      const promised = platform.templateLanguages[template.audience] ?? [];
      expect(promised.length, `${template.id} (${template.audience})`).toBeGreaterThan(0);
      expect(Object.keys(template.bodies).sort(), template.id).toEqual([...promised].sort());
    }
  });

  it('has message-box words, a name in both interface languages and a by-hand picker entry', () => {
    expect(platform.messageBoxWords).toBeInstanceOf(RegExp);
    expect(platform.name.en.trim()).not.toBe('');
    expect(platform.name.zh.trim()).not.toBe('');
    expect(platform.picker).toBeTypeOf('object');
    if (platform.picker.marketplaces) expect(platform.picker.marketplaces.length).toBeGreaterThan(0);
    if (platform.picker.platformFulfilment) expect(platform.picker.platformFulfilment.zh.trim()).not.toBe('');
  });

  it('has a page-mutation profile: the date its pages were saved at, its readers and status words', () => {
    const profile = PROFILES[id];
    expect(Number.isNaN(profile.now.getTime())).toBe(false);
    expect(profile.readers.length).toBeGreaterThan(0);
    expect(profile.statusWords.length).toBeGreaterThan(0);
  });

  it('has saved pages: a fixtures folder with at least one fixture at its real URL', () => {
    const folder = join(ROOT, 'test/fixtures', id);
    expect(existsSync(folder), `test/fixtures/${id}/`).toBe(true);
    const pages = readdirSync(folder).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(readFileSync(join(folder, page), 'utf8'), page).toMatch(/^<!--\s*url:\s*https:\/\//);
  });
});
