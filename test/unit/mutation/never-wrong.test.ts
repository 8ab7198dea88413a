// @vitest-environment node
/**
 * Never confidently wrong, under layout drift: every fixture, 200 seeded variants each (one to three
 * random mutations: remove, rename, reorder, re-word), read and judged like the extension does. Each
 * order's verdict must stay what the unmutated page gives, or become `unknown`, or the order drops
 * out; a different answer is a contradiction, and there must be none. A variant that once
 * contradicted is kept in regressions.test.ts with the reader fix it led to.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mutate } from './mutate';
import { fixturePages, isEmptyPage, judge, makeParser, tell, type Judgement } from './pages';
import { rng, seedOf } from './prng';

const VARIANTS = 200;
const parser = makeParser();
afterAll(() => parser.close());

interface Row {
  fixture: string;
  variants: number;
  counts: Record<Judgement, number>;
}
const rows: Row[] = [];

afterAll(() => {
  const header = ['fixture', 'variants', 'same', 'unknown', 'absent', 'contradicting'];
  const lines = rows.map((r) =>
    [r.fixture, r.variants, r.counts.same, r.counts.unknown, r.counts.absent, r.counts.contradicting].map(String),
  );
  const total = rows.reduce(
    (t, r) => ({
      v: t.v + r.variants,
      s: t.s + r.counts.same,
      u: t.u + r.counts.unknown,
      a: t.a + r.counts.absent,
      c: t.c + r.counts.contradicting,
    }),
    { v: 0, s: 0, u: 0, a: 0, c: 0 },
  );
  lines.push(['total', total.v, total.s, total.u, total.a, total.c].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(['mutation suite (same/unknown/absent/contradicting count order readings)', fmt(header), ...lines.map(fmt)].join('\n'));
});

describe('readers under layout drift', () => {
  for (const page of fixturePages()) {
    // ~0.3 s per fixture on an idle machine; the bound is for a machine busy with other suites.
    it(`${page.name}: ${VARIANTS} variants, no contradiction`, { timeout: 30_000 }, () => {
      const doc = parser.parse(page.html);
      const original = tell(page, doc);
      if (isEmptyPage(page.name)) expect(original.status).not.toBe('read');
      else expect(original.status).toBe('read');
      const counts: Record<Judgement, number> = { same: 0, unknown: 0, absent: 0, contradicting: 0 };
      const failures: string[] = [];
      for (let i = 0; i < VARIANTS; i++) {
        const { applied, undo } = mutate(doc, page.platform, rng(seedOf(page.name, i)));
        const variant = tell(page, doc);
        undo();
        for (const j of judge(original, variant)) {
          counts[j.judgement]++;
          if (j.judgement === 'contradicting' && failures.length < 8)
            failures.push(
              `variant ${i} order ${j.orderId}: ${JSON.stringify(j.was)} → ${JSON.stringify(j.told)} after ${JSON.stringify(applied)}`,
            );
        }
      }
      rows.push({ fixture: page.name, variants: VARIANTS, counts });
      // Every variant was undone: the page must read exactly as before, or the counts mean nothing.
      expect(tell(page, doc)).toEqual(original);
      expect(failures).toEqual([]);
    });
  }
});
