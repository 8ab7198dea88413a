/**
 * The Firefox build (scripts/build-firefox.ts) from the built dist/: its manifest is what Firefox
 * MV3 needs, and Mozilla's own linter (web-ext lint, offline) finds no errors in it.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFirefox, firefoxManifest, GECKO_ID } from '../../../scripts/build-firefox';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIST = join(ROOT, 'dist');
const out = mkdtempSync(join(tmpdir(), 'coc-firefox-'));

beforeAll(() => {
  if (!existsSync(join(DIST, 'manifest.json')))
    throw new Error('dist/manifest.json is missing: run "npm run build" (npm test builds first)');
  buildFirefox(DIST, out);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const manifest = () => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe('Firefox build', () => {
  it('runs the background as a module event page and names the add-on', () => {
    const m = manifest();
    const chrome = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { background: { service_worker: string } };
    expect(m.background).toEqual({ scripts: [chrome.background.service_worker], type: 'module' });
    expect(m.browser_specific_settings).toMatchObject({ gecko: { id: GECKO_ID, strict_min_version: '128.0' } });
    expect(m).not.toHaveProperty('minimum_chrome_version');
    // No file is reachable from pages in Firefox either (its content scripts are classic scripts too).
    expect(m).not.toHaveProperty('web_accessible_resources');
    // Nothing else changes: same permissions, host permissions, CSP and content scripts.
    expect(m.permissions).toEqual((chrome as unknown as Record<string, unknown>).permissions);
    expect(m.host_permissions).toEqual((chrome as unknown as Record<string, unknown>).host_permissions);
    expect(m.content_security_policy).toEqual((chrome as unknown as Record<string, unknown>).content_security_policy);
    expect(m.content_scripts).toEqual((chrome as unknown as Record<string, unknown>).content_scripts);
  });

  it('refuses a manifest without a service worker rather than writing a broken one', () => {
    expect(() => firefoxManifest({ manifest_version: 3 })).toThrow(/service_worker/);
  });

  it('passes web-ext lint with no errors', async () => {
    const bin = join(ROOT, 'node_modules/.bin/web-ext');
    // web-ext exits non-zero when it finds errors; the JSON report is on stdout either way.
    const stdout = await promisify(execFile)(bin, ['lint', '--source-dir', out, '--output', 'json', '--no-input'], { cwd: ROOT })
      .then((r) => r.stdout)
      .catch((e: { stdout?: string }) => e.stdout ?? '');
    const report = JSON.parse(stdout) as { errors: Array<{ code: string; message: string; file?: string }> };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  }, 60_000);
});
