/**
 * Every saved order page, the reader the content script would pick for it, and the fixed `now` its
 * dates were written for, read and judged the way the extension does (reader → snapshot → rules).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import type { PageReader } from '../../../src/platforms/types';
import { evaluate } from '../../../src/rules';
import { PLATFORMS, type Action, type Outcome, type Platform, type Stage } from '../../../src/rules/types';
import { attachDeclarativeShadowRoots } from '../platforms/dom-fixtures';
import { PROFILES } from './profile';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const URL_LINE = /^<!--\s*url:\s*(\S+)\s*-->/;

/** Pages with no order on them: they must stay not-ready or unreadable whatever happens to them. */
export const isEmptyPage = (name: string): boolean => /skeleton|captcha/.test(name);

export interface FixturePage {
  platform: Platform;
  /** e.g. 'amazon/details-fba-de.html' */
  name: string;
  html: string;
  url: URL;
  reader: PageReader;
  now: Date;
}

/**
 * The saved pages of every platform folder; `evidence` adds the pages rebuilt from public evidence
 * (test/fixtures/<platform>/evidence/), which carry the interface languages and wording variants.
 */
export function fixturePages(options: { evidence?: boolean } = {}): FixturePage[] {
  const pages: FixturePage[] = [];
  for (const platform of PLATFORMS) {
    const evidenceDir = join(FIXTURES, platform, 'evidence');
    const evidence =
      options.evidence && existsSync(evidenceDir)
        ? readdirSync(evidenceDir)
            .filter((f) => f.endsWith('.html'))
            .map((f) => `evidence/${f}`)
        : [];
    const files = [...readdirSync(join(FIXTURES, platform)).filter((f) => f.endsWith('.html')), ...evidence].sort();
    for (const file of files) {
      const html = readFileSync(join(FIXTURES, platform, file), 'utf8');
      const href = URL_LINE.exec(html)?.[1];
      if (!href) throw new Error(`${platform}/${file} has no url line`);
      const url = new URL(href);
      const reader = PROFILES[platform].readers.find((r) => r.matches(url));
      if (!reader) throw new Error(`no ${platform} reader claims ${href}`);
      pages.push({ platform, name: `${platform}/${file}`, html, url, reader, now: PROFILES[platform].now });
    }
  }
  return pages;
}

/** A parser shared by all variants: one happy-dom window, a fresh Document per parse. */
export function makeParser(): { parse(html: string): Document; close(): Promise<void> } {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  return {
    parse(html) {
      const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
      attachDeclarativeShadowRoots(doc);
      return doc;
    },
    close: () => window.happyDOM.close(),
  };
}

/** What the person is told about one order: the parts of the verdict a mutation must not change. */
export interface Told {
  action: Action;
  outcome: Outcome;
  stage: Stage;
  cancelRequested: boolean;
}

export type PageTold = { status: 'not-ready' | 'unreadable' } | { status: 'read'; orders: Array<{ orderId: string; told: Told }> };

export function tell(page: FixturePage, doc: Document): PageTold {
  const root = page.reader.root(doc);
  if (!root) return { status: 'not-ready' };
  const result = page.reader.read(root, page.url);
  if (result.status !== 'read') return { status: result.status };
  return {
    status: 'read',
    orders: result.orders.map(({ snapshot }) => {
      const verdict = evaluate(snapshot, { now: page.now });
      return {
        orderId: snapshot.orderId,
        told: { action: verdict.action, outcome: verdict.outcome, stage: snapshot.stage, cancelRequested: snapshot.cancelRequested },
      };
    }),
  };
}

export type Judgement = 'same' | 'unknown' | 'absent' | 'contradicting';

const sameTold = (a: Told, b: Told): boolean =>
  a.action === b.action && a.outcome === b.outcome && a.stage === b.stage && a.cancelRequested === b.cancelRequested;

/**
 * One judgement per order of the unmutated page (and one per order the variant invents):
 * same verdict, `unknown`, gone from the reading, or a different answer — the one thing never allowed.
 */
export function judge(original: PageTold, variant: PageTold): Array<{ orderId: string; judgement: Judgement; told?: Told; was?: Told }> {
  const before = original.status === 'read' ? original.orders : [];
  const after = variant.status === 'read' ? variant.orders : [];
  const out: Array<{ orderId: string; judgement: Judgement; told?: Told; was?: Told }> = [];
  const wasById = new Map(before.map((o) => [o.orderId, o.told]));
  const seen = new Set<string>();
  for (const { orderId, told } of after) {
    const was = wasById.get(orderId);
    seen.add(orderId);
    if (was && sameTold(told, was)) out.push({ orderId, judgement: 'same', told, was });
    else if (told.action === 'unknown' && (!was || told.stage === was.stage || told.stage === 'unknown'))
      out.push({ orderId, judgement: 'unknown', told, was });
    else out.push({ orderId, judgement: 'contradicting', told, was });
  }
  for (const { orderId } of before) if (!seen.has(orderId)) out.push({ orderId, judgement: 'absent' });
  return out;
}
