/**
 * Firefox build: the Chrome build in dist/ with its manifest rewritten for Firefox MV3, into
 * dist-firefox/ (or the folder given as the first argument). The code is the same; only the
 * manifest differs:
 * - Firefox has no extension service workers: the background runs as an event page, i.e.
 *   "background": { "scripts": [...], "type": "module" }, which Firefox starts and stops the same way.
 * - Firefox needs an add-on id and the first version with what we use (MV3 host permissions
 *   granted at install, from 127: the worker injects the content script's lazy parts with them).
 * - Chrome-only keys Firefox warns about or rejects are dropped.
 *
 * Usage: `npm run build && npm run build:firefox` (then `npm run lint:firefox`).
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GECKO_ID = 'cancel-or-close@example.invalid';
export const GECKO_MIN_VERSION = '128.0';

type Json = Record<string, unknown>;

/** The Firefox manifest for a built Chrome manifest. Pure, so it is unit-tested without files. */
export function firefoxManifest(chrome: Json): Json {
  const m = structuredClone(chrome);
  const background = m.background as { service_worker?: string; type?: string } | undefined;
  if (!background?.service_worker) throw new Error('the Chrome manifest has no background.service_worker');
  m.background = { scripts: [background.service_worker], type: 'module' };
  // Chrome-only: Firefox ignores it with a warning; the gecko minimum below says the same for Firefox.
  delete m.minimum_chrome_version;
  // We collect nothing; Firefox asks every new add-on to say so (versions before 140 ignore the key).
  m.browser_specific_settings = {
    gecko: { id: GECKO_ID, strict_min_version: GECKO_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
  };
  return m;
}

/** Copies `fromDir` (a Chrome build) to `toDir` with the Firefox manifest. */
export function buildFirefox(fromDir: string, toDir: string): void {
  const manifestPath = join(fromDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run "npm run build" first`);
  rmSync(toDir, { recursive: true, force: true });
  cpSync(fromDir, toDir, { recursive: true });
  const chrome = JSON.parse(readFileSync(manifestPath, 'utf8')) as Json;
  writeFileSync(join(toDir, 'manifest.json'), `${JSON.stringify(firefoxManifest(chrome), null, 2)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(import.meta.dirname, '..');
  const out = resolve(root, process.argv[2] ?? 'dist-firefox');
  buildFirefox(join(root, 'dist'), out);
  console.log(`Firefox build written to ${out} (load it at about:debugging → This Firefox → Load Temporary Add-on)`);
}
