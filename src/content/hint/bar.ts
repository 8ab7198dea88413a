/**
 * The compact bar every hint starts as: plain DOM nodes (no Preact), cloned from one skeleton per
 * kind, filled with text only (page text never becomes markup).
 */
import { pick, t, type UiLang } from '../../ui/i18n';
// The strings a hint needs before any verdict; the verdict bar's come with the verdicts (./strings).
import './strings';
import { labelledCountdown } from '../../ui/row';
import { barConsequence, nextDeadline } from '../../ui/summary';
import type { LocalizedText } from '../../rules/types';
import type { BarLook, PageOrder } from '../../messages/protocol';
import type { HintPlace } from './element';

const node = (tag: string, cls: string, ...kids: Array<Node | string>): HTMLElement => {
  const n = document.createElement(tag);
  n.className = cls;
  n.append(...kids);
  return n;
};

/**
 * The compact bar's nodes, built once per kind and cloned per hint (a list draws dozens). A row's
 * box is one button in three short lines: the badge and the row's own verdict, then the next
 * deadline with its name; a page's bar has the headline, the main consequence and the deadline.
 */
const skeletons: Partial<Record<HintPlace, HTMLElement>> = {};
export function newBar(kind: HintPlace): HTMLElement {
  let skeleton = skeletons[kind];
  if (!skeleton) {
    const arrow = node('span', '', '⌄');
    arrow.setAttribute('aria-hidden', 'true');
    // Said to screen readers (and part of the button's name) but not shown: the arrow shows it.
    const chevron = node('span', 'coc-icon-btn coc-chevron', arrow, node('span', 'coc-unseen'));
    const main = node('span', 'coc-bar-main', node('span', 'coc-bar-headline'), node('span', 'coc-bar-sub'));
    const fold =
      kind === 'row'
        ? node(
            'button',
            'coc-fold',
            node('span', 'coc-row-top', node('span', 'coc-badge'), main),
            node('span', 'coc-bar-deadline'),
            chevron,
          )
        : node('button', 'coc-fold', node('span', 'coc-badge'), main, node('span', 'coc-bar-deadline'), chevron);
    fold.setAttribute('type', 'button');
    fold.setAttribute('aria-expanded', 'false');
    const dismiss = node('button', 'coc-icon-btn coc-dismiss', node('span', '', '×'));
    dismiss.setAttribute('type', 'button');
    (dismiss.firstChild as HTMLElement).setAttribute('aria-hidden', 'true');
    // A row's whole box is the unfold button; a page's bar also has the dismiss button beside it.
    skeleton =
      kind === 'row' ? node('div', 'coc coc-hint coc-row', fold) : node('div', 'coc coc-hint', node('div', 'coc-bar', fold, dismiss));
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
  /** The verdict's own headline (a row's box shows its few words instead; the tooltip has this). */
  full: string;
  sub: { text: string; tone: string } | null;
  deadline: { text: string; title: string } | null;
}

/**
 * What a bar shows of an order that came without its look. Every order a seller page shows comes from the worker with
 * one (src/content/session.ts): this is never drawn, and if it ever were it would say "unknown" rather than guess.
 */
const NO_LOOK: BarLook = { tone: 'unknown', badge: 'action_unknown', row: 'row_unknown' };

/**
 * A page's bar leads with the verdict's headline; a row's box with the row's own few words. Its colour and words are
 * named by the worker (`order.bar`, ui/row barLook), in the strings the worker sent (./strings).
 */
export function verdictBar(order: PageOrder, lang: UiLang, kind: HintPlace = 'page'): BarContent {
  const { verdict, snapshot } = order;
  const look = order.bar ?? NO_LOOK;
  const now = new Date();
  const deadline = nextDeadline(verdict, now);
  return {
    label: t('hint_label', lang, snapshot.orderId),
    tone: look.tone,
    badge: t(look.badge, lang),
    headline: kind === 'row' ? t(look.row, lang) : pick(verdict.headline, lang),
    full: pick(verdict.headline, lang),
    // A status word nobody taught yet: the bar names it, and the unfolded hint asks what it means.
    sub: order.unknownWords?.[0]
      ? { text: t('hint_unknown_word', lang, order.unknownWords[0]), tone: 'info' }
      : barConsequence(verdict, lang),
    deadline: deadline && labelledCountdown(deadline, now, lang),
  };
}

/** The order could not be read or judged: said plainly, with the way out (the popup's picker). */
export function unreadableBar(note: LocalizedText, lang: UiLang): BarContent {
  return {
    label: t('hint_region', lang),
    tone: 'unknown',
    badge: t('action_unknown', lang),
    headline: t('hint_unreadable', lang),
    full: t('hint_unreadable', lang),
    // The notes say what went wrong; the way out is said once, here (the popup says it the same way).
    sub: { text: `${pick(note, lang)} ${t('unknown_pick_by_hand', lang)}`, tone: 'info' },
    deadline: null,
  };
}

export function barTitle(bar: BarContent, lang: UiLang, unfoldable: boolean): string {
  return [bar.full, bar.sub?.text, bar.deadline && `${bar.deadline.text} — ${bar.deadline.title}`, unfoldable && t('expand', lang)]
    .filter(Boolean)
    .join('\n');
}

/** Draws a compact bar. With `unfold`, the bar is the button that opens the full hint. */
export function drawBar(
  container: HTMLElement,
  bar: BarContent,
  lang: UiLang,
  kind: HintPlace,
  on: { unfold: (() => void) | null; preload(): void; dismiss(): void; sample?: (() => Promise<string | null>) | null },
): void {
  const root = newBar(kind);
  root.setAttribute('aria-label', bar.label);
  root.lang = lang === 'zh' ? 'zh-CN' : 'en';
  root.classList.add(`coc-look-${bar.tone}`);
  const fold = root.querySelector('.coc-fold') as HTMLButtonElement;
  const part = (cls: string) => fold.querySelector(`.${cls}`) as HTMLElement;
  const [badge, main, headline, sub, deadline, chevron] = [
    'coc-badge',
    'coc-bar-main',
    'coc-bar-headline',
    'coc-bar-sub',
    'coc-bar-deadline',
    'coc-chevron',
  ].map(part) as [HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement];
  badge.className = `coc-badge coc-tone-${bar.tone}`;
  badge.textContent = bar.badge;
  headline.textContent = bar.headline;
  // A row's box has no room for the consequence: its verdict already carries the one that decides, the tooltip the rest.
  if (bar.sub && kind !== 'row') {
    sub.className = `coc-bar-sub coc-cq-${bar.sub.tone}`;
    sub.textContent = bar.sub.text;
  } else sub.remove();
  if (bar.deadline) {
    deadline.textContent = bar.deadline.text;
    deadline.title = bar.deadline.title;
  } else deadline.remove();
  // A row's box cuts long text: the tooltip holds all of it.
  fold.title = barTitle(bar, lang, on.unfold !== null);
  if (on.unfold) {
    (chevron.lastChild as HTMLElement).textContent = t('expand', lang);
    // Not once: a row's box stays on the page and opens its details every time it is clicked.
    fold.addEventListener('click', on.unfold);
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
  // A row's box is one button: its details (a popover) carry the offer instead.
  if (on.sample && kind === 'page') root.querySelector('.coc-bar')?.insertBefore(sampleButton(on.sample, main, lang), dismiss);
  container.replaceChildren(root);
}

/**
 * "Save a page sample" on an unknown page's bar. Once saved, the bar says what the file keeps and what it replaced
 * (that line comes with the sample's code, so no seller page carries it before).
 */
function sampleButton(save: () => Promise<string | null>, main: HTMLElement, lang: UiLang): HTMLButtonElement {
  const button = node('button', 'coc-sample', t('page_sample_save', lang)) as HTMLButtonElement;
  button.type = 'button';
  button.addEventListener('click', () => {
    button.disabled = true;
    void save().then((what) => {
      button.textContent = t(what === null ? 'page_sample_failed' : 'page_sample_saved', lang);
      button.disabled = false;
      if (what !== null && !main.querySelector('.coc-sample-what')) main.append(node('span', 'coc-bar-sub coc-sample-what', what));
    });
  });
  return button;
}
