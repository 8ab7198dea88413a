/**
 * The statistics page: what ended canceled or closed and why, Amazon's cancellation rate as the
 * extension saw it, AliExpress seller-fault cancellations, open follow-ups, and the history
 * controls (export, import, delete, retention). Figures come from the worker (history/stats).
 */
import { useEffect, useState } from 'preact/hooks';
import type { FollowUpRecord, HistoryStats } from '../messages/protocol';
import { PLATFORMS, type Platform } from '../rules/types';
import { HistorySection } from '../options/sections/HistorySection';
import { localeOf, pick, t, type MessageKey, type UiLang } from '../ui/i18n';
import { platformLabel } from '../ui/labels';
import { LangSwitch } from '../ui/LangSwitch';
import { askWorker, type Ask } from '../messages/client';
import { BarChart } from './BarChart';
import { OrderSearch } from '../ui/OrderSearch';
import { historyErrorText } from './history-error';

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
          {historyErrorText(load.error, lang)}
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
              ? t('stats_amazon_rate_detail', lang, rate.sellerCancellations, rate.orders, pct(target))
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
              summary={platforms
                .map(([p, c]) => t('stats_platform_summary', lang, platformName(p, lang), c.canceled, c.closed))
                .join('; ')}
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
                  {stats.endedByReason.slice(0, SHOWN_REASONS).map((r) => (
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
  async function done(f: FollowUpRecord) {
    const { platform, orderId } = splitOrderKey(f.orderKey);
    if (!isPlatform(platform)) return;
    const answer = await props.ask({ kind: 'history/follow-up-done', platform, orderId, followUpId: f.id });
    if (!answer.ok) return setError(historyErrorText(answer.error, lang));
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
                  </div>
                </div>
                <button
                  type="button"
                  class="coc-btn"
                  aria-label={t('stats_follow_up_done_label', lang, pick(f.text, lang), orderId)}
                  onClick={() => void done(f)}
                >
                  {t('stats_follow_up_done', lang)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
