/**
 * Calls `onChange` when the page's URL changes without a reload (History API navigation in
 * single-page seller apps), for as long as the page lives (a content script follows its page to the
 * end). Uses the Navigation API where the browser has it, so no polling and no DOM observer is
 * needed; elsewhere (Firefox) falls back to popstate plus a slow URL check.
 */
const FALLBACK_CHECK_MS = 1_000;

interface NavigationLike extends EventTarget {
  currentEntry?: { url?: string | null } | null;
}

export function watchUrl(onChange: (url: string) => void): void {
  let last = location.href;
  const check = () => {
    if (location.href !== last) {
      last = location.href;
      onChange(last);
    }
  };
  const nav = (globalThis as { navigation?: NavigationLike }).navigation;
  if (nav) {
    // `currententrychange` fires after the URL has changed (unlike `navigate`, which fires before).
    nav.addEventListener('currententrychange', check);
    return;
  }
  addEventListener('popstate', check);
  setInterval(check, FALLBACK_CHECK_MS);
}
