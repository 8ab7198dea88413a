// docs/reader-coverage.md is generated from the word tables (npm run readers:doc): it must be what the tables say now,
// every source a table cites must resolve to an address, and every interface language the platforms offer has a row.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  NOT_READ as ALIEXPRESS_NOT_READ,
  SITE_LANGUAGES,
  STATUS_WORDS as ALIEXPRESS_STATUS_WORDS,
} from '../../../src/platforms/aliexpress/vocabulary';
import { NOT_READ as AMAZON_NOT_READ, SELLER_CENTRAL_LANGUAGES, STATUS_WORDS } from '../../../src/platforms/amazon/vocabulary';
import type { LanguageBlock, NotRead } from '../../../src/platforms/coverage';
import { citedSources, renderCoverageDoc } from '../../../src/platforms/coverage-doc';
import { SOURCES } from '../../../src/platforms/coverage-sources';

const doc = readFileSync(new URL('../../../docs/reader-coverage.md', import.meta.url), 'utf8');

describe('docs/reader-coverage.md', () => {
  it('is what the word tables say now (run npm run readers:doc after changing a table)', () => {
    expect(doc).toBe(renderCoverageDoc());
  });

  it('cites only sources that resolve, and the map holds no source no table cites', () => {
    const cited = citedSources();
    expect(cited.filter((key) => SOURCES[key] === undefined)).toEqual([]);
    expect(Object.keys(SOURCES).filter((key) => !cited.includes(key))).toEqual([]);
  });

  it('has a row for every interface language Seller Central and AliExpress offer', () => {
    for (const lang of SELLER_CENTRAL_LANGUAGES) expect(doc).toContain(`| Amazon Seller Central | ${lang} |`);
    for (const lang of SITE_LANGUAGES) expect(doc).toContain(`| AliExpress | ${lang} |`);
  });

  it('says what was searched for every language nothing is read in', () => {
    const unexplained = (languages: readonly string[], blocks: readonly LanguageBlock<string>[], notRead: readonly NotRead[]) =>
      languages.filter((lang) => !blocks.some((block) => block.lang === lang) && !notRead.some((entry) => entry.lang === lang));
    expect(unexplained(SELLER_CENTRAL_LANGUAGES, STATUS_WORDS, AMAZON_NOT_READ)).toEqual([]);
    expect(unexplained(SITE_LANGUAGES, ALIEXPRESS_STATUS_WORDS, ALIEXPRESS_NOT_READ)).toEqual([]);
  });

  it('lists a language with no words under "Not read yet", and a language with words in the table', () => {
    const notRead = doc.slice(doc.indexOf('## Not read yet'));
    expect(notRead).toMatch(/Nothing read in: pt-BR, nl, ko, ar/);
    const swedish = STATUS_WORDS.filter((block) => block.lang === 'sv').flatMap((block) => Object.keys(block.words));
    expect(swedish.length).toBeGreaterThan(0);
    expect(doc).toMatch(/\| Amazon Seller Central \| sv \| awaiting-shipment, awaiting-payment, canceled \|/);
  });
});
