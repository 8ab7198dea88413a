/**
 * The hint's "Link the supplier order…" (or the customer's order, on a supplier order): takes the
 * other order's number. The popup also offers the recently seen orders; a seller page's hint does not
 * list them, since a content script never reads the history at large.
 */
import { useState } from 'preact/hooks';
import { otherSide, sideOf } from '../history/chain-sides';
import type { Platform } from '../rules/types';
import { t, type UiLang } from './i18n';

/** Platform names for the choice: the hint knows only its own page's platform by name. */
const NAMES: Readonly<Record<Platform, string>> = { amazon: 'Amazon', shopify: 'Shopify', aliexpress: 'AliExpress', '1688': '1688' };

export function HintLink(props: { platform: Platform; lang: UiLang; onLink(platform: Platform, orderId: string): Promise<boolean> }) {
  const { lang } = props;
  const sides = otherSide(props.platform);
  const [open, setOpen] = useState(false);
  const [platform, setPlatform] = useState<Platform>(sides[0]!);
  const [id, setId] = useState('');
  const [failed, setFailed] = useState(false);
  const label = t(sideOf(props.platform) === 'sales' ? 'chain_link_supplier' : 'chain_link_customer', lang);
  return (
    <div class="coc-chain-link">
      <button type="button" class="coc-btn" aria-expanded={open} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open && (
        <form
          aria-label={label}
          onSubmit={(e) => {
            e.preventDefault();
            const orderId = id.trim();
            if (!orderId) return;
            void props.onLink(platform, orderId).then((ok) => {
              setFailed(!ok);
              if (ok) {
                setOpen(false);
                setId('');
              }
            });
          }}
        >
          <select aria-label={t('chain_platform', lang)} value={platform} onChange={(e) => setPlatform(e.currentTarget.value as Platform)}>
            {sides.map((p) => (
              <option key={p} value={p}>
                {NAMES[p]}
              </option>
            ))}
          </select>{' '}
          <input
            type="text"
            maxLength={100}
            aria-label={t('chain_hint_order_id', lang)}
            placeholder={t('chain_hint_order_id', lang)}
            value={id}
            onInput={(e) => setId(e.currentTarget.value)}
          />{' '}
          <button type="submit" class="coc-btn">
            {t('chain_link', lang)}
          </button>
          {failed && <span role="alert"> {t('chain_link_failed', lang)}</span>}
        </form>
      )}
    </div>
  );
}
