/**
 * Find any order in the history (popup and statistics page): a pasted order id (whole or its
 * beginning) and filters: platform, stage, verdict, "needs action", last seen between two days.
 * Each result links to the order's page as last seen (site and path only, as history keeps it).
 * The search runs in the worker through indexes (src/history/search.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Ask } from '../messages/client';
import type { OrderRecord, OrderSearch as Query } from '../messages/protocol';
import { ACTIONS, PLATFORMS, STAGES, type Action, type Platform, type Stage } from '../rules/types';
import { errorText } from './error-text';
import { localeOf, t, type UiLang } from './i18n';
import { actionLabelOf, platformLabel } from './labels';
import { stageLabel } from './order-labels';

const PAGE = 50;

interface Form {
  orderId: string;
  platform: Platform | '';
  stage: Stage | '';
  action: Action | '';
  needsAction: boolean;
  /** 'YYYY-MM-DD' from the date inputs, local days. */
  from: string;
  to: string;
}

const EMPTY: Form = { orderId: '', platform: '', stage: '', action: '', needsAction: false, from: '', to: '' };

/** The form as the worker's query: empty fields left out, days as local-time bounds. */
function queryOf(f: Form): Query {
  const q: Query = { limit: PAGE };
  if (f.orderId.trim()) q.orderId = f.orderId.trim().slice(0, 120);
  if (f.platform) q.platform = f.platform;
  if (f.stage) q.stage = f.stage;
  if (f.action) q.action = f.action;
  if (f.needsAction) q.needsAction = true;
  const day = (d: string, end: boolean) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? new Date(`${d}T${end ? '23:59:59.999' : '00:00:00'}`) : null);
  const from = day(f.from, false);
  const to = day(f.to, true);
  if (from && !Number.isNaN(from.getTime())) q.from = from.toISOString();
  if (to && !Number.isNaN(to.getTime())) q.to = to.toISOString();
  return q;
}

type Found =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; orders: OrderRecord[]; more: boolean }
  | { status: 'error'; error: string };

export function OrderSearch(props: {
  ask: Ask;
  lang: UiLang;
  idPrefix: string;
  /** No search is sent while true (the popup holds its first list until the page's verdict is shown). */
  waiting?: boolean;
}) {
  const { lang, idPrefix: p } = props;
  const [form, setForm] = useState<Form>(EMPTY);
  const [found, setFound] = useState<Found>({ status: 'idle' });
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));

  useEffect(() => {
    if (props.waiting) return;
    let stale = false;
    setFound({ status: 'searching' });
    void props.ask({ kind: 'history/search', query: queryOf(form) }).then((r) => {
      if (stale) return;
      setFound(r.ok ? { status: 'done', ...r.value } : { status: 'error', error: r.error });
    });
    return () => {
      stale = true;
    };
  }, [form, props.waiting]);

  const day = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium' });
  return (
    <section class="coc-section order-search" aria-labelledby={`${p}-title`}>
      <h2 id={`${p}-title`} class="coc-section-title">
        {t('history_search_title', lang)}
      </h2>
      <form class="order-search-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <input
          type="search"
          aria-label={t('history_search_id', lang)}
          placeholder={t('history_search_id', lang)}
          maxLength={120}
          value={form.orderId}
          onInput={(e) => set({ orderId: e.currentTarget.value })}
        />
        <select
          aria-label={t('history_search_platform', lang)}
          value={form.platform}
          onChange={(e) => set({ platform: e.currentTarget.value as Form['platform'] })}
        >
          <option value="">{t('history_search_any_platform', lang)}</option>
          {PLATFORMS.map((x) => (
            <option key={x} value={x}>
              {platformLabel(x, lang)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('history_search_stage', lang)}
          value={form.stage}
          onChange={(e) => set({ stage: e.currentTarget.value as Form['stage'] })}
        >
          <option value="">{t('history_search_any_stage', lang)}</option>
          {STAGES.map((x) => (
            <option key={x} value={x}>
              {stageLabel(x, lang)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('history_search_verdict', lang)}
          value={form.action}
          onChange={(e) => set({ action: e.currentTarget.value as Form['action'] })}
        >
          <option value="">{t('history_search_any_verdict', lang)}</option>
          {ACTIONS.map((x) => (
            <option key={x} value={x}>
              {actionLabelOf(x, lang)}
            </option>
          ))}
        </select>
        <label>
          <input type="checkbox" checked={form.needsAction} onChange={(e) => set({ needsAction: e.currentTarget.checked })} />{' '}
          {t('history_search_needs_action', lang)}
        </label>
        <label>
          {t('history_search_from', lang)} <input type="date" value={form.from} onChange={(e) => set({ from: e.currentTarget.value })} />
        </label>
        <label>
          {t('history_search_to', lang)} <input type="date" value={form.to} onChange={(e) => set({ to: e.currentTarget.value })} />
        </label>
      </form>
      <div role="status" aria-live="polite">
        {found.status === 'error' && <p class="popup-error">{t('history_search_error', lang, errorText(found.error, lang))}</p>}
        {found.status === 'done' && found.orders.length === 0 && <p class="coc-muted">{t('history_search_none', lang)}</p>}
      </div>
      {found.status === 'done' && found.orders.length > 0 && (
        <ul class="coc-list order-search-results" aria-label={t('history_search_results', lang)}>
          {found.orders.map((o) => (
            <li key={o.key} data-order-key={o.key}>
              {platformLabel(o.platform, lang)} ·{' '}
              {o.url && /^https:\/\//.test(o.url) ? (
                <a href={o.url} target="_blank" rel="noopener noreferrer">
                  {o.orderId}
                </a>
              ) : (
                <span>{o.orderId}</span>
              )}{' '}
              · {stageLabel(o.stage, lang)} · {actionLabelOf(o.lastAction, lang)} ·{' '}
              <span class="coc-muted">{day.format(new Date(o.lastSeen))}</span>
            </li>
          ))}
        </ul>
      )}
      {found.status === 'done' && found.more && <p class="coc-muted">{t('history_search_more', lang, PAGE)}</p>}
    </section>
  );
}
