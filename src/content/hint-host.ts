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
:host([data-folded]){contain:inline-size;content-visibility:auto;contain-intrinsic-size:auto 64px}
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

/** The folded bar's nodes, built once and cloned per hint (a list page folds hundreds). */
let foldedSkeleton: HTMLElement | null = null;
function newFoldedBar(): HTMLElement {
  if (!foldedSkeleton) {
    const node = (tag: string, cls: string, ...kids: Array<Node | string>) => {
      const n = document.createElement(tag);
      n.className = cls;
      n.append(...kids);
      return n;
    };
    const chevron = node('span', 'coc-icon-btn coc-chevron', '⌄');
    chevron.setAttribute('aria-hidden', 'true');
    const bar = node(
      'button',
      'coc-fold coc-bar',
      node('span', 'coc-badge'),
      node('span', 'coc-bar-main', node('span', 'coc-bar-headline'), node('span', 'coc-bar-sub')),
      chevron,
    );
    bar.setAttribute('type', 'button');
    bar.setAttribute('aria-expanded', 'false');
    foldedSkeleton = node('div', 'coc coc-hint', bar);
    foldedSkeleton.setAttribute('role', 'region');
  }
  return foldedSkeleton.cloneNode(true) as HTMLElement;
}

/**
 * Folded hints are drawn only as they come near the viewport: a 500-row list draws the few dozen
 * rows around the view at once and the rest as the person scrolls (each element and its data-*
 * attributes are on the page from the start; only the text inside waits).
 */
const NEAR_VIEW_PX = 1_500;
let nearView: IntersectionObserver | null = null;
const pendingDraws = new WeakMap<Element, () => void>();
function whenNearView(host: Element, draw: () => void): void {
  if (typeof IntersectionObserver === 'undefined') return draw();
  nearView ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        nearView?.unobserve(entry.target);
        const pending = pendingDraws.get(entry.target);
        pendingDraws.delete(entry.target);
        pending?.();
      }
    },
    { rootMargin: `${NEAR_VIEW_PX}px 0px` },
  );
  pendingDraws.set(host, draw);
  nearView.observe(host);
}

/**
 * A folded list-row hint: verdict badge, headline and main consequence, set as text (page text
 * never becomes markup). The whole bar is the unfold button.
 */
function drawFolded(container: HTMLElement, order: PageOrder, lang: UiLang, onUnfold: () => void): void {
  const { verdict, snapshot } = order;
  const root = newFoldedBar();
  root.setAttribute('aria-label', t('hint_label', lang, snapshot.orderId));
  root.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const bar = root.firstElementChild as HTMLButtonElement;
  bar.title = t('expand', lang);
  const [badge, main] = bar.children as unknown as [HTMLElement, HTMLElement];
  badge.className = `coc-badge coc-tone-${actionTone(verdict.action)}`;
  badge.textContent = actionLabel(verdict.action, lang);
  const [headline, sub] = main.children as unknown as [HTMLElement, HTMLElement];
  headline.textContent = pick(verdict.headline, lang);
  const consequence = mainConsequence(verdict);
  if (consequence) {
    sub.className = `coc-bar-sub coc-cq-${consequence.tone}`;
    sub.textContent = pick(consequence.text, lang);
  } else sub.remove();
  bar.addEventListener('click', onUnfold, { once: true });
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
  let foldedDrawn = false;

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
    host.removeAttribute('data-folded');
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
    else if (order && foldedDrawn) drawFolded(container, order, lang, unfold);
  });

  return {
    showVerdict(next) {
      const unfolded = full !== null || options.expanded;
      order = next;
      const facts = () => commit(next.snapshot, next.verdict.action, next.verdict.outcome, 'ready');
      if (!unfolded) {
        // A folded hint takes its width from the cell and wraps its text to it (inline-size
        // containment: the table never measures the hint's text, so adding 500 hints changes no
        // column width) and, off screen, skips layout and paint until scrolled to
        // (content-visibility): a 500-row list lays out only the rows in view.
        host.setAttribute('data-folded', '');
        facts();
        whenNearView(host, () => {
          if (removed || order !== next || full) return;
          drawFolded(container, next, pageLang, unfold);
          foldedDrawn = true;
        });
        return;
      }
      host.removeAttribute('data-folded');
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
      nearView?.unobserve(host);
      full?.dispose();
      host.remove();
    },
  };
}
