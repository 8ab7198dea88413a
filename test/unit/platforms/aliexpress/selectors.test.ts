// Every selector in selectors.ts must match the number of elements its `<name>_` twin expects in each fixture.
import { afterAll, describe, expect, test } from 'vitest';
import * as selectors from '../../../../src/platforms/aliexpress/selectors';
import { fixtureNames, loadFixture, type LoadedFixture } from './fixture';

const loaded = new Map<string, LoadedFixture>();
const fixture = (name: string): LoadedFixture => {
  const existing = loaded.get(name);
  if (existing) return existing;
  const f = loadFixture(name);
  loaded.set(name, f);
  return f;
};
afterAll(async () => {
  for (const f of loaded.values()) await f.close();
});

const table = selectors as unknown as Record<string, unknown>;
const pairs = Object.keys(table)
  .filter((k) => !k.endsWith('_') && typeof table[k] === 'string')
  .map((k) => [k, table[k] as string, table[`${k}_`] as Record<string, number> | undefined] as const);

describe('aliexpress selectors match their fixtures', () => {
  test('every selector has a count twin naming real fixtures', () => {
    const names = fixtureNames();
    for (const [name, , counts] of pairs) {
      expect(counts, `${name}_ is missing`).toBeDefined();
      for (const file of Object.keys(counts ?? {})) expect(names, `${name}_ names ${file}`).toContain(file);
    }
  });

  for (const [name, selector, counts] of pairs) {
    for (const [file, expected] of Object.entries(counts ?? {})) {
      test(`${name} in ${file}`, () => {
        expect(fixture(file).document.querySelectorAll(selector).length).toBe(expected);
      });
    }
  }
});
