/**
 * `npm run icons`: renders assets/icon.svg (48 and 128 px) and assets/icon-small.svg (16 and 32 px) into public/icons/icon-{16,32,48,128}.png in the test
 * browser, with each size's transparent padding around the artwork. Chrome's store asks for a
 * 128 px icon whose artwork is 96 px with 16 px of transparent padding per side; the smaller sizes
 * show in the toolbar and the extensions page, where every pixel counts, so their padding shrinks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, launch } from '../test/support/browser';

/** Size → transparent padding per side, in pixels. */
export const ICON_PADDING: Readonly<Record<number, number>> = { 16: 0, 32: 1, 48: 4, 128: 16 };

async function main(): Promise<void> {
  const large = readFileSync(join(ROOT, 'assets/icon.svg'), 'utf8');
  const small = readFileSync(join(ROOT, 'assets/icon-small.svg'), 'utf8');
  const browser = await launch({ extensionDir: null, viewport: { width: 256, height: 256 } });
  try {
    const page = await browser.context.newPage();
    for (const [size, pad] of Object.entries(ICON_PADDING).map(([s, p]) => [Number(s), p] as const)) {
      const art = size - 2 * pad;
      const svg = size <= 32 ? small : large;
      const sized = svg.replace(/width="(96|16)" height="\1"/, `width="${art}" height="${art}"`);
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><div style="width:${size}px;height:${size}px;padding:${pad}px;box-sizing:border-box;line-height:0">${sized}</div></body></html>`,
      );
      const path = join(ROOT, `public/icons/icon-${size}.png`);
      await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(`${path} (${art} px artwork, ${pad} px padding)`);
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
