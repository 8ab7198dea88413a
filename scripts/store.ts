/**
 * `npm run release` (after the build and the zips): writes store/, everything a store listing asks for.
 * - Text (`--text-only` writes just these, no browser): listing.<lang>.md, permissions.md, README.md,
 *   from scripts/store/listing.ts, public/_locales and the built dist/manifest.json.
 * - Images, taken by the test browser from the built extension on the demo pages (demo/pages/, at
 *   their real URLs, as `npm start` opens them): five 1280 × 800 screenshots per language (the browser set to it,
 *   so the extension speaks it), the 440 × 280 promo tile per language (scripts/store/promo.html)
 *   and Edge's 300 × 300 logo (assets/icon.svg).
 * Chinese text needs a CJK font in the browser (Debian: fonts-noto-cjk).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, ROOT, launch, serve, unfoldHint, waitForHints, waitForStableHints } from '../test/support/browser';
import { loadDemoPage } from './demo-pages';
import { LISTING_LANGS, PROMO_TAGLINE, SCREENSHOTS, type ListingLang } from './store/listing';
import { listingDoc, permissionsDoc, shortDescriptionProblems, storeIndex, type BuiltManifest, type Catalogue } from './store/render';

const OUT = join(ROOT, 'store');
const SHOTS = join(OUT, 'screenshots');
const SIZE = { width: 1280, height: 800 };

const PLATFORM_LINE: Readonly<Record<ListingLang, string>> = {
  en: 'Amazon · AliExpress · 1688 · Shopify',
  zh_CN: '亚马逊 · 速卖通 · 1688 · Shopify',
};

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const catalogue = (lang: ListingLang): Catalogue => readJson(join(ROOT, `public/_locales/${lang}/messages.json`));

function writeText(manifest: BuiltManifest): void {
  const problems = LISTING_LANGS.flatMap((lang) => shortDescriptionProblems(catalogue(lang), lang));
  if (problems.length) throw new Error(problems.join('\n'));
  mkdirSync(OUT, { recursive: true });
  for (const lang of LISTING_LANGS) writeFileSync(join(OUT, `listing.${lang}.md`), listingDoc(lang, catalogue(lang)));
  writeFileSync(join(OUT, 'permissions.md'), permissionsDoc(manifest));
  writeFileSync(join(OUT, 'README.md'), storeIndex(manifest.version, SCREENSHOTS));
  console.log('store: listing.en.md, listing.zh_CN.md, permissions.md, README.md');
}

/** A demo page as `npm start` opens it: at its real URL, styled, its dates moved to today. */
async function openDemo(context: BrowserContext, demoPage: string): Promise<Page> {
  const { url, html } = loadDemoPage(demoPage);
  await serve(context, url, html);
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  await page.goto(url);
  return page;
}

/** A demo page at the store's size with its one hint unfolded and in view. */
async function orderPage(context: BrowserContext, demoPage: string, lang: ListingLang): Promise<Page> {
  const page = await openDemo(context, demoPage);
  const [bar] = await waitForHints(page);
  if (bar?.attrs['data-state'] !== 'ready') throw new Error(`${demoPage}: no verdict (${JSON.stringify(bar?.attrs)})`);
  await unfoldHint(page, bar, 15_000, catalogue(lang)['expand']?.message);
  // The page's top stays in view (its heading and status) unless the hint sits too low to show.
  await page.evaluate(() => {
    const top = document.querySelector('cancel-or-close-hint')?.getBoundingClientRect().top ?? 0;
    if (top > 360) window.scrollTo(0, top - 200);
  });
  await page.waitForTimeout(200);
  return page;
}

/** A list page at the store's size with its row hints drawn. */
async function listPage(context: BrowserContext, demoPage: string): Promise<Page> {
  const page = await openDemo(context, demoPage);
  await waitForStableHints(page);
  return page;
}

/** The popup as it opens over the tab: the page behind, the popup at the toolbar's corner. */
async function popupOver(context: BrowserContext, extensionId: string, demoPage: string, path: string): Promise<void> {
  const tab = await openDemo(context, demoPage);
  await waitForStableHints(tab);
  const behind = await tab.screenshot();
  const [sw] = context.serviceWorkers();
  const tabId = await sw!.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id ?? 0)));
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector('.coc-card');
  const height = Math.min(720, await popup.evaluate(() => document.documentElement.scrollHeight));
  const front = await popup.screenshot({ clip: { x: 0, y: 0, width: 380, height } });
  const frame = await context.newPage();
  await frame.setViewportSize(SIZE);
  const img = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await frame.setContent(
    `<body style="margin:0;position:relative;width:1280px;height:800px;overflow:hidden">` +
      `<img src="${img(behind)}" style="position:absolute;inset:0">` +
      `<img src="${img(front)}" style="position:absolute;top:8px;right:24px;border-radius:8px;box-shadow:0 8px 28px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.12)">` +
      `</body>`,
  );
  await frame.screenshot({ path });
  await Promise.all([tab.close(), popup.close(), frame.close()]);
}

/** The browser's language for each listing language: the extension's interface follows it. */
const LOCALE: Readonly<Record<ListingLang, string>> = { en: 'en-US', zh_CN: 'zh-CN' };

async function writeScreenshots(lang: ListingLang): Promise<void> {
  const dir = join(SHOTS, lang);
  mkdirSync(dir, { recursive: true });
  const browser = await launch({ viewport: SIZE, locale: LOCALE[lang] });
  try {
    for (const { file, page: demoPage, view } of SCREENSHOTS) {
      const path = join(dir, file);
      if (view === 'popup') await popupOver(browser.context, browser.extensionId, demoPage, path);
      else {
        const page = view === 'order' ? await orderPage(browser.context, demoPage, lang) : await listPage(browser.context, demoPage);
        await page.screenshot({ path });
        await page.close();
      }
      console.log(`store: screenshots/${lang}/${file}`);
    }
  } finally {
    await browser.close();
  }
}

async function writeImages(): Promise<void> {
  rmSync(SHOTS, { recursive: true, force: true });
  for (const lang of LISTING_LANGS) await writeScreenshots(lang);
  const browser = await launch({ extensionDir: null, viewport: SIZE });
  try {
    const { context } = browser;
    const icon = readFileSync(join(ROOT, 'assets/icon.svg'), 'utf8');
    const page = await context.newPage();
    const template = readFileSync(join(ROOT, 'scripts/store/promo.html'), 'utf8');
    for (const lang of LISTING_LANGS) {
      const fill: Record<string, string> = {
        lang: lang === 'zh_CN' ? 'zh-CN' : 'en',
        icon,
        name: escapeHtml(catalogue(lang)['extName']?.message ?? ''),
        tagline: escapeHtml(PROMO_TAGLINE[lang]),
        platforms: escapeHtml(PLATFORM_LINE[lang]),
      };
      await page.setViewportSize({ width: 440, height: 280 });
      await page.setContent(template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => fill[key] ?? ''));
      await page.screenshot({ path: join(OUT, `promo-440x280.${lang}.png`), clip: { x: 0, y: 0, width: 440, height: 280 } });
      console.log(`store: promo-440x280.${lang}.png`);
    }
    // Edge's logo: the icon's artwork on the same proportion of transparent padding as the 128 px icon.
    await page.setViewportSize({ width: 300, height: 300 });
    await page.setContent(
      `<body style="margin:0;background:transparent"><div style="width:300px;height:300px;padding:38px;box-sizing:border-box;line-height:0">${icon.replace(/width="96" height="96"/, 'width="224" height="224"')}</div></body>`,
    );
    await page.screenshot({ path: join(OUT, 'logo-300.png'), omitBackground: true, clip: { x: 0, y: 0, width: 300, height: 300 } });
    console.log('store: logo-300.png');
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const manifest = readJson<BuiltManifest>(join(DIST, 'manifest.json'));
  writeText(manifest);
  if (!process.argv.includes('--text-only')) await writeImages();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
