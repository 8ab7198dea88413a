/**
 * Bundle sizes per entry of the built extension, read from dist/manifest.json. An entry's size is
 * its files plus every file they import, transitively: static `import … from "./x.js"` / `import
 * "./x.js"` in the chunks, and the crxjs content-script loader's `chrome.runtime.getURL("assets/…")`
 * dynamic import (which is how the real content script gets loaded). HTML pages count their module
 * scripts and stylesheets.
 */
import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';

export interface EntryFiles {
  content: string[];
  background: string[];
  popup: string[];
  options: string[];
}

export interface BundleSize {
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

interface ManifestLike {
  content_scripts?: { js?: string[]; matches?: string[] }[];
  background?: { service_worker?: string };
  action?: { default_popup?: string };
  options_page?: string;
  options_ui?: { page?: string };
}

const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
const LOADER_IMPORT = /chrome\.runtime\.getURL\(\s*["']([^"']+)["']\s*\)/g;
const HTML_ASSET = /<(?:script[^>]*\ssrc|link[^>]*\shref)=["']([^"']+\.(?:js|css))["']/g;

const all = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => m[1]!);

/** Paths (relative to dist/) a JS file at `file` imports. */
export function importsOf(file: string, code: string): string[] {
  const dir = posix.dirname(file);
  const relative = all(STATIC_IMPORT, code)
    .filter((s) => s.startsWith('.') || s.startsWith('/'))
    .map((s) => (s.startsWith('/') ? s.slice(1) : posix.join(dir, s)));
  return [...relative, ...all(LOADER_IMPORT, code)];
}

/** Paths (relative to dist/) of the scripts and stylesheets an HTML page at `file` loads. */
export function htmlAssetsOf(file: string, html: string): string[] {
  const dir = posix.dirname(file);
  return all(HTML_ASSET, html).map((s) => (s.startsWith('/') ? s.slice(1) : posix.join(dir, s)));
}

/** The entry files of each bundle: content = the Amazon content script (the one whose matches name sellercentral.amazon). */
export function entriesOf(manifest: ManifestLike): EntryFiles {
  const amazon = manifest.content_scripts?.find((c) => c.matches?.some((m) => m.includes('sellercentral.amazon')));
  const options = manifest.options_ui?.page ?? manifest.options_page;
  return {
    content: amazon?.js ?? [],
    background: manifest.background?.service_worker ? [manifest.background.service_worker] : [],
    popup: manifest.action?.default_popup ? [manifest.action.default_popup] : [],
    options: options ? [options] : [],
  };
}

/** Every file reachable from `entries`, in discovery order, each once. `read` returns a file's text. */
export function reachableFiles(entries: readonly string[], read: (file: string) => string): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = posix.normalize(queue.shift()!);
    if (seen.has(file)) continue;
    seen.add(file);
    const text = read(file);
    if (file.endsWith('.html')) queue.push(...htmlAssetsOf(file, text));
    else if (file.endsWith('.js')) queue.push(...importsOf(file, text));
  }
  return [...seen];
}

/** Raw and gzip (level 9, per file, summed: each file is fetched on its own) sizes of an entry. */
export function bundleSize(entries: readonly string[], readBytes: (file: string) => Buffer): BundleSize {
  const files = reachableFiles(entries, (f) => readBytes(f).toString('utf8'));
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const f of files) {
    const bytes = readBytes(f);
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, rawBytes, gzipBytes };
}
