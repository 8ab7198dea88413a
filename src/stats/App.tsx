/**
 * The statistics page: what ended canceled or closed and why, Amazon's cancellation rate as the
 * extension saw it, AliExpress seller-fault cancellations, open follow-ups, and the history
 * controls (export, import, delete, retention). Figures come from the worker (history/stats).
 */
import { useEffect, useState } from 'preact/hooks';
import type { FollowUpRecord, HistoryStats, OrderHistory } from '../messages/protocol';
import { PLATFORMS, type Platform } from '../rules/types';
import { HistorySection } from '../options/sections/HistorySection';
import { localeOf, pick, t, type MessageKey, type UiLang } from '../ui/i18n';
import { platformLabel } from '../ui/labels';
import { LangSwitch } from '../ui/LangSwitch';
import { askWorker, type Ask } from '../messages/client';
import { BarChart } from './BarChart';
import { OrderSearch } from '../ui/OrderSearch';
import { errorText } from '../ui/error-text';

export interface StatsAppProps {
  initialLang: UiLang;
  onLangChange(lang: UiLang): void;
  ask?: Ask;
}

type Load = { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; stats: HistoryStats };

const INITIATORS = ['seller', 'buyer', 'platform', 'unknown'] as const;
const SHOWN_REASONS = 10;
const DEFAULT_TARGET_PCT = 2.5;

const isPlatform = (x: string): x is Platform => (PLATFORMS as readonly string[]).includes(x);
const platformName = (p: string, lang: UiLang) => (isPlatform(p) ? platformLabel(p, lang) : p);

/** 'amazon:111-…' → platform and order id (order ids may themselves contain ':'). */
export function splitOrderKey(key: string): { platform: string; orderId: string } {
  const at = key.indexOf(':');
  return { platform: key.slice(0, at), orderId: key.slice(at + 1) };
}

export function App(props: StatsAppProps) {
  const ask = props.ask ?? askWorker;
  const [lang, setLang] = useState(props.initialLang);
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [target, setTarget] = useState(DEFAULT_TARGET_PCT);

  async function reload() {
    const [answer, settings] = await Promise.all([ask({ kind: 'history/stats' }), ask({ kind: 'settings/get' })]);
    if (settings.ok) setTarget(settings.value.rules.amazonCancellationRateTargetPct ?? DEFAULT_TARGET_PCT);
    setLoad(answer.ok ? { status: 'ready', stats: answer.value } : { status: 'error', error: answer.error });
  }
  useEffect(() => void reload(), []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('stats_title', lang);
  }, [lang]);

  const changeLang = (next: UiLang) => {
    setLang(next);
    props.onLangChange(next);
  };

  return (
    <div class="coc stats">
      <header class="stats-head">
        <h1>{t('stats_title', lang)}</h1>
        <LangSwitch lang={lang} onChange={changeLang} />
      </header>
      <p class="coc-muted">{t('stats_estimate_note', lang)}</p>
      {load.status === 'loading' && <p aria-live="polite">{t('stats_loading', lang)}</p>}
      {load.status === 'error' && (
        <p class="history-error" role="alert">
          {errorText(load.error, lang)}
        </p>
      )}
      {load.status === 'ready' && <Figures stats={load.stats} lang={lang} target={target} ask={ask} onChanged={() => void reload()} />}
      <OrderSearch ask={ask} lang={lang} idPrefix="stats-search" />
      <HistorySection lang={lang} ask={ask} onChanged={() => void reload()} />
    </div>
  );
}

function Figures(props: { stats: HistoryStats; lang: UiLang; target: number; ask: Ask; onChanged(): void }) {
  const { stats, lang, target } = props;
  const rate = stats.amazonCancelRate7d;
  const windowDays = stats.windowDays ?? 30;
  const pct = (x: number) => x.toLocaleString(localeOf(lang), { maximumFractionDigits: 2 });
  const series = [
    { name: t('stage_canceled', lang), className: 'stats-canceled' },
    { name: t('stage_closed', lang), className: 'stats-closed' },
  ];
  const platforms = Object.entries(stats.endedByPlatform);
  const totalEnded = platforms.reduce((n, [, c]) => n + c.canceled + c.closed, 0);
  const dayFormat = new Intl.DateTimeFormat(localeOf(lang), { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  const dayLabel = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));

  return (
    <>
      {rate.warn && (
        <div class="stats-warning" role="alert">
          {t('stats_amazon_warning', lang, pct(rate.ratePct), pct(target))}
        </div>
      )}
      <section class="stats-cards" aria-label={t('stats_summary', lang)}>
        <div class="stats-card">
          <h2>{t('stats_amazon_rate', lang)}</h2>
          <p class="stats-big">{rate.orders > 0 ? `${pct(rate.ratePct)} %` : '—'}</p>
          <p class="coc-muted">
            {rate.orders > 0
              ? t(
                  rate.orders === 1 ? 'stats_amazon_rate_detail_one' : 'stats_amazon_rate_detail',
                  lang,
                  rate.sellerCancellations,
                  rate.orders,
                  pct(target),
                )
              : t('stats_amazon_rate_none', lang)}
          </p>
        </div>
        <div class="stats-card">
          <h2>{t('stats_aliexpress_fault', lang)}</h2>
          <p class="stats-big">{stats.aliexpressSellerFault30d}</p>
          <p class="coc-muted">{t('stats_aliexpress_fault_detail', lang)}</p>
        </div>
        <div class="stats-card">
          <h2>{t('stats_orders', lang)}</h2>
          <p class="stats-big">{stats.orders}</p>
          <p class="coc-muted">{t('stats_ended_in_window', lang, totalEnded, windowDays)}</p>
        </div>
      </section>

      <section aria-labelledby="stats-ended">
        <h2 id="stats-ended">{t('stats_ended_title', lang, windowDays)}</h2>
        {totalEnded === 0 ? (
          <p>{t('stats_ended_none', lang, windowDays)}</p>
        ) : (
          <>
            <BarChart
              id="chart-platform"
              title={t('stats_by_platform', lang)}
              summary={platforms.map(([p, c]) => t('stats_platform_summary', lang, platformName(p, lang), c.canceled, c.closed)).join('; ')}
              series={series}
              bars={platforms.map(([p, c]) => ({ label: platformName(p, lang), values: [c.canceled, c.closed] }))}
              labelHeader={t('stats_platform', lang)}
              tableLabel={t('stats_show_figures', lang)}
            />
            <div class="stats-columns">
              <div>
                <h3>{t('stats_by_initiator', lang)}</h3>
                <ul class="stats-list">
                  {INITIATORS.filter((i) => stats.endedByInitiator[i]).map((i) => (
                    <li key={i}>
                      <span>{t(`stats_initiator_${i}` as MessageKey, lang)}</span> <strong>{stats.endedByInitiator[i]}</strong>
                    </li>
                  ))}
                </ul>
              </div>
              <div>
                <h3>{t('stats_by_reason', lang)}</h3>
                <ul class="stats-list">
                  {readableReasons(stats.endedByReason, lang)
                    .slice(0, SHOWN_REASONS)
                    .map((r) => (
                      <li key={r.reason}>
                        <span class="stats-reason">{r.reason}</span> <strong>{r.count}</strong>
                      </li>
                    ))}
                </ul>
              </div>
            </div>
          </>
        )}
        <BarChart
          id="chart-daily"
          title={t('stats_daily', lang, stats.daily.length)}
          summary={t(
            'stats_daily_summary',
            lang,
            stats.daily.reduce((n, d) => n + d.canceled, 0),
            stats.daily.reduce((n, d) => n + d.closed, 0),
            stats.daily.length,
          )}
          series={series}
          bars={stats.daily.map((d) => ({ label: dayLabel(d.day), values: [d.canceled, d.closed] }))}
          labelHeader={t('stats_day', lang)}
          tableLabel={t('stats_show_figures', lang)}
          labelEvery={7}
        />
      </section>

      <FollowUps followUps={stats.openFollowUps} lang={lang} ask={props.ask} onChanged={props.onChanged} />
    </>
  );
}

function FollowUps(props: { followUps: FollowUpRecord[]; lang: UiLang; ask: Ask; onChanged(): void }) {
  const { lang } = props;
  const [error, setError] = useState<string | null>(null);
  const due = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium' });
  const links = useOrderLinks(props.followUps, props.ask);
  // Done and "not needed" both close the reminder in one click (the history keeps when).
  async function done(f: FollowUpRecord) {
    const { platform, orderId } = splitOrderKey(f.orderKey);
    if (!isPlatform(platform)) return;
    const answer = await props.ask({ kind: 'history/follow-up-done', platform, orderId, followUpId: f.id });
    if (!answer.ok) return setError(errorText(answer.error, lang));
    setError(null);
    props.onChanged();
  }
  return (
    <section aria-labelledby="stats-follow-ups">
      <h2 id="stats-follow-ups">{t('stats_follow_ups', lang, props.followUps.length)}</h2>
      {error && (
        <p class="history-error" role="alert">
          {error}
        </p>
      )}
      {props.followUps.length === 0 ? (
        <p>{t('stats_follow_ups_none', lang)}</p>
      ) : (
        <ul class="stats-follow-ups">
          {props.followUps.map((f) => {
            const { platform, orderId } = splitOrderKey(f.orderKey);
            return (
              <li key={`${f.orderKey}|${f.id}`}>
                <div>
                  <strong>{pick(f.text, lang)}</strong>
                  <div class="coc-muted">
                    {t('stats_follow_up_order', lang, platformName(platform, lang), orderId, due.format(new Date(f.dueAt)))}
                    {links[f.orderKey] && (
                      <>
                        {' · '}
                        <a href={links[f.orderKey]} target="_blank" rel="noopener noreferrer">
                          {t('stats_follow_up_open', lang)}
                        </a>
                      </>
                    )}
                  </div>
                </div>
                <span class="stats-follow-up-actions">
                  <button
                    type="button"
                    class="coc-btn"
                    aria-label={t('stats_follow_up_done_label', lang, pick(f.text, lang), orderId)}
                    onClick={() => void done(f)}
                  >
                    {t('stats_follow_up_done', lang)}
                  </button>
                  <button
                    type="button"
                    class="coc-btn"
                    aria-label={t('stats_follow_up_dismiss_label', lang, pick(f.text, lang), orderId)}
                    onClick={() => void done(f)}
                  >
                    {t('stats_follow_up_dismiss', lang)}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Amazon's cancellation reasons as its order page names them in its data, in words. */
const AMAZON_REASONS: Record<string, readonly [en: string, zh: string]> = {
  NoInventory: ['No inventory', '无库存'],
  BuyerCanceled: ['Buyer canceled', '买家取消'],
  ShippingAddressUndeliverable: ['Shipping address undeliverable', '收货地址无法送达'],
  CustomerExchange: ['Customer exchange', '买家换货'],
  PricingError: ['Pricing error', '价格错误'],
  GeneralAdjustment: ['General adjustment', '一般调整'],
};

/**
 * Reasons as a seller reads them: a recorded reason in words; an order that ended without one (the
 * history then names the rule that applied, an internal id) counts as "No reason recorded".
 */
function readableReasons(
  reasons: ReadonlyArray<{ reason: string; count: number }>,
  lang: UiLang,
): Array<{ reason: string; count: number }> {
  const counts = new Map<string, number>();
  for (const { reason, count } of reasons) {
    const known = AMAZON_REASONS[reason];
    const words = known
      ? known[lang === 'zh' ? 1 : 0]
      : /^[a-z0-9]+(?:\.[a-z0-9-]+)+$/i.test(reason)
        ? t('stats_reason_unrecorded', lang)
        : /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/.test(reason)
          ? reason
              .replace(/(?<=[a-z])(?=[A-Z])/g, ' ')
              .toLowerCase()
              .replace(/^./, (c) => c.toUpperCase())
          : reason;
    counts.set(words, (counts.get(words) ?? 0) + count);
  }
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
}

/**
 * Where each follow-up's order was seen, from its own history: the order's page when it was seen
 * there (its address names the order), else the list it was seen on. Only web addresses are linked.
 */
function useOrderLinks(followUps: FollowUpRecord[], ask: Ask): Record<string, string> {
  const [links, setLinks] = useState<Record<string, string>>({});
  const keys = [...new Set(followUps.map((f) => f.orderKey))].sort().join('\n');
  useEffect(() => {
    let live = true;
    void Promise.all(
      keys
        .split('\n')
        .filter(Boolean)
        .map(async (orderKey) => {
          const { platform, orderId } = splitOrderKey(orderKey);
          if (!isPlatform(platform)) return null;
          const answer = await ask({ kind: 'history/order', platform, orderId });
          if (!answer.ok) return null;
          const urls = (answer.value as OrderHistory).observations
            .map((o) => o.url)
            .filter((u) => /^https:\/\//.test(u))
            .reverse();
          const url = urls.find((u) => u.includes(encodeURIComponent(orderId)) || u.includes(orderId)) ?? urls[0];
          return url ? ([orderKey, url] as const) : null;
        }),
    ).then((found) => live && setLinks(Object.fromEntries(found.filter((x) => x !== null))));
    return () => {
      live = false;
    };
  }, [keys]);
  return links;
}
