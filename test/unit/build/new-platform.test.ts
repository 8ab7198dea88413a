// The platform scaffold, checked on what it generates, without touching the tree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identifierOf, nextSteps, platformFiles, withRegistryEntry } from '../../../scripts/new-platform';

const ROOT = join(__dirname, '../../..');
const registrySource = readFileSync(join(ROOT, 'src/platforms/registry.ts'), 'utf8');

describe('npm run new:platform', () => {
  const files = platformFiles('mercado-libre');

  it('writes the platform folder, a failing reader test and a fixtures folder, nothing else', () => {
    expect(Object.keys(files).sort()).toEqual([
      'src/platforms/mercado-libre/README.md',
      'src/platforms/mercado-libre/content.ts',
      'src/platforms/mercado-libre/on-page.ts',
      'src/platforms/mercado-libre/order-page.ts',
      'src/platforms/mercado-libre/platform.ts',
      'src/platforms/mercado-libre/readers.ts',
      'src/platforms/mercado-libre/selectors.ts',
      'test/fixtures/mercado-libre/README.md',
      'test/unit/platforms/mercado-libre/mutation.ts',
      'test/unit/platforms/mercado-libre/order-page.test.ts',
    ]);
  });

  it('makes a definition whose content entry is the file it writes, and leaves the facts to fill in', () => {
    const platform = files['src/platforms/mercado-libre/platform.ts']!;
    expect(platform).toContain('export const mercadoLibre: PlatformDefinition = {');
    expect(platform).toContain("contentEntry: 'src/platforms/mercado-libre/content.ts'");
    // The page's part, spread in: the content script imports that part alone.
    expect(platform).toContain("import { mercadoLibreOnPage } from './on-page.ts';");
    expect(platform).toContain('  ...mercadoLibreOnPage,');
    const onPage = files['src/platforms/mercado-libre/on-page.ts']!;
    expect(onPage).toContain('export const mercadoLibreOnPage: PagePlatform = {');
    expect(onPage).toContain("id: 'mercado-libre'");
    // Empty until filled in from real pages: the registry test fails on both.
    expect(onPage).toContain("name: { en: '', zh: '' }");
    expect(platform).toContain('matchPatterns: []');
  });

  it('starts the content script with its own platform and readers only', () => {
    const content = files['src/platforms/mercado-libre/content.ts']!;
    expect(content).toContain("from './on-page'");
    expect(content).not.toContain("from './platform'");
    expect(content).toContain("from './readers'");
    expect(content).toContain('startContentScript(mercadoLibreOnPage, mercadoLibreReaders);');
    expect(content).not.toMatch(/from '[^']*registry'/);
  });

  it('reads through the shared text helpers and never guesses a stage', () => {
    const reader = files['src/platforms/mercado-libre/order-page.ts']!;
    expect(reader).toContain("import { matchKey, textOf } from '../text';");
    expect(reader).toContain("?? 'unknown'");
  });

  it('writes a reader test that cannot pass until a saved page reads to a real order', () => {
    const test = files['test/unit/platforms/mercado-libre/order-page.test.ts']!;
    expect(test).toContain("loadFixture('mercado-libre', fixture)");
    expect(test).toContain("orderId: ''");
    expect(test).toContain(".not.toBe('')");
    expect(test).toContain("toMatchObject({ platform: 'mercado-libre', orderId, stage })");
  });

  it('adds one import and one list line to the registry, and refuses to add them twice', () => {
    const next = withRegistryEntry(registrySource, 'mercado-libre');
    const added = next.split('\n').filter((line) => !registrySource.split('\n').includes(line));
    expect(added).toEqual(["import { mercadoLibre } from './mercado-libre/platform.ts';", '  mercadoLibre,']);
    expect(next.indexOf('  mercadoLibre,')).toBeLessThan(next.indexOf('// new:platform adds its line above this one'));
    expect(() => withRegistryEntry(next, 'mercado-libre')).toThrow(/registered already/);
  });

  it('refuses names that cannot be a folder and a manifest entry, and names digits-first ids', () => {
    for (const bad of ['', 'Mercado', 'mercado libre', '../x', '-x', 'x-']) expect(() => platformFiles(bad), bad).toThrow();
    expect(identifierOf('1688')).toBe('platform1688');
  });

  it('tells what is left outside the folder: the rules’ vocabulary and the rule table', () => {
    const steps = nextSteps('mercado-libre').join('\n');
    expect(steps).toContain('src/rules/types.ts');
    expect(steps).toContain('src/rules/tables/mercado-libre.ts');
  });
});
