/**
 * Vite plugin: the content scripts, and the parts of them that load later, each built as ONE
 * self-contained classic script (an IIFE: no import, no chunk), and the content scripts written
 * into the manifest.
 *
 * Why not crxjs's content scripts: crxjs emits a small loader per content script that imports the
 * real code as ES modules with `import(chrome.runtime.getURL(…))`, so every chunk of it has to be
 * web-accessible, and any page on a matched host (an attacker's own *.myshopify.com store among
 * them) could fetch the chunks and learn that the extension is installed, and which build it is.
 * Chrome's `use_dynamic_url` would hide the stable URL but breaks that loader. A classic script
 * needs no other file, so nothing has to be web-accessible at all; what loads later (the unfolded
 * hint, a list's summary) is a separate classic script the worker injects into the asking page's
 * isolated world (src/background/inject-part.ts, src/content/load-part.ts).
 *
 * Each script is a sub-build of its own, with the same transforms as the main build (the plugins
 * are passed in), run while the main build writes its files; the result is emitted into the same
 * output, and the manifest crxjs wrote gets its `content_scripts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type PluginOption, type Plugin, type Rolldown } from 'vite';

export interface ClassicScript {
  /** Path in the built extension, e.g. 'content/amazon.js'. */
  fileName: string;
  /** Source entry, e.g. 'src/platforms/amazon/content.ts'. */
  entry: string;
}

export interface ContentScript extends ClassicScript {
  matches: readonly string[];
}

export interface ContentScriptsOptions {
  /** One per platform, each on its seller pages. */
  scripts: readonly ContentScript[];
  /** The lazy parts, injected by the worker on request. */
  parts: readonly ClassicScript[];
  /** The transforms the sources need (locale subsets, Preact, …): a fresh set for every sub-build. */
  plugins: () => PluginOption[];
  target: string;
}

/** What must never be in a classic script: a module import, static or dynamic (it would need a web-accessible file). */
export function moduleSyntaxIn(code: string): string | null {
  if (/\bimport\s*\(/.test(code)) return 'a dynamic import()';
  if (/(?:^|[;}\n])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']/.test(code)) return 'a static import';
  if (/(?:^|[;}\n])\s*export\s*[{*\w]/.test(code)) return 'an export';
  if (/\bimport\.meta\b/.test(code)) return 'import.meta';
  return null;
}

/**
 * V8's explicit compile hint (Chrome 136+; a comment elsewhere): compile every function of the script when the
 * script is compiled. A content script gets no code cache, and without the hint V8 pre-parses each function and then
 * parses it again when first called, which is nearly every function of ours on an order page: measured with
 * `npm run bench:ab`, the hint made the detail page 3.4 ms and the 100-row list 5.3 ms cheaper (12 and 14 of 15
 * paired runs). It must be the script's first line.
 */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Builds `script` as one classic script and returns its code, with the eager compile hint on top. */
export async function buildClassic(
  script: ClassicScript,
  options: Pick<ContentScriptsOptions, 'plugins' | 'target'> & { minify?: boolean | 'oxc' | 'terser' | 'esbuild' },
): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins: options.plugins(),
    build: {
      write: false,
      target: options.target,
      sourcemap: false,
      // The main build's choice: `vite build --minify false` gives readable content scripts (npm run bench:profile).
      ...(options.minify !== undefined && { minify: options.minify }),
      modulePreload: false,
      copyPublicDir: false,
      rollupOptions: { input: script.entry, output: { format: 'iife', entryFileNames: script.fileName } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const files = outputs.flatMap((o) => o.output);
  const chunks = files.filter((f): f is Rolldown.OutputChunk => f.type === 'chunk');
  if (files.length !== 1 || chunks.length !== 1)
    throw new Error(`${script.entry} must build to one file, not ${files.map((f) => f.fileName).join(', ')}`);
  const code = chunks[0]!.code;
  const problem = moduleSyntaxIn(code);
  if (problem) throw new Error(`${script.entry} built to a script with ${problem}: it would need a file pages can reach`);
  return `${EAGER_COMPILE_HINT}\n${code}`;
}

interface ManifestLike {
  content_scripts?: unknown[];
  web_accessible_resources?: unknown[];
}

/** The manifest with our content scripts, and without web-accessible resources. */
export function withContentScripts(manifest: ManifestLike, scripts: readonly ContentScript[]): ManifestLike {
  if (manifest.content_scripts?.length) throw new Error('the manifest already has content_scripts: they come from this plugin only');
  if (manifest.web_accessible_resources?.length)
    throw new Error('the manifest has web_accessible_resources: no file of ours may be reachable from pages');
  const { web_accessible_resources: _none, ...rest } = manifest;
  return {
    ...rest,
    content_scripts: scripts.map((s) => ({ matches: [...s.matches], js: [s.fileName], run_at: 'document_idle' })),
  };
}

export function contentScripts(options: ContentScriptsOptions): Plugin {
  let minify: boolean | 'oxc' | 'terser' | 'esbuild' | undefined;
  return {
    name: 'coc-content-scripts',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      minify = config.build.minify;
    },
    async generateBundle() {
      const all = [...options.scripts, ...options.parts];
      const codes = await Promise.all(all.map((s) => buildClassic(s, { ...options, minify })));
      all.forEach((s, i) => this.emitFile({ type: 'asset', fileName: s.fileName, source: codes[i]! }));
    },
    // crxjs writes the manifest in its own last step of generating the bundle: it is amended once written.
    writeBundle: {
      order: 'post',
      handler(output) {
        if (!output.dir) throw new Error('the build has no output folder');
        const path = join(output.dir, 'manifest.json');
        const manifest = JSON.parse(readFileSync(path, 'utf8')) as ManifestLike;
        writeFileSync(path, `${JSON.stringify(withContentScripts(manifest, options.scripts), null, 2)}\n`);
      },
    },
  };
}
