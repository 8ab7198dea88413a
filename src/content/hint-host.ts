/**
 * The `<cancel-or-close-hint>` element (architecture.md §3.5, contract): the verdict's facts as
 * data-* attributes on the element itself, its UI inside a closed shadow root with its styles
 * inside, so the host page can neither restyle nor read it and we never restyle the host page.
 *
 * Cheap by design, because a list page has hundreds of them: one stylesheet object shared by every
 * hint (adoptedStyleSheets), and a folded list-row hint is a few plain DOM nodes. The full hint
 * (Preact, ./hint-ui) is loaded when it is needed: at once on a detail page, on unfold on a list.
 */
import { cardCss } from '../ui/styles';
import { detectLang, pick, t, type UiLang } from '../ui/i18n';
import { actionLabel, actionTone } from '../ui/labels';
import { mainConsequence } from '../ui/summary';
import type { HintMount } from '../platforms/types';
import type { LocalizedText, OrderSnapshot, Platform } from '../rules/types';
import type { PageOrder, RenderedMessage } from '../messages/protocol';
import type { FullHint } from './hint-ui';
import { askSettings } from './worker-api';

export const HINT_TAG = 'cancel-or-close-hint';

/** Resets inherited page styles at the boundary; a floating hint sits bottom-right. */
const HOST_CSS = `:host{all:initial;display:block;margin:8px 0;contain:content}
:host([data-floating]){position:fixed;right:16px;bottom:16px;z-index:2147483646;width:min(400px,calc(100vw - 32px));margin:0}
.coc-fold{all:unset;box-sizing:border-box;display:flex;width:100%;cursor:pointer}
.coc-fold:focus-visible{outline:2px solid #2563eb;outline-offset:2px}`;

export interface HintHandle {
  showVerdict(order: PageOrder): void;
  showUnreadable(note: LocalizedText, snapshot: OrderSnapshot): void;
  connected(): boolean;
  remount(mount: HintMount | null): void;
  remove(): void;
}

export interface HintOptions {
  /** A detail page has one order: its hint starts unfolded. List rows start folded. */
  expanded: boolean;
  onDismiss(): void;
  /** Messages for an order whose verdict came without them (list rows), fetched on unfold. */
  loadMessages(snapshot: OrderSnapshot): Promise<RenderedMessage[]>;
}

let sheet: CSSStyleSheet | null = null;
/** One parsed stylesheet for every hint on the page; a `<style>` per hint where adoption is missing. */
function adoptStyles(shadow: ShadowRoot): void {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(HOST_CSS + cardCss);
    }
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = HOST_CSS + cardCss;
    shadow.append(style);
  }
}

function place(el: HTMLElement, mount: HintMount | null): void {
  if (!mount || !mount.anchor.isConnected) {
    el.setAttribute('data-floating', '');
    (document.body ?? document.documentElement).append(el);
    return;
  }
  el.removeAttribute('data-floating');
  mount.anchor[mount.where](el);
}

function setFacts(el: HTMLElement, s: OrderSnapshot, action: string, outcome: string | null): void {
  el.setAttribute('data-platform', s.platform);
  el.setAttribute('data-order-id', s.orderId);
  el.setAttribute('data-stage', s.stage);
  el.setAttribute('data-action', action);
  el.setAttribute('data-outcome', outcome ?? '');
  el.setAttribute('data-cancel-requested', String(s.cancelRequested));
}

/** The interface language chosen in the options, asked once per page; the browser's language until it answers. */
let pageLang: UiLang = detectLang(navigator.language);
let langAnswer: Promise<UiLang> | null = null;
function interfaceLang(): Promise<UiLang> {
  langAnswer ??= askSettings().then((settings) => (pageLang = settings?.uiLang ?? pageLang));
  return langAnswer;
}

/** Starts loading the full hint's code early (a detail page will need it); harmless to call twice. */
export const preloadFullHint = (): Promise<typeof import('./hint-ui')> => import('./hint-ui');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A folded list-row hint: verdict badge, headline and main consequence, as text nodes only (page
 * text never becomes markup). The whole bar is the unfold button.
 */
function drawFolded(container: HTMLElement, order: PageOrder, lang: UiLang, onUnfold: () => void): void {
  const { verdict, snapshot } = order;
  const root = el('div', 'coc coc-hint');
  root.setAttribute('role', 'region');
  root.setAttribute('aria-label', t('hint_label', lang, snapshot.orderId));
  root.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const bar = el('button', 'coc-fold coc-bar');
  bar.type = 'button';
  bar.setAttribute('aria-expanded', 'false');
  bar.title = t('expand', lang);
  const main = el('span', 'coc-bar-main');
  main.append(el('span', 'coc-bar-headline', pick(verdict.headline, lang)));
  const consequence = mainConsequence(verdict);
  if (consequence) main.append(el('span', `coc-bar-sub coc-cq-${consequence.tone}`, pick(consequence.text, lang)));
  const chevron = el('span', 'coc-icon-btn coc-chevron', '⌄');
  chevron.setAttribute('aria-hidden', 'true');
  bar.append(el('span', `coc-badge coc-tone-${actionTone(verdict.action)}`, actionLabel(verdict.action, lang)), main, chevron);
  bar.addEventListener('click', onUnfold, { once: true });
  root.append(bar);
  container.replaceChildren(root);
}

export function mountHint(mount: HintMount | null, platform: Platform, options: HintOptions): HintHandle {
  const host = document.createElement(HINT_TAG);
  host.setAttribute('data-platform', platform);
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(shadow);
  const container = document.createElement('div');
  shadow.append(container);
  // The element enters the page only with its verdict drawn, so its data-* attributes and its text
  // are never a transient guess.
  let placed = false;
  const commit = (snapshot: OrderSnapshot, action: string, outcome: string | null, state: 'ready' | 'unreadable') => {
    setFacts(host, snapshot, action, outcome);
    host.setAttribute('data-state', state);
    if (!placed) place(host, mount);
    placed = true;
  };

  let full: FullHint | null = null;
  let fullLoading: Promise<FullHint> | null = null;
  let removed = false;
  let order: PageOrder | null = null;

  const loadFull = (expanded: boolean): Promise<FullHint> => {
    fullLoading ??= preloadFullHint().then(({ createFullHint }) => {
      full = createFullHint(container, { lang: pageLang, expanded, onDismiss: options.onDismiss });
      return full;
    });
    return fullLoading;
  };

  const unfold = () => {
    const current = order;
    if (!current) return;
    const withMessages = current.messages.length > 0 ? Promise.resolve(current) : options.loadMessages(current.snapshot).then((messages) => ({ ...current, messages }));
    void Promise.all([loadFull(true), withMessages]).then(([ui, ready]) => {
      if (removed || order !== current) return;
      order = ready;
      ui.showVerdict(ready);
    });
  };

  void interfaceLang().then((lang) => {
    if (removed) return;
    if (full) full.setLang(lang);
    else if (order) drawFolded(container, order, lang, unfold);
  });

  return {
    showVerdict(next) {
      const unfolded = full !== null || options.expanded;
      order = next;
      const facts = () => commit(next.snapshot, next.verdict.action, next.verdict.outcome, 'ready');
      if (!unfolded) {
        drawFolded(container, next, pageLang, unfold);
        facts();
        return;
      }
      if (next.messages.length === 0 && !options.expanded) {
        facts();
        unfold(); // an unfolded list-row hint whose verdict changed: fetch its messages again
        return;
      }
      void loadFull(options.expanded).then((ui) => {
        if (removed || order !== next) return;
        ui.showVerdict(next);
        facts();
      });
    },
    showUnreadable(note, snapshot) {
      order = null;
      void loadFull(true).then((ui) => {
        if (removed || order !== null) return;
        ui.showUnreadable(note);
        commit(snapshot, 'unknown', null, 'unreadable');
      });
    },
    connected: () => host.isConnected,
    remount(next) {
      if (placed) place(host, next);
    },
    remove() {
      removed = true;
      full?.dispose();
      host.remove();
    },
  };
}
