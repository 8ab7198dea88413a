// @vitest-environment node
/**
 * Every snapshot any reader gives on any fixture passes the worker's own message validation. A
 * snapshot the worker rejects shows as "could not read this order" in the browser (seen on every
 * AliExpress page when order dates were written without a time), which no reader test would notice.
 * And nothing a reader gives is lost on arrival: the worker goes on with the parsed snapshot, which
 * holds only the fields the schema names, so a field a reader sets but the schema lacks would never
 * reach the rules.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkSnapshot } from '../../../src/messages/validate';
import { fixturePages, makeParser } from '../mutation/pages';

const parser = makeParser();

/** A reader may write `field: undefined` (as absent as no key at all): compare without such keys. */
const withoutUndefined = <T extends object>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
afterAll(() => parser.close());

describe('reader snapshots are valid worker messages', () => {
  for (const page of fixturePages()) {
    it(page.name, () => {
      const doc = parser.parse(page.html);
      const root = page.reader.root(doc);
      const result = root ? page.reader.read(root, page.url) : { status: 'not-ready' as const };
      const snapshots = result.status === 'read' ? result.orders.map((o) => o.snapshot) : [];
      const checked = snapshots.map(checkSnapshot);
      expect(checked.filter((c) => !c.ok)).toEqual([]);
      expect(checked.map((c) => (c.ok ? withoutUndefined(c.value) : null))).toStrictEqual(snapshots.map(withoutUndefined));
    });
  }
});
