// @vitest-environment node
/**
 * The demo pages `npm start` opens, read and judged the way the extension does (reader → snapshot →
 * rules) at a fixed "today" after going through the same date mover the demo uses. Fails when a page
 * is stale (a date the reader reads, or a deadline the verdict shows, far from today; a year left in
 * the page text that the mover does not know how to move), hostile (markup-like or script-like text
 * anywhere a person can read it), or judged other than its entry in scripts/demo-pages.ts says.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_DIR, DEMO_PAGES, loadDemoPage } from '../../../scripts/demo-pages';
import { alibaba1688Readers } from '../../../src/platforms/1688/readers';
import { createAliexpressReaders } from '../../../src/platforms/aliexpress/readers';
import { amazonReaders } from '../../../src/platforms/amazon/readers';
import { shopifyReaders } from '../../../src/platforms/shopify/readers';
import type { PageReader } from '../../../src/platforms/types';
import { evaluate } from '../../../src/rules';
import { findDates } from '../../support/fresh-dates';
import { makeParser } from '../mutation/pages';

// Late in the day, so a time written for "today" on a page is not yet in the future; far from the day the pages were written for.
const NOW = new Date('2027-07-21T23:30:00Z');
const DAY = 86_400_000;
const READERS: Record<string, PageReader[]> = {
  amazon: amazonReaders,
  aliexpress: createAliexpressReaders({ now: () => NOW }),
  '1688': alibaba1688Readers,
  shopify: shopifyReaders,
};
const SNAPSHOT_DATES = ['orderedAt', 'shipBy', 'deliverBy', 'autoCancelAt', 'deadlineAt'] as const;

const parser = makeParser();
afterAll(() => parser.close());

/** The text a person can read: text nodes (shadow roots included) and the attributes browsers show. */
function readableText(root: Node): string[] {
  const out: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) out.push(node.nodeValue ?? '');
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.tagName === 'STYLE' || el.tagName === 'SCRIPT') return;
      for (const name of ['title', 'alt', 'placeholder', 'aria-label', 'label', 'value']) {
        const v = el.getAttribute(name);
        if (v) out.push(v);
      }
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el.tagName === 'TEMPLATE') visit((el as HTMLTemplateElement).content);
    }
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(root);
  return out.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

const HOSTILE = /<\s*\/?\s*[a-z!][^>]*>|&lt;|&gt;|\bon[a-z]+\s*=|javascript:|alert\s*\(|\{\{|\$\{|%3c/i;

describe('demo pages', () => {
  it('every page in demo/pages is in the demo list, and every listed page exists', () => {
    const files = ['amazon', 'aliexpress', '1688', 'shopify'].flatMap((p) =>
      readdirSync(join(DEMO_DIR, p))
        .filter((f) => f.endsWith('.html'))
        .map((f) => `${p}/${f}`),
    );
    expect(DEMO_PAGES.map((d) => d.page).sort()).toEqual(files.sort());
  });

  for (const demo of DEMO_PAGES) {
    describe(demo.page, () => {
      let loaded: { url: string; html: string; doc: Document } | undefined;
      const load = () => {
        if (!loaded) {
          const { url, html } = loadDemoPage(demo.page, NOW);
          loaded = { url, html, doc: parser.parse(html) };
        }
        return loaded;
      };

      it('has no hostile text: no markup, script or template syntax where a person reads, no script element', () => {
        const { html, doc } = load();
        expect(html).not.toMatch(/<script|\son[a-z]+\s*=|javascript:/i);
        expect(readableText(doc.documentElement).filter((t) => HOSTILE.test(t))).toEqual([]);
      });

      it('has every date moved to around today', () => {
        const { doc } = load();
        const text = readableText(doc.documentElement).join('\n');
        const dates = findDates(text);
        const far = dates.filter((d) => Math.abs(d.day.getTime() - NOW.getTime()) > 30 * DAY).map((d) => d.text);
        expect(far).toEqual([]);
        // A year the mover did not recognise as part of a date stays behind, stale: none may be left.
        let rest = text;
        for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + rest.slice(d.end);
        expect(rest.match(/\b(?:19|20)\d{2}\b(?!\d)/g) ?? []).toEqual([]);
      });

      it(`is read and judged: ${demo.expect.join(', ')}`, () => {
        const { url, doc } = load();
        const page = new URL(url);
        const platform = demo.page.split('/')[0]!;
        const reader = READERS[platform]!.find((r) => r.matches(page));
        expect(reader, `a ${platform} reader for ${url}`).toBeDefined();
        const root = reader!.root(doc);
        const result = root ? reader!.read(root, page) : ({ status: 'not-ready' } as const);
        if (demo.expect.length === 1 && demo.expect[0] === 'unknown') {
          // Shown as unknown by the content script once its wait runs out: the reader never gets an order.
          expect(result.status).not.toBe('read');
          return;
        }
        expect(result.status).toBe('read');
        if (result.status !== 'read') return;
        const snapshots = result.orders.map((o) => o.snapshot);
        const verdicts = snapshots.map((s) => evaluate(s, { now: NOW }));
        expect(verdicts.map((v) => v.action)).toEqual(demo.expect);
        for (const s of snapshots) {
          for (const field of SNAPSHOT_DATES) {
            const at = s[field];
            if (at) expect(Math.abs(Date.parse(at) - NOW.getTime()), `${s.orderId} ${field} ${at}`).toBeLessThan(30 * DAY);
          }
        }
        // A deadline shown must not be long past (a stale page shows "estimated 215 d ago").
        for (const [i, v] of verdicts.entries()) {
          for (const d of v.deadlines) {
            const at = Date.parse(d.at);
            expect(at, `${snapshots[i]!.orderId} ${d.id} ${d.at}`).toBeGreaterThan(NOW.getTime() - DAY);
            expect(at, `${snapshots[i]!.orderId} ${d.id} ${d.at}`).toBeLessThan(NOW.getTime() + 45 * DAY);
          }
        }
      });
    });
  }
});
