/**
 * Measures the page readers on the evidence fixtures: seller pages rebuilt from public evidence of what sellers see
 * (test/fixtures/<platform>/evidence/, each citing its sources in its leading comment), against what a correct
 * reader must produce (test/fixtures/evidence-expectations.json). Prints, per fixture and order, expected vs read,
 * and a total: "N of M read right, K unknown, W confidently wrong". How a page is read and an order judged:
 * test/fixtures/evidence-read.ts, which the unit test test/unit/platforms/evidence.test.ts shares.
 *
 * A measurement, not a test: it exits 0 whatever the readers get wrong (exit 1 only for a malformed expectations
 * file or fixture). Usage: npx tsx scripts/measure-readers.ts
 */
import { evidenceFixtureFiles, loadEvidenceExpectations } from '../test/fixtures/evidence';
import { judgeOrder, readFixture, type FieldCheck, type Outcome, type PageRead } from '../test/fixtures/evidence-read';

function describePage(page: PageRead): string {
  if (!page.readerId) return 'no reader matches this URL';
  const result = page.result;
  if (!result) return `reader ${page.readerId}`;
  if (result.status === 'read') return `reader ${page.readerId}: read ${result.orders.length} order(s)`;
  if (result.status === 'unreadable') return `reader ${page.readerId}: unreadable (${result.missing.join(', ')})`;
  return `reader ${page.readerId}: not ready (keeps waiting, then gives up)`;
}

function formatChecks(checks: FieldCheck[]): string {
  return checks.map((c) => (c.state === 'same' ? `${c.field} ${c.expected} ✓` : `${c.field} ${c.expected} ✗ read ${c.read}`)).join('; ');
}

async function main(): Promise<void> {
  const fixtures = loadEvidenceExpectations();
  const unmeasured = evidenceFixtureFiles().filter((file) => !fixtures.some((f) => f.file === file));
  if (unmeasured.length) throw new Error(`evidence pages without expectations: ${unmeasured.join(', ')}`);
  const totals: Record<Outcome, number> = { right: 0, unknown: 0, wrong: 0 };
  const byPlatform = new Map<string, Record<Outcome, number>>();

  for (const fixture of fixtures) {
    const page = await readFixture(fixture.file);
    const snapshots = page.result?.status === 'read' ? page.result.orders.map((o) => o.snapshot) : [];
    console.log(`\n${fixture.file}  [${fixture.interfaceLanguage}] ${fixture.variant}`);
    console.log(`  ${describePage(page)}`);
    const platform = fixture.file.split('/')[0] ?? '';
    const platformTotals = byPlatform.get(platform) ?? { right: 0, unknown: 0, wrong: 0 };
    byPlatform.set(platform, platformTotals);

    for (const expected of fixture.orders) {
      const { outcome, checks, snapshot } = judgeOrder(expected, page);
      let detail = 'not read';
      if (snapshot) {
        detail = `${formatChecks(checks)}  (status read: "${snapshot.nativeStatus}"${
          snapshot.source.missing.length ? `; missing: ${snapshot.source.missing.join(', ')}` : ''
        })`;
      }
      totals[outcome] += 1;
      platformTotals[outcome] += 1;
      console.log(`  ${expected.orderId.padEnd(20)} ${outcome.toUpperCase().padEnd(8)} ${detail}`);
    }
    const extra = snapshots.filter((s) => !fixture.orders.some((o) => o.orderId === s.orderId));
    for (const s of extra) console.log(`  ${s.orderId.padEnd(20)} EXTRA    read an order the page does not have (stage ${s.stage})`);
  }

  const line = (t: Record<Outcome, number>): string => {
    const all = t.right + t.unknown + t.wrong;
    return `${t.right} of ${all} read right, ${t.unknown} unknown, ${t.wrong} confidently wrong`;
  };
  console.log('\nBy platform:');
  for (const [platform, t] of byPlatform) console.log(`  ${platform.padEnd(11)} ${line(t)}`);
  console.log(`\nTotal: ${line(totals)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
