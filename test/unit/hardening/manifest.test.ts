/**
 * Least privilege, checked on what ships: the BUILT dist/manifest.json and dist/ files (npm test
 * builds first). Everything the extension may touch is listed here; anything added to the manifest
 * beyond it fails, so a widening has to be a deliberate change to this allow-list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SELLER_MATCH_PATTERNS } from '../../../src/platforms/registry';
import { CONTENT_PARTS, partFile } from '../../../src/content/lazy-parts';
import { moduleSyntaxIn } from '../../../scripts/vite/content-scripts';

const DIST = resolve(import.meta.dirname, '../../../dist');

/**
 * API permissions we may ask for: activeTab grants nothing until the person clicks; alarms and
 * notifications carry the deadline reminders (src/background/reminders.ts) and read no page;
 * scripting lets the worker inject the content script's lazy parts into the seller page that asks
 * (src/background/inject-part.ts), only on the seller hosts of host_permissions.
 */
const ALLOWED_PERMISSIONS = new Set(['activeTab', 'alarms', 'notifications', 'scripting']);
/** Keys of the manifest we know and have judged; a new key must be looked at and added here. */
const KNOWN_KEYS = new Set([
  'manifest_version',
  'name',
  'short_name',
  'description',
  'version',
  'default_locale',
  'minimum_chrome_version',
  'icons',
  'action',
  'options_page',
  'background',
  'content_scripts',
  'permissions',
  'content_security_policy',
  'host_permissions',
]);

interface WebAccessible {
  matches?: string[];
  resources: string[];
  use_dynamic_url?: boolean;
  extension_ids?: string[];
}
interface Manifest {
  [key: string]: unknown;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js?: string[]; css?: string[]; all_frames?: boolean; world?: string }>;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  web_accessible_resources?: WebAccessible[];
  background?: { service_worker?: string; type?: string };
  externally_connectable?: unknown;
}

function builtManifest(): Manifest {
  const path = join(DIST, 'manifest.json');
  if (!existsSync(path)) throw new Error('dist/manifest.json is missing: run "npm run build" first (npm test builds before testing)');
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

const SELLER = new Set(SELLER_MATCH_PATTERNS);

/** What this test refuses, as a pure function so it can be shown to refuse. */
function privilegeProblems(m: Manifest): string[] {
  const problems: string[] = [];
  const broad = (p: string) => p === '<all_urls>' || /^(\*|https?|wss?):\/\/\*\//.test(p) || /^\*:/.test(p);
  for (const key of Object.keys(m)) if (!KNOWN_KEYS.has(key)) problems.push(`manifest key "${key}" is not on the allow-list`);
  for (const p of m.permissions ?? []) if (!ALLOWED_PERMISSIONS.has(p)) problems.push(`permission "${p}" is not allowed`);
  for (const p of [...(m.host_permissions ?? []), ...(m.optional_host_permissions ?? [])])
    if (!SELLER.has(p)) problems.push(`host permission "${p}" is not a seller page`);
  for (const p of m.optional_permissions ?? []) if (!ALLOWED_PERMISSIONS.has(p)) problems.push(`optional permission "${p}" is not allowed`);
  for (const cs of m.content_scripts ?? []) {
    for (const p of cs.matches) if (broad(p) || !SELLER.has(p)) problems.push(`content script matches "${p}", not a seller page`);
    if (cs.world === 'MAIN') problems.push('a content script runs in the page’s own world');
  }
  // Any web-accessible file lets every page on its hosts (an attacker's own *.myshopify.com store
  // among them) detect the extension and its build by fetching it: none may be (issue 15).
  for (const war of m.web_accessible_resources ?? [])
    problems.push(`web_accessible_resources expose ${war.resources.join(', ')} to ${(war.matches ?? war.extension_ids ?? []).join(', ')}`);
  const csp = m.content_security_policy?.extension_pages ?? '';
  const scriptSrc = /(?:^|;)\s*script-src\s+([^;]*)/.exec(csp)?.[1]?.trim().split(/\s+/) ?? [];
  if (scriptSrc.join(' ') !== "'self'") problems.push(`extension pages' script-src is "${scriptSrc.join(' ')}", not just 'self'`);
  if (/'unsafe-(eval|inline)'|'wasm-unsafe-eval'|https?:|\*/.test(csp))
    problems.push('extension pages’ CSP allows eval, inline or remote sources');
  if (!/connect-src 'none'/.test(csp)) problems.push('extension pages’ CSP allows network connections');
  // Default-deny: whatever directive is not named falls back to 'none' (no remote image, style or frame).
  if (!/(?:^|;)\s*default-src 'none'/.test(csp)) problems.push("extension pages’ CSP has no default-src 'none'");
  for (const directive of ['img-src', 'style-src', 'frame-src', 'font-src']) {
    const sources = new RegExp(`(?:^|;)\\s*${directive}\\s+([^;]*)`).exec(csp)?.[1]?.trim().split(/\s+/) ?? [];
    if (sources.length === 0) problems.push(`extension pages’ CSP does not name ${directive}`);
    if (sources.some((src) => !["'self'", "'none'", 'data:'].includes(src)))
      problems.push(`extension pages’ ${directive} allows ${sources.join(' ')}`);
  }
  if (m.externally_connectable) problems.push('web pages or other extensions may message us (externally_connectable)');
  return problems;
}

describe('the built manifest asks for no more than it needs', () => {
  it('has nothing beyond the allow-list', () => {
    expect(privilegeProblems(builtManifest())).toEqual([]);
  });

  it('would refuse <all_urls>, wildcard hosts, new permissions and a loosened CSP', () => {
    const m = builtManifest();
    const widened: Manifest[] = [
      { ...m, host_permissions: ['<all_urls>'] },
      { ...m, host_permissions: ['https://*/*'] },
      { ...m, permissions: ['tabs'] },
      { ...m, content_scripts: [{ matches: ['<all_urls>'], js: ['x.js'] }] },
      { ...m, content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'; connect-src 'none'" } },
      { ...m, content_security_policy: { extension_pages: "script-src 'self' https://cdn.example; connect-src 'none'" } },
      { ...m, content_security_policy: { extension_pages: "script-src 'self'" } },
      {
        ...m,
        content_security_policy: {
          extension_pages: "script-src 'self'; connect-src 'none'; img-src 'self'; style-src 'self'; frame-src 'none'; font-src 'self'",
        },
      },
      {
        ...m,
        content_security_policy: {
          extension_pages: (m.content_security_policy?.extension_pages ?? '').replace(
            "img-src 'self' data:",
            'img-src https://example.com',
          ),
        },
      },
      { ...m, web_accessible_resources: [{ matches: ['<all_urls>'], resources: ['assets/x.js'] }] },
      {
        ...m,
        web_accessible_resources: [{ matches: ['https://*.myshopify.com/*'], resources: ['assets/chunk.js'], use_dynamic_url: true }],
      },
      { ...m, host_permissions: [...SELLER, 'https://example.com/*'] },
      { ...m, externally_connectable: { matches: ['https://sellercentral.amazon.com/*'] } },
    ];
    for (const w of widened) expect(privilegeProblems(w), JSON.stringify(w).slice(0, 80)).not.toEqual([]);
  });

  it('content scripts run only on the seller pages in src/platforms/registry.ts, every one of them', () => {
    const matched = (builtManifest().content_scripts ?? []).flatMap((cs) => cs.matches);
    expect(new Set(matched)).toEqual(SELLER);
  });

  it('may inject scripts into the seller pages only, every one of them (the lazy parts of the content script)', () => {
    const m = builtManifest();
    expect(m.permissions).toContain('scripting');
    expect(new Set(m.host_permissions)).toEqual(SELLER);
  });

  it('exposes no file to pages: each content script and each lazy part is one self-contained classic script', () => {
    const m = builtManifest();
    expect(m.web_accessible_resources ?? []).toEqual([]);
    const scripts = (m.content_scripts ?? []).flatMap((cs) => cs.js ?? []);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts).toHaveLength((m.content_scripts ?? []).length);
    for (const file of [...scripts, ...CONTENT_PARTS.map(partFile)]) {
      const path = join(DIST, file);
      expect(existsSync(path), file).toBe(true);
      // An import or export would need a module file the page's origin can load: a web-accessible one.
      expect(moduleSyntaxIn(readFileSync(path, 'utf8')), file).toBeNull();
    }
  });

  it('ships no remote code: every script is a file inside the package', () => {
    const files = filesUnder(DIST).map((f) => relative(DIST, f));
    const remote: string[] = [];
    for (const f of files.filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(DIST, f), 'utf8');
      if (/\bimport\s*\(\s*["'`](?:https?:)?\/\//.test(code)) remote.push(`${f}: dynamic import of a remote URL`);
      if (/\b(?:from|import)\s*["'`](?:https?:)?\/\//.test(code)) remote.push(`${f}: static import of a remote URL`);
      if (/\bimportScripts\s*\(/.test(code)) remote.push(`${f}: importScripts`);
      if (/\beval\s*\(|\bnew\s+Function\s*\(/.test(code)) remote.push(`${f}: eval or new Function`);
    }
    for (const f of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(DIST, f), 'utf8');
      for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi))
        if (/^(?:[a-z]+:)?\/\//i.test(src!)) remote.push(`${f}: <script src="${src}">`);
      if (/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/i.test(html)) remote.push(`${f}: inline script`);
      if (/<link\b[^>]*href\s*=\s*["']?(?:https?:)?\/\//i.test(html)) remote.push(`${f}: remote stylesheet or preload`);
    }
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(remote).toEqual([]);
  });
});
