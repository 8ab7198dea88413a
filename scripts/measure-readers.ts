/**
 * Measures the page readers on the evidence fixtures: seller pages rebuilt from public evidence of what sellers see
 * (test/fixtures/<platform>/evidence/, each citing its sources in its leading comment), against what a correct
 * reader must produce (test/fixtures/evidence-expectations.json). Prints, per fixture and order, expected vs read,
 * and a total: "N of M read right, K unknown, W confidently wrong".
 *
 * The readers run as the content script runs them (src/content/start.ts, session.ts): the first reader of the
 * platform whose URL test matches, reading the whole document, a throw counted as an unreadable page. Declarative
 * shadow roots are attached as Chromium attaches them, and the page's own DOM classes are the globals while it is
 * read, as in the browser.
 *
 * A measurement, not a test: it exits 0 whatever the readers get wrong (exit 1 only for a malformed expectations
 * file or fixture), so it never fails the unit suite. Usage: npx tsx scripts/measure-readers.ts
 */
import { Window } from 'happy-dom';
import { alibaba1688Readers } from '../src/platforms/1688/readers';
import { aliexpressReaders } from '../src/platforms/aliexpress/readers';
import { amazonReaders } from '../src/platforms/amazon/readers';
import { shopifyReaders } from '../src/platforms/shopify/readers';
import type { PageReader, ReadResult } from '../src/platforms/types';
import { PLATFORMS, type OrderSnapshot, type Platform } from '../src/rules/types';
import { evidenceFixtureFiles, loadEvidenceExpectations, readEvidencePage, type ExpectedOrder } from '../test/fixtures/evidence';
import { attachDeclarativeShadowRoots } from '../test/unit/platforms/dom-fixtures';

const READERS: Record<Platform, readonly PageReader[]> = {
  amazon: amazonReaders,
  aliexpress: aliexpressReaders,
  '1688': alibaba1688Readers,
  shopify: shopifyReaders,
};

type Outcome = 'right' | 'unknown' | 'wrong';

/** The fields a correct reader must get, compared one by one. */
const FIELDS = ['stage', 'cancelRequested', 'fulfilledBy', 'marketplace', 'trackingNumberShown'] as const;
type Field = (typeof FIELDS)[number];
/** Fields the expectations name only where the page shows them; read anywhere else, they are wrong. */
const SHOWN_ONLY_WHERE_EXPECTED: ReadonlySet<Field> = new Set(['trackingNumberShown']);

interface FieldCheck {
  field: Field;
  expected: string;
  read: string;
  state: 'same' | 'missing' | 'different';
}

function checkField(field: Field, expected: ExpectedOrder, snapshot: OrderSnapshot): FieldCheck | null {
  const want = expected[field];
  const got = snapshot[field];
  if (want === undefined) {
    // A fact the page does not show must stay unread: a reader that fills it in guessed.
    if (!SHOWN_ONLY_WHERE_EXPECTED.has(field) || got === undefined) return null;
    return { field, expected: '—', read: String(got), state: 'different' };
  }
  const state = got === undefined || (field === 'stage' && got === 'unknown') ? 'missing' : got === want ? 'same' : 'different';
  return { field, expected: String(want), read: got === undefined ? '—' : String(got), state };
}

/**
 * Right: every expected field read as expected. Unknown: nothing read for the order, its stage unknown (the verdict
 * is then unknown whatever else was read), or a field missing with nothing contradicted. Wrong: a known stage with
 * any field read differently, e.g. a buyer's request missed, which the seller would act on.
 */
function outcomeOf(checks: FieldCheck[]): Outcome {
  if (checks.some((c) => c.field === 'stage' && c.state === 'missing')) return 'unknown';
  if (checks.some((c) => c.state === 'different')) return 'wrong';
  return checks.every((c) => c.state === 'same') ? 'right' : 'unknown';
}

/** The page's DOM classes as globals while it is read, as in the browser (a reader may use NodeFilter, Node, …). */
const PAGE_GLOBALS = ['Node', 'NodeFilter', 'Element', 'HTMLElement', 'ShadowRoot', 'DocumentFragment', 'Text'] as const;

function withPageGlobals<T>(window: Window, read: () => T): T {
  const scope = globalThis as Record<string, unknown>;
  const page = window as unknown as Record<string, unknown>;
  const saved = PAGE_GLOBALS.map((name) => [name, scope[name]] as const);
  for (const name of PAGE_GLOBALS) scope[name] = page[name];
  try {
    return read();
  } finally {
    for (const [name, value] of saved) scope[name] = value;
  }
}

interface PageRead {
  readerId: string | null;
  result: ReadResult | null;
}

async function readFixture(file: string): Promise<PageRead> {
  const { html, href } = readEvidencePage(file);
  const platform = file.split('/')[0] as Platform;
  if (!PLATFORMS.includes(platform)) throw new Error(`${file}: no platform folder`);
  const url = new URL(href);
  const reader = READERS[platform].find((r) => r.matches(url));
  if (!reader) return { readerId: null, result: null };
  const window = new Window({
    url: href,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    window.document.write(html);
    const document = window.document as unknown as Document;
    attachDeclarativeShadowRoots(document);
    const result = withPageGlobals(window, (): ReadResult => {
      try {
        return reader.read(document, url);
      } catch {
        return { status: 'unreadable', missing: ['order'], note: { en: 'The reader threw.', zh: '读取器出错。' } };
      }
    });
    return { readerId: reader.id, result };
  } finally {
    await window.happyDOM.close();
  }
}

function describePage(page: PageRead): string {
  if (!page.readerId) return 'no reader matches this URL';
  const result = page.result;
  if (!result) return `reader ${page.readerId}`;
  if (result.status === 'read') return `reader ${page.readerId}: read ${result.orders.length} order(s)`;
  if (result.status === 'unreadable') return `reader ${page.readerId}: unreadable (${result.missing.join(', ')})`;
  return `reader ${page.readerId}: not ready (keeps waiting, then gives up)`;
}

function formatChecks(checks: FieldCheck[]): string {
  return checks
    .map((c) => (c.state === 'same' ? `${c.field} ${c.expected} ✓` : `${c.field} ${c.expected} ✗ read ${c.read}`))
    .join('; ');
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
      const snapshot = snapshots.find((s) => s.orderId === expected.orderId);
      let outcome: Outcome = 'unknown';
      let detail = 'not read';
      if (snapshot) {
        const checks = FIELDS.map((f) => checkField(f, expected, snapshot)).filter((c): c is FieldCheck => c !== null);
        outcome = outcomeOf(checks);
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
