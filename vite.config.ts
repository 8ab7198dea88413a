import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { MATCH_PATTERNS_BY_PLATFORM } from './src/platforms/hosts.ts';
import type { Platform } from './src/rules/types.ts';
import { localeSubset } from './scripts/vite/locale-subset.ts';
import { plainDynamicImports } from './scripts/vite/plain-dynamic-imports.ts';
import { nativeBrowserByPrototype } from './scripts/vite/native-browser-by-prototype.ts';

/**
 * manifest.json is the source, except its version, which is package.json's (one copy, bumped by
 * `npm version`); each content script's `__PLATFORM__` placeholder is expanded from
 * src/platforms/hosts.ts, so the match patterns and the readers' URL tests never disagree.
 */
function manifest(): ManifestV3Export {
  const m = { ...structuredClone(baseManifest), version: pkg.version } as unknown as chrome.runtime.ManifestV3;
  for (const cs of m.content_scripts ?? []) {
    cs.matches = (cs.matches ?? []).flatMap((p) => {
      const platform = /^__(\w+)__$/.exec(p)?.[1]?.toLowerCase() as Platform | undefined;
      return platform ? [...MATCH_PATTERNS_BY_PLATFORM[platform]] : [p];
    });
  }
  return m as ManifestV3Export;
}

export default defineConfig({
  plugins: [localeSubset(), nativeBrowserByPrototype(), preact(), crx({ manifest: manifest() }), plainDynamicImports()],
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
