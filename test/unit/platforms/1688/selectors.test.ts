// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as selectors from '../../../../src/platforms/1688/selectors';
import { deepQueryAll } from '../../../../src/platforms/dom';
import { FIXTURES_1688, load1688 } from './load-fixture';

const exports = selectors as unknown as Record<string, unknown>;
/** [NAME, selector, expected counts] for every selector that has a `NAME_` twin. */
const twins = Object.keys(exports)
  .filter((name) => typeof exports[name] === 'string' && `${name}_` in exports)
  .map((name) => [name, exports[name] as string, exports[`${name}_`] as Record<string, number>] as const);

describe('1688 selectors match the saved pages as declared', () => {
  it('every selector has an expected-count twin', () => {
    expect(twins.map(([name]) => name).sort()).toEqual([
      'CLICKABLE',
      'ORDER_ROW',
      'PRODUCT_NAME',
      'ROW_DATE',
      'ROW_ORDER_ID',
      'ROW_STATUS',
      'ROW_TRADE_ID_INPUT',
    ]);
  });

  for (const fixture of FIXTURES_1688) {
    it(fixture, () => {
      const { document } = load1688(fixture);
      const counts = Object.fromEntries(twins.map(([name, sel]) => [name, deepQueryAll(document, sel).length]));
      const expected = Object.fromEntries(twins.map(([name, , twin]) => [name, twin[fixture]]));
      expect(counts).toEqual(expected);
    });
  }
});
