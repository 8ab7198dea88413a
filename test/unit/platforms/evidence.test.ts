// The readers on pages rebuilt from public evidence of what sellers see (test/fixtures/<platform>/evidence/), held
// to what a correct reader must produce (evidence-expectations.json, written from the evidence, not from the
// readers). The same reading as `npx tsx scripts/measure-readers.ts`; here every order must read right, a fact the
// page does not show must stay unread, and nothing may be confidently wrong.
import { afterAll, describe, expect, it } from 'vitest';
import { loadEvidenceExpectations } from '../../fixtures/evidence';
import { judgeOrder, readFixture, type PageRead } from '../../fixtures/evidence-read';

const fixtures = loadEvidenceExpectations();
const outcomes = { right: 0, unknown: 0, wrong: 0 };

describe('readers on the evidence pages', () => {
  for (const fixture of fixtures) {
    describe(`${fixture.file} [${fixture.interfaceLanguage}]`, () => {
      let page: PageRead | undefined;
      const read = async (): Promise<PageRead> => (page ??= await readFixture(fixture.file));

      it('a reader takes the page and reads exactly its orders', async () => {
        const { readerId, result } = await read();
        expect(readerId, 'no reader matches the URL').not.toBeNull();
        expect(result?.status).toBe('read');
        const ids = result?.status === 'read' ? result.orders.map((o) => o.snapshot.orderId).sort() : [];
        expect(ids).toEqual(fixture.orders.map((o) => o.orderId).sort());
      });

      for (const expected of fixture.orders) {
        it(`${expected.orderId} reads right`, async () => {
          const { outcome, checks } = judgeOrder(expected, await read());
          outcomes[outcome] += 1;
          const wrongOrMissing = checks.filter((c) => c.state !== 'same');
          expect(wrongOrMissing, `${fixture.variant}`).toEqual([]);
          expect(outcome).toBe('right');
        });
      }
    });
  }

  afterAll(() => {
    // The number the issue measures: a verdict built on a wrong read is the one failure a seller cannot see.
    expect(outcomes.wrong).toBe(0);
  });
});
