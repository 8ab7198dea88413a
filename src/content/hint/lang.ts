/**
 * The language the page's hints are drawn in: the interface language chosen in the options (the
 * browser's when none is). It arrives with the page's first verdicts (`useInterfaceLang`); a page
 * whose hints say only that the order could not be judged asks for it (`askInterfaceLang`) and
 * draws in the browser's language until it answers. Every hint on the page follows a change, folded
 * or unfolded.
 */
import { detectLang, type UiLang } from '../../ui/i18n';
import { askSettings } from '../worker-api';

/** A hint drawn on the page, redrawn in a language that turns out to differ from the one it was drawn in. */
export interface LangFollower {
  setLang(lang: UiLang): void;
}

let pageLang: UiLang = detectLang(navigator.language);
let langKnown = false;
let langAsked = false;
const followers = new Set<LangFollower>();

export const currentLang = (): UiLang => pageLang;

/** Registers a drawn hint; the returned function unregisters it (when it is removed). */
export function followLang(follower: LangFollower): () => void {
  followers.add(follower);
  return () => followers.delete(follower);
}

export function useInterfaceLang(chosen: UiLang | undefined): void {
  langKnown = true;
  const lang = chosen ?? detectLang(navigator.language);
  if (lang === pageLang) return;
  pageLang = lang;
  for (const follower of followers) follower.setLang(lang);
}

export function askInterfaceLang(): void {
  if (langKnown || langAsked) return;
  langAsked = true;
  void askSettings().then((settings) => {
    if (settings && !langKnown) useInterfaceLang(settings.uiLang);
  });
}
