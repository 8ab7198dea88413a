import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import {
  bundleSize,
  contentBundleKB,
  contentScriptsOf,
  entriesOf,
  htmlAssetsOf,
  importsOf,
  reachableFiles,
} from '../../../scripts/bench/bundle';

const FILES: Record<string, string> = {
  'content/amazon.js': `(function(){var e=1;chrome.runtime.sendMessage({kind:"evaluate-many",n:e})})();`,
  'content/aliexpress.js': `(function(){var e=1,t="a longer script, so it is the largest of the two by its gzip bytes";chrome.runtime.sendMessage({kind:t,n:e})})();`,
  'content/hint-ui.js': `(function(){globalThis.__cancelOrCloseParts={"hint-ui":{}}})();`,
  'content/page-summary.js': `(function(){globalThis.__cancelOrCloseParts={"page-summary":{}}})();`,
  'content/page-sample.js': `(function(){globalThis.__cancelOrCloseParts={"page-sample":{}}})();`,
  'assets/src-content-amazon.ts-y.js': `import{t as e}from"./hosts-a.js";import{t}from"./start-b.js";e(t);`,
  'assets/hosts-a.js': `export const t=1;`,
  'assets/start-b.js': `import{t as e}from"./hosts-a.js";import"./side-c.js";export const t=e;`,
  'assets/side-c.js': `console.log(1)`,
  'assets/unrelated.js': `export const never=1;`,
  'src/popup/index.html': `<script type="module" crossorigin src="/assets/popup-p.js"></script><link rel="stylesheet" crossorigin href="/assets/popup.css">`,
  'assets/popup-p.js': `import{t}from"./hosts-a.js";`,
  'assets/popup.css': `body{margin:0}`,
};
const read = (f: string) => {
  const text = FILES[f];
  if (text === undefined) throw new Error(`no ${f}`);
  return text;
};

describe('importsOf', () => {
  it('finds named and bare imports, resolved against the importing file', () => {
    expect(importsOf('assets/start-b.js', FILES['assets/start-b.js']!)).toEqual(['assets/hosts-a.js', 'assets/side-c.js']);
  });
  it('finds none in a classic content script: it is measured alone', () => {
    expect(importsOf('content/amazon.js', FILES['content/amazon.js']!)).toEqual([]);
  });
  it('ignores bare package specifiers (nothing to read in dist/)', () => {
    expect(importsOf('assets/a.js', `import x from "preact";`)).toEqual([]);
  });
});

describe('htmlAssetsOf', () => {
  it('lists module scripts and stylesheets, root-relative paths made dist-relative', () => {
    expect(htmlAssetsOf('src/popup/index.html', FILES['src/popup/index.html']!)).toEqual(['assets/popup-p.js', 'assets/popup.css']);
  });
});

describe('reachableFiles', () => {
  it('follows static imports transitively, each file once, skipping unrelated chunks', () => {
    const files = reachableFiles(['assets/src-content-amazon.ts-y.js'], read);
    expect(files.sort()).toEqual(
      ['assets/hosts-a.js', 'assets/side-c.js', 'assets/src-content-amazon.ts-y.js', 'assets/start-b.js'].sort(),
    );
  });
  it('includes an HTML page’s scripts, their imports and its stylesheets', () => {
    expect(reachableFiles(['src/popup/index.html'], read).sort()).toEqual(
      ['assets/hosts-a.js', 'assets/popup-p.js', 'assets/popup.css', 'src/popup/index.html'].sort(),
    );
  });
});

describe('bundleSize', () => {
  it('sums raw bytes and per-file gzip sizes of the reachable files', () => {
    const size = bundleSize(['assets/start-b.js'], (f) => Buffer.from(read(f)));
    const files = ['assets/start-b.js', 'assets/hosts-a.js', 'assets/side-c.js'];
    expect(size.files).toEqual(files);
    expect(size.rawBytes).toBe(files.reduce((n, f) => n + Buffer.byteLength(read(f)), 0));
    expect(size.gzipBytes).toBe(files.reduce((n, f) => n + gzipSync(Buffer.from(read(f)), { level: 9 }).length, 0));
  });
});

const MANIFEST = {
  content_scripts: [
    { js: ['content/amazon.js'], matches: ['https://sellercentral.amazon.com/*'] },
    { js: ['content/aliexpress.js'], matches: ['https://www.aliexpress.com/p/order/*'] },
  ],
  background: { service_worker: 'service-worker-loader.js' },
  action: { default_popup: 'src/popup/index.html' },
  options_page: 'src/options/index.html',
};
const readBytes = (f: string) => Buffer.from(read(f));

describe('entriesOf', () => {
  it('picks the largest content script, the worker, the popup and the options page', () => {
    expect(entriesOf(MANIFEST, readBytes)).toEqual({
      content: ['content/aliexpress.js'],
      background: ['service-worker-loader.js'],
      popup: ['src/popup/index.html'],
      options: ['src/options/index.html'],
    });
  });
  it('gives empty lists for entries the manifest lacks', () => {
    expect(entriesOf({}, readBytes)).toEqual({ content: [], background: [], popup: [], options: [] });
  });
});

describe('contentScriptsOf and contentBundleKB', () => {
  it('name each content script by its file and measure it alone, and each lazy part apart', () => {
    expect(contentScriptsOf(MANIFEST)).toEqual({ amazon: ['content/amazon.js'], aliexpress: ['content/aliexpress.js'] });
    const kb = (f: string) => Math.round(gzipSync(Buffer.from(read(f)), { level: 9 }).length / 102.4) / 10;
    expect(contentBundleKB(MANIFEST, readBytes)).toEqual({
      byScript: { amazon: kb('content/amazon.js'), aliexpress: kb('content/aliexpress.js') },
      lazy: {
        'hint-ui': kb('content/hint-ui.js'),
        'page-summary': kb('content/page-summary.js'),
        'page-sample': kb('content/page-sample.js'),
      },
    });
  });
});
