/**
 * The other order of a chain (sales order ↔ supplier order, src/history/chains.ts) as history last
 * saw it, and the chain's next step when there is one. Shown in the hint and the popup.
 */
import type { LocalizedText, Platform, Stage } from '../rules/types';
import { localeOf, pick, t, type UiLang } from './i18n';
import { platformLabel } from './labels';
import { stageLabel } from './order-labels';

export interface ChainInfo {
  other: { key: string; platform: Platform; orderId: string; stage?: Stage; lastSeen?: string; url?: string; name?: LocalizedText };
  next?: LocalizedText;
}

export function ChainNote(props: { chains: readonly ChainInfo[]; lang: UiLang; onUnlink?: (c: ChainInfo) => void }) {
  const { lang } = props;
  if (props.chains.length === 0) return null;
  const day = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium' });
  return (
    <ul class="coc-list coc-chain" aria-label={t('chain_label', lang)}>
      {props.chains.map((c) => (
        <li key={c.other.key} data-linked={c.other.key}>
          <span>
            {t('chain_linked', lang, c.other.name ? pick(c.other.name, lang) : platformLabel(c.other.platform, lang), c.other.orderId)}{' '}
            {c.other.stage && c.other.lastSeen
              ? t('chain_state', lang, stageLabel(c.other.stage, lang), day.format(new Date(c.other.lastSeen)))
              : t('chain_never_seen', lang)}
          </span>
          {c.next && <strong class="coc-chain-next"> {pick(c.next, lang)}</strong>}
          {props.onUnlink && (
            <>
              {' '}
              <button type="button" class="coc-btn" onClick={() => props.onUnlink?.(c)}>
                {t('chain_unlink', lang)}
              </button>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
