/**
 * Loads a saved Amazon page (test/fixtures/amazon/*.html) into a happy-dom Document served at the
 * URL named by the fixture's first line, `<!-- url: https://… -->`. Scripts never run.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

export const AMAZON_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/amazon/');

export interface LoadedPage {
  document: Document;
  url: URL;
  close: () => Promise<void>;
}

/** The URL named in a fixture's leading comment. */
export function fixtureUrl(html: string): URL {
  const match = /^\s*<!--\s*url:\s*(\S+)\s*-->/u.exec(html);
  if (!match?.[1]) throw new Error('fixture does not start with <!-- url: … -->');
  return new URL(match[1]);
}

/** Parse `html` (which names its URL) into a Document. */
export function loadHtml(html: string): LoadedPage {
  const url = fixtureUrl(html);
  const window = new Window({
    url: url.href,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  window.document.write(html);
  return { document: window.document as unknown as Document, url, close: () => window.happyDOM.close() };
}

export function loadAmazonFixture(fileName: string): LoadedPage {
  return loadHtml(readFileSync(AMAZON_FIXTURE_DIR + fileName, 'utf8'));
}
