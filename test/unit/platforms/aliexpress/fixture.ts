/**
 * Loads a saved AliExpress page from test/fixtures/aliexpress into its own happy-dom window, at the URL written
 * in the fixture's first line (`<!-- url: … -->`), with scripts off: fixtures are data, never code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

const FIXTURE_DIR = fileURLToPath(new URL('../../../fixtures/aliexpress/', import.meta.url));

export interface LoadedFixture {
  document: Document;
  url: URL;
  close(): Promise<void>;
}

/** The fixtures, the evidence pages among them as 'evidence/<name>.html'. */
export const fixtureNames = (): string[] =>
  [...readdirSync(FIXTURE_DIR), ...readdirSync(`${FIXTURE_DIR}evidence`).map((f) => `evidence/${f}`)]
    .filter((f) => f.endsWith('.html'))
    .sort();

export function loadFixture(name: string): LoadedFixture {
  const html = readFileSync(`${FIXTURE_DIR}${name}`, 'utf8');
  const declared = html.match(/^<!--\s*url:\s*(\S+)\s*-->/);
  if (!declared?.[1]) throw new Error(`${name} does not start with <!-- url: … -->`);
  const url = new URL(declared[1]);
  const window = new Window({
    url: url.href,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  window.document.write(html);
  return {
    document: window.document as unknown as Document,
    url,
    close: () => window.happyDOM.close(),
  };
}
