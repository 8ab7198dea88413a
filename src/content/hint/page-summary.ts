/**
 * A list page's summary ("3 to act on · 1 due within 24 h"): one small box of ours floating at the
 * page's corner, with a button that hides the rows that need nothing. Plain DOM in a closed shadow
 * root, no global styles; the rows are hidden with an inline `display:none` on the row itself and
 * shown again exactly as they were. Recounted once per frame however many rows report at once.
 */
import { formatCountdown } from '../../ui/format';
import { t } from '../../ui/i18n';
import { needsAction } from '../../ui/row';
import type { PageOrder } from '../../messages/protocol';
import { adoptStyles, BAR_STYLES } from './element';
import { currentLang, followLang } from './lang';
import { pageTheme } from './theme';

const DAY_MS = 24 * 60 * 60_000;

const SUMMARY_CSS = `:host{all:initial;position:fixed;left:16px;bottom:16px;z-index:2147483645;display:block}
.coc-summary{display:flex;align-items:center;gap:8px;padding:5px 6px 5px 10px;border-radius:8px}
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

const rowOf = (host: HTMLElement): HTMLElement | null => host.closest<HTMLElement>('tr, [role="row"], li');

function build(): NonNullable<typeof box> {
  const host = document.createElement('div');
  host.setAttribute('data-coc-summary', '');
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(shadow, BAR_STYLES + SUMMARY_CSS);
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
  (document.body ?? document.documentElement).append(host);
  followLang({ setLang: schedule });
  return { host, text, button, root };
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
  if (!box.host.isConnected) (document.body ?? document.documentElement).append(box.host);
  const lang = currentLang();
  const now = new Date();
  let act = 0;
  let due = 0;
  let next = Infinity;
  for (const { order } of rows.values()) {
    if (!needsAction(order.verdict)) continue;
    act += 1;
    const soonest = Math.min(...order.verdict.deadlines.map((d) => Date.parse(d.at)).filter((at) => at >= now.getTime()));
    if (soonest - now.getTime() <= DAY_MS) due += 1;
    next = Math.min(next, soonest);
  }
  const parts = [act === 0 ? t('summary_nothing', lang) : t('summary_act_on', lang, act)];
  if (due > 0) parts.push(t('summary_due', lang, due, formatCountdown(new Date(next), now, lang)));
  box.text.textContent = parts.join(' · ');
  box.root.setAttribute('aria-label', t('summary_region', lang));
  box.root.lang = lang === 'zh' ? 'zh-CN' : 'en';
  box.host.setAttribute('data-theme', pageTheme(box.host.parentElement));
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
export function summarizeRow(key: object, host: HTMLElement, order: PageOrder): void {
  rows.set(key, { order, host });
  schedule();
}

/** A row's hint went away (or no longer has a verdict). */
export function forgetRow(key: object): void {
  if (rows.delete(key)) schedule();
}
