// @vitest-environment node
/**
 * Every snapshot any reader gives on any fixture passes the worker's own message validation. A
 * snapshot the worker rejects shows as "could not read this order" in the browser (seen on every
 * AliExpress page when order dates were written without a time), which no reader test would notice.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkSnapshot } from '../../../src/messages/validate';
import { fixturePages, makeParser } from '../mutation/pages';

const parser = makeParser();
afterAll(() => parser.close());

describe('reader snapshots are valid worker messages', () => {
  for (const page of fixturePages()) {
    it(page.name, () => {
      const doc = parser.parse(page.html);
      const root = page.reader.root(doc);
      const result = root ? page.reader.read(root, page.url) : { status: 'not-ready' as const };
      const errors = result.status === 'read' ? result.orders.map((o) => checkSnapshot(o.snapshot)).filter((c) => !c.ok) : [];
      expect(errors).toEqual([]);
    });
  }
});
