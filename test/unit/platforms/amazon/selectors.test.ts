// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest';
import * as selectors from '../../../../src/platforms/amazon/selectors';
import { loadAmazonFixture, type LoadedPage } from './fixture';

type Expectations = ReadonlyArray<readonly [number, string]>;
const table = selectors as unknown as Record<string, string | readonly string[] | Expectations>;
const names = Object.keys(table).filter((name) => !name.endsWith('_'));

const pages = new Map<string, LoadedPage>();
function page(fileName: string): LoadedPage {
  let loaded = pages.get(fileName);
  if (!loaded) {
    loaded = loadAmazonFixture(fileName);
    pages.set(fileName, loaded);
  }
  return loaded;
}
afterAll(async () => {
  for (const loaded of pages.values()) await loaded.close();
});

describe('Amazon selectors match the saved pages', () => {
  it('exports selectors', () => expect(names.length).toBeGreaterThan(10));

  for (const name of names) {
    const selector = table[name] as string | readonly string[];
    const expectations = table[`${name}_`] as Expectations | undefined;
    it(`${name} has fixtures listed`, () => {
      expect(expectations?.length ?? 0).toBeGreaterThan(0);
      expect(expectations?.some(([count]) => count > 0)).toBe(true);
    });
    for (const [count, fixture] of expectations ?? []) {
      it(`${name} matches ${count} in ${fixture}`, () => {
        const css = typeof selector === 'string' ? selector : selector.join(',');
        expect(page(fixture).document.querySelectorAll(css).length).toBe(count);
      });
    }
  }
});
