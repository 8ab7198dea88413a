/**
 * Real Chromium with an unpacked extension, for the e2e suite, `npm start` and the benchmark.
 * Uses the Chromium-family browser find-browser.ts finds (CHROMIUM_PATH overrides) through
 * playwright-core; never downloads a browser.
 * Seller pages are fixtures served at their real URLs with `context.route`, so no request leaves
 * the machine.
 */
import { chromium, type BrowserContext, type Page, type CDPSession } from 'playwright-core';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { arch, homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freshenDates } from './fresh-dates';
import { findBrowser, type BrowserLookup } from './find-browser';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');

/** This machine's browser lookup (see find-browser.ts). */
function lookUpBrowser(): BrowserLookup {
  return findBrowser({
    platform: process.platform,
    arch: arch(),
    env: process.env,
    homedir: homedir(),
    root: ROOT,
    exists: existsSync,
    list: (dir) => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
    readText: (path) => {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
  });
}

/** No usable browser: a setup step for the person, whose message already says how to take it. */
export class BrowserNotFound extends Error {}

/** The browser's executable; throws the lookup's message (with the install line) when there is none. */
export function browserPath(): string {
  const found = lookUpBrowser();
  if (!found.found) throw new BrowserNotFound(found.message);
  return found.path;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  /** Unpacked extension folder; null launches without any extension (benchmark baseline). */
  extensionDir?: string | null;
  headless?: boolean;
  /** Reuse a profile (browser-restart tests); a fresh temporary one otherwise. */
  profileDir?: string;
  viewport?: { width: number; height: number } | null;
  /** The browser's language (e.g. 'zh-CN'): what pages, and so the extension's interface, see. */
  locale?: string;
}

export async function launch(opts: LaunchOptions = {}): Promise<Launched> {
  const extensionDir = opts.extensionDir === undefined ? DIST : opts.extensionDir;
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`${extensionDir}/manifest.json is missing: run "npm run build" first`);
  const executablePath = browserPath();
  const profileDir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'coc-profile-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=DialMediaRouteProvider',
  ];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  if (opts.locale) args.push(`--lang=${opts.locale}`);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: opts.headless ?? true,
    ...(opts.locale ? { locale: opts.locale } : {}),
    args,
    viewport: opts.viewport === undefined ? { width: 1280, height: 900 } : opts.viewport,
  });
  let extensionId = '';
  if (extensionDir) {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = sw.url().split('/')[2] ?? '';
  }
  return {
    context,
    extensionId,
    profileDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !opts.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** A fixture file's HTML and the URL it declares in its first line: `<!-- url: https://… -->`. */
export function loadFixture(relPath: string): { url: string; html: string } {
  const html = readFileSync(join(ROOT, 'test/fixtures', relPath), 'utf8');
  const m = /<!--\s*url:\s*(\S+)\s*-->/.exec(html);
  if (!m?.[1]) throw new Error(`${relPath} has no <!-- url: … --> line`);
  return { url: m[1], html };
}

/** Serves `html` at exactly `url` (and nothing else on that host) in this context. */
export async function serve(context: BrowserContext, url: string, html: string): Promise<void> {
  const u = new URL(url);
  await context.route(`${u.origin}/**`, (route) => {
    const req = new URL(route.request().url());
    if (req.pathname === u.pathname) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
  });
}

/**
 * Opens a fixture at its real URL. By default its 2019 dates are moved so its purchase day is
 * yesterday (see fresh-dates.ts): the worker judges with the real clock.
 */
export async function openFixture(
  context: BrowserContext,
  relPath: string,
  { freshDates = true }: { freshDates?: boolean } = {},
): Promise<Page> {
  const { url, html } = loadFixture(relPath);
  await serve(context, url, freshDates ? freshenDates(html) : html);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

export interface HintSeen {
  attrs: Record<string, string>;
  /** The visible text inside the hint's closed shadow root, whitespace collapsed. */
  text: string;
  backendNodeId: number;
}

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

const cdpSessions = new WeakMap<Page, CDPSession>();
async function cdp(page: Page): Promise<CDPSession> {
  let s = cdpSessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    cdpSessions.set(page, s);
  }
  return s;
}

function textOf(node: CdpNode): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return '';
  const parts = [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf);
  return parts.join(' ');
}

function walk(node: CdpNode, visit: (n: CdpNode) => void): void {
  visit(node);
  for (const c of node.shadowRoots ?? []) walk(c, visit);
  for (const c of node.children ?? []) walk(c, visit);
}

const attrsOf = (n: CdpNode): Record<string, string> => {
  const a: Record<string, string> = {};
  const list = n.attributes ?? [];
  for (let i = 0; i + 1 < list.length; i += 2) a[list[i]!] = list[i + 1]!;
  return a;
};

/**
 * Every `<cancel-or-close-hint>` on the page, with its attributes and the text inside its closed
 * shadow root. Page scripts cannot see inside; the DevTools protocol can, which is what a test needs.
 */
export async function hints(page: Page): Promise<HintSeen[]> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const found: HintSeen[] = [];
  walk(root, (n) => {
    if (n.nodeName === 'CANCEL-OR-CLOSE-HINT')
      found.push({ attrs: attrsOf(n), text: textOf(n).replace(/\s+/g, ' ').trim(), backendNodeId: n.backendNodeId });
  });
  return found;
}

/**
 * The tooltips inside a hint (a list row's box says the verdict in a few words; its tooltip holds
 * the headline, the main consequence and the deadline's full sentence).
 */
export async function hintTooltips(page: Page, hint: HintSeen): Promise<string> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const titles: string[] = [];
  walk(root, (n) => {
    if (n.backendNodeId !== hint.backendNodeId) return;
    walk(n, (inner) => {
      const title = attrsOf(inner)['title'];
      if (title) titles.push(title);
    });
  });
  return titles.join('\n');
}

/** Waits until `predicate` holds for the page's hints; returns them. */
export async function waitForHints(
  page: Page,
  // Ready, and drawn: a folded list-row hint draws its text when it comes near the viewport (the
  // fixtures' few rows all are), one frame after its element appears.
  predicate: (h: HintSeen[]) => boolean = (h) => h.length > 0 && h.every((x) => x.attrs['data-state'] !== 'reading' && x.text !== ''),
  timeoutMs = 30_000,
): Promise<HintSeen[]> {
  const end = Date.now() + timeoutMs;
  let last: HintSeen[] = [];
  while (Date.now() < end) {
    last = await hints(page);
    if (predicate(last)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`hints did not settle within ${timeoutMs} ms; last seen: ${JSON.stringify(last.map((h) => h.attrs))}`);
}

/**
 * Waits for the hints to appear and then for their number to stop changing (a list page mounts one
 * per row as verdicts arrive).
 */
export async function waitForStableHints(page: Page, timeoutMs = 30_000): Promise<HintSeen[]> {
  let seen = await waitForHints(page, undefined, timeoutMs);
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(100);
    const again = await hints(page);
    if (again.length === seen.length && again.every((h) => h.text !== '')) return again;
    seen = again;
  }
  return seen;
}

/** Clicks the first element inside a hint's shadow root whose text or aria-label contains `label`. */
export async function clickInHint(page: Page, hint: HintSeen, label: string): Promise<void> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  let host: CdpNode | undefined;
  walk(root, (n) => {
    if (n.backendNodeId === hint.backendNodeId) host = n;
  });
  let target: CdpNode | undefined;
  if (host)
    walk(host, (n) => {
      if (target || n.nodeType !== 1 || !['BUTTON', 'A', 'SUMMARY'].includes(n.nodeName)) return;
      const a = attrsOf(n);
      if ((a['aria-label'] ?? '').includes(label) || textOf(n).includes(label)) target = n;
    });
  if (!target) throw new Error(`no control labelled "${label}" in the hint`);
  await s.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: target.backendNodeId });
  const { model } = (await s.send('DOM.getBoxModel', { backendNodeId: target.backendNodeId })) as {
    model: { content: number[] };
  };
  const [x1, y1, x2, , , y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x2) / 2, (y1 + y3) / 2);
}

/**
 * Unfolds a hint's compact bar into the full hint (steps, consequences, messages) the way a person
 * does, by clicking "Show details" (`label` in another interface language), and returns the hint
 * as seen once its card is drawn.
 */
export async function unfoldHint(page: Page, hint: HintSeen, timeoutMs = 15_000, label = 'Show details'): Promise<HintSeen> {
  await clickInHint(page, hint, label);
  const s = await cdp(page);
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    let card = false;
    walk(root, (n) => {
      if (n.backendNodeId !== hint.backendNodeId) return;
      walk(n, (inner) => {
        if (/\bcoc-card\b/.test(attrsOf(inner)['class'] ?? '')) card = true;
      });
    });
    if (card) {
      const again = (await hints(page)).find((h) => h.backendNodeId === hint.backendNodeId);
      if (again) return again;
    }
    await page.waitForTimeout(50);
  }
  throw new Error(`the hint of order ${hint.attrs['data-order-id']} did not unfold within ${timeoutMs} ms`);
}

/**
 * The tag names of every element inside a hint (its closed shadow root included), in document
 * order: how a test proves that page text became text and never markup inside the hint.
 */
export async function elementsInHint(page: Page, hint: HintSeen): Promise<string[]> {
  const s = await cdp(page);
  const { root } = (await s.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const names: string[] = [];
  walk(root, (n) => {
    if (n.backendNodeId !== hint.backendNodeId) return;
    walk(n, (inner) => {
      if (inner.nodeType === 1 && inner !== n) names.push(inner.nodeName);
    });
  });
  return names;
}

/**
 * The backend node id of a hint's closed shadow root, through DevTools. Our UI's root sits on the
 * box inside the contract element (a page may define the element itself), so the element's own
 * roots are looked at first, then its children's.
 */
export async function hintShadowRootId(s: CDPSession, hintBackendNodeId: number): Promise<number> {
  type Described = { shadowRoots?: Array<{ backendNodeId: number }>; children?: Described[] };
  const { node } = (await s.send('DOM.describeNode', { backendNodeId: hintBackendNodeId, depth: 2, pierce: true })) as { node: Described };
  const root = node.shadowRoots?.[0] ?? node.children?.find((c) => c.shadowRoots?.length)?.shadowRoots?.[0];
  if (!root) throw new Error('hint has no shadow root');
  return root.backendNodeId;
}
