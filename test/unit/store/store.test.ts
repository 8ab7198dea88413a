/**
 * store/ (written by `npm run release`, committed) against what the stores ask for and against the
 * build it describes: image sizes, the listing in English and Simplified Chinese within the
 * length limits, and a reason for every permission and host the BUILT manifest asks for.
 * The icons too: their sizes and the 128 px icon's transparent padding.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PAGES } from '../../../scripts/demo-pages';
import { ICON_PADDING } from '../../../scripts/icons';
import { LISTING_LANGS, LONG_DESCRIPTION, SCREENSHOTS, SHORT_DESCRIPTION_MAX, type ListingLang } from '../../../scripts/store/listing';
import {
  justificationProblems,
  listingDoc,
  permissionsDoc,
  shortDescriptionProblems,
  storeIndex,
  type BuiltManifest,
  type Catalogue,
} from '../../../scripts/store/render';
import { pngAlpha, pngSize } from '../../support/png';

const ROOT = resolve(import.meta.dirname, '../../..');
const STORE = join(ROOT, 'store');
const REGENERATE = 'run "npm run release" (or "npx tsx scripts/store.ts --text-only" for the text files)';

function builtManifest(): BuiltManifest {
  const path = join(ROOT, 'dist/manifest.json');
  if (!existsSync(path)) throw new Error('dist/manifest.json is missing: run "npm run build" first (npm test builds before testing)');
  return JSON.parse(readFileSync(path, 'utf8')) as BuiltManifest;
}
const catalogue = (lang: ListingLang): Catalogue =>
  JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Catalogue;
const read = (file: string): string => readFileSync(join(STORE, file), 'utf8');
const sizeOf = (path: string) => pngSize(readFileSync(path));
const CJK = /[\u3400-\u9fff]/;

describe('store images', () => {
  it('has the five 1280 × 800 screenshots in each language and no others', () => {
    expect(readdirSync(join(STORE, 'screenshots')).sort()).toEqual([...LISTING_LANGS].sort());
    for (const lang of LISTING_LANGS) {
      const dir = join(STORE, 'screenshots', lang);
      expect(readdirSync(dir).sort(), lang).toEqual(SCREENSHOTS.map((s) => s.file).sort());
      for (const { file } of SCREENSHOTS) expect(sizeOf(join(dir, file)), `${lang}/${file}`).toEqual({ width: 1280, height: 800 });
    }
  });

  it('shows demo pages, the ones `npm start` opens', () => {
    const demos = new Set(DEMO_PAGES.map((d) => d.page));
    for (const { page } of SCREENSHOTS) expect(demos, page).toContain(page);
  });

  it('has a 440 × 280 promo tile per language and Edge’s 300 × 300 logo', () => {
    for (const lang of LISTING_LANGS) expect(sizeOf(join(STORE, `promo-440x280.${lang}.png`)), lang).toEqual({ width: 440, height: 280 });
    expect(sizeOf(join(STORE, 'logo-300.png'))).toEqual({ width: 300, height: 300 });
  });
});

describe('the icons', () => {
  it('are the manifest’s sizes, each with its transparent padding and artwork up to it', () => {
    for (const [size, pad] of Object.entries(ICON_PADDING).map(([s, p]) => [Number(s), p] as const)) {
      const { width, height, alpha } = pngAlpha(readFileSync(join(ROOT, `public/icons/icon-${size}.png`)));
      expect({ width, height }, `icon-${size}`).toEqual({ width: size, height: size });
      // The drawn pixels' bounding box: inside the padding, and filling the artwork box's height.
      let [top, bottom, left, right] = [size, -1, size, -1];
      for (let y = 0; y < size; y++)
        for (let x = 0; x < size; x++)
          if (alpha(x, y) > 0) [top, bottom, left, right] = [Math.min(top, y), Math.max(bottom, y), Math.min(left, x), Math.max(right, x)];
      const box = size - 2 * pad;
      expect(Math.min(top, left), `icon-${size}: nothing drawn in the padding`).toBeGreaterThanOrEqual(pad);
      expect(Math.max(bottom, right), `icon-${size}: nothing drawn in the padding`).toBeLessThan(size - pad);
      expect(bottom - top + 1, `icon-${size}: the artwork fills its box`).toBeGreaterThanOrEqual(Math.floor(box * 0.9));
    }
  });

  it('has Chrome’s 16 px padding on the 128 px store icon', () => {
    expect(ICON_PADDING[128]).toBe(16);
  });
});

describe('store listing text', () => {
  it('is written for both languages, from the current sources', () => {
    for (const lang of LISTING_LANGS) expect(read(`listing.${lang}.md`), `${lang}: ${REGENERATE}`).toBe(listingDoc(lang, catalogue(lang)));
    expect(read('README.md'), REGENERATE).toBe(storeIndex(builtManifest().version, SCREENSHOTS));
  });

  it('keeps the short description (the manifest’s) within the stores’ limit, in each language', () => {
    for (const lang of LISTING_LANGS) expect(shortDescriptionProblems(catalogue(lang), lang)).toEqual([]);
    const tooLong = { extDescription: { message: 'x'.repeat(SHORT_DESCRIPTION_MAX + 1) } };
    expect(shortDescriptionProblems(tooLong, 'en')).toHaveLength(1);
  });

  it('is English in English and Chinese in Chinese', () => {
    expect(LONG_DESCRIPTION.en).not.toMatch(CJK);
    expect(catalogue('en')['extDescription']?.message).not.toMatch(CJK);
    const zhLong = LONG_DESCRIPTION.zh_CN;
    expect(catalogue('zh_CN')['extDescription']?.message).toMatch(CJK);
    // Mostly Chinese: platform names and numbers aside, the letters are few.
    expect((zhLong.match(/[a-z]/gi) ?? []).length / [...zhLong].length).toBeLessThan(0.1);
  });
});

describe('permission justifications', () => {
  it('cover every permission and host of the built manifest, and store/permissions.md is current', () => {
    const manifest = builtManifest();
    expect(justificationProblems(manifest)).toEqual([]);
    expect(read('permissions.md'), REGENERATE).toBe(permissionsDoc(manifest));
  });

  it('refuse a new permission or host without a reason', () => {
    const manifest = builtManifest();
    const widened = {
      ...manifest,
      permissions: [...(manifest.permissions ?? []), 'tabs'],
      content_scripts: [...(manifest.content_scripts ?? []), { matches: ['https://www.ebay.com/*'] }],
    };
    const problems = justificationProblems(widened);
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/"tabs"/);
    expect(problems.join('\n')).toMatch(/ebay/);
    expect(() => permissionsDoc(widened)).toThrow(/unjustified/);
  });
});

describe('the version', () => {
  it('comes from package.json alone', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(builtManifest().version).toBe(pkg.version);
    expect(JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'))).not.toHaveProperty('version');
  });

  it('has its section in CHANGELOG.md', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const headings = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8').match(/^## \S+/gm) ?? [];
    expect(headings, 'bumped the version? say what changed in CHANGELOG.md').toContain(`## ${version}`);
  });
});
