/**
 * Light or dark, as the page is where the hint sits: a hint follows the host page's colours, not
 * only the system's (a dark hint on a white Seller Central reads as a foreign object, and a light
 * one on a dark admin theme glares). Read once per page, from where the first hint is drawn: one
 * page has one background. And read once the frame that draws the first hints has been rendered:
 * a computed style read while our hints are just in makes the browser recompute the styles of the
 * whole page in our task (a 500-row list), where after the frame it costs nothing. Until then a
 * hint is light, the common case.
 */
type Theme = 'light' | 'dark';

let known: Theme | null = null;

/** `rgb(…)` / `rgba(…)` as computed styles write it → [r, g, b, alpha]; null for anything else. */
function channels(color: string): [number, number, number, number] | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(color);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** Relative luminance (WCAG): below about 0.3 dark text would not read, so the hint turns dark. */
function isDark([r, g, b]: [number, number, number, number]): boolean {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b) < 0.3;
}

/** The first painted background from `from` up to the root; an unpainted page is the browser's canvas. */
function themeAt(from: Element | null): Theme {
  for (let el = from; el; el = el.parentElement) {
    const c = channels(getComputedStyle(el).backgroundColor);
    if (c && c[3] >= 0.5) return isDark(c) ? 'dark' : 'light';
  }
  // Nothing painted: the canvas, dark only when the page opts into a dark colour scheme and the system is dark.
  const scheme = getComputedStyle(document.documentElement).colorScheme;
  return /\bdark\b/.test(scheme) && !/\blight\b/.test(scheme) ? 'dark' : 'light';
}

const waiting = new Set<HTMLElement>();
let from: Element | null = null;

/** Sets `data-theme` on a hint's box: at once when the page's theme is known, else after the next frame. */
export function followPageTheme(box: HTMLElement, where: Element | null): void {
  if (known) return void box.setAttribute('data-theme', known);
  waiting.add(box);
  if (from) return;
  from = where ?? document.body;
  requestAnimationFrame(() =>
    setTimeout(() => {
      known = themeAt(from?.isConnected ? from : document.body);
      for (const waiter of waiting) waiter.setAttribute('data-theme', known);
      waiting.clear();
    }, 0),
  );
}
