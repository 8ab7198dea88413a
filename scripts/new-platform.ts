/**
 * `npm run new:platform -- NAME` scaffolds a platform: its folder under src/platforms/ (definition, content entry,
 * readers, a reader with its selectors, a README on markup evidence), a unit test that fails until a saved page
 * reads to a real snapshot, its page-mutation profile, a fixtures folder, and its entry in src/platforms/registry.ts.
 * Then it lists what the platform still needs outside its folders (the rules' vocabulary and its rule table).
 *
 * `platformFiles` and `withRegistryEntry` are pure (a unit test checks what they generate); only `main` touches the tree.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Platform ids are lower-case words (digits and inner hyphens allowed): they name folders and manifest entries. */
export const PLATFORM_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The name's TypeScript identifier: 'mercado-libre' → 'mercadoLibre'; one that starts with a digit gets a prefix. */
export function identifierOf(name: string): string {
  const camel = name.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
  return /^\d/.test(camel) ? `platform${camel}` : camel;
}

/** Every new file, by path relative to the project root. */
export function platformFiles(name: string): Record<string, string> {
  if (!PLATFORM_NAME.test(name)) throw new Error(`not a platform name: ${JSON.stringify(name)} (lower-case letters, digits, hyphens)`);
  const id = identifierOf(name);
  const dir = `src/platforms/${name}`;
  return {
    [`${dir}/platform.ts`]: `/**
 * ${name}: everything the rest of the extension knows about the platform (see PlatformDefinition in ../types.ts).
 * Light data only: the worker and the popup read it through the registry, so no reader code is imported here.
 * test/unit/platforms/registry.test.ts fails until every field below is filled in from the platform's real pages.
 */
import type { PlatformDefinition } from '../types';
import { ${id}OnPage } from './on-page.ts';

export const ${id}: PlatformDefinition = {
  ...${id}OnPage,
  // The hosts of the order pages, as manifest match patterns (https://host/path*); the readers pick order pages by path.
  matchPatterns: [],
  contentEntry: '${dir}/content.ts',
  // The sides whose pages we read, and whom a person on each side writes to.
  perspectives: { seller: { writesTo: 'buyer' } },
  // Per audience its templates are written for, in fallback order; empty until the platform has templates.
  templateLanguages: {},
  picker: {},
};
`,
    [`${dir}/on-page.ts`]: `/**
 * What the ${name} content script needs of the platform's definition on a seller page (PagePlatform in ../types.ts);
 * platform.ts spreads it into the whole definition, whose other fields stay out of the script seller pages load.
 */
import type { PagePlatform } from '../types';

export const ${id}OnPage: PagePlatform = {
  id: '${name}',
  // As sellers know it, in English and in Simplified Chinese.
  name: { en: '', zh: '' },
  // Words that name the page's message input (label, placeholder, aria text) in the languages its pages come in.
  messageBoxWords: /\\bmessage\\b/i,
};
`,
    [`${dir}/readers.ts`]: `/** The ${name} page readers, in the order the content script should try them. */
import type { PageReader } from '../types';
import { orderPageReader } from './order-page';

export const ${id}Readers: PageReader[] = [orderPageReader];
`,
    [`${dir}/content.ts`]: `// ${name} content script; the manifest entry is built from the registry (vite.config.ts).
import { startContentScript } from '../../content/start';
import { ${id}OnPage } from './on-page';
import { ${id}Readers } from './readers';

startContentScript(${id}OnPage, ${id}Readers);
`,
    [`${dir}/selectors.ts`]: `/**
 * What the ${name} reader relies on. Each selector comes from the saved pages in test/fixtures/${name}/ (see
 * README.md for where that markup evidence must come from). Prefer ids, roles and labels to class names that carry
 * build hashes.
 */

/** The element that holds the order once the page has rendered it. */
export const ORDER_ROOT = 'main';

/** The order's number, as the page writes it. */
export const ORDER_ID = '[data-order-id]';

/** The order's status word. */
export const ORDER_STATUS = '[data-order-status]';
`,
    [`${dir}/order-page.ts`]: `/**
 * The ${name} order page: the order id and the status word, read as text. A status word the table below does not
 * list reads as stage 'unknown' with 'stage' missing: the verdict then says it cannot tell, never a guess.
 */
import type { OrderSnapshot, Stage } from '../../rules/types';
import { urlMatcher } from '../match-pattern';
import { matchKey, textOf } from '../text';
import type { PageReader, ReadResult } from '../types';
import { ${id} } from './platform';
import { ORDER_ID, ORDER_ROOT, ORDER_STATUS } from './selectors';

const READER_ID = '${name}/order-page';

/** Status words as the pages write them, each with its source, keyed by matchKey (as every vocabulary is). */
const STAGES: ReadonlyMap<string, Stage> = new Map<string, Stage>([]);

const onOrderPage = urlMatcher(${id}.matchPatterns);

export const orderPageReader: PageReader = {
  id: READER_ID,
  platform: '${name}',
  kind: 'detail',
  matches: (url) => onOrderPage(url.href),
  root: (doc) => doc.querySelector(ORDER_ROOT),
  read(root, url): ReadResult {
    const orderId = textOf(root.querySelector(ORDER_ID));
    if (orderId === '') return { status: 'not-ready' };
    const nativeStatus = textOf(root.querySelector(ORDER_STATUS));
    const stage = STAGES.get(matchKey(nativeStatus)) ?? 'unknown';
    const snapshot: OrderSnapshot = {
      platform: '${name}',
      perspective: 'seller',
      orderId,
      stage,
      nativeStatus,
      cancelRequested: false,
      source: { url: url.href, reader: READER_ID, missing: stage === 'unknown' ? ['stage'] : [] },
    };
    return { status: 'read', orders: [{ snapshot, mount: null }] };
  },
};
`,
    [`${dir}/README.md`]: `# ${name}

Where the markup evidence for this platform's readers must come from:

- **Saved pages** of the real order pages, one per order state, in \`test/fixtures/${name}/\`. Each starts with
  \`<!-- url: https://… -->\` (the page's real address) and carries synthetic names, addresses and order ids only.
- **The platform's own documentation** (seller help pages) for status words and their meaning; cite it next to
  each word in the reader's status table, and on the rule rows it decides.
- Never a guess: a selector or a status word that no saved page shows does not go in. Unknown beats wrong.

Each selector in \`selectors.ts\` must match the saved pages it names; the reader test
(\`test/unit/platforms/${name}/\`) reads every saved page to the snapshot it must give.
`,
    [`test/unit/platforms/${name}/order-page.test.ts`]: `// @vitest-environment happy-dom
// Fails until the ${name} reader reads a saved page to a real snapshot: add the page, then its expected order below.
import { describe, expect, it } from 'vitest';
import { ${id}Readers } from '../../../../src/platforms/${name}/readers';
import type { Stage } from '../../../../src/rules/types';
import { loadFixture } from '../dom-fixtures';

/** Saved pages in test/fixtures/${name}/ (without .html), each with the order it shows. */
const PAGES: ReadonlyArray<{ fixture: string; orderId: string; stage: Stage }> = [
  { fixture: 'order-awaiting-shipment', orderId: '', stage: 'awaiting-shipment' },
];

describe('${name} readers on saved pages', () => {
  it.each(PAGES)('$fixture reads to its order', ({ fixture, orderId, stage }) => {
    const page = loadFixture('${name}', fixture);
    const reader = ${id}Readers.find((r) => r.matches(page.url));
    expect(reader, 'a reader for the page URL').toBeDefined();
    const result = reader!.read(reader!.root(page.document) ?? page.document, page.url);
    expect(result.status).toBe('read');
    if (result.status !== 'read') return;
    const { snapshot } = result.orders[0]!;
    expect(orderId, 'the expected order id').not.toBe('');
    expect(snapshot).toMatchObject({ platform: '${name}', orderId, stage });
    expect(snapshot.source.missing).toEqual([]);
  });
});
`,
    [`test/unit/platforms/${name}/mutation.ts`]: `// What the page-mutation tests (test/unit/mutation/) need to know about ${name}'s saved pages.
import { ${id}Readers } from '../../../../src/platforms/${name}/readers';
import type { MutationProfile } from '../../mutation/profile';

export const mutationProfile: MutationProfile = {
  // When the saved pages were saved (their dates are written around it); the registry test fails until it is set.
  now: new Date(Number.NaN),
  readers: ${id}Readers,
  // The status words of the reader's vocabulary.
  statusWords: [],
  // Words whose mere presence states a fact (a cancellation request, fulfilment by the platform); none yet.
  signals: /(?!)/u,
};
`,
    [`test/fixtures/${name}/README.md`]: `Saved ${name} order pages, one per order state: \`<state>.html\`, starting with \`<!-- url: https://… -->\`.
Synthetic names only. See src/platforms/${name}/README.md for where the markup must come from.
`,
  };
}

const REGISTRY = 'src/platforms/registry.ts';
const LIST_END = '  // new:platform adds its line above this one\n';

/** The registry's source with the platform's import and its line in the list added. */
export function withRegistryEntry(source: string, name: string): string {
  const id = identifierOf(name);
  // With its extension: vite.config.ts reads the registry through Vite's native config loader.
  const importLine = `import { ${id} } from './${name}/platform.ts';\n`;
  if (source.includes(importLine)) throw new Error(`${name} is registered already`);
  const lastImport = source.lastIndexOf("/platform.ts';\n");
  if (lastImport < 0 || !source.includes(LIST_END)) throw new Error(`${REGISTRY} has lost its markers`);
  const afterImports = lastImport + "/platform.ts';\n".length;
  const withImport = source.slice(0, afterImports) + importLine + source.slice(afterImports);
  return withImport.replace(LIST_END, `  ${id},\n${LIST_END}`);
}

/** What the person still has to do, outside the platform's own folders. */
export function nextSteps(name: string): string[] {
  return [
    `add '${name}' to PLATFORMS in src/rules/types.ts (the rules' vocabulary; the compiler points there until it is)`,
    `write its rule table src/rules/tables/${name}.ts (each row with its sources), list it in src/rules/tables/index.ts, ` +
      'add a scenario per row to test/unit/rules/scenarios.ts, then npm run rules:doc',
    `save its order pages in test/fixtures/${name}/ and fill in src/platforms/${name}/ until ` +
      `test/unit/platforms/${name}/ and test/unit/platforms/registry.test.ts pass`,
    `give the page-mutation tests its fixture date, status words and signals in test/unit/platforms/${name}/mutation.ts`,
    `if it has message templates: ids in src/templates/ids.ts, bodies in src/templates/library/${name}.ts listed in ` +
      'src/templates/library/index.ts, and their languages in its templateLanguages',
  ];
}

function main(argv: readonly string[]): void {
  const name = argv[0] ?? '';
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const files = platformFiles(name);
  for (const path of Object.keys(files)) if (existsSync(join(root, path))) throw new Error(`${path} exists already`);
  const registry = withRegistryEntry(readFileSync(join(root, REGISTRY), 'utf8'), name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    console.log(`created ${path}`);
  }
  writeFileSync(join(root, REGISTRY), registry);
  console.log(`registered ${name} in ${REGISTRY}\n\nStill to do:`);
  for (const step of nextSteps(name)) console.log(`- ${step}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
