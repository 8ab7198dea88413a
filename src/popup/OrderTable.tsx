/**
 * A list page's orders in the popup: one compact table grouped by what to do (the orders to act on
 * first), with a filter, instead of one full card per order (120 cards were 273,000 px tall and took
 * seconds to draw). Opening a row shows that order's full verdict and history under it.
 */
import { useState } from 'preact/hooks';
import type { PageOrder } from '../messages/protocol';
import type { Action } from '../rules/types';
import { t, type UiLang } from '../ui/i18n';
import { actionLabel, actionTone } from '../ui/labels';
import { labelledCountdown, needsAction, rowVerdict, verdictTone } from '../ui/row';
import { nextDeadline } from '../ui/summary';
import { historyKey } from './store';

/** Most urgent first: an answer owed, then what the person can do now, then what others must do, then nothing. */
const ACTION_ORDER: Action[] = [
  'respond',
  'cancel',
  'close',
  'request-cancel',
  'contact-support',
  'refund',
  'return-and-refund',
  'dispute',
  'unknown',
  'wait',
  'none',
];

export type TableFilter = 'all' | 'act' | 'due';
const DAY_MS = 24 * 60 * 60_000;

export interface OrderTableProps {
  orders: PageOrder[];
  lang: UiLang;
  now: Date;
  opened: string | null;
  onOpen(key: string): void;
  /** The opened order's full verdict and history, drawn under its row. */
  renderOpened(order: PageOrder): preact.ComponentChild;
}

export function OrderTable(props: OrderTableProps) {
  const { lang, now } = props;
  const [filter, setFilter] = useState<TableFilter>('all');
  const [query, setQuery] = useState('');
  const due = (o: PageOrder) => {
    const d = nextDeadline(o.verdict, now);
    return d !== null && needsAction(o.verdict) && Date.parse(d.at) >= now.getTime() && Date.parse(d.at) - now.getTime() <= DAY_MS;
  };
  const needle = query.trim().toLowerCase();
  const shown = props.orders.filter(
    (o) =>
      (filter === 'all' || (filter === 'act' ? needsAction(o.verdict) : due(o))) &&
      (needle === '' || o.snapshot.orderId.toLowerCase().includes(needle)),
  );
  const groups = ACTION_ORDER.map((action) => ({ action, orders: shown.filter((o) => o.verdict.action === action) })).filter(
    (g) => g.orders.length > 0,
  );
  const counts = {
    all: props.orders.length,
    act: props.orders.filter((o) => needsAction(o.verdict)).length,
    due: props.orders.filter(due).length,
  };

  return (
    <section class="popup-table-wrap" aria-label={t('popup_table_title', lang, props.orders.length)}>
      <h2 class="popup-h2">{t('popup_table_title', lang, props.orders.length)}</h2>
      <div class="popup-filter">
        <label>
          <span class="coc-muted">{t('popup_filter', lang)}</span>{' '}
          <select value={filter} onChange={(e) => setFilter(e.currentTarget.value as TableFilter)}>
            <option value="all">{t('popup_filter_all', lang, counts.all)}</option>
            <option value="act">{t('popup_filter_act', lang, counts.act)}</option>
            <option value="due">{t('popup_filter_due', lang, counts.due)}</option>
          </select>
        </label>
        <input
          type="search"
          value={query}
          placeholder={t('popup_filter_search', lang)}
          aria-label={t('popup_filter_search', lang)}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </div>
      {groups.length === 0 && <p class="coc-muted">{t('popup_filter_none', lang)}</p>}
      <table class="popup-table">
        {groups.map(({ action, orders }) => (
          <tbody key={action} data-group={action}>
            <tr class="popup-group">
              <th colSpan={2} scope="colgroup">
                <span class={`coc-badge coc-tone-${actionTone(action)}`}>{actionLabel(action, lang)}</span>{' '}
                <span class="coc-muted">{orders.length}</span>
              </th>
            </tr>
            {orders.map((order) => {
              const key = historyKey(order.snapshot.platform, order.snapshot.orderId);
              const deadline = nextDeadline(order.verdict, now);
              const countdown = deadline && labelledCountdown(deadline, now, lang);
              const open = props.opened === key;
              return [
                <tr key={key} class={open ? 'popup-row popup-row-open' : 'popup-row'}>
                  <th scope="row">
                    <button type="button" class="popup-row-btn" aria-expanded={open} onClick={() => props.onOpen(key)}>
                      {order.snapshot.orderId}
                    </button>
                  </th>
                  <td>
                    <span class={`popup-row-verdict coc-tone-text-${verdictTone(order.verdict)}`}>
                      {rowVerdict(order.verdict, order.snapshot, lang)}
                    </span>
                    {countdown && (
                      <span class="popup-row-due" title={countdown.title}>
                        {countdown.text}
                      </span>
                    )}
                  </td>
                </tr>,
                open && (
                  <tr key={`${key}:open`} class="popup-row-details">
                    <td colSpan={2}>{props.renderOpened(order)}</td>
                  </tr>
                ),
              ];
            })}
          </tbody>
        ))}
      </table>
    </section>
  );
}
