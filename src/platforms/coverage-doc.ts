/**
 * docs/reader-coverage.md, rendered from the readers' own word tables: per platform and interface language, the
 * statuses read, the labels read, whether a buyer's cancellation request is read, and how many sources the words rest
 * on; then what is not read yet. `npm run readers:doc` writes it; test/unit/platforms/coverage-doc.test.ts fails when
 * the file is stale. Never imported by the extension.
 */
import { NOT_READ_1688, STATUS_COVERAGE_1688 } from './1688/status';
import { ORDER_ID_LABELS as ORDER_ID_LABELS_1688, STATUS_COLUMN_HEADINGS, STATUS_LABELS } from './1688/selectors';
import { ORDER_LABEL_WORDS } from './aliexpress/labels';
import {
  BUYER_CANCEL_REASON_WORDS,
  NOT_READ as ALIEXPRESS_NOT_READ,
  SITE_LANGUAGES,
  STATUS_WORDS as ALIEXPRESS_STATUS_WORDS,
} from './aliexpress/vocabulary';
import {
  BUYER_CANCEL_PATTERNS,
  FULFILMENT_VALUE_WORDS,
  NOT_READ as AMAZON_NOT_READ,
  ROW_LABEL_BLOCKS,
  type RowLabel,
  SELLER_CENTRAL_LANGUAGES,
  STATUS_CELL_REQUEST_PATTERNS,
  STATUS_WORDS as AMAZON_STATUS_WORDS,
} from './amazon/vocabulary';
import type { InterfaceLanguage, LanguageBlock, LanguagePattern, NotRead } from './coverage';
import { SOURCES } from './coverage-sources';

/** The list's row labels as a seller reads them in English. */
const ROW_LABEL_NAMES: Readonly<Record<RowLabel, string>> = {
  shipBy: 'ship by',
  deliverBy: 'deliver by',
  fulfilledBy: 'fulfilment method',
  salesChannel: 'sales channel',
};

interface Row {
  platform: string;
  lang: InterfaceLanguage;
  statuses: string[];
  labels: string[];
  request: string;
  sources: Set<string>;
}

/** The meanings a language's blocks give words for; a meaning whose words in that language have no source is starred. */
function meaningsIn<M extends string>(blocks: readonly LanguageBlock<M>[], lang: InterfaceLanguage, sources: Set<string>): string[] {
  const sourced = new Map<M, boolean>();
  for (const block of blocks) {
    if (block.lang !== lang) continue;
    for (const source of block.sources) sources.add(source);
    for (const [meaning, words] of Object.entries(block.words) as [M, readonly string[]][]) {
      if (words.length === 0) continue;
      sourced.set(meaning, (sourced.get(meaning) ?? false) || block.sources.length > 0);
    }
  }
  return [...sourced].map(([meaning, hasSource]) => (hasSource ? meaning : `${meaning}*`));
}

/** "yes" when a sourced pattern reads the request in this language, "pattern, no source*" for an unsourced one. */
function requestIn(patterns: readonly LanguagePattern[], lang: InterfaceLanguage, sources: Set<string>): string {
  const mine = patterns.filter((p) => p.lang === lang);
  for (const pattern of mine) for (const source of pattern.sources) sources.add(source);
  if (mine.some((p) => p.sources.length > 0)) return 'yes';
  return mine.length > 0 ? 'pattern, no source*' : '—';
}

function amazonRows(): Row[] {
  return SELLER_CENTRAL_LANGUAGES.map((lang) => {
    const sources = new Set<string>();
    const statuses = meaningsIn(AMAZON_STATUS_WORDS, lang, sources);
    const labels = meaningsIn(ROW_LABEL_BLOCKS, lang, sources).map(
      (label) => ROW_LABEL_NAMES[label.replace('*', '') as RowLabel] + (label.endsWith('*') ? '*' : ''),
    );
    const values = meaningsIn(FULFILMENT_VALUE_WORDS, lang, sources);
    if (values.length > 0) labels.push(`fulfilment values (${values.join(', ')})`);
    const request = requestIn([...BUYER_CANCEL_PATTERNS, ...STATUS_CELL_REQUEST_PATTERNS], lang, sources);
    return { platform: 'Amazon Seller Central', lang, statuses, labels, request, sources };
  });
}

function aliexpressRows(): Row[] {
  return SITE_LANGUAGES.map((lang) => {
    const sources = new Set<string>();
    const statuses = meaningsIn(ALIEXPRESS_STATUS_WORDS, lang, sources);
    const labels = meaningsIn(ORDER_LABEL_WORDS, lang, sources).map((label) =>
      label.replace('orderId', 'order id').replace('orderDate', 'order date'),
    );
    const reasons = meaningsIn([BUYER_CANCEL_REASON_WORDS], lang, sources);
    const requestWords = statuses.filter((s) => s.startsWith('cancel-requested'));
    const request = [
      ...requestWords.map((s) => (s.endsWith('*') ? 'status word, no source*' : 'status word')),
      ...reasons.map(() => "the buyer's reasons (seller centre)"),
    ];
    return { platform: 'AliExpress', lang, statuses, labels, request: request.join('; ') || '—', sources };
  });
}

function rows1688(): Row[] {
  const sources = new Set<string>(STATUS_COVERAGE_1688.sources);
  const labels = [
    `order id (${ORDER_ID_LABELS_1688.join(', ')})`,
    `status (${STATUS_LABELS.join(', ')})`,
    `status column (${STATUS_COLUMN_HEADINGS.join(', ')})`,
  ];
  const request = '— (a refund under way, 退款中, is read beside the stage)';
  return [{ platform: '1688', lang: STATUS_COVERAGE_1688.lang, statuses: STATUS_COVERAGE_1688.stages(), labels, request, sources }];
}

const cell = (items: readonly string[]): string => (items.length > 0 ? items.join(', ') : '—');

function notReadSection(title: string, rows: readonly Row[], notRead: readonly NotRead[]): string[] {
  const lines = [`### ${title}`, ''];
  const silent = rows.filter((row) => row.statuses.length === 0).map((row) => row.lang);
  if (silent.length > 0) lines.push(`- Nothing read in: ${silent.join(', ')} (no status word, label or banner found).`);
  for (const entry of notRead) lines.push(`- **${entry.lang}**: ${entry.what}. Searched: ${entry.searched}.`);
  lines.push('');
  return lines;
}

export function renderCoverageDoc(): string {
  const amazon = amazonRows();
  const aliexpress = aliexpressRows();
  const alibaba = rows1688();
  const all = [...amazon, ...aliexpress, ...alibaba];
  const used = [...new Set(all.flatMap((row) => [...row.sources]))].sort();
  const lines = [
    '# What the readers read, per platform and interface language',
    '',
    '<!-- Written by `npm run readers:doc` from the word tables (src/platforms/amazon/vocabulary.ts,',
    '     src/platforms/aliexpress/vocabulary.ts and labels.ts, src/platforms/1688/status.ts and selectors.ts). Do not edit. -->',
    '',
    'Words are compared by meaning (`matchKey` in src/platforms/text.ts: case, width, accents, punctuation and spacing',
    'folded). A word no table holds stays unknown: the hint says so, and the person can teach it. Statuses are the',
    "stages of src/rules/types.ts; a meaning marked * is read only through an older table's words that no source was",
    'found for. Sources are counted per row (help pages, captured public code, issue 14, weak guides); the evidence',
    'behind each is in docs/reader-evidence.md, and the pages rebuilt from it are test/fixtures/*/evidence/.',
    '',
    "| platform | interface language | statuses read | labels read | buyer's cancellation request read | evidence sources |",
    '|---|---|---|---|---|---|',
    ...all.map(
      (row) => `| ${row.platform} | ${row.lang} | ${cell(row.statuses)} | ${cell(row.labels)} | ${row.request} | ${row.sources.size} |`,
    ),
    '',
    'Shopify admin badges are read in English only (src/platforms/shopify/status.ts); the admin is outside this table.',
    '',
    '## Not read yet',
    '',
    'Searched for and not found: these stay `unknown` until evidence is found or the person teaches the word.',
    '',
    ...notReadSection('Amazon Seller Central', amazon, AMAZON_NOT_READ),
    ...notReadSection('AliExpress', aliexpress, ALIEXPRESS_NOT_READ),
    ...notReadSection('1688', alibaba, NOT_READ_1688),
    '## Sources',
    '',
    ...used.map((key) => {
      const source = SOURCES[key];
      return source ? `- ${key}: ${source.title}, ${source.where}` : `- ${key}: (not resolved)`;
    }),
    '',
  ];
  return lines.join('\n');
}

/** Every source key the tables cite, for the test that each one resolves. */
export function citedSources(): string[] {
  return [...new Set([...amazonRows(), ...aliexpressRows(), ...rows1688()].flatMap((row) => [...row.sources]))].sort();
}
