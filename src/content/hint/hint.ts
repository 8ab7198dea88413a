/**
 * One hint: the element, its compact bar, and the full hint it unfolds into.
 *
 * Cheap by design, because it is a guest on every order page and a list has hundreds: every hint
 * first shows a compact bar built from plain DOM nodes (verdict, main consequence, next deadline)
 * with one stylesheet object shared by all of them (adoptedStyleSheets). The full hint (Preact,
 * ./hint-ui: steps, consequences, deadlines, messages) loads when the person unfolds the bar, as a
 * part the worker injects (../load-part.ts): no file of ours is reachable from the page.
 */
import type { HintMount } from '../../platforms/types';
import type { LocalizedText, OrderSnapshot, Platform, Stage } from '../../rules/types';
import type { PageOrder, RenderedMessage } from '../../messages/protocol';
import type { UiLang } from '../../ui/i18n';
import { extensionAlive, ORPHANED_NOTE } from '../worker-api';
import { loadPart } from '../load-part';
import type { PartExports } from '../part-registry';
import type { FullHint, RowPopover } from './hint-ui';
import type { PageSampleSource } from '../page-sample/save';
import type { PageServices } from './page-summary';
import { barTitle, drawBar, newBar, unreadableBar, verdictBar } from './bar';
import { adoptStyles, BAR_STYLES, newHost, openRoot, place, setFacts, sheetFor, type HintPlace } from './element';
import { askInterfaceLang, currentLang, followLang } from './lang';
import { whenNearView } from './near-view';
import { followPageTheme } from './theme';

/** Whether this browser shows popovers (in the top layer: outside the table and its containment). */
const canPop = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

export interface HintHandle {
  /** `nearView`: a row's row is known to be near the view (session.ts): drawn now, not when an observer says so. */
  showVerdict(order: PageOrder, nearView?: boolean): void;
  showUnreadable(note: LocalizedText, snapshot: OrderSnapshot): void;
  connected(): boolean;
  remount(mount: HintMount | null): void;
  remove(): void;
}

export interface HintOptions {
  /** 'row': one of a list's rows (a fixed box, drawn when the row comes near the view); 'page': a detail page's one hint. */
  place: HintPlace;
  onDismiss(): void;
  /** The order's messages, fetched when the person unfolds the hint (verdicts arrive without them). */
  loadMessages(snapshot: OrderSnapshot): Promise<RenderedMessage[]>;
  /** Teaches or forgets a status word, then the page is read again; whether the worker kept the answer. */
  teach?(word: string, stage: Stage): Promise<boolean>;
  forget?(word: string): Promise<boolean>;
  /** The page a sample is taken of: a hint that cannot tell the order offers to save one (../page-sample). */
  pageSample?: () => PageSampleSource;
}

/** Loads the full hint's code (on unfold, or early when the pointer comes to the bar); harmless to call twice. */
const loadFullHint = (): Promise<PartExports['hint-ui']> => loadPart('hint-ui');
/** The page sample's code (../page-sample), a lazy part loaded on the click. */
const loadPageSample = (): Promise<PartExports['page-sample']> => loadPart('page-sample');
/** Fetches it ahead of the click; a failure here is met again, and handled, on unfold. */
const preloadFullHint = (): void => {
  if (extensionAlive()) void loadFullHint().catch(() => undefined);
};

/**
 * A list page's summary (./page-summary) loads with the page's first row verdict: a detail page,
 * the most common, never carries its code.
 */
let summary: Promise<PartExports['page-summary']> | null = null;
/** What the summary (a separate script) shares with the hints rather than having again: see PageServices. */
const PAGE_SERVICES: PageServices = {
  current: currentLang,
  follow: followLang,
  adoptBarStyles(shadow, css) {
    adoptStyles(shadow, BAR_STYLES);
    adoptStyles(shadow, css);
  },
  followTheme: followPageTheme,
};
function summarize(use: (m: PartExports['page-summary']) => void, load: boolean): void {
  if (!summary && (!load || !extensionAlive())) return;
  // A failed load (the worker could not inject it) is tried again with the next row's verdict.
  summary ??= loadPart('page-summary').catch((e: unknown) => {
    summary = null;
    throw e;
  });
  void summary.then(use, () => undefined);
}

/** A page's countdown in the compact bar stays right while the page stays open (see `tick`). */
const BAR_REFRESH_MS = 60_000;

class Hint implements HintHandle {
  /** The contract element: the verdict's facts as data-* attributes, placed in the page (replaced only by openRoot). */
  private host: HTMLElement;
  /** The element that holds our closed shadow root: the contract element, or a box of ours inside it (see openRoot). */
  private ui: HTMLElement;
  /** Made when the hint is first drawn (see `root`). */
  private shadow: ShadowRoot | null = null;
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
  private unfollowLang: (() => void) | null = null;
  /** A row's details, over the page (see loadFull). */
  private popover: RowPopover | null = null;

  constructor(
    private mount: HintMount | null,
    platform: Platform,
    private readonly options: HintOptions,
  ) {
    this.host = newHost(platform, options.place);
    this.ui = this.host;
    // The shadow root is made and dressed (styles, contents) only when first drawn: a long list's far rows may never be.
  }

  /** Our shadow root, attached when first needed. */
  private root(): ShadowRoot {
    if (this.shadow) return this.shadow;
    const waited = this.host;
    ({ host: this.host, ui: this.ui, shadow: this.shadow } = openRoot(waited));
    // A page that took the waiting element's root got it replaced: the list's summary follows the row's new element.
    const order = this.order;
    if (this.host !== waited && order && this.options.place === 'row')
      summarize((m) => m.summarizeRow(this, this.host, order, PAGE_SERVICES), false);
    return this.shadow;
  }

  /** The element enters the page only with its verdict, so its data-* attributes are never a transient guess. */
  private commit(snapshot: OrderSnapshot, action: string, outcome: string | null, state: 'ready' | 'unreadable'): void {
    setFacts(this.host, snapshot, action, outcome);
    this.host.setAttribute('data-state', state);
    if (!this.placed) this.floating = place(this.host, this.ui, this.mount, this.floating);
    this.placed = true;
  }

  /** The shadow root's styles and container, made when the hint is first drawn. */
  private dress(): HTMLElement {
    if (this.container) return this.container;
    const shadow = this.root();
    this.container = document.createElement('div');
    followPageTheme(this.ui, this.host.parentElement);
    adoptStyles(shadow, BAR_STYLES);
    shadow.append(this.container);
    return this.container;
  }

  private reveal(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    if (this.host.hidden) this.host.hidden = false;
  }

  /**
   * The full hint: drawn in place of the bar on a page; for a row, in a popover over the page
   * (never inside the table, which would lay out every row again; see createRowPopover).
   */
  private loadFull(): Promise<FullHint> {
    this.fullLoading ??= loadFullHint().then(({ createFullHint, createRowPopover, cardCss }) => {
      const container = this.dress();
      const shadow = this.root();
      adoptStyles(shadow, cardCss);
      const { teach, forget } = this.options;
      const options = {
        lang: currentLang(),
        expanded: true,
        onDismiss: this.options.onDismiss,
        ...(teach && forget && { words: { teach, forget } }),
        ...(this.options.pageSample && { saveSample: () => this.saveSample().then((what) => what !== null) }),
      };
      if (this.rowPops()) {
        const pop = createRowPopover(shadow, this.ui, (open) => this.popToggled(open));
        this.popover = pop;
        this.full = createFullHint(pop.element, { ...options, onFold: pop.hide });
      } else {
        this.stopBar();
        this.full = createFullHint(container, options);
      }
      return this.full;
    });
    return this.fullLoading;
  }

  /** The row's box says whether its details are open; when they close, the keyboard goes back to it. */
  private popToggled(open: boolean): void {
    const fold = this.container?.querySelector<HTMLElement>('.coc-fold');
    fold?.setAttribute('aria-expanded', String(open));
    if (!open) fold?.focus({ preventScroll: true });
  }

  private stopBar(): void {
    if (this.refresh) clearInterval(this.refresh);
    this.refresh = null;
  }

  /** The order with its messages: verdicts arrive without them, so they are fetched when first shown. */
  private withMessages(order: PageOrder): Promise<PageOrder> {
    if (order.messages.length > 0) return Promise.resolve(order);
    return this.options.loadMessages(order.snapshot).then((messages) => ({ ...order, messages }));
  }

  /**
   * Unfolds into the full hint, with the order's messages fetched first when it has none: in place of a page's bar,
   * or over the page for a row (its box stays).
   */
  private readonly unfold = (): void => {
    const current = this.order;
    if (!current) return;
    // After an extension update the old code cannot be fetched: say so without trying (a failed
    // fetch would put an error in the page's console).
    if (!extensionAlive()) return this.showUnreadable(ORPHANED_NOTE, current.snapshot);
    const pops = this.rowPops();
    if (!pops) this.ui.removeAttribute('data-folded');
    void Promise.all([this.loadFull(), this.withMessages(current)]).then(
      ([ui, ready]) => {
        if (this.removed || this.order !== current) return;
        this.order = ready;
        ui.showVerdict(ready);
        if (pops) return this.popover?.show();
        // The bar that had the keyboard is gone: it goes to the unfolded hint's first control (fold),
        // so Tab runs through the details and Escape folds them.
        this.container?.querySelector<HTMLElement>('.coc-chevron')?.focus({ preventScroll: true });
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
    this.ui.setAttribute('data-folded', '');
    this.redraw();
  }

  private readonly dismiss = (): void => this.options.onDismiss();

  /**
   * Saves a page sample; its code loads on the click. Resolves to the line that says what the file keeps and
   * replaces (its strings travel with that code), or null when the file could not be saved.
   */
  private readonly saveSample = (): Promise<string | null> => {
    const source = this.options.pageSample;
    if (!source || !extensionAlive()) return Promise.resolve(null);
    return loadPageSample().then(
      (m) => m.savePageSample(source(), this.root()).then(() => m.sampleWhat(currentLang())),
      () => null,
    );
  };

  /** A hint that cannot tell the order (unread, or read without a known state) offers a page sample. */
  private offersSample(): boolean {
    return (
      this.options.pageSample !== undefined && extensionAlive() && (this.unreadable !== null || this.order?.verdict.action === 'unknown')
    );
  }

  /** A row whose details open in a popover keeps its box on the page (where popovers exist at all). */
  private rowPops(): boolean {
    return this.options.place === 'row' && canPop;
  }

  redraw(): void {
    if (this.removed || (this.full && !this.rowPops()) || !(this.order || this.unreadable)) return;
    const container = this.dress();
    const lang = currentLang();
    const bar = this.order ? verdictBar(this.order, lang, this.options.place) : unreadableBar(this.unreadable as LocalizedText, lang);
    drawBar(container, bar, lang, this.options.place, {
      unfold: this.order ? this.unfold : null,
      preload: preloadFullHint,
      dismiss: this.dismiss,
      sample: this.offersSample() ? this.saveSample : null,
    });
    this.unfollowLang ??= followLang(this);
    this.reveal();
    if (this.options.place === 'page' && !this.refresh) this.refresh = setInterval(() => this.tick(), BAR_REFRESH_MS);
  }

  /** Brings the bar's countdown up to date in place (a redraw would take the keyboard focus away). */
  private tick(): void {
    const fold = this.container?.querySelector<HTMLElement>('.coc-fold');
    const shown = this.container?.querySelector('.coc-bar-deadline');
    if (!this.order || this.full || !fold || !shown) return;
    const bar = verdictBar(this.order, currentLang(), this.options.place);
    shown.textContent = bar.deadline?.text ?? '';
    fold.title = barTitle(bar, currentLang(), true);
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

  showVerdict(next: PageOrder, nearView = false): void {
    this.order = next;
    this.unreadable = null;
    const { snapshot, verdict } = next;
    if (this.options.place === 'row') summarize((m) => m.summarizeRow(this, this.host, next, PAGE_SERVICES), true);
    if (this.full) {
      const ui = this.full;
      // Unfolded already: the new verdict shows in full, with its own messages.
      void this.withMessages(next).then((withMessages) => {
        if (this.removed || this.order !== next) return;
        this.order = withMessages;
        ui.showVerdict(withMessages);
        this.commit(snapshot, verdict.action, verdict.outcome, 'ready');
      });
      if (!this.rowPops()) return;
    }
    if (this.options.place === 'row') {
      // Born folded and hidden (newHost); drawn near the view.
      this.commit(snapshot, verdict.action, verdict.outcome, 'ready');
      if (nearView && !this.floating) this.redraw();
      else this.drawRowNearView();
      return;
    }
    this.ui.setAttribute('data-folded', '');
    this.commit(snapshot, verdict.action, verdict.outcome, 'ready');
    this.redraw();
  }

  /**
   * No verdict: drawn as a compact bar in plain DOM, which needs no code from the extension (after
   * an extension update the old code can no longer be loaded, and this is what says so).
   */
  showUnreadable(note: LocalizedText, snapshot: OrderSnapshot): void {
    askInterfaceLang();
    summarize((m) => m.forgetRow(this), false);
    this.order = null;
    this.unreadable = note;
    this.popover?.hide();
    if (this.full && !this.rowPops()) this.full.showUnreadable(note);
    else {
      this.ui.setAttribute('data-folded', '');
      this.redraw();
    }
    this.commit(snapshot, 'unknown', null, 'unreadable');
  }

  /** The page's language changed: a folded bar is drawn again, an unfolded hint switches in place. */
  setLang(lang: UiLang): void {
    this.full?.setLang(lang);
    if (!this.full || this.rowPops()) this.redraw();
  }

  connected(): boolean {
    return this.host.isConnected;
  }

  remount(next: HintMount | null): void {
    this.mount = next;
    if (!this.placed) return;
    this.floating = place(this.host, this.ui, next, this.floating);
    if (this.host.hidden && this.order && this.options.place === 'row') this.drawRowNearView(); // still waiting: watch the new row
  }

  remove(): void {
    this.removed = true;
    summarize((m) => m.forgetRow(this), false);
    this.unfollowLang?.();
    this.stopWatching?.();
    this.stopBar();
    this.full?.dispose();
    this.host.remove();
  }
}

/**
 * Parses the bar's stylesheet and builds the page bar's skeleton ahead of the first verdict (in idle time, see
 * ReadingSession.start): the verdict then only fills them in. On the late-rendered detail page this took the answer →
 * hint step from 2.1 to 1.4 ms (median of 20 paired loads, shorter in 19; scripts/bench-latency.ts).
 */
export function prepareBar(): void {
  sheetFor(BAR_STYLES);
  newBar('page');
}

export function mountHint(mount: HintMount | null, platform: Platform, options: HintOptions): HintHandle {
  return new Hint(mount, platform, options);
}
