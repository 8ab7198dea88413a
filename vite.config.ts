import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { PLATFORM_DEFINITIONS } from './src/platforms/registry.ts';
import { localeSubset } from './scripts/vite/locale-subset.ts';
import { nativeBrowserByPrototype } from './scripts/vite/native-browser-by-prototype.ts';
import { contentScripts } from './scripts/vite/content-scripts.ts';
import { citationsLeftOut } from './scripts/vite/without-citations.ts';
import { asyncFirstScript } from './scripts/vite/async-first-script.ts';
import { firstLoadChunks } from './scripts/vite/first-load-chunks.ts';
import { CONTENT_PARTS, contentScriptFile, partFile } from './src/content/lazy-parts.ts';

const TARGET = 'chrome120';

/**
 * manifest.json holds everything but the version (package.json's: one copy, bumped by `npm version`),
 * the content scripts and the host permissions, which come from the platform registry, one content
 * script per platform (its content entry on its match patterns), so the manifest, the worker's
 * sender check and the readers never disagree. The host permissions are the same seller pages: the
 * worker injects the content script's lazy parts there (src/background/inject-part.ts).
 */
function manifest(): ManifestV3Export {
  const m = structuredClone(baseManifest) as unknown as chrome.runtime.ManifestV3;
  m.version = pkg.version;
  m.host_permissions = PLATFORM_DEFINITIONS.flatMap((p) => p.matchPatterns);
  return m as ManifestV3Export;
}

/** The popup's page, as the build names it. */
const POPUP_PAGE = 'src/popup/index.html';

/** The transforms every source needs, in the main build and in each content script's own build. */
const sourcePlugins = () => [localeSubset(), nativeBrowserByPrototype(), preact()];

export default defineConfig({
  plugins: [
    ...sourcePlugins(),
    crx({ manifest: manifest() }),
    // The popup asks the seller tab for its orders from a tiny script of its own, before its bundle has arrived.
    asyncFirstScript({ page: POPUP_PAGE, module: 'src/popup/first-ask.ts', name: 'popup-first-ask' }),
    // ... and its first load is five module files instead of eight.
    firstLoadChunks({ page: POPUP_PAGE, worker: 'src/background/index.ts', name: 'popup' }),
    // Content scripts are classic scripts of their own, outside crxjs (see scripts/vite/content-scripts.ts).
    contentScripts({
      scripts: PLATFORM_DEFINITIONS.map((p) => ({ fileName: contentScriptFile(p.id), entry: p.contentEntry, matches: p.matchPatterns })),
      parts: CONTENT_PARTS.map((part) => ({ fileName: partFile(part), entry: `src/content/parts/${part}.ts` })),
      // The word tables' citations are for the coverage document, not for seller pages.
      plugins: () => [...sourcePlugins(), citationsLeftOut()],
      target: TARGET,
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: TARGET,
    sourcemap: false,
    // Extension pages list every module of their first load as <link rel=modulepreload>: the browser
    // fetches them all while parsing the HTML instead of discovering them one import level at a time
    // (the popup's 8 modules came in three waves, each a round trip through the busy browser process:
    // first verdict 165 → 131 ms median with a 100,000-order history, cheaper in 12 of 15 paired opens).
    // No polyfill: Chromium supports modulepreload. Content scripts are built apart, without it.
    modulePreload: { polyfill: false },
    rollupOptions: { input: { stats: 'src/stats/index.html', privacy: 'src/privacy/index.html' } },
  },
  server: { port: 5173, strictPort: true },
});
