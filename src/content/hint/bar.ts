/**
 * The compact bar every hint starts as: plain DOM nodes (no Preact), cloned from one skeleton per
 * kind, filled with text only (page text never becomes markup).
 */
import { pick, t, type UiLang } from '../../ui/i18n';
import { formatCountdown } from '../../ui/format';
import { actionLabel, actionTone } from '../../ui/labels';
import { mainConsequence, nextDeadline } from '../../ui/summary';
import type { LocalizedText } from '../../rules/types';
import type { PageOrder } from '../../messages/protocol';
import type { HintPlace } from './element';

const node = (tag: string, cls: string, ...kids: Array<Node | string>): HTMLElement => {
  const n = document.createElement(tag);
  n.className = cls;
  n.append(...kids);
  return n;
};

/** The compact bar's nodes, built once per kind and cloned per hint (a list draws dozens). */
const skeletons: Partial<Record<HintPlace, HTMLElement>> = {};
function newBar(kind: HintPlace): HTMLElement {
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
export interface BarContent {
  label: string;
  tone: string;
  badge: string;
  headline: string;
  sub: { text: string; tone: string } | null;
  deadline: { text: string; title: string } | null;
}

export function verdictBar(order: PageOrder, lang: UiLang): BarContent {
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
export function unreadableBar(note: LocalizedText, lang: UiLang): BarContent {
  return {
    label: t('hint_region', lang),
    tone: 'unknown',
    badge: t('action_unknown', lang),
    headline: t('hint_unreadable', lang),
    sub: { text: `${pick(note, lang)} ${t('unknown_pick_by_hand', lang)}`, tone: 'info' },
    deadline: null,
  };
}

export function barTitle(bar: BarContent, lang: UiLang, unfoldable: boolean): string {
  return [bar.headline, bar.sub?.text, bar.deadline && `${bar.deadline.title}: ${bar.deadline.text}`, unfoldable && t('expand', lang)]
    .filter(Boolean)
    .join('\n');
}

/** Draws a compact bar. With `unfold`, the bar is the button that opens the full hint. */
export function drawBar(container: HTMLElement, bar: BarContent, lang: UiLang, kind: HintPlace, on: { unfold: (() => void) | null; preload(): void; dismiss(): void }): void {
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
    fold.addEventListener('pointerenter', on.preload, { once: true });
    fold.addEventListener('focus', on.preload, { once: true });
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
