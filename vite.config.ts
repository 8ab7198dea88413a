import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import { amazonMatchPatterns } from './src/platforms/amazon/hosts';

/**
 * manifest.json is the source; the host list is expanded from src/platforms/<site>/hosts.ts so the
 * match patterns and the readers' URL detection never disagree.
 */
function manifest(): ManifestV3Export {
  const m = structuredClone(baseManifest) as unknown as chrome.runtime.ManifestV3;
  for (const cs of m.content_scripts ?? []) {
    cs.matches = (cs.matches ?? []).flatMap((p) => (p === '__AMAZON_SELLER_HOSTS__' ? amazonMatchPatterns() : [p]));
  }
  return m as ManifestV3Export;
}

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifest() })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    modulePreload: false,
  },
  server: { port: 5173, strictPort: true },
});
