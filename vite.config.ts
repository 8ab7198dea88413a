import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { PLATFORM_DEFINITIONS } from './src/platforms/registry.ts';
import { localeSubset } from './scripts/vite/locale-subset.ts';
import { plainDynamicImports, plainPreloadHelper } from './scripts/vite/plain-dynamic-imports.ts';
import { nativeBrowserByPrototype } from './scripts/vite/native-browser-by-prototype.ts';

/**
 * manifest.json holds everything but the version (package.json's: one copy, bumped by `npm version`)
 * and the content scripts, which come from the platform registry, one per platform (its content entry
 * on its match patterns), so the manifest, the worker's sender check and the readers never disagree.
 */
function manifest(): ManifestV3Export {
  const m = structuredClone(baseManifest) as unknown as chrome.runtime.ManifestV3;
  m.version = pkg.version;
  m.content_scripts = PLATFORM_DEFINITIONS.map((p) => ({
    matches: [...p.matchPatterns],
    js: [p.contentEntry],
    run_at: 'document_idle',
  }));
  return m as ManifestV3Export;
}

export default defineConfig({
  plugins: [
    plainPreloadHelper(),
    localeSubset(),
    nativeBrowserByPrototype(),
    preact(),
    crx({ manifest: manifest() }),
    plainDynamicImports(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    modulePreload: false,
    rollupOptions: { input: { stats: 'src/stats/index.html', privacy: 'src/privacy/index.html' } },
  },
  server: { port: 5173, strictPort: true },
});
