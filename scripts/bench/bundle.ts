/**
 * Bundle sizes per entry of the built extension, read from dist/manifest.json. An entry's size is
 * its files plus every file they import, transitively (static `import … from "./x.js"` / `import
 * "./x.js"` in the chunks); HTML pages count their module scripts and stylesheets.
 *
 * The content scripts are one self-contained classic script per platform (scripts/vite/content-scripts.ts):
 * what a seller page loads before its first hint is that one file, so each is measured on its own,
 * and the budget holds the largest. The lazy parts (src/content/lazy-parts.ts) are separate scripts
 * the worker injects later, measured apart.
 */
import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';
import { CONTENT_PARTS, partFile } from '../../src/content/lazy-parts';

export interface EntryFiles {
  /** The largest platform's content script (every other platform's is smaller). */
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
const HTML_ASSET = /<(?:script[^>]*\ssrc|link[^>]*\shref)=["']([^"']+\.(?:js|css))["']/g;

const all = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => m[1]!);

/** Paths (relative to dist/) a JS file at `file` imports. */
export function importsOf(file: string, code: string): string[] {
  const dir = posix.dirname(file);
  const relative = all(STATIC_IMPORT, code)
    .filter((s) => s.startsWith('.') || s.startsWith('/'))
    .map((s) => (s.startsWith('/') ? s.slice(1) : posix.join(dir, s)));
  return relative;
}

/** Paths (relative to dist/) of the scripts and stylesheets an HTML page at `file` loads. */
export function htmlAssetsOf(file: string, html: string): string[] {
  const dir = posix.dirname(file);
  return all(HTML_ASSET, html).map((s) => (s.startsWith('/') ? s.slice(1) : posix.join(dir, s)));
}

/** Each content script's files, by its file's name without the folder and `.js` ('amazon'). */
export function contentScriptsOf(manifest: ManifestLike): Record<string, string[]> {
  return Object.fromEntries((manifest.content_scripts ?? []).map((c) => [posix.basename(c.js?.[0] ?? '', '.js'), c.js ?? []]));
}

/** Each lazy part's file ('hint-ui' → ['content/hint-ui.js']). */
export function lazyPartsOf(): Record<string, string[]> {
  return Object.fromEntries(CONTENT_PARTS.map((part) => [part, [partFile(part)]]));
}

/** The entry files of each bundle; content = the content script with the most gzip bytes (`readBytes` reads a file of dist/). */
export function entriesOf(manifest: ManifestLike, readBytes: (file: string) => Buffer): EntryFiles {
  const scripts = Object.values(contentScriptsOf(manifest));
  const sizes = scripts.map((files) => bundleSize(files, readBytes).gzipBytes);
  const largest = scripts[sizes.indexOf(Math.max(...sizes))];
  const options = manifest.options_ui?.page ?? manifest.options_page;
  return {
    content: largest ?? [],
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

/** gzip KB of each content script and of each lazy part, for the report. */
export function contentBundleKB(
  manifest: ManifestLike,
  readBytes: (file: string) => Buffer,
): { byScript: Record<string, number>; lazy: Record<string, number> } {
  const kb = (groups: Record<string, string[]>) =>
    Object.fromEntries(
      Object.entries(groups).map(([name, files]) => [name, Math.round(bundleSize(files, readBytes).gzipBytes / 102.4) / 10]),
    );
  return { byScript: kb(contentScriptsOf(manifest)), lazy: kb(lazyPartsOf()) };
}
