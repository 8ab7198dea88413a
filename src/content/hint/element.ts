/**
 * The `<cancel-or-close-hint>` element itself (architecture.md §3.5, contract): the verdict's facts
 * as data-* attributes on the element, its UI inside a closed shadow root with its styles inside, so
 * the host page can neither restyle nor read it and we never restyle the host page.
 */
import { barCss } from '../../ui/styles';
import type { HintMount } from '../../platforms/types';
import type { OrderSnapshot, Platform } from '../../rules/types';
import { HINT_TAG } from './tags';

export { HINT_TAG, SUMMARY_TAG } from './tags';

/**
 * Resets inherited page styles at the boundary; a floating hint sits bottom-right.
 *
 * A list row's hint (`data-row`) is a box of fixed height whose width is the cell's (strict
 * containment): drawing it lays out only its own contents and the table never measures its text.
 * On a long table that matters more than anything else we do: a hint whose size followed its text
 * made the browser lay out all 500 rows again (about 60 ms; 200 ms without containment). The box is
 * also short (three 16 px lines: the badge and the row's verdict, then the next deadline), because a
 * box taller than the room its row has makes the row grow, which moves every row below it: that
 * alone cost 60–80 ms of paint work on the 500-row list. All the text is in the tooltip. A row's
 * details open over the page in a popover (the top layer: outside the table and its containment, so
 * opening them lays out nothing in the table; its styles come with it, ./hint-ui.tsx). Until its row comes
 * near the view a row's hint is `hidden`: no box at all.
 */
const HOST_CSS = `:host{all:initial;display:block;margin:8px 0;contain:content}
:host([hidden]){display:none}
:host([data-floating]){position:fixed;right:16px;bottom:16px;z-index:2147483646;width:min(400px,calc(100vw - 32px));margin:0}
:host([data-row][data-folded]){contain:strict;height:52px;margin:4px 0}
.coc-row{height:52px;overflow:clip;border-left-width:3px;border-radius:6px}
.coc-fold{all:unset;box-sizing:border-box;cursor:pointer;display:flex;align-items:center;gap:8px;flex:1 1 auto;min-width:0}
.coc-fold:focus-visible{outline:2px solid #2563eb;outline-offset:2px}
.coc-row .coc-fold{display:block;width:100%;height:100%;padding:2px 6px 0;font-size:12px;line-height:16px;overflow:clip}
.coc-row .coc-fold:focus-visible{outline-offset:-2px}
.coc-row-top{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:clip}
.coc-row .coc-badge{display:inline;min-height:0;padding:0 6px;margin-right:4px;font-size:11px;line-height:14px}
.coc-row .coc-bar-main,.coc-row .coc-chevron{display:inline}
.coc-row .coc-bar-headline{font-weight:600}
.coc-row .coc-bar-deadline{display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;color:var(--coc-fg)}
.coc-row .coc-bar-sub,.coc-row .coc-chevron>[aria-hidden]{display:none}
.coc-look-go{border-left-color:var(--coc-good-fg)}
.coc-look-cost{border-left-color:var(--coc-bad-fg)}
.coc-look-ask{border-left-color:var(--coc-ask-fg)}
.coc-look-instead{border-left-color:var(--coc-instead-fg)}
.coc-look-idle,.coc-look-unknown{border-left-color:var(--coc-border)}
.coc-unseen{display:inline-block;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}`;

/** 'row': one of a list's rows (a fixed box, drawn when the row comes near the view); 'page': a detail page's one hint. */
export type HintPlace = 'row' | 'page';

/**
 * The hint's stylesheets, each parsed once per page and adopted by every hint's shadow root: the
 * bar's for every hint, the card's added only to hints the person unfolds (a page with only
 * compact bars never parses or matches the card's rules). Every browser the extension runs in
 * (Chrome 120, Firefox 128 and later: the manifests' minimum versions) has constructable, adoptable
 * stylesheets, and the constructor is our isolated world's own, out of the page's reach.
 */
const sheets = new Map<string, CSSStyleSheet>();
/** The parsed sheet of `css`, parsed at its first use (or ahead of it: see prepareBar). */
export function sheetFor(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}
export function adoptStyles(shadow: ShadowRoot, css: string): void {
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheetFor(css)];
}
export const BAR_STYLES = barCss + HOST_CSS;

/**
 * Puts the element at its mount; without one (or when the page removed it) it floats (its UI box
 * says so, for the floating styles). Returns whether it floats.
 */
export function place(el: HTMLElement, ui: HTMLElement, mount: HintMount | null, floating: boolean): boolean {
  if (!mount?.anchor.isConnected) {
    if (!floating) ui.setAttribute('data-floating', '');
    (document.body ?? document.documentElement).append(el);
    return true;
  }
  if (floating) ui.removeAttribute('data-floating');
  const anchor = mount.leaveFlexRow && (mount.where === 'before' || mount.where === 'after') ? outOfFlexRows(mount.anchor) : mount.anchor;
  anchor[mount.where](el);
  return false;
}

/** How many flex rows a hint climbs out of, at most: a page header nests a few, never more. */
const MAX_FLEX_ROWS = 4;

/** The anchor's nearest ancestor (or itself) whose parent does not lay its children out in a flex row. */
function outOfFlexRows(anchor: Element): Element {
  let at = anchor;
  for (let level = 0; level < MAX_FLEX_ROWS; level++) {
    const parent = at.parentElement;
    if (!parent || parent === document.body) break;
    const style = getComputedStyle(parent);
    if (!style.display.includes('flex') || style.flexDirection.startsWith('column')) break;
    at = parent;
  }
  return at;
}

/** Sets an attribute only when it differs: a list sets six on each of hundreds of elements, most already right. */
function setAttribute(el: HTMLElement, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

export function setFacts(el: HTMLElement, s: OrderSnapshot, action: string, outcome: string | null): void {
  setAttribute(el, 'data-platform', s.platform);
  setAttribute(el, 'data-order-id', s.orderId);
  setAttribute(el, 'data-stage', s.stage);
  setAttribute(el, 'data-action', action);
  setAttribute(el, 'data-outcome', outcome ?? '');
  setAttribute(el, 'data-cancel-requested', s.cancelRequested ? 'true' : 'false');
}

/**
 * The layout attributes (see HOST_CSS) sit on whichever element holds our shadow root: they are what its styles read.
 * A row's hint is born with `data-row` and `data-folded`; `data-floating` comes with its place.
 */
const LAYOUT_ATTRIBUTES = ['data-row', 'data-folded', 'data-floating'] as const;

/**
 * A new hint's contract element, cloned from one model per platform and place, without its shadow root yet: a long
 * list's far rows wait hidden, and may never be drawn, so each gets its root when first drawn (`openRoot`).
 * The defaults of its facts are on the model, so setting them costs only where a verdict differs.
 */
const hostModels = new Map<string, HTMLElement>();
export function newHost(platform: Platform, kind: HintPlace): HTMLElement {
  const key = `${platform}/${kind}`;
  let model = hostModels.get(key);
  if (!model) {
    model = document.createElement(HINT_TAG);
    model.setAttribute('data-platform', platform);
    model.setAttribute('data-outcome', '');
    model.setAttribute('data-cancel-requested', 'false');
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

/**
 * Our closed shadow root for a hint, on the contract element itself where it can (one element per hint: a list makes
 * hundreds). `host` is the element to use from then on:
 * - A page that found our element while it waited and attached a root of its own to it would show its content in
 *   our place: the element is replaced by a fresh copy (same attributes), which takes our root at once.
 * - When the page has defined `<cancel-or-close-hint>` itself and its constructor takes the root of every copy, the
 *   root goes on a `div` of ours inside the element, an element no page can redefine, so a hostile definition can
 *   never suppress a hint.
 */
export function openRoot(host: HTMLElement): { host: HTMLElement; ui: HTMLElement; shadow: ShadowRoot } {
  try {
    return { host, ui: host, shadow: host.attachShadow({ mode: 'closed' }) };
  } catch {
    const fresh = host.cloneNode(false) as HTMLElement;
    host.replaceWith(fresh);
    try {
      return { host: fresh, ui: fresh, shadow: fresh.attachShadow({ mode: 'closed' }) };
    } catch {
      const ui = document.createElement('div');
      for (const name of LAYOUT_ATTRIBUTES) if (fresh.hasAttribute(name)) ui.setAttribute(name, '');
      fresh.append(ui);
      return { host: fresh, ui, shadow: ui.attachShadow({ mode: 'closed' }) };
    }
  }
}
