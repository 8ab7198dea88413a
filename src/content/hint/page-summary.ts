/**
 * A list page's summary ("3 to act on · 1 due within 24 h"): one small box of ours just above the
 * list's table (floating at the page's corner where the rows are not in a table we can reach, so it
 * never sits over a row that is in the table), with a button that hides the rows that need nothing.
 * Plain DOM in a closed shadow root, no global styles; the rows are hidden with an inline
 * `display:none` on the row itself and shown again exactly as they were. Recounted once per frame
 * however many rows report at once; placed in the same frame as the first row boxes are drawn.
 */
import summaryEn from '../../../public/_locales/en/messages.json?summary';
import summaryZh from '../../../public/_locales/zh_CN/messages.json?summary';
import { formatCountdown } from '../../ui/format';
import { addStrings, t } from '../../ui/i18n';
// A part is a script of its own: it brings the compact bar's strings too, in both languages (the page may switch).
import '../../ui/hint-strings';
import { needsAction } from '../../ui/row';
import type { PageOrder } from '../../messages/protocol';
import { SUMMARY_TAG } from './tags';
import type { UiLang } from '../../ui/i18n';
import type { LangFollower } from './lang';

/**
 * What the page already has, handed in by the hints: this module is a separate script (src/content/lazy-parts.ts),
 * so importing ./lang, ./theme or the bar's styles here would give it second copies — a page language that never
 * hears of a change, the page's colours read again, the bar's stylesheet parsed again — of what the content
 * script has once per page.
 */
export interface PageServices {
  current(): UiLang;
  follow(follower: LangFollower): unknown;
  /** Adopts the bar's stylesheet (parsed once per page, shared by every hint) and then `css` into a shadow root. */
  adoptBarStyles(shadow: ShadowRoot, css: string): void;
  /** Gives a box the page's light or dark look (./theme). */
  followTheme(box: HTMLElement, where: Element | null): void;
}
let page: PageServices | null = null;
const currentLang = (): UiLang => page?.current() ?? 'en';

// Its strings come with its code: the compact bar never shows them (scripts/vite/locale-subset.ts).
addStrings({ en: summaryEn, zh: summaryZh });

const DAY_MS = 24 * 60 * 60_000;

const SUMMARY_CSS = `:host{all:initial;display:block;margin:4px 0}
.coc-summary{display:inline-flex;align-items:center;gap:8px;padding:5px 6px 5px 10px;border-radius:8px}
.coc-summary-text{font-weight:600}
.coc-summary button{all:unset;cursor:pointer;padding:2px 8px;border:1px solid var(--coc-border);border-radius:6px;font-size:12px;color:var(--coc-accent)}
.coc-summary button:focus-visible{outline:2px solid var(--coc-accent);outline-offset:2px}`;

interface RowEntry {
  order: PageOrder;
  /** The page's element for the order's row (hidden by the filter), found when first needed. */
  host: HTMLElement;
}

const rows = new Map<object, RowEntry>();
let box: { host: HTMLElement; text: HTMLElement; button: HTMLButtonElement; root: HTMLElement } | null = null;
let onlyActionable = false;
let scheduled = false;
/** Rows we hid, with the inline display they had. */
const hiddenRows = new Map<HTMLElement, string>();

/** The element holding the rows when they are not table rows (a list of cards); see placeBox. */
let cardList: Element | null = null;

/** A row: its table row or list item, or else the card of the list that holds its hint. */
function rowOf(host: HTMLElement): HTMLElement | null {
  const row = host.closest<HTMLElement>('tr, [role="row"], li');
  if (row || !cardList) return row;
  for (let el: HTMLElement | null = host; el; el = el.parentElement) if (el.parentElement === cardList) return el;
  return null;
}

function build(): NonNullable<typeof box> {
  // The shadow root goes on a div of ours inside the element: a page may define the element's name itself.
  const host = document.createElement(SUMMARY_TAG);
  const ui = document.createElement('div');
  host.append(ui);
  const shadow = ui.attachShadow({ mode: 'closed' });
  // The bar's sheet is the row boxes' (parsed once per page); the summary's few rules come on top.
  page?.adoptBarStyles(shadow, SUMMARY_CSS);
  const root = document.createElement('div');
  root.className = 'coc coc-hint coc-summary';
  root.setAttribute('role', 'region');
  const text = document.createElement('span');
  text.className = 'coc-summary-text';
  text.setAttribute('role', 'status');
  const button = document.createElement('button');
  button.type = 'button';
  button.addEventListener('click', () => {
    onlyActionable = !onlyActionable;
    schedule();
  });
  root.append(text, button);
  shadow.append(root);
  page?.follow({ setLang: schedule });
  return { host, text, button, root };
}

/** The closest element holding both rows' hints (same tree only: a row in a shadow root has none). */
function listOf(a: HTMLElement, b: HTMLElement | undefined): Element | null {
  if (!b) return null;
  for (let el: Element | null = a.parentElement; el; el = el.parentElement) if (el.contains(b)) return el;
  return null;
}

/**
 * Above the rows, in the page's flow: before the first row's table, or at the top of the element
 * that holds the rows (a list of cards); floating only when neither is there (rows in shadow roots).
 */
function placeBox(host: HTMLElement): void {
  const [first, second] = [...rows.values()].slice(0, 2) as Array<RowEntry | undefined>;
  const table = first?.host.closest('table');
  const list = table ?? (first ? listOf(first.host, second?.host) : null);
  cardList = table ? null : list;
  if (list?.isConnected && list !== document.body && list !== document.documentElement) {
    if (table) {
      if (host.nextElementSibling !== table) table.before(host);
    } else if (list.firstElementChild !== host) list.prepend(host);
    host.removeAttribute('style');
    return;
  }
  if (host.isConnected && host.hasAttribute('style')) return;
  // Floating: the element's own inline position (its UI box inside cannot place it).
  host.setAttribute('style', 'position:fixed;left:16px;bottom:16px;z-index:2147483645;display:block');
  (document.body ?? document.documentElement).append(host);
}

function filterRows(): void {
  for (const [row, display] of hiddenRows) {
    row.style.display = display;
  }
  hiddenRows.clear();
  if (!onlyActionable) return;
  for (const { order, host } of rows.values()) {
    if (needsAction(order.verdict)) continue;
    const row = rowOf(host);
    if (!row || hiddenRows.has(row)) continue;
    hiddenRows.set(row, row.style.display);
    row.style.display = 'none';
  }
}

function draw(): void {
  scheduled = false;
  if (rows.size === 0) {
    box?.host.remove();
    box = null;
    onlyActionable = false;
    filterRows();
    return;
  }
  box ??= build();
  placeBox(box.host);
  const lang = currentLang();
  const now = new Date();
  const nowMs = now.getTime();
  let act = 0;
  let due = 0;
  let next = Infinity;
  // Hundreds of rows on a long list: one loop, no arrays made per row.
  for (const { order } of rows.values()) {
    if (!needsAction(order.verdict)) continue;
    act += 1;
    let soonest = Infinity;
    for (const deadline of order.verdict.deadlines) {
      const at = Date.parse(deadline.at);
      if (at >= nowMs && at < soonest) soonest = at;
    }
    if (soonest - nowMs <= DAY_MS) due += 1;
    next = Math.min(next, soonest);
  }
  const parts = [act === 0 ? t('summary_nothing', lang) : t('summary_act_on', lang, act)];
  if (due > 0) parts.push(t('summary_due', lang, due, formatCountdown(new Date(next), now, lang)));
  box.text.textContent = parts.join(' · ');
  box.root.setAttribute('aria-label', t('summary_region', lang));
  box.root.lang = lang === 'zh' ? 'zh-CN' : 'en';
  page?.followTheme(box.host.firstElementChild as HTMLElement, box.host.parentElement);
  box.button.textContent = t(onlyActionable ? 'summary_all' : 'summary_only', lang);
  box.button.setAttribute('aria-pressed', String(onlyActionable));
  filterRows();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(draw);
}

/** A row's hint shows (or changes) its verdict. */
export function summarizeRow(key: object, host: HTMLElement, order: PageOrder, services: PageServices): void {
  page ??= services;
  rows.set(key, { order, host });
  schedule();
}

/** A row's hint went away (or no longer has a verdict). */
export function forgetRow(key: object): void {
  if (rows.delete(key)) schedule();
}
