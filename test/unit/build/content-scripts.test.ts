/**
 * The content scripts' layout (scripts/vite/content-scripts.ts): one self-contained classic script
 * per platform, which carries the compact bar but not the unfolded hint; the unfolded hint and the
 * list summary are separate scripts the worker injects, which register themselves for the content
 * script. Checked on the built dist/ (npm test builds first) and on the plugin's pure parts.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EAGER_COMPILE_HINT, moduleSyntaxIn, withContentScripts } from '../../../scripts/vite/content-scripts';
import { withoutCitations } from '../../../scripts/vite/without-citations';
import { citedSources, renderCoverageDoc } from '../../../src/platforms/coverage-doc';
import { CONTENT_PARTS, contentScriptFile, partFile } from '../../../src/content/lazy-parts';
import { PLATFORM_DEFINITIONS } from '../../../src/platforms/registry';
import en from '../../../public/_locales/en/messages.json';
import zh from '../../../public/_locales/zh_CN/messages.json';
import { reachableFiles } from '../../../scripts/bench/bundle';

const DIST = resolve(import.meta.dirname, '../../../dist');
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

describe('moduleSyntaxIn', () => {
  it('finds what a classic script cannot have', () => {
    expect(moduleSyntaxIn('(function(){let e=import("./x.js")})();')).toBe('a dynamic import()');
    expect(moduleSyntaxIn('import{a as b}from"./chunk.js";b();')).toBe('a static import');
    expect(moduleSyntaxIn('import"./side.js";')).toBe('a static import');
    expect(moduleSyntaxIn('var a=1;export{a};')).toBe('an export');
    expect(moduleSyntaxIn('(function(){console.log(import.meta.url)})();')).toBe('import.meta');
  });
  it('passes an IIFE, with words like import and export in its strings and names', () => {
    expect(moduleSyntaxIn('(function(){var importer=1,exported="export x",s="import y from z";t.imports=2})();')).toBeNull();
  });
});

describe('withoutCitations', () => {
  it('cuts the language and the sources out of every word-table block, and nothing else', () => {
    const code = [
      "const A = [{ lang: 'de', sources: ['help 1 de_DE', 'weak x'], words: { shipped: ['Versendet'] } },",
      "  { words: { canceled: ['Storniert'] }, lang: 'de', sources: [] }];",
      "const B = { lang: 'en', sources: ['ref §1'], pattern: /cancel/i };",
      "const C = { lang: 'en', text: 'kept' }; const D = { sources: 'kept too' };",
    ].join('\n');
    const out = withoutCitations(code)!;
    expect(out).not.toMatch(/help 1|weak x|ref §1|sources: \[|lang: 'de'/);
    expect(out).toContain("{ words: { shipped: ['Versendet'] } }");
    expect(out).toMatch(/\{ words: \{ canceled: \['Storniert'\] \},\s*\}/);
    expect(out).toContain('{ pattern: /cancel/i }');
    expect(out).toContain("const C = { lang: 'en', text: 'kept' }; const D = { sources: 'kept too' };");
    expect(() => new Function(out)).not.toThrow();
  });
  it('leaves a module without blocks as it is', () => {
    expect(withoutCitations("const a = { lang: 'en' };")).toBeNull();
    expect(withoutCitations("const s = 'sources';")).toBeNull();
  });
});

describe('withContentScripts', () => {
  const scripts = [
    { fileName: 'content/amazon.js', entry: 'src/platforms/amazon/content.ts', matches: ['https://sellercentral.amazon.com/*'] },
  ];
  it('adds one classic content script per platform, on its pages', () => {
    expect(withContentScripts({ permissions: ['alarms'] } as never, scripts)).toEqual({
      permissions: ['alarms'],
      content_scripts: [{ matches: ['https://sellercentral.amazon.com/*'], js: ['content/amazon.js'], run_at: 'document_idle' }],
    });
  });
  it('refuses a manifest that already exposes files to pages or has content scripts from elsewhere', () => {
    expect(() => withContentScripts({ web_accessible_resources: [{ resources: ['a.js'] }] }, scripts)).toThrow(/reachable/);
    expect(() => withContentScripts({ content_scripts: [{ js: ['x.js'] }] }, scripts)).toThrow(/already/);
  });
});

describe('the built content scripts', () => {
  const manifest = JSON.parse(read('manifest.json')) as {
    content_scripts: { js: string[]; matches: string[] }[];
    background: { service_worker: string };
  };

  it('one per platform, from the registry, each one file on its platform’s pages', () => {
    expect(manifest.content_scripts).toEqual(
      PLATFORM_DEFINITIONS.map((p) => ({ matches: [...p.matchPatterns], js: [contentScriptFile(p.id)], run_at: 'document_idle' })),
    );
  });

  it('carry the compact bar but not the unfolded hint (Preact, its strings) nor the list summary’s strings', () => {
    // A string only the unfolded hint shows, and one only the list summary shows.
    const cardOnly = en.copy_failed.message;
    const summaryOnly = en.summary_nothing.message;
    for (const p of PLATFORM_DEFINITIONS) {
      const code = read(contentScriptFile(p.id));
      // What a hint says with no verdict, in both languages; the verdict bar's strings come from the worker.
      expect(code, p.id).toContain(en.hint_unreadable.message);
      expect(code, p.id).toContain(zh.hint_unreadable.message);
      expect(code, p.id).not.toContain(en.action_cancel.message);
      expect(code, p.id).not.toContain(zh.row_cancel_counts.message);
      // Nor the choice of a verdict's look: the worker names it (src/ui/verdict-look.ts).
      expect(code, p.id).not.toContain('row_cancel_buyer_asked');
      expect(code, p.id).not.toContain(cardOnly);
      expect(code, p.id).not.toContain(summaryOnly);
      // Preact's options hook names: present in any build that carries Preact.
      expect(code, p.id).not.toMatch(/__[bcehs]=|\.__H\b/);
      // No module preload helper: it would put a <link> into the seller's page.
      expect(code, p.id).not.toContain('modulepreload');
      expect(code, p.id).toContain('content/part');
    }
    expect(read(partFile('hint-ui'))).toContain(cardOnly);
    expect(read(partFile('hint-ui'))).toMatch(/__[bcehs]=|\.__H\b/); // the Preact check above can fail
    expect(read(partFile('page-summary'))).toContain(summaryOnly);
    // The parts draw verdicts in either language: they carry the bar's strings themselves.
    for (const part of ['hint-ui', 'page-summary'] as const) {
      expect(read(partFile(part)), part).toContain(en.action_cancel.message);
      expect(read(partFile(part)), part).toContain(zh.action_cancel.message);
    }
  });

  it('leave the verdict bar’s strings to the worker, which sends them with the first verdicts', () => {
    const worker = reachableFiles([manifest.background.service_worker], read).map(read).join('\n');
    for (const catalogue of [en, zh]) {
      expect(worker).toContain(catalogue.action_cancel.message);
      expect(worker).toContain(catalogue.row_cancel_counts.message);
    }
  });

  it('carry the word tables’ words but not their citations, which the coverage document still lists', () => {
    const cited = citedSources();
    expect(cited.length).toBeGreaterThan(20);
    const doc = renderCoverageDoc();
    for (const key of cited) expect(doc).toContain(`- ${key}:`);
    for (const p of PLATFORM_DEFINITIONS) {
      const code = read(contentScriptFile(p.id));
      for (const key of cited) expect(code, `${p.id}: ${key}`).not.toContain(key);
      expect(code, p.id).not.toMatch(/\bsources:/);
    }
    // The words themselves still ship (a German status word, an AliExpress status label).
    expect(read(contentScriptFile('amazon'))).toContain('Nicht versendet');
  });

  it('carry the page’s part of their platform’s definition only: no hosts list for the manifest, no picker facts', () => {
    for (const p of PLATFORM_DEFINITIONS) {
      const code = read(contentScriptFile(p.id));
      expect(code, p.id).toContain(p.name.zh);
      expect(code, p.id).not.toContain(p.contentEntry);
      for (const fact of p.picker.facts ?? []) {
        expect(code, `${p.id}: ${fact.id}`).not.toContain(fact.label.en);
        expect(code, `${p.id}: ${fact.id}`).not.toContain(fact.label.zh);
      }
      if (p.picker.platformFulfilment) expect(code, p.id).not.toContain(p.picker.platformFulfilment.zh);
    }
  });

  it('each start with the eager compile hint on its first line (a content script has no code cache)', () => {
    const files = [...PLATFORM_DEFINITIONS.map((p) => contentScriptFile(p.id)), ...CONTENT_PARTS.map(partFile)];
    for (const file of files) expect(read(file).split('\n', 1)[0], file).toBe(EAGER_COMPILE_HINT);
  });

  it('the lazy parts register themselves for the content script, in its isolated world', () => {
    for (const part of CONTENT_PARTS) {
      const code = read(partFile(part));
      expect(code, part).toContain('__cancelOrCloseParts');
      expect(code, part).toMatch(new RegExp(`["'\`]${part}["'\`]`)); // under its own name
      expect(moduleSyntaxIn(code), part).toBeNull();
    }
  });
});
