// @vitest-environment node
/**
 * Never confidently wrong, under wording drift (wording.ts): every saved page and every evidence page, seeded variants
 * whose words are written another way (case, accents, spacing, a synonym the evidence names, label lines swapped).
 * Each order's verdict must stay what the unmutated page gives, or become `unknown`; a different answer is a
 * contradiction, and there must be none. Beside it, the share read the same shows how much of the drift the readers
 * read by meaning; the table is printed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadEvidenceExpectations } from '../../fixtures/evidence';
import { fixturePages, isEmptyPage, judge, makeParser, tell, type Judgement } from './pages';
import { rng, seedOf } from './prng';
import { reword, type WordingKind } from './wording';

const VARIANTS = 100;
const parser = makeParser();
afterAll(() => parser.close());

const totals: Record<Judgement, number> = { same: 0, unknown: 0, absent: 0, contradicting: 0 };
const byKind = new Map<WordingKind, Record<Judgement, number>>();
/** The kinds of change each page's variants received, to check every interface language gets its drift. */
const kindsByPage = new Map<string, Set<WordingKind>>();

afterAll(() => {
  const lines = [...byKind].map(
    ([kind, c]) => `${kind.padEnd(12)} same ${c.same}  unknown ${c.unknown}  absent ${c.absent}  contradicting ${c.contradicting}`,
  );
  lines.push(
    `${'total'.padEnd(12)} same ${totals.same}  unknown ${totals.unknown}  absent ${totals.absent}  contradicting ${totals.contradicting}`,
  );
  console.log(['wording drift (order readings, by the kind of change in the variant)', ...lines].join('\n'));
});

describe('readers under wording drift', () => {
  for (const page of fixturePages({ evidence: true })) {
    if (isEmptyPage(page.name)) continue;
    it(`${page.name}: ${VARIANTS} reworded variants, no contradiction`, { timeout: 30_000 }, () => {
      const doc = parser.parse(page.html);
      const original = tell(page, doc);
      expect(original.status).toBe('read');
      const failures: string[] = [];
      for (let i = 0; i < VARIANTS; i++) {
        const { applied, undo } = reword(doc, page.platform, rng(seedOf(`wording:${page.name}`, i)));
        const kinds = kindsByPage.get(page.name) ?? new Set<WordingKind>();
        for (const one of applied) kinds.add(one.kind);
        kindsByPage.set(page.name, kinds);
        const variant = tell(page, doc);
        undo();
        for (const j of judge(original, variant)) {
          totals[j.judgement]++;
          for (const kind of new Set(applied.map((a) => a.kind))) {
            const counts = byKind.get(kind) ?? { same: 0, unknown: 0, absent: 0, contradicting: 0 };
            counts[j.judgement]++;
            byKind.set(kind, counts);
          }
          if (j.judgement === 'contradicting' && failures.length < 8)
            failures.push(
              `variant ${i} order ${j.orderId}: ${JSON.stringify(j.was)} → ${JSON.stringify(j.told)} after ${JSON.stringify(applied)}`,
            );
        }
      }
      expect(tell(page, doc)).toEqual(original);
      expect(failures).toEqual([]);
    });
  }

  it('every interface language of the evidence pages gets case and spacing drift; the new languages their synonyms and accents', () => {
    const byLanguage = new Map<string, Set<WordingKind>>();
    for (const fixture of loadEvidenceExpectations()) {
      const kinds = byLanguage.get(fixture.interfaceLanguage) ?? new Set<WordingKind>();
      for (const kind of kindsByPage.get(fixture.file) ?? []) kinds.add(kind);
      byLanguage.set(fixture.interfaceLanguage, kinds);
    }
    for (const [lang, kinds] of byLanguage) {
      expect([...kinds], lang).toContain('case');
      expect([...kinds], lang).toContain('whitespace');
    }
    // Swedish (Olevererat/Olevererade, Annullerade/Annullerad, "Väntande" typed without its accent) and the en_AE
    // "Undispatched" page (Unshipped/Undispatched).
    expect([...(kindsByPage.get('amazon/evidence/manage-orders-sv-ui.html') ?? [])]).toEqual(
      expect.arrayContaining(['synonym', 'diacritics']),
    );
    expect([...(kindsByPage.get('amazon/evidence/details-en-ae-undispatched.html') ?? [])]).toContain('synonym');
  });

  it('the readers read most wording drift by meaning, not only as unknown', () => {
    // Case, accents, spacing and evidenced synonyms are what matching by meaning is for: most variants read the same.
    const judged = totals.same + totals.unknown;
    expect(judged).toBeGreaterThan(0);
    expect(totals.same / judged).toBeGreaterThan(0.9);
  });
});
