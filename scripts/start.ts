/**
 * `npm start`: the built extension in a Chromium-family browser on the bundled demo seller pages.
 * - With a display: a visible browser, one tab per demo page; close the window to quit.
 * - Without one (Linux with no $DISPLAY or $WAYLAND_DISPLAY, or --headless): headless; prints each
 *   page's verdict and saves a screenshot per page under demo-output/ (a page's one verdict
 *   unfolded, as after one click).
 * The demo pages (demo/pages/, see scripts/demo-pages.ts) are served at their real seller URLs with
 * their dates moved to today; nothing leaves the machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PAGES, serveDemoPages } from './demo-pages';
import { ROOT, launch, unfoldHint, waitForStableHints } from '../test/support/browser';
import { canShowWindow } from '../test/support/find-browser';

const headless = process.argv.includes('--headless') || !canShowWindow(process.platform, process.env);
const outDir = join(ROOT, 'demo-output');

async function main(): Promise<void> {
  const browser = await launch({ headless });
  console.log(`Cancel or Close ${headless ? '(headless)' : ''} — extension ${browser.extensionId}`);
  mkdirSync(outDir, { recursive: true });
  const summary: string[] = [];
  const urls = await serveDemoPages(browser.context);
  for (const demo of DEMO_PAGES) {
    const page = await browser.context.newPage();
    await page.goto(urls.get(demo.page)!);
    const seen = await waitForStableHints(page).catch(() => []);
    // An order page's one verdict is shown unfolded: steps, consequences and messages, not just the bar.
    const [only] = seen;
    if (headless && seen.length === 1 && only?.attrs['data-state'] === 'ready') await unfoldHint(page, only).catch(() => undefined);
    const shots = join(outDir, `${demo.page.replace(/[/.]/g, '_').replace(/_html$/, '')}.png`);
    if (headless) await page.screenshot({ path: shots, fullPage: true });
    for (const h of seen) {
      const a = h.attrs;
      const line = `${demo.title.padEnd(46)} order ${a['data-order-id'] || '(none)'}  stage=${a['data-stage']}  action=${a['data-action']}  outcome=${a['data-outcome'] || '—'}`;
      console.log(line);
      console.log(`  ${h.text.slice(0, 220)}${h.text.length > 220 ? '…' : ''}`);
      summary.push(line);
    }
    if (seen.length === 0) console.log(`${demo.title.padEnd(46)} no hint appeared`);
    if (headless) {
      console.log(`  screenshot: ${shots}`);
      await page.close();
    }
  }
  writeFileSync(join(outDir, 'verdicts.txt'), `${summary.join('\n')}\n`);
  if (headless) {
    await browser.close();
    console.log(`\nScreenshots and verdicts.txt are in ${outDir}`);
    return;
  }
  console.log('\nThe browser stays open on the demo pages; close its window to quit.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
