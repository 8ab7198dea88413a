/**
 * The `<cancel-or-close-hint>` element (architecture.md §3.5, contract): the verdict's facts as
 * data-* attributes on the element itself, its UI inside a closed shadow root with its styles
 * inside, so the host page can neither restyle nor read it and we never restyle the host page.
 *
 * Cheap by design, because it is a guest on every order page and a list has hundreds: every hint
 * first shows a compact bar built from plain DOM nodes (verdict, main consequence, next deadline)
 * with one stylesheet object shared by all of them (adoptedStyleSheets). The full hint (Preact,
 * ./hint-ui: steps, consequences, deadlines, messages) loads when the person unfolds the bar.
 */
import { barCss } from '../ui/styles';
import { detectLang, pick, t, type UiLang } from '../ui/i18n';
import { formatCountdown } from '../ui/format';
import { actionLabel, actionTone } from '../ui/labels';
import { mainConsequence, nextDeadline } from '../ui/summary';
import type { HintMount } from '../platforms/types';
import type { LocalizedText, OrderSnapshot, Platform } from '../rules/types';
import type { PageOrder, RenderedMessage } from '../messages/protocol';
import type { FullHint } from './hint-ui';
import { askSettings, extensionAlive, ORPHANED_NOTE } from './worker-api';

export const HINT_TAG = 'cancel-or-close-hint';

/**
 * Resets inherited page styles at the boundary; a floating hint sits bottom-right.
 *
 * A list row's hint (`data-row`) is a box of fixed height whose width is the cell's (strict
 * containment): drawing it lays out only its own contents and the table never measures its text.
 * On a long table that matters more than anything else we do: a hint whose size followed its text
 * made the browser lay out all 500 rows again (about 60 ms; 200 ms without containment). The box is
 * also short (two lines: the badge, then the verdict), because a box taller than the room its row
 * has makes the row grow, which moves every row below it: that alone cost 60–80 ms of paint work on
 * the 500-row list. All the text is in the tooltip, and one click unfolds the full hint. Until its
 * row comes near the view a row's hint is `hidden`: no box at all.
 */
const HOST_CSS = `:host{all:initial;display:block;margin:8px 0;contain:content}
:host([hidden]){display:none}
:host([data-floating]){position:fixed;right:16px;bottom:16px;z-index:2147483646;width:min(400px,calc(100vw - 32px));margin:0}
:host([data-row][data-folded]){contain:strict;height:40px;margin:4px 0}
:host([data-row][data-folded]) .coc-hint{height:100%;overflow:clip}
.coc-fold{all:unset;box-sizing:border-box;cursor:pointer;display:flex;align-items:center;gap:8px;flex:1 1 auto;min-width:0}
.coc-fold:focus-visible{outline:2px solid #2563eb;outline-offset:2px}
:host([data-row]) .coc-fold{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:clip;width:100%;padding:3px 6px 0;font-size:12px;line-height:16px}
:host([data-row]) .coc-fold:focus-visible{outline-offset:-2px}
:host([data-row]) .coc-badge{display:inline;min-height:0;padding:0 6px;margin-right:4px;font-size:11px;line-height:14px}
:host([data-row]) .coc-bar-main,:host([data-row]) .coc-chevron{display:inline}
:host([data-row]) .coc-bar-sub,:host([data-row]) .coc-bar-deadline,:host([data-row]) .coc-chevron>[aria-hidden]{display:none}
.coc-unseen{display:inline-block;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}`;

export interface HintHandle {
  showVerdict(order: PageOrder): void;
  showUnreadable(note: LocalizedText, snapshot: OrderSnapshot): void;
  connected(): boolean;
  remount(mount: HintMount | null): void;
  remove(): void;
}

export interface HintOptions {
  /** 'row': one of a list's rows (a fixed box, drawn when the row comes near the view); 'page': a detail page's one hint. */
  place: 'row' | 'page';
  onDismiss(): void;
  /** The order's messages, fetched when the person unfolds the hint (verdicts arrive without them). */
  loadMessages(snapshot: OrderSnapshot): Promise<RenderedMessage[]>;
}

/**
 * The hint's stylesheets, each parsed once per page and adopted by every hint's shadow root: the
 * bar's for every hint, the card's added only to hints the person unfolds (a page with only
 * compact bars never parses or matches the card's rules). A `<style>` per hint where adoption is
 * missing.
 */
const sheets = new Map<string, CSSStyleSheet>();
function adoptStyles(shadow: ShadowRoot, css: string): void {
  try {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}
const BAR_STYLES = barCss + HOST_CSS;

/** Puts the element at its mount; without one (or when the page removed it) it floats. Returns whether it floats. */
function place(el: HTMLElement, mount: HintMount | null, floating: boolean): boolean {
  if (!mount || !mount.anchor.isConnected) {
    if (!floating) el.setAttribute('data-floating', '');
    (document.body ?? document.documentElement).append(el);
    return true;
  }
  if (floating) el.removeAttribute('data-floating');
  mount.anchor[mount.where](el);
  return false;
}

function setFacts(el: HTMLElement, s: OrderSnapshot, action: string, outcome: string | null): void {
  if (el.getAttribute('data-platform') !== s.platform) el.setAttribute('data-platform', s.platform);
  el.setAttribute('data-order-id', s.orderId);
  el.setAttribute('data-stage', s.stage);
  el.setAttribute('data-action', action);
  el.setAttribute('data-outcome', outcome ?? '');
  el.setAttribute('data-cancel-requested', String(s.cancelRequested));
}

/**
 * The interface language chosen in the options (the browser's when none is). It arrives with the
 * page's first verdicts (`useInterfaceLang`); a page whose hints say only that the order could not
 * be judged asks for it (`askInterfaceLang`) and draws in the browser's language until it answers.
 */
let pageLang: UiLang = detectLang(navigator.language);
let langKnown = false;
let langAsked = false;
/** Hints showing a compact bar, redrawn when the language turns out to differ from the one they were drawn in. */
const drawnBars = new Set<Hint>();

export function useInterfaceLang(chosen: UiLang | undefined): void {
  langKnown = true;
  const lang = chosen ?? detectLang(navigator.language);
  if (lang === pageLang) return;
  pageLang = lang;
  for (const hint of drawnBars) hint.redraw();
}

function askInterfaceLang(): void {
  if (langKnown || langAsked) return;
  langAsked = true;
  void askSettings().then((settings) => {
    if (settings && !langKnown) useInterfaceLang(settings.uiLang);
  });
}

/** Loads the full hint's code (on unfold, or early when the pointer comes to the bar); harmless to call twice. */
const loadFullHint = (): Promise<typeof import('./hint-ui')> => import('./hint-ui');
/** Fetches it ahead of the click; a failure here is met again, and handled, on unfold. */
const preloadFullHint = (): void => {
  if (extensionAlive()) void loadFullHint().catch(() => undefined);
};

/**
 * Row hints are drawn only as their row comes near the viewport: a 500-row list draws the rows
 * around the view at once and the rest as the person scrolls. Until then the element is on the
 * page with its data-* attributes but hidden (no box: nothing to lay out or paint), so it is the
 * row's cell that is watched.
 */
const NEAR_VIEW_PX = 600;
let nearView: IntersectionObserver | null = null;
const pendingDraws = new Map<Element, Array<() => void>>();
function whenNearView(target: Element, draw: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    draw();
    return () => undefined;
  }
  nearView ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        nearView?.unobserve(entry.target);
        const draws = pendingDraws.get(entry.target) ?? [];
        pendingDraws.delete(entry.target);
        for (const pending of draws) pending();
      }
    },
    { rootMargin: `${NEAR_VIEW_PX}px 0px` },
  );
  const draws = pendingDraws.get(target);
  if (draws) draws.push(draw);
  else {
    pendingDraws.set(target, [draw]);
    nearView.observe(target);
  }
  return () => {
    const left = (pendingDraws.get(target) ?? []).filter((d) => d !== draw);
    if (left.length > 0) return void pendingDraws.set(target, left);
    pendingDraws.delete(target);
    nearView?.unobserve(target);
  };
}

const node = (tag: string, cls: string, ...kids: Array<Node | string>): HTMLElement => {
  const n = document.createElement(tag);
  n.className = cls;
  n.append(...kids);
  return n;
};

/** The compact bar's nodes, built once per kind and cloned per hint (a list draws dozens). */
const skeletons: Partial<Record<HintOptions['place'], HTMLElement>> = {};
function newBar(kind: HintOptions['place']): HTMLElement {
  let skeleton = skeletons[kind];
  if (!skeleton) {
    const arrow = node('span', '', '⌄');
    arrow.setAttribute('aria-hidden', 'true');
    // Said to screen readers (and part of the button's name) but not shown: the arrow shows it.
    const chevron = node('span', 'coc-icon-btn coc-chevron', arrow, node('span', 'coc-unseen'));
    const main = node('span', 'coc-bar-main', node('span', 'coc-bar-headline'), node('span', 'coc-bar-sub'));
    const fold = node('button', 'coc-fold', node('span', 'coc-badge'), main, node('span', 'coc-bar-deadline'), chevron);
    fold.setAttribute('type', 'button');
    fold.setAttribute('aria-expanded', 'false');
    const dismiss = node('button', 'coc-icon-btn coc-dismiss', node('span', '', '×'));
    dismiss.setAttribute('type', 'button');
    (dismiss.firstChild as HTMLElement).setAttribute('aria-hidden', 'true');
    // A row's whole box is the unfold button; a page's bar also has the dismiss button beside it.
    skeleton = node('div', 'coc coc-hint', kind === 'row' ? fold : node('div', 'coc-bar', fold, dismiss));
    skeleton.setAttribute('role', 'region');
    skeletons[kind] = skeleton;
  }
  return skeleton.cloneNode(true) as HTMLElement;
}

/** What a compact bar says, as text (page text never becomes markup). */
interface BarContent {
  label: string;
  tone: string;
  badge: string;
  headline: string;
  sub: { text: string; tone: string } | null;
  deadline: { text: string; title: string } | null;
}

function verdictBar(order: PageOrder, lang: UiLang): BarContent {
  const { verdict, snapshot } = order;
  const consequence = mainConsequence(verdict);
  const now = new Date();
  const deadline = nextDeadline(verdict, now);
  return {
    label: t('hint_label', lang, snapshot.orderId),
    tone: actionTone(verdict.action),
    badge: actionLabel(verdict.action, lang),
    headline: pick(verdict.headline, lang),
    sub: consequence && { text: pick(consequence.text, lang), tone: consequence.tone },
    deadline: deadline && { text: formatCountdown(deadline.at, now, lang), title: pick(deadline.text, lang) },
  };
}

/** The order could not be read or judged: said plainly, with the way out (the popup's picker). */
function unreadableBar(note: LocalizedText, lang: UiLang): BarContent {
  return {
    label: t('hint_region', lang),
    tone: 'unknown',
    badge: t('action_unknown', lang),
    headline: t('hint_unreadable', lang),
    sub: { text: `${pick(note, lang)} ${t('unknown_pick_by_hand', lang)}`, tone: 'info' },
    deadline: null,
  };
}

function barTitle(bar: BarContent, lang: UiLang, unfoldable: boolean): string {
  return [bar.headline, bar.sub?.text, bar.deadline && `${bar.deadline.title}: ${bar.deadline.text}`, unfoldable && t('expand', lang)]
    .filter(Boolean)
    .join('\n');
}

/** Draws a compact bar. With `unfold`, the bar is the button that opens the full hint. */
function drawBar(container: HTMLElement, bar: BarContent, lang: UiLang, kind: HintOptions['place'], on: { unfold: (() => void) | null; dismiss(): void }): void {
  const root = newBar(kind);
  root.setAttribute('aria-label', bar.label);
  root.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const fold = root.querySelector('.coc-fold') as HTMLButtonElement;
  const [badge, main, deadline, chevron] = fold.children as unknown as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
  badge.className = `coc-badge coc-tone-${bar.tone}`;
  badge.textContent = bar.badge;
  const [headline, sub] = main.children as unknown as [HTMLElement, HTMLElement];
  headline.textContent = bar.headline;
  if (bar.sub) {
    sub.className = `coc-bar-sub coc-cq-${bar.sub.tone}`;
    sub.textContent = bar.sub.text;
  } else sub.remove();
  if (bar.deadline) {
    deadline.textContent = bar.deadline.text;
    deadline.title = bar.deadline.title;
  } else deadline.remove();
  // A row's box cuts long text: the tooltip holds all of it.
  fold.title = barTitle(bar, lang, on.unfold !== null);
  (chevron.lastChild as HTMLElement).textContent = t('expand', lang);
  if (on.unfold) {
    fold.addEventListener('click', on.unfold, { once: true });
    // The full hint's code is fetched as the pointer or the keyboard comes to the bar, before the click.
    fold.addEventListener('pointerenter', preloadFullHint, { once: true });
    fold.addEventListener('focus', preloadFullHint, { once: true });
  } else {
    // Nothing to unfold: the text is the whole message.
    chevron.remove();
    fold.disabled = true;
    main.setAttribute('role', 'status');
  }
  const dismiss = root.querySelector('.coc-dismiss');
  if (dismiss) {
    dismiss.setAttribute('aria-label', t('dismiss', lang));
    dismiss.addEventListener('click', on.dismiss, { once: true });
  }
  container.replaceChildren(root);
}

/** A page's countdown in the compact bar stays right while the page stays open (see `tick`). */
const BAR_REFRESH_MS = 60_000;

/** A new host element: cloned from one made per platform and place (a list makes hundreds). */
const hostModels = new Map<string, HTMLElement>();
function newHost(platform: Platform, kind: HintOptions['place']): HTMLElement {
  const key = `${platform}/${kind}`;
  let model = hostModels.get(key);
  if (!model) {
    model = document.createElement(HINT_TAG);
    model.setAttribute('data-platform', platform);
    // A row's hint is a folded box that enters the page hidden, drawn once its row is near the view.
    if (kind === 'row') {
      model.setAttribute('data-row', '');
      model.setAttribute('data-folded', '');
      model.hidden = true;
    }
    hostModels.set(key, model);
  }
  return model.cloneNode(false) as HTMLElement;
}

class Hint implements HintHandle {
  private readonly host: HTMLElement;
  private readonly shadow: ShadowRoot;
  private container: HTMLElement | null = null;
  private placed = false;
  private floating = false;
  private removed = false;
  private order: PageOrder | null = null;
  /** Shown instead of a verdict when the order could not be read or judged. */
  private unreadable: LocalizedText | null = null;
  private full: FullHint | null = null;
  private fullLoading: Promise<FullHint> | null = null;
  private stopWatching: (() => void) | null = null;
  private refresh: ReturnType<typeof setInterval> | null = null;

  constructor(
    private mount: HintMount | null,
    platform: Platform,
    private readonly options: HintOptions,
  ) {
    this.host = newHost(platform, options.place);
    // Closed at once, so the page can never attach a root of its own; dressed (styles, contents)
    // only when first drawn, because a long list's far rows may never be.
    this.shadow = this.host.attachShadow({ mode: 'closed' });
  }

  /** The element enters the page only with its verdict, so its data-* attributes are never a transient guess. */
  private commit(snapshot: OrderSnapshot, action: string, outcome: string | null, state: 'ready' | 'unreadable'): void {
    setFacts(this.host, snapshot, action, outcome);
    this.host.setAttribute('data-state', state);
    if (!this.placed) this.floating = place(this.host, this.mount, this.floating);
    this.placed = true;
  }

  /** The shadow root's styles and container, made when the hint is first drawn. */
  private dress(): HTMLElement {
    if (this.container) return this.container;
    this.container = document.createElement('div');
    adoptStyles(this.shadow, BAR_STYLES);
    this.shadow.append(this.container);
    return this.container;
  }

  private reveal(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    if (this.host.hidden) this.host.hidden = false;
  }

  private loadFull(): Promise<FullHint> {
    this.fullLoading ??= loadFullHint().then(({ createFullHint, cardCss }) => {
      const container = this.dress();
      adoptStyles(this.shadow, cardCss);
      this.stopBar();
      this.full = createFullHint(container, { lang: pageLang, expanded: true, onDismiss: this.options.onDismiss });
      return this.full;
    });
    return this.fullLoading;
  }

  private stopBar(): void {
    drawnBars.delete(this);
    if (this.refresh) clearInterval(this.refresh);
    this.refresh = null;
  }

  /** The order with its messages: verdicts arrive without them, so they are fetched when first shown. */
  private withMessages(order: PageOrder): Promise<PageOrder> {
    if (order.messages.length > 0) return Promise.resolve(order);
    return this.options.loadMessages(order.snapshot).then((messages) => ({ ...order, messages }));
  }

  /** Unfolds into the full hint, with the order's messages fetched first when it has none. */
  private readonly unfold = (): void => {
    const current = this.order;
    if (!current) return;
    // After an extension update the old code cannot be fetched: say so without trying (a failed
    // fetch would put an error in the page's console).
    if (!extensionAlive()) return this.showUnreadable(ORPHANED_NOTE, current.snapshot);
    this.host.removeAttribute('data-folded');
    void Promise.all([this.loadFull(), this.withMessages(current)]).then(
      ([ui, ready]) => {
        if (this.removed || this.order !== current) return;
        this.order = ready;
        ui.showVerdict(ready);
      },
      () => this.cannotUnfold(current),
    );
  };

  /**
   * The full hint's code could not be loaded: after an extension update the old code is gone, so
   * the bar asks for a refresh; otherwise it folds back, ready for another click.
   */
  private cannotUnfold(current: PageOrder): void {
    this.fullLoading = null;
    if (this.removed || this.order !== current) return;
    if (!extensionAlive()) return this.showUnreadable(ORPHANED_NOTE, current.snapshot);
    this.host.setAttribute('data-folded', '');
    this.redraw();
  }

  private readonly dismiss = (): void => this.options.onDismiss();

  redraw(): void {
    if (this.removed || this.full || !(this.order || this.unreadable)) return;
    const container = this.dress();
    const bar = this.order ? verdictBar(this.order, pageLang) : unreadableBar(this.unreadable as LocalizedText, pageLang);
    drawBar(container, bar, pageLang, this.options.place, { unfold: this.order ? this.unfold : null, dismiss: this.dismiss });
    drawnBars.add(this);
    this.reveal();
    if (this.options.place === 'page' && !this.refresh) this.refresh = setInterval(() => this.tick(), BAR_REFRESH_MS);
  }

  /** Brings the bar's countdown up to date in place (a redraw would take the keyboard focus away). */
  private tick(): void {
    const fold = this.container?.querySelector<HTMLElement>('.coc-fold');
    const shown = this.container?.querySelector('.coc-bar-deadline');
    if (!this.order || this.full || !fold || !shown) return;
    const bar = verdictBar(this.order, pageLang);
    shown.textContent = bar.deadline?.text ?? '';
    fold.title = barTitle(bar, pageLang, true);
  }

  /** A row's bar waits for its row to come near the view (a floating one does not). */
  private drawRowNearView(): void {
    if (this.container) return this.redraw(); // drawn once already: its row was near the view
    this.stopWatching?.();
    const target = this.floating ? null : this.mount?.anchor;
    if (!target) return this.redraw();
    this.host.hidden = true;
    this.stopWatching = whenNearView(target, () => this.redraw());
  }

  showVerdict(next: PageOrder): void {
    this.order = next;
    this.unreadable = null;
    const { snapshot, verdict } = next;
    if (this.full) {
      const ui = this.full;
      // Unfolded already: the new verdict shows in full, with its own messages.
      void this.withMessages(next).then((withMessages) => {
        if (this.removed || this.order !== next) return;
        this.order = withMessages;
        ui.showVerdict(withMessages);
        this.commit(snapshot, verdict.action, verdict.outcome, 'ready');
      });
      return;
    }
    if (this.options.place === 'row') {
      // Born folded and hidden (newHost); drawn near the view.
      this.commit(snapshot, verdict.action, verdict.outcome, 'ready');
      this.drawRowNearView();
      return;
    }
    this.host.setAttribute('data-folded', '');
    this.commit(snapshot, verdict.action, verdict.outcome, 'ready');
    this.redraw();
  }

  /**
   * No verdict: drawn as a compact bar in plain DOM, which needs no code from the extension (after
   * an extension update the old code can no longer be loaded, and this is what says so).
   */
  showUnreadable(note: LocalizedText, snapshot: OrderSnapshot): void {
    askInterfaceLang();
    this.order = null;
    this.unreadable = note;
    if (this.full) this.full.showUnreadable(note);
    else {
      this.host.setAttribute('data-folded', '');
      this.redraw();
    }
    this.commit(snapshot, 'unknown', null, 'unreadable');
  }

  connected(): boolean {
    return this.host.isConnected;
  }

  remount(next: HintMount | null): void {
    this.mount = next;
    if (!this.placed) return;
    this.floating = place(this.host, next, this.floating);
    if (this.host.hidden && this.order && this.options.place === 'row') this.drawRowNearView(); // still waiting: watch the new row
  }

  remove(): void {
    this.removed = true;
    this.stopWatching?.();
    this.stopBar();
    this.full?.dispose();
    this.host.remove();
  }
}

export function mountHint(mount: HintMount | null, platform: Platform, options: HintOptions): HintHandle {
  return new Hint(mount, platform, options);
}
