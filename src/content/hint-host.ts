/**
 * The `<cancel-or-close-hint>` element (architecture.md §3.5, contract): the verdict's facts as
 * data-* attributes on the element itself, its UI inside a closed shadow root with its styles
 * inside, so the host page can neither restyle nor read it and we never restyle the host page.
 */
import { h, render } from 'preact';
import { Hint } from '../ui/Hint';
import { cardCss } from '../ui/styles';
import { detectLang } from '../ui/i18n';
import type { HintMount } from '../platforms/types';
import type { LocalizedText, OrderSnapshot, Platform } from '../rules/types';
import type { PageOrder } from '../messages/protocol';

export const HINT_TAG = 'cancel-or-close-hint';

/** Resets inherited page styles at the boundary; a floating hint sits bottom-right. */
const HOST_CSS = `:host{all:initial;display:block;margin:8px 0;contain:content}
:host([data-floating]){position:fixed;right:16px;bottom:16px;z-index:2147483646;width:min(400px,calc(100vw - 32px));margin:0}`;

export interface HintHandle {
  showVerdict(order: PageOrder): void;
  showUnreadable(note: LocalizedText, snapshot: OrderSnapshot): void;
  connected(): boolean;
  remount(mount: HintMount | null): void;
  remove(): void;
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

export interface HintOptions {
  /** A detail page has one order: its hint starts unfolded. List rows start folded. */
  expanded: boolean;
  onDismiss(): void;
}

export function mountHint(mount: HintMount | null, platform: Platform, options: HintOptions): HintHandle {
  const el = document.createElement(HINT_TAG);
  el.setAttribute('data-platform', platform);
  const shadow = el.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = HOST_CSS + cardCss;
  const container = document.createElement('div');
  shadow.append(style, container);
  place(el, mount);

  const lang = detectLang(navigator.language);
  const draw = (props: Parameters<typeof Hint>[0]) => render(h(Hint, props), container);

  return {
    showVerdict(order) {
      setFacts(el, order.snapshot, order.verdict.action, order.verdict.outcome);
      el.setAttribute('data-state', 'ready');
      draw({
        state: 'ready',
        lang,
        now: new Date(),
        verdict: order.verdict,
        snapshot: order.snapshot,
        messages: order.messages,
        defaultExpanded: options.expanded,
        onDismiss: options.onDismiss,
      });
    },
    showUnreadable(note, snapshot) {
      setFacts(el, snapshot, 'unknown', null);
      el.setAttribute('data-state', 'unreadable');
      draw({ state: 'unreadable', lang, note, onDismiss: options.onDismiss });
    },
    connected: () => el.isConnected,
    remount(next) {
      place(el, next);
    },
    remove() {
      render(null, container);
      el.remove();
    },
  };
}
